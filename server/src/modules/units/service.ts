import { districtDate, unitGaps, type UnitKind, type UnitView } from '@fabutong/core';
import { audit } from '../../audit';
import { authorize } from '../../authorize';
import type { AppContext, RequestContext } from '../../context';
import { isForeignKeyViolation } from '../../db/dialect';
import { badRequest, conflict, notFound } from '../../errors';
import { appointmentsOfUnits } from '../people/repository';
import { presentAppointment } from '../people/present';
import { canManageUnits } from './policy';
import { presentUnit } from './present';
import * as repo from './repository';

/** Which kinds may sit under which: the tree is city → district → unit. */
const ALLOWED_PARENT: Record<UnitKind, UnitKind[]> = {
  city: [],
  district: ['city'],
  district_gov: ['district'],
  news_office: ['district'],
  township: ['district'],
  subdistrict: ['district'],
  department: ['district'],
  public_body: ['district', 'department'],
};

export async function listUnits(app: AppContext, query: { q?: string; includeRetired: '0' | '1' }): Promise<UnitView[]> {
  const rows = await repo.listUnits(app.db, query.includeRetired === '1');
  const q = query.q?.toLowerCase();
  return rows.filter((r) => !q || r.name.toLowerCase().includes(q) || (r.short_name ?? '').toLowerCase().includes(q)).map(presentUnit);
}

async function load(app: AppContext, id: number) {
  const unit = await repo.findUnit(app.db, id);
  if (!unit) throw notFound('单位');
  return unit;
}

export async function unitDetail(app: AppContext, id: number) {
  const unit = await load(app, id);
  const parent = unit.parent_id ? await repo.findUnit(app.db, unit.parent_id) : undefined;
  const today = districtDate(app.now());
  const appointments = (await appointmentsOfUnits(app.db, [id])).map((a) => presentAppointment(a, today));
  return {
    unit: presentUnit(unit),
    parentName: parent?.name ?? null,
    current: appointments.filter((a) => a.current),
    history: appointments.filter((a) => !a.current),
    gaps: unitGaps({ kind: unit.kind, active: Boolean(unit.active) }, appointments, today),
  };
}

/** A14: a livelihood department holds routine conferences on a period; quarterly unless set. */
function livelihood(kind: UnitKind, flag: boolean | undefined, period: string | null | undefined) {
  if (!flag) return { livelihood_related: 0, routine_conference_period: null };
  if (kind !== 'department') throw badRequest('只有区级部门可以标记为“与宏观经济和民生关系密切”', [{ path: 'livelihoodRelated', message: '只适用于区级部门' }]);
  return { livelihood_related: 1, routine_conference_period: period ?? 'quarterly' };
}

export async function createUnit(
  app: AppContext,
  rc: RequestContext,
  input: {
    parentId: number;
    kind: UnitKind;
    name: string;
    shortName?: string | null;
    pressSectionName?: string | null;
    livelihoodRelated: boolean;
    routineConferencePeriod: string | null;
    sortOrder: number;
  },
): Promise<UnitView> {
  const parent = await repo.findUnit(app.db, input.parentId);
  if (!parent || !parent.active) throw badRequest('上级单位不存在或已停用', [{ path: 'parentId', message: '上级单位不存在或已停用' }]);
  await authorize(app, rc, canManageUnits(rc.actor, parent.path), 'units.create');
  if (!ALLOWED_PARENT[input.kind].includes(parent.kind as UnitKind)) {
    throw badRequest(`“${parent.name}”下不能设立这一类单位`, [{ path: 'kind', message: '单位类别与上级单位不相符' }]);
  }
  const at = app.now().toISOString();
  const row = await app.db.transaction().execute(async (trx) => {
    const unit = await repo.insertUnit(
      trx,
      {
        parent_id: parent.id,
        kind: input.kind,
        name: input.name,
        short_name: input.shortName ?? null,
        press_section_name: input.pressSectionName ?? null,
        ...livelihood(input.kind, input.livelihoodRelated, input.routineConferencePeriod),
        sort_order: input.sortOrder,
        created_at: at,
        updated_at: at,
      },
      parent.path,
    );
    await audit(app, rc, trx, { action: 'unit.create', entity: 'unit', entityId: unit.id, unitId: unit.id, after: presentUnit(unit) });
    return unit;
  });
  return presentUnit(row);
}

export async function updateUnit(
  app: AppContext,
  rc: RequestContext,
  id: number,
  input: {
    name?: string;
    shortName?: string | null;
    pressSectionName?: string | null;
    livelihoodRelated?: boolean;
    routineConferencePeriod?: string | null;
    sortOrder?: number;
  },
): Promise<UnitView> {
  const before = await load(app, id);
  await authorize(app, rc, canManageUnits(rc.actor, before.path), 'units.update');
  const flag = input.livelihoodRelated ?? Boolean(before.livelihood_related);
  const period = input.routineConferencePeriod !== undefined ? input.routineConferencePeriod : before.routine_conference_period;
  await app.db.transaction().execute(async (trx) => {
    await repo.updateUnit(trx, id, {
      ...(input.name !== undefined ? { name: input.name } : {}),
      ...(input.shortName !== undefined ? { short_name: input.shortName } : {}),
      ...(input.pressSectionName !== undefined ? { press_section_name: input.pressSectionName } : {}),
      ...(input.sortOrder !== undefined ? { sort_order: input.sortOrder } : {}),
      ...livelihood(before.kind as UnitKind, flag, period),
      updated_at: app.now().toISOString(),
    });
    const after = await repo.findUnit(trx, id);
    await audit(app, rc, trx, { action: 'unit.update', entity: 'unit', entityId: id, unitId: id, before: presentUnit(before), after: presentUnit(after!) });
  });
  return presentUnit((await repo.findUnit(app.db, id))!);
}

/** A unit that anything refers to is retired, never deleted (its history stays readable). */
export async function setUnitActive(app: AppContext, rc: RequestContext, id: number, active: boolean): Promise<UnitView> {
  const before = await load(app, id);
  await authorize(app, rc, canManageUnits(rc.actor, before.path), active ? 'units.reactivate' : 'units.retire');
  if (!active && (await repo.countActiveChildren(app.db, id)) > 0) throw conflict('该单位下还有未停用的单位，请先停用下级单位');
  await app.db.transaction().execute(async (trx) => {
    await repo.updateUnit(trx, id, { active: active ? 1 : 0, updated_at: app.now().toISOString() });
    await audit(app, rc, trx, { action: active ? 'unit.reactivate' : 'unit.retire', entity: 'unit', entityId: id, unitId: id });
  });
  return presentUnit((await repo.findUnit(app.db, id))!);
}

export async function deleteUnit(app: AppContext, rc: RequestContext, id: number): Promise<void> {
  const before = await load(app, id);
  await authorize(app, rc, canManageUnits(rc.actor, before.path), 'units.delete');
  try {
    await app.db.transaction().execute(async (trx) => {
      await audit(app, rc, trx, { action: 'unit.delete', entity: 'unit', entityId: id, before: presentUnit(before) });
      await repo.deleteUnit(trx, id);
    });
  } catch (err) {
    if (isForeignKeyViolation(err)) throw conflict('该单位已被任职、账户或发布记录引用，不能删除，只能停用');
    throw err;
  }
}
