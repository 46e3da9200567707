import {
  addDays,
  CHARGE_LEADER_POSTS,
  districtDate,
  isCurrent,
  POST_LABELS,
  UNIT_KIND_LABELS,
  unitGaps,
  type LeaderInChargeView,
  type Post,
  type UnitKind,
  type UnitView,
} from '@fabutong/core';
import { audit } from '../../audit';
import { authorize } from '../../authorize';
import type { AppContext, RequestContext } from '../../context';
import { isForeignKeyViolation } from '../../db/dialect';
import { badRequest, conflict, notFound, ruleRefusal } from '../../errors';
import { appointmentsOfUnits, findPerson } from '../people/repository';
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
  const leadersInCharge = (await repo.leadersInCharge(app.db, id)).map((l) => presentLeaderInCharge(l, today));
  return {
    unit: presentUnit(unit),
    parentName: parent?.name ?? null,
    current: appointments.filter((a) => a.current),
    history: appointments.filter((a) => !a.current),
    gaps: unitGaps({ kind: unit.kind, active: Boolean(unit.active) }, appointments, today),
    leaderInCharge: leadersInCharge.find((l) => l.current) ?? null,
    leadersInCharge,
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

/** The units a district leader is in charge of (分管): not the district government itself, nor the regions above it. */
const KINDS_WITH_LEADER_IN_CHARGE: readonly UnitKind[] = ['news_office', 'township', 'subdistrict', 'department', 'public_body'];
const CHARGE_LEADER_POST_NAMES = CHARGE_LEADER_POSTS.map((p) => `区政府${POST_LABELS[p]}`).join('或');

function presentLeaderInCharge(row: repo.LeaderInChargeRow, today: string): LeaderInChargeView {
  const span = { from: row.from_date, to: row.to_date };
  return { id: row.id, personId: row.person_id, personName: row.person_name, from: row.from_date, to: row.to_date, current: isCurrent(span, today) };
}

async function loadForLeaderInCharge(app: AppContext, rc: RequestContext, id: number, what: string) {
  const unit = await load(app, id);
  await authorize(app, rc, canManageUnits(rc.actor, unit.path), what);
  if (!KINDS_WITH_LEADER_IN_CHARGE.includes(unit.kind as UnitKind)) throw badRequest(`${UNIT_KIND_LABELS[unit.kind as UnitKind]}不设分管区领导`);
  return unit;
}

/**
 * Puts a district leader in charge of a unit from a day (A13.2, A15.3): the leader in charge
 * until then is recorded as in charge until the day before, so the history stays whole. Only a
 * vice district head or the standing vice district head of the district government, in the
 * post both today and on the first day, may be in charge — as for a conference's major matter.
 */
export async function setLeaderInCharge(app: AppContext, rc: RequestContext, id: number, input: { personId: number; from: string }): Promise<LeaderInChargeView> {
  const unit = await loadForLeaderInCharge(app, rc, id, 'units.leader_in_charge.set');
  if (!unit.active) throw badRequest('单位已停用，不能设置分管区领导');
  const person = await findPerson(app.db, input.personId);
  if (!person) throw badRequest('人员不存在', [{ path: 'personId', message: '人员不存在' }]);
  const today = districtDate(app.now());
  const posts = await repo.districtGovPosts(app.db, person.id);
  const holds = (date: string) => posts.some((p) => CHARGE_LEADER_POSTS.includes(p.post as Post) && isCurrent({ from: p.from_date, to: p.to_date }, date));
  if (!holds(today)) {
    throw ruleRefusal('A15.3', `${person.name}现不担任${CHARGE_LEADER_POST_NAMES}，不能作为分管区领导`, [
      { path: 'personId', message: `须为现任${CHARGE_LEADER_POST_NAMES}` },
    ]);
  }
  if (!holds(input.from)) {
    throw ruleRefusal('A15.3', `${person.name}在 ${input.from} 不担任${CHARGE_LEADER_POST_NAMES}，不能自该日起分管`, [
      { path: 'from', message: `${person.name}在该日不担任${CHARGE_LEADER_POST_NAMES}` },
    ]);
  }

  const spans = await repo.leadersInCharge(app.db, id);
  const open = spans.find((s) => s.to_date === null);
  if (open && open.person_id === person.id) throw conflict(`${person.name}已自 ${open.from_date} 起分管${unit.name}`);
  if (open && open.from_date >= input.from) throw conflict(`现任分管区领导${open.person_name}自 ${open.from_date} 起分管${unit.name}，新的分管日期须晚于该日`);
  const clash = spans.find((s) => s.to_date !== null && s.to_date >= input.from);
  if (clash) throw conflict(`与${clash.person_name}自 ${clash.from_date} 至 ${clash.to_date} 的分管重叠，新的分管日期须晚于 ${clash.to_date}`);

  const at = app.now().toISOString();
  const rowId = await app.db.transaction().execute(async (trx) => {
    if (open) await repo.endLeaderInCharge(trx, open.id, addDays(input.from, -1), at);
    const row = await repo.insertLeaderInCharge(trx, { unit_id: id, person_id: person.id, from_date: input.from, created_at: at });
    await audit(app, rc, trx, {
      action: 'unit.leader_in_charge.set',
      entity: 'unit',
      entityId: id,
      unitId: id,
      before: open ? presentLeaderInCharge(open, today) : null,
      after: { id: row.id, personId: person.id, personName: person.name, from: input.from },
    });
    return row.id;
  });
  return presentLeaderInCharge((await repo.leadersInCharge(app.db, id)).find((l) => l.id === rowId)!, today);
}

/** Ends the current charge of a unit on `to` (inclusive; today in the district when not given). */
export async function endLeaderInCharge(app: AppContext, rc: RequestContext, id: number, input: { to?: string }): Promise<LeaderInChargeView> {
  const unit = await loadForLeaderInCharge(app, rc, id, 'units.leader_in_charge.end');
  const today = districtDate(app.now());
  const to = input.to ?? today;
  const open = (await repo.leadersInCharge(app.db, id)).find((s) => s.to_date === null);
  if (!open) throw conflict(`${unit.name}目前没有分管区领导`);
  if (to < open.from_date) throw badRequest(`结束日期不能早于分管开始日期 ${open.from_date}`, [{ path: 'to', message: '结束日期不能早于分管开始日期' }]);
  const at = app.now().toISOString();
  await app.db.transaction().execute(async (trx) => {
    await repo.endLeaderInCharge(trx, open.id, to, at);
    await audit(app, rc, trx, {
      action: 'unit.leader_in_charge.end',
      entity: 'unit',
      entityId: id,
      unitId: id,
      before: presentLeaderInCharge(open, today),
      after: { id: open.id, to },
    });
  });
  return presentLeaderInCharge({ ...open, to_date: to }, today);
}
