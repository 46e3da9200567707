import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createJournalist, createOutlet } from '../../../test/factories';
import { buildTestApp, DIALECTS, type TestApp } from '../../../test/helpers';
import { opinionFixture } from '../opinions/testing';

const form = (over: Record<string, string> = {}) =>
  new URLSearchParams({ outlet: '重庆日报', journalist: '王小明', pressCardNo: 'B11000012345', topic: '汛期道路通行保障情况', wishedAt: '2026-11-28T10:00', contact: '13900001111', ...over }).toString();

describe.each(DIALECTS)('interview requests (A13.6) on %s', (dialect) => {
  let t: TestApp;
  let fx: Awaited<ReturnType<typeof opinionFixture>>;
  beforeEach(async () => {
    t = await buildTestApp(dialect);
    fx = await opinionFixture(t);
  });
  afterEach(async () => t.close());

  const submit = (body = form(), ip = '203.0.113.7') =>
    t.app.inject({ method: 'POST', url: '/interviews', payload: body, headers: { 'content-type': 'application/x-www-form-urlencoded' }, remoteAddress: ip });
  const trackingOf = (html: string) => /data-tracking-no="([^"]+)"/.exec(html)![1]!;
  const lookup = (trackingNo: string, contact: string) =>
    t.app.inject({ method: 'POST', url: '/interviews/status', payload: new URLSearchParams({ trackingNo, contact }).toString(), headers: { 'content-type': 'application/x-www-form-urlencoded' } });

  async function submittedAndRouted(publicInterest = true) {
    const res = await submit();
    const trackingNo = trackingOf(res.body);
    const { id } = await t.ctx.db.selectFrom('interview_requests').select('id').where('tracking_no', '=', trackingNo).executeTakeFirstOrThrow();
    const routed = await fx.api('POST', `/interview-requests/${id}/route`, fx.office.cookie, { unitId: fx.units.department.id, background: '近期强降雨，部分道路中断', leads: '局办公室张科长', safetyNotes: '不得进入塌方区域', publicInterest });
    expect(routed.statusCode).toBe(200);
    return { id, trackingNo, view: routed.json() };
  }

  it('serves a form that works without JavaScript, and explains every mistake in Chinese', async () => {
    const page = await t.app.inject({ method: 'GET', url: '/interviews' });
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('<form class="form" method="post" action="/interviews"');
    expect(page.body).not.toMatch(/<script/);
    const bad = await submit(form({ pressCardNo: '12', contact: 'abc', topic: '' }));
    expect(bad.statusCode).toBe(400);
    expect(bad.body).toContain('记者证号应为 6 至 30 位字母或数字');
    expect(bad.body).toContain('请填写手机号、固定电话或电子邮箱');
    expect(bad.body).toContain('请写明采访主题');
    // What was typed is kept, escaped.
    expect(bad.body).toContain('value="重庆日报"');
    expect((await submit(form({ outlet: '<b>x</b>报社' }))).body).not.toContain('<b>x</b>');
    expect(await t.ctx.db.selectFrom('interview_requests').select('id').execute()).toHaveLength(1);
  });

  it('confirms with a tracking number, tells the news office, and shows the status by number and contact', async () => {
    const res = await submit();
    expect(res.statusCode).toBe(201);
    const trackingNo = trackingOf(res.body);
    expect(trackingNo).toMatch(/^CF20261126-[0-9A-HJKMNP-TV-Z]{8}$/);
    expect((await fx.notificationsOf(fx.office.user.id)).map((n) => n.title)).toEqual(['新的采访申请：重庆日报 王小明']);
    const found = await lookup(trackingNo, '139 0000 1111');
    expect(found.statusCode).toBe(200);
    expect(found.body).toContain('data-status="received"');
    expect(found.body).toContain('已受理');
    expect((await lookup(trackingNo, '13900002222')).statusCode).toBe(404);
    expect((await lookup('CF00000000-XXXXXXXX', '13900001111')).body).toContain('未找到该采访申请');
  });

  it('limits submissions per address, and answers the sixth in HTML', async () => {
    for (let i = 0; i < 5; i++) expect((await submit()).statusCode).toBe(201);
    const limited = await submit();
    expect(limited.statusCode).toBe(429);
    expect(limited.headers['content-type']).toMatch(/text\/html/);
    expect(limited.body).toContain('提交过于频繁');
    expect((await submit(form(), '198.51.100.9')).statusCode).toBe(201);
  });

  it('flags a press card not in the registry, refuses to arrange the interview until it is registered, then arranges an F4 interview (A13.7)', async () => {
    const { id, trackingNo, view } = await submittedAndRouted();
    expect(view).toMatchObject({ status: 'routed', unitName: '区交通局', pressCard: 'unregistered', flagged: true, safetyNotes: '不得进入塌方区域' });
    const startsAt = '2026-11-28T02:00:00.000Z';
    expect((await fx.api('POST', `/interview-requests/${id}/accept`, fx.editor.cookie, { startsAt })).json()).toMatchObject({ status: 422, rule: 'A13.7' });

    const outlet = await createOutlet(t.ctx.db, t.clock.now().toISOString(), { name: '重庆日报', level: 'municipal' });
    const expired = await createJournalist(t.ctx.db, t.clock.now().toISOString(), outlet.id, { name: '王小明', validUntil: '2026-01-01' });
    await t.ctx.db.updateTable('journalists').set({ press_card_no: 'B11000012345' }).where('id', '=', expired.id).execute();
    expect((await fx.api('GET', `/interview-requests/${id}`, fx.office.cookie)).json()).toMatchObject({ pressCard: 'expired', flagged: true });
    await t.ctx.db.updateTable('journalists').set({ press_card_valid_until: null }).where('id', '=', expired.id).execute();

    const accepted = await fx.api('POST', `/interview-requests/${id}/accept`, fx.editor.cookie, { startsAt, venue: '区交通局会议室' });
    expect(accepted.json()).toMatchObject({ status: 'accepted', flagged: false, pressCard: 'valid', release: { status: 'planned', startsAt } });
    const release = await t.ctx.db.selectFrom('releases').selectAll().where('id', '=', accepted.json().release.id).executeTakeFirstOrThrow();
    expect(release).toMatchObject({ form: 'interview', unit_id: fx.units.department.id, venue: '区交通局会议室' });
    expect(await t.ctx.db.selectFrom('release_outlets').selectAll().where('release_id', '=', release.id).execute()).toEqual([expect.objectContaining({ outlet_id: outlet.id, journalist_id: expired.id })]);
    const status = await lookup(trackingNo, '13900001111');
    expect(status.body).toContain('已同意采访');
    expect(status.body).toContain('2026-11-28 10:00');
  });

  it('records a lawful public-interest request declined without a reason as an A18.2 candidate; with a reason, the reason is the evidence (A18.2)', async () => {
    const outlet = await createOutlet(t.ctx.db, t.clock.now().toISOString(), { name: '重庆日报' });
    const j = await createJournalist(t.ctx.db, t.clock.now().toISOString(), outlet.id);
    await t.ctx.db.updateTable('journalists').set({ press_card_no: 'B11000012345' }).where('id', '=', j.id).execute();

    const first = await submittedAndRouted();
    expect((await fx.api('POST', `/interview-requests/${first.id}/decline`, fx.townEditor.cookie, { reason: null })).statusCode).toBe(403);
    const declined = await fx.api('POST', `/interview-requests/${first.id}/decline`, fx.editor.cookie, { reason: null });
    expect(declined.json()).toMatchObject({ status: 'declined', decisionReason: null });
    const [candidate] = await t.ctx.db.selectFrom('violations').selectAll().execute();
    expect(candidate).toMatchObject({ kind: 'A18.2', unit_id: fx.units.department.id, source_type: 'interview_request', source_id: String(first.id) });
    expect(JSON.parse(candidate!.evidence)).toMatchObject({ trackingNo: first.trackingNo, publicInterest: true, reason: null });
    expect((await lookup(first.trackingNo, '13900001111')).body).toContain('未能安排采访');

    const second = await submittedAndRouted();
    await fx.api('POST', `/interview-requests/${second.id}/decline`, fx.approver.cookie, { reason: '当日全员在抢险一线，建议改为书面采访' });
    const third = await submittedAndRouted(false);
    await fx.api('POST', `/interview-requests/${third.id}/decline`, fx.approver.cookie, { reason: null });
    expect(await t.ctx.db.selectFrom('violations').select('id').execute()).toHaveLength(1);
    const status = await lookup(second.trackingNo, '13900001111');
    expect(status.body).toContain('当日全员在抢险一线，建议改为书面采访');
    // Answered: it is not answered again.
    expect((await fx.api('POST', `/interview-requests/${second.id}/accept`, fx.approver.cookie, { startsAt: '2026-11-28T02:00:00.000Z' })).statusCode).toBe(409);
  });
});
