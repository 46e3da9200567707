import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildTestApp, DIALECTS, type TestApp } from '../../../test/helpers';
import { emergencyFixture } from '../incidents/testing';

const HOUR = 3_600_000;

describe.each(DIALECTS)('important warnings on %s', (dialect) => {
  let t: TestApp;
  let fx: Awaited<ReturnType<typeof emergencyFixture>>;
  beforeEach(async () => {
    t = await buildTestApp(dialect);
    fx = await emergencyFixture(t);
  });
  afterEach(async () => t.close());

  const warning = (over: Record<string, unknown> = {}) => ({
    title: '白马镇地质灾害气象风险预警',
    category: '地质灾害',
    area: '白马镇大田村、仙女山街道',
    level: 'orange',
    content: '未来24小时发生地质灾害的风险较高，请居民远离危险区域。',
    issuingUnitId: fx.units.township.id,
    validFrom: t.clock.now().toISOString(),
    validUntil: new Date(t.clock.now().getTime() + 24 * HOUR).toISOString(),
    confidentialityReview: { reviewer: '白马镇保密员', reviewedAt: t.clock.now().toISOString() },
    ...over,
  });

  it('issues, updates and lifts a warning; the portal home shows it only while in force (A5.5)', async () => {
    const issued = await fx.api('POST', '/warnings', fx.approver.cookie, warning());
    expect(issued.statusCode).toBe(201);
    expect(issued.json()).toMatchObject({ state: 'in_force', level: 'orange', revision: 1, issuingUnitName: '白马镇' });
    let home = (await t.app.inject('/')).body;
    expect(home).toContain('白马镇地质灾害气象风险预警');
    expect(home).toContain('橙色预警');

    const raised = await fx.api('PUT', `/warnings/${issued.json().id}`, fx.office.cookie, warning({ level: 'red', area: '白马镇全境' }));
    expect(raised.json()).toMatchObject({ level: 'red', revision: 2, area: '白马镇全境' });
    home = (await t.app.inject('/')).body;
    expect(home).toContain('红色预警');
    const page = (await t.app.inject(`/warnings/${issued.json().id}`)).body;
    expect(page).toContain('第 2 版');

    const lifted = await fx.api('POST', `/warnings/${issued.json().id}/lift`, fx.approver.cookie, { reason: '降雨已经结束，险情解除' });
    expect(lifted.json()).toMatchObject({ state: 'lifted', liftReason: '降雨已经结束，险情解除' });
    expect((await t.app.inject('/')).body).not.toContain('白马镇地质灾害气象风险预警');
    expect((await t.app.inject(`/warnings/${issued.json().id}`)).body).toContain('该预警已于');
    expect((await fx.api('PUT', `/warnings/${issued.json().id}`, fx.office.cookie, warning())).statusCode).toBe(409);
    const actions = await t.ctx.db.selectFrom('audit_log').select('action').where('entity', '=', 'warning').orderBy('id').execute();
    expect(actions.map((a) => a.action)).toEqual(['warning.issue', 'warning.update', 'warning.lift']);
  });

  it('leaves the home page when its validity ends, and shows one that starts later only from then', async () => {
    await fx.api('POST', '/warnings', fx.office.cookie, warning({ title: '暴雨黄色预警', level: 'yellow', validUntil: new Date(t.clock.now().getTime() + 2 * HOUR).toISOString() }));
    await fx.api('POST', '/warnings', fx.office.cookie, warning({ title: '明日大风蓝色预警', level: 'blue', validFrom: new Date(t.clock.now().getTime() + 3 * HOUR).toISOString() }));
    let home = (await t.app.inject('/')).body;
    expect(home).toContain('暴雨黄色预警');
    expect(home).not.toContain('明日大风蓝色预警');
    await fx.advance(4 * HOUR);
    home = (await t.app.inject('/')).body;
    expect(home).not.toContain('暴雨黄色预警');
    expect(home).toContain('明日大风蓝色预警');
    const expired = (await fx.api('GET', '/warnings?state=expired', fx.leader.cookie)).json();
    expect(expired.items.map((w: { title: string }) => w.title)).toEqual(['暴雨黄色预警']);
  });

  it('refuses a warning by another unit, one valid for no time, and one without its confidentiality review (A17, A18.5)', async () => {
    expect((await fx.api('POST', '/warnings', fx.otherEditor.cookie, warning())).statusCode).toBe(403);
    const backwards = await fx.api('POST', '/warnings', fx.office.cookie, warning({ validUntil: t.clock.now().toISOString() }));
    expect(backwards.statusCode).toBe(400);
    expect(backwards.json().errors[0].path).toBe('validUntil');
    const { confidentialityReview: _, ...unreviewed } = warning();
    expect((await fx.api('POST', '/warnings', fx.office.cookie, unreviewed)).statusCode).toBe(400);
  });
});
