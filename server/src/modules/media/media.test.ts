import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildTestApp, DIALECTS, type TestApp } from '../../../test/helpers';
import { createDistrict, createJournalist, createOutlet, loginAs } from '../../../test/factories';

describe.each(DIALECTS)('the media registry on %s', (dialect) => {
  let t: TestApp;
  let office: { cookie: string };
  const at = () => t.clock.now().toISOString(); // 2026-11-26
  beforeEach(async () => {
    t = await buildTestApp(dialect);
    const { district } = await createDistrict(t.ctx.db, at());
    office = await loginAs(t.ctx.db, at(), 'news_office', district.id);
  });
  afterEach(async () => t.close());

  const call = (method: 'GET' | 'POST' | 'PATCH', url: string, payload?: object) =>
    t.app.inject({ method, url: `/api/v1${url}`, payload, headers: { cookie: office.cookie } });

  it('registers an outlet with its licence and a journalist with a press card, showing whether each is valid', async () => {
    const outlet = (await call('POST', '/media/outlets', { name: '重庆日报', level: 'municipal', licenceNo: '渝报字001', validFrom: '2024-01-01', validUntil: '2028-12-31' })).json();
    expect(outlet).toMatchObject({ name: '重庆日报', level: 'municipal', qualification: { state: 'valid' } });
    const journalist = await call('POST', '/media/journalists', { outletId: outlet.id, name: '李记者', pressCardNo: 'B50012345', validFrom: '2022-01-01', validUntil: '2026-12-10' });
    expect(journalist.statusCode).toBe(201);
    expect(journalist.json()).toMatchObject({ outletName: '重庆日报', qualification: { state: 'expiring', validUntil: '2026-12-10' } });
  });

  it('warns about qualifications expiring within 30 days, on the news office home too (A13.7)', async () => {
    await createOutlet(t.ctx.db, at(), { name: '武隆网', validUntil: '2026-12-20' });
    await createOutlet(t.ctx.db, at(), { name: '远期媒体', validUntil: '2027-06-30' });
    const old = await createOutlet(t.ctx.db, at(), { name: '过期媒体', validUntil: '2026-10-01' });
    await createJournalist(t.ctx.db, at(), old.id, { name: '张记者', validUntil: '2026-12-01' });
    const expiring = (await call('GET', '/media/expiring')).json().items;
    expect(expiring.map((e: { name: string; state: string }) => `${e.name}:${e.state}`)).toEqual(['过期媒体:expired', '张记者:expiring', '武隆网:expiring']);
    const pending = (await call('GET', '/home/pending')).json().items.filter((p: { rule: string }) => p.rule === 'A13.7');
    expect(pending.map((p: { title: string }) => p.title)).toEqual(['记者“张记者”的资质将于 2026-12-01 到期', '媒体“武隆网”的资质将于 2026-12-20 到期']);
  });

  it('records an A19 finding against an outlet', async () => {
    const outlet = await createOutlet(t.ctx.db, at(), { name: '某自媒体' });
    const res = await call('POST', `/media/outlets/${outlet.id}/findings`, { foundOn: '2026-11-20', finding: '将“暂停通行”歪曲为“永久封闭”' });
    expect(res.statusCode).toBe(201);
    expect(res.json().findings).toMatchObject([{ foundOn: '2026-11-20', finding: '将“暂停通行”歪曲为“永久封闭”' }]);
    expect((await call('GET', '/media/outlets')).json().items[0].findings).toBe(1);
  });

  it('refuses a validity that ends before it begins', async () => {
    const res = await call('POST', '/media/outlets', { name: '某媒体', level: 'district', validFrom: '2026-01-01', validUntil: '2025-01-01' });
    expect(res.statusCode).toBe(400);
    expect(res.json().errors[0].message).toBe('有效期截止日不能早于起始日');
  });
});
