import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildTestApp, DIALECTS, type TestApp } from '../../../test/helpers';
import { TEST_PASSWORD, createDistrict, createUser, loginAs } from '../../../test/factories';
import { SESSION_COOKIE } from './service';

describe.each(DIALECTS)('accounts and sessions on %s', (dialect) => {
  let t: TestApp;
  const now = () => t.clock.now().toISOString();
  beforeEach(async () => {
    t = await buildTestApp(dialect);
  });
  afterEach(async () => t.close());

  async function login(username: string, password: string) {
    return t.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username, password } });
  }
  const cookieOf = (res: { cookies: { name: string; value: string }[] }) => {
    const c = res.cookies.find((x) => x.name === SESSION_COOKIE);
    return c ? `${SESSION_COOKIE}=${c.value}` : '';
  };

  it('logs in with the right password and sets an HttpOnly, SameSite=Lax session cookie', async () => {
    const { district } = await createDistrict(t.ctx.db, now());
    await createUser(t.ctx.db, now(), { username: 'zhoumin', displayName: '周敏', grants: [{ role: 'news_office', unitId: district.id }] });
    const res = await login('zhoumin', TEST_PASSWORD);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ username: 'zhoumin', displayName: '周敏', grants: [{ role: 'news_office', unitName: '武隆区' }] });
    const setCookie = String(res.headers['set-cookie']);
    expect(setCookie).toMatch(/HttpOnly/i);
    expect(setCookie).toMatch(/SameSite=Lax/i);
    expect(setCookie).not.toMatch(/Secure/i);
    const me = await t.app.inject({ method: 'GET', url: '/api/v1/auth/me', headers: { cookie: cookieOf(res) } });
    expect(me.statusCode).toBe(200);
    expect(me.json().username).toBe('zhoumin');
  });

  it('marks the cookie Secure behind HTTPS', async () => {
    await t.close();
    t = await buildTestApp(dialect, { config: { trustProxy: true } });
    await createUser(t.ctx.db, now(), { username: 'zhoumin' });
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      headers: { 'x-forwarded-proto': 'https' },
      payload: { username: 'zhoumin', password: TEST_PASSWORD },
    });
    expect(String(res.headers['set-cookie'])).toMatch(/Secure/);
  });

  it('refuses a wrong password in Chinese without saying whether the user exists', async () => {
    await createUser(t.ctx.db, now(), { username: 'zhoumin' });
    const wrong = await login('zhoumin', 'nope');
    const unknown = await login('nobody', 'nope');
    expect(wrong.statusCode).toBe(401);
    expect(unknown.statusCode).toBe(401);
    expect(wrong.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(wrong.json().detail).toContain('用户名或密码错误');
    expect(unknown.json().detail).toBe('用户名或密码错误');
  });

  it('locks the account for 30 minutes after 5 consecutive failures, even for the right password (SEC)', async () => {
    await createUser(t.ctx.db, now(), { username: 'zhoumin' });
    for (let i = 1; i <= 4; i++) expect((await login('zhoumin', 'wrong')).statusCode).toBe(401);
    const fifth = await login('zhoumin', 'wrong');
    expect(fifth.statusCode).toBe(423);
    expect(fifth.json().detail).toContain('账户已锁定 30 分钟');
    expect((await login('zhoumin', TEST_PASSWORD)).statusCode).toBe(423);
    t.clock.advance(29 * 60_000);
    expect((await login('zhoumin', TEST_PASSWORD)).statusCode).toBe(423);
    t.clock.advance(2 * 60_000);
    expect((await login('zhoumin', TEST_PASSWORD)).statusCode).toBe(200);
  });

  it('counts only consecutive failures: a success resets the count', async () => {
    await createUser(t.ctx.db, now(), { username: 'zhoumin' });
    for (let i = 0; i < 4; i++) await login('zhoumin', 'wrong');
    expect((await login('zhoumin', TEST_PASSWORD)).statusCode).toBe(200);
    for (let i = 0; i < 4; i++) expect((await login('zhoumin', 'wrong')).statusCode).toBe(401);
  });

  it('audits logins, failures and lockouts', async () => {
    await createUser(t.ctx.db, now(), { username: 'zhoumin' });
    await login('zhoumin', TEST_PASSWORD);
    for (let i = 0; i < 5; i++) await login('zhoumin', 'wrong');
    await login('ghost', 'x');
    const actions = (await t.ctx.db.selectFrom('audit_log').select('action').orderBy('id').execute()).map((r) => r.action);
    expect(actions).toEqual(['auth.login', 'auth.login_failed', 'auth.login_failed', 'auth.login_failed', 'auth.login_failed', 'auth.lockout', 'auth.login_failed']);
  });

  it('ends a session after 30 idle minutes', async () => {
    const { cookie } = await loginAs(t.ctx.db, now(), 'admin', null);
    t.clock.advance(29 * 60_000);
    expect((await t.app.inject({ url: '/api/v1/auth/me', headers: { cookie } })).statusCode).toBe(200);
    t.clock.advance(29 * 60_000);
    expect((await t.app.inject({ url: '/api/v1/auth/me', headers: { cookie } })).statusCode).toBe(200);
    t.clock.advance(31 * 60_000);
    const res = await t.app.inject({ url: '/api/v1/auth/me', headers: { cookie } });
    expect(res.statusCode).toBe(401);
    expect(res.json().detail).toContain('30 分钟未操作');
  });

  it('ends a session after 12 hours however active it is', async () => {
    const { cookie } = await loginAs(t.ctx.db, now(), 'admin', null);
    for (let i = 0; i < 12 * 3; i++) {
      t.clock.advance(20 * 60_000);
      const res = await t.app.inject({ url: '/api/v1/auth/me', headers: { cookie } });
      if (i < 12 * 3 - 1) expect(res.statusCode).toBe(200);
      else expect(res.json().detail).toContain('12 小时');
    }
  });

  it('revokes the session on logout', async () => {
    const { cookie } = await loginAs(t.ctx.db, now(), 'admin', null);
    expect((await t.app.inject({ method: 'POST', url: '/api/v1/auth/logout', headers: { cookie } })).statusCode).toBe(200);
    expect((await t.app.inject({ url: '/api/v1/auth/me', headers: { cookie } })).statusCode).toBe(401);
  });

  it('lets users change their own password, refusing weak ones with Chinese reasons', async () => {
    const user = await createUser(t.ctx.db, now(), { username: 'zhoumin' });
    const res = await login('zhoumin', TEST_PASSWORD);
    const cookie = cookieOf(res);
    const weak = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/password',
      headers: { cookie },
      payload: { currentPassword: TEST_PASSWORD, newPassword: 'abcdefg' },
    });
    expect(weak.statusCode).toBe(422);
    expect(weak.json().detail).toContain('密码长度至少 8 位');
    expect(weak.json().detail).toContain('至少三类');
    const wrongCurrent = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/password',
      headers: { cookie },
      payload: { currentPassword: 'nope', newPassword: 'Better-Pass1' },
    });
    expect(wrongCurrent.statusCode).toBe(422);
    const ok = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/password',
      headers: { cookie },
      payload: { currentPassword: TEST_PASSWORD, newPassword: 'Better-Pass1' },
    });
    expect(ok.statusCode).toBe(200);
    expect((await login('zhoumin', TEST_PASSWORD)).statusCode).toBe(401);
    expect((await login('zhoumin', 'Better-Pass1')).statusCode).toBe(200);
    const audit = await t.ctx.db.selectFrom('audit_log').select(['action', 'after_json']).where('entity_id', '=', String(user.id)).execute();
    expect(audit.map((a) => a.action)).toContain('auth.password_changed');
    expect(JSON.stringify(audit)).not.toContain('Better-Pass1');
  });

  it('requires a session for every API route but login', async () => {
    const res = await t.app.inject({ url: '/api/v1/auth/me' });
    expect(res.statusCode).toBe(401);
    expect(res.json()).toMatchObject({ title: '未登录或登录已过期', detail: '请先登录' });
  });
});

describe.each(DIALECTS)('background requests on %s', (dialect) => {
  it('do not keep an idle session alive (X-Background: 1)', async () => {
    const t = await buildTestApp(dialect);
    try {
      const { cookie } = await loginAs(t.ctx.db, t.clock.now().toISOString(), 'admin', null);
      for (let i = 0; i < 4; i++) {
        t.clock.advance(10 * 60_000);
        const poll = await t.app.inject({ url: '/api/v1/notifications', headers: { cookie, 'x-background': '1' } });
        expect(poll.statusCode, `poll ${i}`).toBe(i < 3 ? 200 : 401);
      }
    } finally {
      await t.close();
    }
  });
});
