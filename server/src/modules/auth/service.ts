import crypto from 'node:crypto';
import {
  LOCKOUT_MINUTES,
  LOCKOUT_THRESHOLD,
  SESSION_ABSOLUTE_HOURS,
  SESSION_IDLE_MINUTES,
  formatDistrictDateTime,
  passwordProblems,
  type Actor,
  type Me,
} from '@fabutong/core';
import { audit } from '../../audit';
import type { AppContext, RequestContext } from '../../context';
import { ProblemError, ruleRefusal } from '../../errors';
import { DUMMY_HASH, hashPassword, verifyPassword } from './passwords';
import * as repo from './repository';

export const SESSION_COOKIE = 'fbt_sid';
/** last_seen_at is written at most this often, so reading a page does not write on every request. */
const TOUCH_EVERY_MS = 60_000;

export function sessionIdOf(token: string): string {
  return crypto.createHash('sha256').update(token).digest('hex');
}

function lockedMessage(until: string): string {
  return `连续 ${LOCKOUT_THRESHOLD} 次密码错误，账户已锁定 ${LOCKOUT_MINUTES} 分钟，请于 ${formatDistrictDateTime(until)} 后再试，或联系系统管理员解锁`;
}

export interface LoginInput {
  username: string;
  password: string;
  ip: string | null;
  userAgent: string | null;
}

export async function login(app: AppContext, input: LoginInput): Promise<{ token: string; expiresAt: string }> {
  const now = app.now();
  const at = now.toISOString();
  const anonymous = { actor: null, ip: input.ip };
  const user = await repo.findUserByUsername(app.db, input.username);

  const refuse = async (action: string, error: ProblemError, after?: object) => {
    await app.db.transaction().execute((trx) =>
      audit(app, user ? { ip: input.ip, actor: actorStub(user) } : anonymous, trx, {
        action,
        entity: 'user',
        entityId: user?.id ?? null,
        after: { username: input.username, ...after },
      }),
    );
    return error;
  };

  if (!user) {
    await verifyPassword(input.password, DUMMY_HASH);
    throw await refuse('auth.login_failed', new ProblemError(401, '登录失败', '用户名或密码错误', { code: 'login-failed' }));
  }
  if (user.disabled) {
    throw await refuse('auth.login_failed', new ProblemError(401, '登录失败', '账户已停用，请联系系统管理员', { code: 'login-failed' }), {
      reason: 'disabled',
    });
  }
  if (user.locked_until && user.locked_until > at) {
    throw await refuse('auth.login_locked', new ProblemError(423, '账户已锁定', lockedMessage(user.locked_until), { rule: 'SEC', code: 'locked' }));
  }

  if (!(await verifyPassword(input.password, user.password_hash))) {
    const failures = user.failed_attempts + 1;
    if (failures >= LOCKOUT_THRESHOLD) {
      const until = new Date(now.getTime() + LOCKOUT_MINUTES * 60_000).toISOString();
      await app.db.updateTable('users').set({ failed_attempts: 0, locked_until: until }).where('id', '=', user.id).execute();
      throw await refuse('auth.lockout', new ProblemError(423, '账户已锁定', lockedMessage(until), { rule: 'SEC', code: 'locked' }), {
        lockedUntil: until,
      });
    }
    await app.db.updateTable('users').set({ failed_attempts: failures }).where('id', '=', user.id).execute();
    throw await refuse(
      'auth.login_failed',
      new ProblemError(401, '登录失败', `用户名或密码错误，再错 ${LOCKOUT_THRESHOLD - failures} 次账户将被锁定 ${LOCKOUT_MINUTES} 分钟`, {
        code: 'login-failed',
      }),
      { failures },
    );
  }

  const token = crypto.randomBytes(32).toString('base64url');
  const expiresAt = new Date(now.getTime() + SESSION_ABSOLUTE_HOURS * 3_600_000).toISOString();
  await app.db.transaction().execute(async (trx) => {
    await trx
      .updateTable('users')
      .set({ failed_attempts: 0, locked_until: null, last_login_at: at })
      .where('id', '=', user.id)
      .execute();
    await trx
      .insertInto('sessions')
      .values({
        id: sessionIdOf(token),
        user_id: user.id,
        created_at: at,
        last_seen_at: at,
        expires_at: expiresAt,
        revoked_at: null,
        ip: input.ip,
        user_agent: input.userAgent?.slice(0, 300) ?? null,
      })
      .execute();
    await audit(app, { ip: input.ip, actor: actorStub(user) }, trx, { action: 'auth.login', entity: 'user', entityId: user.id });
  });
  return { token, expiresAt };
}

function actorStub(user: { id: number; username: string; display_name: string; person_id: number | null }): Actor {
  return { userId: user.id, username: user.username, displayName: user.display_name, personId: user.person_id, grants: [] };
}

export type SessionCheck =
  | { status: 'valid'; actor: Actor; sessionId: string; expiresAt: string }
  | { status: 'expired'; reason: string }
  | { status: 'none' };

/**
 * Reads the session behind a cookie token, enforcing the idle and absolute limits. A
 * background request (the console polling for notifications) does not count as activity,
 * or an open tab would never reach the idle limit.
 */
export async function checkSession(app: AppContext, token: string, activity = true): Promise<SessionCheck> {
  const id = sessionIdOf(token);
  const session = await repo.findLiveSession(app.db, id);
  if (!session || session.disabled) return { status: 'none' };
  const now = app.now();
  if (session.expires_at <= now.toISOString()) {
    await repo.revokeSession(app.db, id, now.toISOString());
    return { status: 'expired', reason: `登录已超过 ${SESSION_ABSOLUTE_HOURS} 小时，请重新登录` };
  }
  const idleSince = now.getTime() - new Date(session.last_seen_at).getTime();
  if (idleSince > SESSION_IDLE_MINUTES * 60_000) {
    await repo.revokeSession(app.db, id, now.toISOString());
    return { status: 'expired', reason: `${SESSION_IDLE_MINUTES} 分钟未操作，登录已超时，请重新登录` };
  }
  const actor = await repo.loadActor(app.db, session.user_id);
  if (!actor) return { status: 'none' };
  if (activity && idleSince > TOUCH_EVERY_MS) await repo.touchSession(app.db, id, now.toISOString());
  return { status: 'valid', actor, sessionId: id, expiresAt: session.expires_at };
}

export async function logout(app: AppContext, rc: RequestContext, sessionId: string): Promise<void> {
  await app.db.transaction().execute(async (trx) => {
    await repo.revokeSession(trx, sessionId, app.now().toISOString());
    await audit(app, rc, trx, { action: 'auth.logout', entity: 'user', entityId: rc.actor.userId });
  });
}

export async function me(app: AppContext, actor: Actor, expiresAt: string): Promise<Me> {
  const user = await repo.findUserById(app.db, actor.userId);
  const grants = await repo.listGrants(app.db, actor.userId);
  return {
    id: actor.userId,
    username: actor.username,
    displayName: actor.displayName,
    personId: actor.personId,
    grants: grants.map((g) => ({ role: g.role, unitId: g.unitId, unitName: g.unitName })),
    mustChangePassword: Boolean(user?.must_change_password),
    sessionExpiresAt: expiresAt,
  };
}

/** 等保: a password that fails the complexity rule is refused with every reason, in Chinese. */
export function assertStrongPassword(password: string, username: string, field = 'newPassword'): void {
  const problems = passwordProblems(password, username);
  if (problems.length > 0) {
    throw ruleRefusal(
      'SEC',
      `密码不符合要求：${problems.join('；')}`,
      problems.map((message) => ({ path: field, message })),
    );
  }
}

export async function changeOwnPassword(
  app: AppContext,
  rc: RequestContext,
  sessionId: string,
  input: { currentPassword: string; newPassword: string },
): Promise<void> {
  const user = await repo.findUserById(app.db, rc.actor.userId);
  if (!user || !(await verifyPassword(input.currentPassword, user.password_hash))) {
    throw new ProblemError(422, '当前密码不正确', '当前密码不正确，请重新输入', {
      errors: [{ path: 'currentPassword', message: '当前密码不正确' }],
    });
  }
  assertStrongPassword(input.newPassword, user.username);
  if (input.newPassword === input.currentPassword) {
    throw ruleRefusal('SEC', '新密码不能与当前密码相同', [{ path: 'newPassword', message: '新密码不能与当前密码相同' }]);
  }
  const hash = await hashPassword(input.newPassword);
  const at = app.now().toISOString();
  await app.db.transaction().execute(async (trx) => {
    await trx
      .updateTable('users')
      .set({ password_hash: hash, password_changed_at: at, must_change_password: 0, updated_at: at })
      .where('id', '=', user.id)
      .execute();
    await repo.revokeSessionsOfUser(trx, user.id, at, sessionId);
    await audit(app, rc, trx, { action: 'auth.password_changed', entity: 'user', entityId: user.id });
  });
}
