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
