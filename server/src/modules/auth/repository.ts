import type { Actor, Grant, Role } from '@fabutong/core';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema';

type Db = Kysely<Database>;

export function findUserByUsername(db: Db, username: string) {
  return db.selectFrom('users').selectAll().where('username', '=', username).executeTakeFirst();
}

export function findUserById(db: Db, id: number) {
  return db.selectFrom('users').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function listGrants(db: Db, userId: number): Promise<(Grant & { unitName: string | null })[]> {
  const rows = await db
    .selectFrom('role_grants')
    .leftJoin('units', 'units.id', 'role_grants.unit_id')
    .select(['role_grants.role', 'role_grants.unit_id', 'units.path', 'units.name'])
    .where('role_grants.user_id', '=', userId)
    .orderBy('role_grants.id')
    .execute();
  return rows.map((r) => ({ role: r.role as Role, unitId: r.unit_id, unitPath: r.path, unitName: r.name }));
}

export async function loadActor(db: Db, userId: number): Promise<Actor | null> {
  const user = await findUserById(db, userId);
  if (!user || user.disabled) return null;
  const grants = await listGrants(db, userId);
  return {
    userId: user.id,
    personId: user.person_id,
    username: user.username,
    displayName: user.display_name,
    grants: grants.map(({ role, unitId, unitPath }) => ({ role, unitId, unitPath })),
  };
}

export function findLiveSession(db: Db, id: string) {
  return db
    .selectFrom('sessions')
    .innerJoin('users', 'users.id', 'sessions.user_id')
    .select([
      'sessions.id',
      'sessions.user_id',
      'sessions.created_at',
      'sessions.last_seen_at',
      'sessions.expires_at',
      'users.display_name',
      'users.disabled',
    ])
    .where('sessions.id', '=', id)
    .where('sessions.revoked_at', 'is', null)
    .executeTakeFirst();
}

export function touchSession(db: Db, id: string, at: string) {
  return db.updateTable('sessions').set({ last_seen_at: at }).where('id', '=', id).execute();
}

export function revokeSession(db: Db, id: string, at: string) {
  return db.updateTable('sessions').set({ revoked_at: at }).where('id', '=', id).where('revoked_at', 'is', null).execute();
}

export function revokeSessionsOfUser(db: Db, userId: number, at: string, exceptId?: string) {
  return db
    .updateTable('sessions')
    .set({ revoked_at: at })
    .where('user_id', '=', userId)
    .where('revoked_at', 'is', null)
    .$if(exceptId !== undefined, (qb) => qb.where('id', '!=', exceptId!))
    .execute();
}
