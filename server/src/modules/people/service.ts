import {
  POST_LABELS,
  districtDate,
  findOverlappingAppointment,
  hasRole,
  unitGaps,
  type Post,
  type UnitGap,
} from '@fabutong/core';
import { audit } from '../../audit';
import { authorize } from '../../authorize';
import type { AppContext, RequestContext } from '../../context';
import { badRequest, notFound, ruleRefusal } from '../../errors';
import type { PendingProvider } from '../home/pending';
import { presentUnit } from '../units/present';
import { findUnit, listUnits } from '../units/repository';
import { canManageAppointments, canManagePeople } from './policy';
import { presentAppointment, presentPerson } from './present';
import * as repo from './repository';

type PersonInput = {
  name?: string;
  officePhone?: string | null;
  pressPhone?: string | null;
  mobile?: string | null;
  email?: string | null;
  note?: string | null;
};

const personColumns = (p: PersonInput) => ({
  ...(p.name !== undefined ? { name: p.name } : {}),
  ...(p.officePhone !== undefined ? { office_phone: p.officePhone } : {}),
  ...(p.pressPhone !== undefined ? { press_phone: p.pressPhone } : {}),
  ...(p.mobile !== undefined ? { mobile: p.mobile } : {}),
  ...(p.email !== undefined ? { email: p.email } : {}),
  ...(p.note !== undefined ? { note: p.note } : {}),
});

export async function listPeople(app: AppContext, q: string | undefined) {
  return (await repo.listPeople(app.db, q)).map(presentPerson);
}

export async function personDetail(app: AppContext, id: number) {
  const person = await repo.findPerson(app.db, id);
  if (!person) throw notFound('人员');
  const today = districtDate(app.now());
  return { person: presentPerson(person), appointments: (await repo.appointmentsOfPerson(app.db, id)).map((a) => presentAppointment(a, today)) };
}

export async function createPerson(app: AppContext, rc: RequestContext, input: PersonInput & { name: string }) {
  await authorize(app, rc, canManagePeople(rc.actor), 'people.create');
  const at = app.now().toISOString();
  const row = await app.db.transaction().execute(async (trx) => {
    const person = await trx
      .insertInto('people')
      .values({ name: input.name, office_phone: null, press_phone: null, mobile: null, email: null, note: null, ...personColumns(input), created_at: at, updated_at: at })
      .returningAll()
      .executeTakeFirstOrThrow();
    await audit(app, rc, trx, { action: 'person.create', entity: 'person', entityId: person.id, after: presentPerson(person) });
    return person;
  });
  return presentPerson(row);
}

export async function updatePerson(app: AppContext, rc: RequestContext, id: number, input: PersonInput) {
  await authorize(app, rc, canManagePeople(rc.actor), 'people.update');
  const before = await repo.findPerson(app.db, id);
  if (!before) throw notFound('人员');
  const after = await app.db.transaction().execute(async (trx) => {
    const row = await trx
      .updateTable('people')
      .set({ ...personColumns(input), updated_at: app.now().toISOString() })
      .where('id', '=', id)
      .returningAll()
      .executeTakeFirstOrThrow();
    await audit(app, rc, trx, { action: 'person.update', entity: 'person', entityId: id, before: presentPerson(before), after: presentPerson(row) });
    return row;
  });
  return presentPerson(after);
}

/** A8.2: one spokesperson and one assistant per unit at a time. */
async function assertNoOverlap(app: AppContext, candidate: { id?: number; unitId: number; post: Post; from: string; to: string | null }) {
  const existing = (await repo.samePostAppointments(app.db, candidate.unitId, candidate.post)).map((a) => ({
    id: a.id,
    unitId: a.unit_id,
    post: a.post as Post,
    from: a.from_date,
    to: a.to_date,
  }));
  const clash = findOverlappingAppointment(existing, candidate);
  if (clash) {
    const holder = await repo.findAppointment(app.db, clash.id);
    throw ruleRefusal(
      'A8.2',
      `${holder?.unit_name ?? '该单位'}只能设 1 名${POST_LABELS[candidate.post]}：与${holder?.person_name ?? '现任'}自 ${clash.from} 起${clash.to ? `至 ${clash.to}` : ''}的任职重叠。请先为其登记离任日期`,
      [{ path: 'from', message: `与现任${POST_LABELS[candidate.post]}任期重叠` }],
      409,
    );
  }
}

export async function createAppointment(
  app: AppContext,
  rc: RequestContext,
  input: { personId: number; unitId: number; post: Post; title?: string | null; from: string; to: string | null; filedWithMunicipalAt: string | null; note?: string | null },
) {
  const unit = await findUnit(app.db, input.unitId);
  if (!unit) throw badRequest('单位不存在', [{ path: 'unitId', message: '单位不存在' }]);
  await authorize(app, rc, canManageAppointments(rc.actor, unit.path), 'appointments.create');
  if (!unit.active) throw badRequest('单位已停用，不能任职', [{ path: 'unitId', message: '单位已停用' }]);
  if (!(await repo.findPerson(app.db, input.personId))) throw badRequest('人员不存在', [{ path: 'personId', message: '人员不存在' }]);
  await assertNoOverlap(app, input);
  const at = app.now().toISOString();
  const id = await app.db.transaction().execute(async (trx) => {
    const row = await trx
      .insertInto('appointments')
      .values({
        person_id: input.personId,
        unit_id: input.unitId,
        post: input.post,
        title: input.title ?? null,
        from_date: input.from,
        to_date: input.to,
        filed_with_municipal_at: input.filedWithMunicipalAt,
        note: input.note ?? null,
        created_at: at,
        updated_at: at,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await audit(app, rc, trx, { action: 'appointment.create', entity: 'appointment', entityId: row.id, unitId: input.unitId, after: input });
    return row.id;
  });
  return presentAppointment((await repo.findAppointment(app.db, id))!, districtDate(app.now()));
}

export async function updateAppointment(
  app: AppContext,
  rc: RequestContext,
  id: number,
  input: { title?: string | null; from?: string; to?: string | null; filedWithMunicipalAt?: string | null; note?: string | null },
) {
  const before = await repo.findAppointment(app.db, id);
  if (!before) throw notFound('任职记录');
  const unit = (await findUnit(app.db, before.unit_id))!;
  await authorize(app, rc, canManageAppointments(rc.actor, unit.path), 'appointments.update');
  const from = input.from ?? before.from_date;
  const to = input.to !== undefined ? input.to : before.to_date;
  if (to !== null && to < from) throw badRequest('离任日期不能早于任职日期', [{ path: 'to', message: '离任日期不能早于任职日期' }]);
  await assertNoOverlap(app, { id, unitId: before.unit_id, post: before.post as Post, from, to });
  await app.db.transaction().execute(async (trx) => {
    await trx
      .updateTable('appointments')
      .set({
        from_date: from,
        to_date: to,
        ...(input.title !== undefined ? { title: input.title } : {}),
        ...(input.filedWithMunicipalAt !== undefined ? { filed_with_municipal_at: input.filedWithMunicipalAt } : {}),
        ...(input.note !== undefined ? { note: input.note } : {}),
        updated_at: app.now().toISOString(),
      })
      .where('id', '=', id)
      .execute();
    await audit(app, rc, trx, { action: 'appointment.update', entity: 'appointment', entityId: id, unitId: before.unit_id, before, after: input });
  });
  return presentAppointment((await repo.findAppointment(app.db, id))!, districtDate(app.now()));
}

/** Every active unit with what it lacks today (A8.2). */
export async function unitGapList(app: AppContext) {
  const units = await listUnits(app.db, false);
  const appointments = await repo.allAppointments(app.db);
  const today = districtDate(app.now());
  const byUnit = new Map<number, ReturnType<typeof presentAppointment>[]>();
  for (const a of appointments) {
    const list = byUnit.get(a.unit_id) ?? [];
    list.push(presentAppointment(a, today));
    byUnit.set(a.unit_id, list);
  }
  const rows: { unit: ReturnType<typeof presentUnit>; gaps: UnitGap[] }[] = [];
  for (const unit of units) {
    const gaps = unitGaps({ kind: unit.kind, active: true }, byUnit.get(unit.id) ?? [], today);
    if (gaps.length > 0) rows.push({ unit: presentUnit(unit), gaps });
  }
  return rows;
}

/** The news office's home shows each gap as something to fill. */
export const gapPendingItems: PendingProvider = async (app, actor) => {
  if (!hasRole(actor, 'news_office')) return [];
  return (await unitGapList(app)).flatMap(({ unit, gaps }) =>
    gaps.map((gap) => ({
      kind: `unit_gap.${gap.kind}`,
      title: `${unit.shortName ?? unit.name}：${gap.message}`,
      unitName: unit.name,
      due: null,
      rule: gap.rule,
      link: `/console/units/${unit.id}`,
    })),
  );
};
