import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { bootstrap } from './bootstrap';
import { ConfigError } from './config';
import { buildTestApp, DIALECTS, TEST_AUDIT_KEY, testConfig, type TestApp } from '../test/helpers';

describe.each(DIALECTS)('production start (DEMO=0) on %s', (dialect) => {
  let t: TestApp;
  beforeEach(async () => {
    t = await buildTestApp(dialect);
  });
  afterEach(async () => t.close());

  it('creates the first administrator admin with ADMIN_PASSWORD on an empty database, and nothing else', async () => {
    expect(await bootstrap(t.ctx.db, testConfig({ demo: false, adminPassword: 'First#Boss2026' }), TEST_AUDIT_KEY)).toEqual({ created: 'admin' });
    const login = await t.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username: 'admin', password: 'First#Boss2026' } });
    expect(login.json()).toMatchObject({ username: 'admin', grants: [{ role: 'admin', unitId: null }] });
    expect(await t.ctx.db.selectFrom('units').select('id').execute()).toEqual([]);
    expect(await bootstrap(t.ctx.db, testConfig({ demo: false, adminPassword: 'Other#Boss2026' }), TEST_AUDIT_KEY)).toEqual({ created: 'nothing' });
  });

  it('refuses to start without ADMIN_PASSWORD, or with a weak one, in one Chinese line', async () => {
    await expect(bootstrap(t.ctx.db, testConfig({ demo: false }), TEST_AUDIT_KEY)).rejects.toThrow(ConfigError);
    await expect(bootstrap(t.ctx.db, testConfig({ demo: false, adminPassword: 'admin123' }), TEST_AUDIT_KEY)).rejects.toThrow(/ADMIN_PASSWORD.*至少三类/);
    expect(await t.ctx.db.selectFrom('users').select('id').execute()).toEqual([]);
  });
});
