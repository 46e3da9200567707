import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildTestApp, DIALECTS, type TestApp } from '../../../test/helpers';
import { createViolation } from '../../../test/factories';
import { emergencyFixture } from '../incidents/testing';

describe.each(DIALECTS)('candidate violations on %s', (dialect) => {
  let t: TestApp;
  let fx: Awaited<ReturnType<typeof emergencyFixture>>;
  beforeEach(async () => {
    t = await buildTestApp(dialect);
    fx = await emergencyFixture(t);
  });
  afterEach(async () => t.close());

  it('proposes one A18.1 candidate per missed clock, however often it is detected', async () => {
    const incident = (await fx.register(6 * 60)).json();
    await fx.advance(31 * 60_000);
    for (let i = 0; i < 3; i++) await t.ctx.jobs.runDue();
    const list = (await fx.api('GET', '/violations', fx.office.cookie)).json();
    expect(list.items.map((v: { sourceId: string }) => v.sourceId)).toEqual([`${incident.id}:A13.4-a`]);
    const audit = await t.ctx.db.selectFrom('audit_log').select(['actor_id', 'action']).where('action', '=', 'violation.propose').execute();
    expect(audit).toEqual([{ actor_id: null, action: 'violation.propose' }]);
  });

  it('lets the news office confirm or dismiss a candidate with its reason, once, audited (A18.1)', async () => {
    const incident = (await fx.register(6 * 60)).json();
    const [candidate] = (await fx.api('GET', '/violations', fx.office.cookie)).json().items;
    expect(candidate.link).toBe(`/console/incidents/${incident.id}`);

    const byUnit = await fx.api('POST', `/violations/${candidate.id}/dismiss`, fx.approver.cookie, { reason: '我们不同意' });
    expect(byUnit.statusCode).toBe(403);
    const noReason = await fx.api('POST', `/violations/${candidate.id}/dismiss`, fx.office.cookie, { reason: '' });
    expect(noReason.statusCode).toBe(400);

    const dismissed = await fx.api('POST', `/violations/${candidate.id}/dismiss`, fx.office.cookie, { reason: '事件系超时后才报告新闻办，登记滞后' });
    expect(dismissed.json()).toMatchObject({ status: 'dismissed', decidedBy: '周敏', decisionReason: '事件系超时后才报告新闻办，登记滞后' });
    const twice = await fx.api('POST', `/violations/${candidate.id}/confirm`, fx.office.cookie, { reason: '改为认定' });
    expect(twice.statusCode).toBe(409);
    expect(twice.json().rule).toBe('A18.1');

    const audit = await t.ctx.db.selectFrom('audit_log').select(['action', 'after_json']).where('action', '=', 'violation.dismiss').executeTakeFirstOrThrow();
    expect(JSON.parse(audit.after_json!)).toEqual({ status: 'dismissed', reason: '事件系超时后才报告新闻办，登记滞后' });
  });

  it('shows a unit its own candidates only, and lists them on the news office workbench', async () => {
    const own = await createViolation(t.ctx.db, t.clock.now().toISOString(), { unitId: fx.units.township.id });
    const other = await createViolation(t.ctx.db, t.clock.now().toISOString(), { unitId: fx.units.department.id });
    expect((await fx.api('GET', '/violations', fx.editor.cookie)).json().items.map((v: { id: number }) => v.id)).toEqual([own.id]);
    expect((await fx.api('GET', `/violations/${other.id}`, fx.editor.cookie)).statusCode).toBe(403);
    expect((await fx.api('GET', '/violations', fx.leader.cookie)).json().total).toBe(2);
    const pending = (await fx.api('GET', '/home/pending', fx.office.cookie)).json().items;
    expect(pending.filter((i: { kind: string }) => i.kind === 'violation.candidate')).toHaveLength(2);
  });
});
