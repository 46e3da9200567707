import type { Kysely } from 'kysely';
import type { Database, NewUnit, UnitUpdate } from '../../db/schema';

type Db = Kysely<Database>;

export function listUnits(db: Db, includeRetired: boolean) {
  return db
    .selectFrom('units')
    .selectAll()
    .$if(!includeRetired, (qb) => qb.where('active', '=', 1))
    .orderBy('sort_order')
    .orderBy('id')
    .execute();
}

export function findUnit(db: Db, id: number) {
  return db.selectFrom('units').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function insertUnit(db: Db, unit: Omit<NewUnit, 'path'>, parentPath: string) {
  const row = await db
    .insertInto('units')
    .values({ ...unit, path: '' })
    .returningAll()
    .executeTakeFirstOrThrow();
  const path = `${parentPath}${row.id}/`;
  await db.updateTable('units').set({ path }).where('id', '=', row.id).execute();
  return { ...row, path };
}

export function updateUnit(db: Db, id: number, changes: UnitUpdate) {
  return db.updateTable('units').set(changes).where('id', '=', id).execute();
}

export function countActiveChildren(db: Db, id: number) {
  return db
    .selectFrom('units')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('parent_id', '=', id)
    .where('active', '=', 1)
    .executeTakeFirstOrThrow()
    .then((r) => Number(r.n));
}

export function deleteUnit(db: Db, id: number) {
  return db.deleteFrom('units').where('id', '=', id).execute();
}

/** The leaders in charge of a unit (分管区领导), every span, the latest first. */
export function leadersInCharge(db: Db, unitId: number) {
  return db
    .selectFrom('unit_leaders_in_charge')
    .innerJoin('people', 'people.id', 'unit_leaders_in_charge.person_id')
    .select([
      'unit_leaders_in_charge.id',
      'unit_leaders_in_charge.person_id',
      'people.name as person_name',
      'unit_leaders_in_charge.from_date',
      'unit_leaders_in_charge.to_date',
    ])
    .where('unit_leaders_in_charge.unit_id', '=', unitId)
    .orderBy('unit_leaders_in_charge.from_date', 'desc')
    .orderBy('unit_leaders_in_charge.id', 'desc')
    .execute();
}
export type LeaderInChargeRow = Awaited<ReturnType<typeof leadersInCharge>>[number];

/** The district government posts a person holds, with their spans (to check a leader in charge). */
export function districtGovPosts(db: Db, personId: number) {
  return db
    .selectFrom('appointments')
    .innerJoin('units', 'units.id', 'appointments.unit_id')
    .select(['appointments.post', 'appointments.from_date', 'appointments.to_date'])
    .where('appointments.person_id', '=', personId)
    .where('units.kind', '=', 'district_gov')
    .execute();
}

export function insertLeaderInCharge(db: Db, row: { unit_id: number; person_id: number; from_date: string; created_at: string }) {
  return db
    .insertInto('unit_leaders_in_charge')
    .values({ ...row, to_date: null, note: null, updated_at: row.created_at })
    .returning('id')
    .executeTakeFirstOrThrow();
}

export function endLeaderInCharge(db: Db, id: number, to: string, at: string) {
  return db.updateTable('unit_leaders_in_charge').set({ to_date: to, updated_at: at }).where('id', '=', id).execute();
}
