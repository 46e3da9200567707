import type { Role, UserView } from '@fabutong/core';
import { audit } from '../../audit';
import { authorize } from '../../authorize';
import type { AppContext, RequestContext } from '../../context';
import type { UserRow } from '../../db/schema';
import { badRequest, conflict, notFound } from '../../errors';
import { findUserById, findUserByUsername, revokeSessionsOfUser } from '../auth/repository';
import { assertStrongPassword } from '../auth/service';
import { hashPassword } from '../auth/passwords';
import { canListUsers, canManageUsers } from './policy';
import * as repo from './repository';

type GrantInput = { role: Role; unitId: number | null };

function present(user: UserRow, grants: UserView['grants']): UserView {
  return {
    id: user.id,
    username: user.username,
    displayName: user.display_name,
    personId: user.person_id,
    disabled: Boolean(user.disabled),
    lockedUntil: user.locked_until,
    lastLoginAt: user.last_login_at,
    grants,
  };
}

/** What the audit trail keeps of a user: never the password digest. */
function snapshot(user: UserRow, grants: GrantInput[]) {
  return { username: user.username, displayName: user.display_name, personId: user.person_id, disabled: Boolean(user.disabled), grants };
}

async function checkReferences(app: AppContext, personId: number | null | undefined, grants: GrantInput[] | undefined) {
  if (personId && !(await repo.personExists(app.db, personId))) {
    throw badRequest('关联的人员不存在', [{ path: 'personId', message: '人员不存在' }]);
  }
  const unitIds = (grants ?? []).map((g) => g.unitId).filter((id): id is number => id !== null);
  const missing = await repo.missingUnitIds(app.db, [...new Set(unitIds)]);
  if (missing.length > 0) throw badRequest(`授权的单位不存在：${missing.join('、')}`, [{ path: 'grants', message: '单位不存在' }]);
  for (const g of grants ?? []) {
    if ((g.role === 'unit_editor' || g.role === 'unit_approver') && g.unitId === null) {
      throw badRequest('单位编辑、单位审批人必须指定单位', [{ path: 'grants', message: '须指定单位' }]);
    }
  }
}

export async function listUsers(app: AppContext, rc: RequestContext): Promise<UserView[]> {
  await authorize(app, rc, canListUsers(rc.actor), 'users.list');
  const users = await repo.listUsers(app.db);
  const grants = await repo.grantsByUser(
    app.db,
    users.map((u) => u.id),
  );
  return users.map((u) => present(u, grants.get(u.id) ?? []));
}

async function view(app: AppContext, id: number): Promise<UserView> {
  const user = await findUserById(app.db, id);
  if (!user) throw notFound('账户');
  const grants = await repo.grantsByUser(app.db, [id]);
  return present(user, grants.get(id) ?? []);
}

export async function createUser(
  app: AppContext,
  rc: RequestContext,
  input: { username: string; displayName: string; personId: number | null; password: string; grants: GrantInput[] },
): Promise<UserView> {
  await authorize(app, rc, canManageUsers(rc.actor), 'users.create');
  assertStrongPassword(input.password, input.username, 'password');
  await checkReferences(app, input.personId, input.grants);
  if (await findUserByUsername(app.db, input.username)) throw conflict(`用户名“${input.username}”已被使用`);
  const hash = await hashPassword(input.password);
  const at = app.now().toISOString();
  const id = await app.db.transaction().execute(async (trx) => {
    const row = await trx
      .insertInto('users')
      .values({
        username: input.username,
        display_name: input.displayName,
        person_id: input.personId,
        password_hash: hash,
        must_change_password: 1,
        password_changed_at: at,
        created_at: at,
        updated_at: at,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    await repo.replaceGrants(trx, row.id, input.grants);
    await audit(app, rc, trx, { action: 'user.create', entity: 'user', entityId: row.id, after: snapshot(row, input.grants) });
    return row.id;
  });
  return view(app, id);
}

export async function updateUser(
  app: AppContext,
  rc: RequestContext,
  id: number,
  input: { displayName?: string; personId?: number | null; disabled?: boolean; grants?: GrantInput[] },
): Promise<UserView> {
  await authorize(app, rc, canManageUsers(rc.actor), 'users.update');
  const before = await view(app, id);
  await checkReferences(app, input.personId, input.grants);
  if (id === rc.actor.userId && (input.disabled || (input.grants && !input.grants.some((g) => g.role === 'admin')))) {
    throw badRequest('不能停用自己的账户或取消自己的管理员权限');
  }
  const at = app.now().toISOString();
  await app.db.transaction().execute(async (trx) => {
    await trx
      .updateTable('users')
      .set({
        ...(input.displayName !== undefined ? { display_name: input.displayName } : {}),
        ...(input.personId !== undefined ? { person_id: input.personId } : {}),
        ...(input.disabled !== undefined ? { disabled: input.disabled ? 1 : 0 } : {}),
        updated_at: at,
      })
      .where('id', '=', id)
      .execute();
    if (input.grants) await repo.replaceGrants(trx, id, input.grants);
    if (input.disabled) await revokeSessionsOfUser(trx, id, at);
    const after = await trx.selectFrom('users').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
    await audit(app, rc, trx, {
      action: 'user.update',
      entity: 'user',
      entityId: id,
      before: { ...before, lockedUntil: undefined, lastLoginAt: undefined },
      after: snapshot(after, input.grants ?? before.grants),
    });
  });
  return view(app, id);
}

/** The administrator sets a temporary password; the user must change it at next login. */
export async function resetPassword(app: AppContext, rc: RequestContext, id: number, newPassword: string): Promise<void> {
  await authorize(app, rc, canManageUsers(rc.actor), 'users.reset_password');
  const user = await findUserById(app.db, id);
  if (!user) throw notFound('账户');
  assertStrongPassword(newPassword, user.username);
  const hash = await hashPassword(newPassword);
  const at = app.now().toISOString();
  await app.db.transaction().execute(async (trx) => {
    await trx
      .updateTable('users')
      .set({ password_hash: hash, must_change_password: 1, password_changed_at: at, failed_attempts: 0, locked_until: null, updated_at: at })
      .where('id', '=', id)
      .execute();
    await revokeSessionsOfUser(trx, id, at);
    await audit(app, rc, trx, { action: 'user.reset_password', entity: 'user', entityId: id });
  });
}

export async function unlockUser(app: AppContext, rc: RequestContext, id: number): Promise<UserView> {
  await authorize(app, rc, canManageUsers(rc.actor), 'users.unlock');
  const user = await findUserById(app.db, id);
  if (!user) throw notFound('账户');
  await app.db.transaction().execute(async (trx) => {
    await trx.updateTable('users').set({ failed_attempts: 0, locked_until: null }).where('id', '=', id).execute();
    await audit(app, rc, trx, { action: 'user.unlock', entity: 'user', entityId: id, before: { lockedUntil: user.locked_until } });
  });
  return view(app, id);
}
