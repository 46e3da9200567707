import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildTestApp, DIALECTS, type TestApp } from '../../../test/helpers';
import { createDistrict, createUser, loginAs, sessionCookie } from '../../../test/factories';

describe.each(DIALECTS)('account administration on %s', (dialect) => {
  let t: TestApp;
  let admin: { cookie: string; user: { id: number } };
  let units: Awaited<ReturnType<typeof createDistrict>>;
  const now = () => t.clock.now().toISOString();
  beforeEach(async () => {
    t = await buildTestApp(dialect);
    units = await createDistrict(t.ctx.db, now());
    admin = await loginAs(t.ctx.db, now(), 'admin', null);
  });
  afterEach(async () => t.close());

  const call = (method: 'GET' | 'POST' | 'PATCH', url: string, payload?: object, cookie = admin.cookie) =>
    t.app.inject({ method, url: `/api/v1${url}`, payload, headers: { cookie } });

  it('creates an account with grants per unit, audited without the password', async () => {
    const res = await call('POST', '/users', {
      username: 'liufang',
      displayName: '刘芳',
      password: 'Baima#2026x',
      grants: [{ role: 'unit_editor', unitId: units.township.id }],
    });
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({ username: 'liufang', grants: [{ role: 'unit_editor', unitId: units.township.id, unitName: '白马镇' }] });
    const record = await t.ctx.db.selectFrom('audit_log').selectAll().where('action', '=', 'user.create').executeTakeFirstOrThrow();
    expect(record.after_json).toContain('liufang');
    expect(record.after_json).not.toContain('Baima#2026x');
    expect(record.after_json).not.toContain('scrypt');
  });

  it('refuses a weak password, a taken username and a unit role without a unit', async () => {
    const weak = await call('POST', '/users', { username: 'weak', displayName: '甲', password: 'password', grants: [] });
    expect(weak.statusCode).toBe(422);
    expect(weak.json().detail).toContain('至少三类');
    await createUser(t.ctx.db, now(), { username: 'taken' });
    const taken = await call('POST', '/users', { username: 'taken', displayName: '乙', password: 'Good#Pass1', grants: [] });
    expect(taken.statusCode).toBe(409);
    const noUnit = await call('POST', '/users', { username: 'nounit', displayName: '丙', password: 'Good#Pass1', grants: [{ role: 'unit_editor', unitId: null }] });
    expect(noUnit.statusCode).toBe(400);
    expect(await t.ctx.db.selectFrom('users').select('username').where('username', 'in', ['weak', 'nounit']).execute()).toEqual([]);
  });

  it('resets a password: the user must change it and loses open sessions', async () => {
    const user = await createUser(t.ctx.db, now(), { username: 'wang' });
    const cookie = await sessionCookie(t.ctx.db, user.id, now());
    const res = await call('POST', `/users/${user.id}/reset-password`, { newPassword: 'Temp#Pass99' });
    expect(res.statusCode).toBe(200);
    expect((await call('GET', '/auth/me', undefined, cookie)).statusCode).toBe(401);
    const login = await t.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username: 'wang', password: 'Temp#Pass99' } });
    expect(login.json().mustChangePassword).toBe(true);
  });

  it('unlocks a locked account', async () => {
    const user = await createUser(t.ctx.db, now(), { username: 'wang' });
    await t.ctx.db.updateTable('users').set({ locked_until: '2099-01-01T00:00:00.000Z' }).where('id', '=', user.id).execute();
    const res = await call('POST', `/users/${user.id}/unlock`);
    expect(res.json().lockedUntil).toBeNull();
  });

  it('disabling an account ends its sessions; an administrator cannot disable himself', async () => {
    const user = await createUser(t.ctx.db, now(), { username: 'wang' });
    const cookie = await sessionCookie(t.ctx.db, user.id, now());
    expect((await call('PATCH', `/users/${user.id}`, { disabled: true })).statusCode).toBe(200);
    expect((await call('GET', '/auth/me', undefined, cookie)).statusCode).toBe(401);
    expect((await call('PATCH', `/users/${admin.user.id}`, { disabled: true })).statusCode).toBe(400);
  });

  it('lets only the administrator manage accounts; the auditor may list them', async () => {
    const auditor = await loginAs(t.ctx.db, now(), 'auditor', units.district.id);
    const office = await loginAs(t.ctx.db, now(), 'news_office', units.district.id);
    expect((await call('GET', '/users', undefined, auditor.cookie)).statusCode).toBe(200);
    expect((await call('POST', '/users', { username: 'x1y', displayName: '甲', password: 'Good#Pass1' }, auditor.cookie)).statusCode).toBe(403);
    expect((await call('GET', '/users', undefined, office.cookie)).statusCode).toBe(403);
  });
});
