import type { Role } from '@fabutong/core';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema';

type Db = Kysely<Database>;

export function listUsers(db: Db) {
  return db.selectFrom('users').selectAll().orderBy('id').execute();
}

export async function grantsByUser(db: Db, userIds: number[]) {
  if (userIds.length === 0) return new Map<number, { role: Role; unitId: number | null; unitName: string | null }[]>();
  const rows = await db
    .selectFrom('role_grants')
    .leftJoin('units', 'units.id', 'role_grants.unit_id')
    .select(['role_grants.user_id', 'role_grants.role', 'role_grants.unit_id', 'units.name'])
    .where('role_grants.user_id', 'in', userIds)
    .orderBy('role_grants.id')
    .execute();
  const byUser = new Map<number, { role: Role; unitId: number | null; unitName: string | null }[]>();
  for (const r of rows) {
    const list = byUser.get(r.user_id) ?? [];
    list.push({ role: r.role as Role, unitId: r.unit_id, unitName: r.name });
    byUser.set(r.user_id, list);
  }
  return byUser;
}

export async function replaceGrants(db: Db, userId: number, grants: { role: Role; unitId: number | null }[]) {
  await db.deleteFrom('role_grants').where('user_id', '=', userId).execute();
  if (grants.length > 0) {
    await db
      .insertInto('role_grants')
      .values(grants.map((g) => ({ user_id: userId, role: g.role, unit_id: g.unitId })))
      .execute();
  }
}

export async function missingUnitIds(db: Db, ids: number[]): Promise<number[]> {
  if (ids.length === 0) return [];
  const found = await db.selectFrom('units').select('id').where('id', 'in', ids).execute();
  const have = new Set(found.map((f) => f.id));
  return ids.filter((id) => !have.has(id));
}

export function personExists(db: Db, id: number) {
  return db.selectFrom('people').select('id').where('id', '=', id).executeTakeFirst();
}
