import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { bootstrap } from '../bootstrap';
import { buildTestApp, DIALECTS, TEST_AUDIT_KEY, testConfig, type TestApp } from '../../test/helpers';
import { DEMO_LOGINS, DEMO_PASSWORD, DEMO_UNITS } from './district';

describe.each(DIALECTS)('the demo district on %s', (dialect) => {
  let t: TestApp;
  beforeEach(async () => {
    t = await buildTestApp(dialect);
    await bootstrap(t.ctx.db, testConfig({ demo: true, now: t.clock.now }), TEST_AUDIT_KEY);
  });
  afterEach(async () => t.close());

  it('has about 25 units under the district, some livelihood-related, and one login per role', async () => {
    const units = await t.ctx.db.selectFrom('units').selectAll().execute();
    expect(units.filter((u) => !['city', 'district'].includes(u.kind)).length).toBe(DEMO_UNITS.length - 2);
    expect(units.filter((u) => u.livelihood_related).length).toBeGreaterThanOrEqual(5);
    const roles = new Set(DEMO_LOGINS.map((l) => l.role));
    expect(roles).toEqual(new Set(['admin', 'news_office', 'leader', 'auditor', 'unit_editor', 'unit_approver']));
  });

  it('lets every demo login in with the demo password', async () => {
    for (const login of DEMO_LOGINS) {
      const res = await t.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username: login.username, password: DEMO_PASSWORD } });
      expect(res.statusCode, login.username).toBe(200);
    }
  });

  it('gives every unit its spokesperson and assistant but one, shown as the gap to fill (A8.2)', async () => {
    const login = await t.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username: 'xinwenban', password: DEMO_PASSWORD } });
    const cookie = `fbt_sid=${login.cookies.find((c) => c.name === 'fbt_sid')!.value}`;
    const gaps = (await t.app.inject({ url: '/api/v1/units/gaps', headers: { cookie } })).json().items;
    expect(gaps.map((g: { unit: { shortName: string }; gaps: { kind: string }[] }) => [g.unit.shortName, g.gaps.map((x) => x.kind)])).toEqual([
      ['长坝镇', ['missing_assistant']],
    ]);
  });

  it('puts the standing vice district head in charge of 区交通局 (A13.2)', async () => {
    const login = await t.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username: 'xinwenban', password: DEMO_PASSWORD } });
    const cookie = `fbt_sid=${login.cookies.find((c) => c.name === 'fbt_sid')!.value}`;
    const jtj = await t.ctx.db.selectFrom('units').select('id').where('short_name', '=', '区交通局').executeTakeFirstOrThrow();
    const detail = (await t.app.inject({ url: `/api/v1/units/${jtj.id}`, headers: { cookie } })).json();
    expect(detail.leaderInCharge).toMatchObject({ personName: '陈建国', from: '2024-01-01', to: null });
  });

  it('runs the audit chain unbroken from the first record', async () => {
    expect(await t.ctx.audit.verify(t.ctx.db)).toMatchObject({ ok: true });
  });
});
