import ExcelJS from 'exceljs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { appoint, createExpert, createOpinionItem, createPerson, createUnit, loginAs } from '../../../test/factories';
import { buildTestApp, DIALECTS, snapshotTables, type TestApp } from '../../../test/helpers';
import { opinionFixture } from './testing';

const HOUR = 3_600_000;
const flood = (t: TestApp, over: Record<string, unknown> = {}) => ({
  title: '网传武隆319国道白马段道路积水严重车辆无法通行',
  link: 'https://weibo.example.cn/status/1001',
  site: '微博',
  firstSeenAt: t.clock.now().toISOString(),
  excerpt: '暴雨后武隆 319 国道积水，防汛人员未见到场。',
  keywords: ['积水'],
  ...over,
});

describe.each(DIALECTS)('opinion items and their N61 clock on %s', (dialect) => {
  let t: TestApp;
  let fx: Awaited<ReturnType<typeof opinionFixture>>;
  beforeEach(async () => {
    t = await buildTestApp(dialect);
    fx = await opinionFixture(t);
  });
  afterEach(async () => t.close());

  const steps = (itemId: number) =>
    t.ctx.db.selectFrom('jobs').select(['dedupe_key', 'status']).where('kind', '=', 'alerts.clock_step').where('dedupe_key', 'like', `alert:opinion:${itemId}:%`).orderBy('run_at').execute();

  async function ruleForTransport() {
    const res = await fx.api('POST', '/opinion-keyword-rules', fx.office.cookie, { unitId: fx.units.department.id, expression: '(积水 OR 塌方) AND 国道', exclusions: ['演练'] });
    expect(res.statusCode).toBe(201);
  }

  it('takes a signed vendor push, suggests the unit by the keyword rules and keeps the words that matched (A13.2)', async () => {
    await ruleForTransport();
    const res = await fx.push(flood(t));
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({ status: 'created' });
    const item = (await fx.api('GET', `/opinions/${res.json().id}`, fx.office.cookie)).json();
    expect(item).toMatchObject({
      sourceKind: 'vendor',
      source: '某监测：微博',
      status: 'new',
      suggestedUnitId: fx.units.department.id,
      suggestedUnitName: '区交通局',
      unitId: null,
      matchedKeywords: ['积水', '国道'],
      clock: null,
    });
    const audit = await t.ctx.db.selectFrom('audit_log').selectAll().where('action', '=', 'opinion.ingest').executeTakeFirstOrThrow();
    expect(audit.actor_id).toBeNull();
  });

  it('ignores a replayed push and keeps a repost once, by link or by a near-identical title', async () => {
    const body = flood(t);
    const first = await fx.push(body);
    expect(first.statusCode).toBe(201);
    const replay = await fx.push(body);
    expect(replay.statusCode).toBe(200);
    expect(replay.json()).toEqual({ id: first.json().id, status: 'replayed' });

    t.clock.advance(1000);
    const sameLink = await fx.push(flood(t, { link: 'https://weibo.example.cn/status/1001?utm_source=share#c', title: '另一个标题' }));
    expect(sameLink.json()).toEqual({ id: first.json().id, status: 'duplicate' });
    const repost = await fx.push(flood(t, { link: 'https://other.example.cn/t/9', title: '【转】网传武隆319国道白马段道路积水严重，车辆无法通行！' }));
    expect(repost.json()).toEqual({ id: first.json().id, status: 'duplicate' });
    const other = await fx.push(flood(t, { link: null, title: '武隆江口镇发生山体滑坡' }));
    expect(other.json().status).toBe('created');
    expect(await t.ctx.db.selectFrom('opinion_items').select('id').execute()).toHaveLength(2);
  });

  it('refuses unsigned, wrongly signed, stale and unknown-key pushes with 401 and writes nothing (SEC)', async () => {
    const before = await snapshotTables(t);
    const unsigned = await t.app.inject({ method: 'POST', url: '/api/v1/opinions/inbound', payload: flood(t) });
    expect(unsigned.statusCode).toBe(401);
    expect(unsigned.json()).toMatchObject({ title: '签名校验未通过', rule: 'SEC' });
    expect((await fx.push(flood(t), { secret: 'wrong-secret' })).json().detail).toBe('签名不正确');
    expect((await fx.push(flood(t), { timestamp: t.clock.now().getTime() - 6 * 60_000 })).json().detail).toMatch(/时间戳已过期/);
    expect((await fx.push(flood(t), { keyId: 'ov_nobody' })).statusCode).toBe(401);
    // The body signed is the body checked: one changed byte after signing fails.
    const raw = JSON.stringify(flood(t));
    const ts = String(t.clock.now().getTime());
    const { inboundSignature } = await import('./inbound');
    const tampered = await t.app.inject({
      method: 'POST',
      url: '/api/v1/opinions/inbound',
      payload: raw.replace('微博', '抖音'),
      headers: { 'content-type': 'application/json', 'x-fabutong-key': fx.vendor.key_id, 'x-fabutong-timestamp': ts, 'x-fabutong-signature': inboundSignature(fx.vendor.secret, ts, raw) },
    });
    expect(tampered.statusCode).toBe(401);
    // Signed but malformed: 400, still nothing written.
    const malformed = await fx.push({ title: '' });
    expect(malformed.statusCode).toBe(400);
    expect(await snapshotTables(t)).toEqual(before);
  });

  it('lets the news office assign, the unit assess as major, and reports it at once to the principal, the news office and the leader (A13.2)', async () => {
    const id = (await fx.push(flood(t))).json().id as number;
    // Not assigned yet: nobody's to assess.
    expect((await fx.api('POST', `/opinions/${id}/assess`, fx.editor.cookie, { level: 'major', sensitivity: 'high', trendNote: '转发量快速上升' })).json()).toMatchObject({ status: 409, rule: 'A13.2' });
    const assigned = await fx.api('POST', `/opinions/${id}/assign`, fx.office.cookie, { unitId: fx.units.department.id });
    expect(assigned.json()).toMatchObject({ status: 'assigned', unitName: '区交通局' });
    // Only the news office assigns; the unit cannot hand its item to another.
    expect((await fx.api('POST', `/opinions/${id}/assign`, fx.approver.cookie, { unitId: fx.units.township.id })).json()).toMatchObject({ status: 403, rule: 'A17' });

    const assessed = await fx.api('POST', `/opinions/${id}/assess`, fx.editor.cookie, { level: 'major', sensitivity: 'high', trendNote: '转发量快速上升' });
    expect(assessed.statusCode).toBe(200);
    const item = assessed.json();
    expect(item).toMatchObject({ status: 'assessed', level: 'major', assessedBy: '区交通局办公室' });
    expect(item.clock).toMatchObject({ rule: 'N61', article: '国办发〔2016〕61号', status: 'running', due: new Date(t.clock.now().getTime() + 48 * HOUR).toISOString() });

    for (const who of [fx.approver, fx.office, fx.leader]) {
      expect(await fx.notificationsOf(who.user.id)).toContainEqual({ title: `重大舆情：${flood(t).title}`, severity: 'urgent', link: `/console/opinions/${id}` });
    }
    expect(await fx.notificationsOf(fx.townEditor.user.id)).toEqual([]);
    expect((await steps(id)).map((s) => s.dedupe_key.replace(/@.*:/, ':'))).toEqual([`alert:opinion:${id}:N61:-120`, `alert:opinion:${id}:N61:-30`, `alert:opinion:${id}:N61:0`]);

    // Assessed again as major: the "first time" report is not sent twice.
    await fx.api('POST', `/opinions/${id}/assess`, fx.approver.cookie, { level: 'major', sensitivity: 'high', trendNote: '已有官方媒体转载' });
    expect((await fx.notificationsOf(fx.approver.user.id)).filter((n) => n.title.startsWith('重大舆情'))).toHaveLength(1);
  });

  it('reports a major item to the leader in charge of the unit alone, to all the leaders when nobody is in charge, and escalates a missed clock to all of them (A13.2)', async () => {
    const db = t.ctx.db;
    const at = t.clock.now().toISOString();
    // Two vice district heads: 刘洋 is in charge of 区交通局, 陈建国 (fx.leader) of nothing here.
    const liu = await createPerson(db, at, { name: '刘洋' });
    const gov = await createUnit(db, at, { parentId: fx.units.district.id, kind: 'district_gov', name: '区政府' });
    await appoint(db, at, { unitId: gov.id, post: 'vice_district_head', personId: liu.id, from: '2024-01-01' });
    const inCharge = await loginAs(db, at, 'leader', fx.units.district.id, { displayName: '刘洋' });
    await db.updateTable('users').set({ person_id: liu.id }).where('id', '=', inCharge.user.id).execute();
    // The news office records it as it would in the console.
    const set = await fx.api('PUT', `/units/${fx.units.department.id}/leader-in-charge`, fx.office.cookie, { personId: liu.id, from: '2024-01-01' });
    expect(set.statusCode).toBe(200);
    const majorAlerts = async (userId: number) => (await fx.notificationsOf(userId)).filter((n) => n.title.startsWith('重大舆情'));

    const transport = await createOpinionItem(db, at, { unitId: fx.units.department.id, title: '网传319国道积水' });
    expect((await fx.api('POST', `/opinions/${transport.id}/assess`, fx.editor.cookie, { level: 'major', sensitivity: 'high', trendNote: '升温' })).statusCode).toBe(200);
    expect(await majorAlerts(inCharge.user.id)).toHaveLength(1);
    expect(await majorAlerts(fx.leader.user.id)).toEqual([]);
    for (const who of [fx.approver, fx.office]) expect(await majorAlerts(who.user.id)).toHaveLength(1);

    // 白马镇 has no leader in charge: every leader hears it.
    const town = await createOpinionItem(db, at, { unitId: fx.units.township.id, title: '网传白马镇山体滑坡' });
    expect((await fx.api('POST', `/opinions/${town.id}/assess`, fx.townEditor.cookie, { level: 'major', sensitivity: 'high', trendNote: '升温' })).statusCode).toBe(200);
    expect(await majorAlerts(inCharge.user.id)).toHaveLength(2);
    expect(await majorAlerts(fx.leader.user.id)).toHaveLength(1);

    // Once 刘洋's charge of 区交通局 has ended, the next major item there goes to every leader again.
    await db.updateTable('unit_leaders_in_charge').set({ to_date: '2025-12-31' }).where('person_id', '=', liu.id).execute();
    const later = await createOpinionItem(db, at, { unitId: fx.units.department.id, title: '网传319国道塌方' });
    await fx.api('POST', `/opinions/${later.id}/assess`, fx.editor.cookie, { level: 'major', sensitivity: 'high', trendNote: '升温' });
    expect(await majorAlerts(fx.leader.user.id)).toHaveLength(2);

    // The escalation of a missed N61 clock goes on to the district leaders, all of them (issue 6 §3).
    await db.updateTable('unit_leaders_in_charge').set({ to_date: null }).where('person_id', '=', liu.id).execute();
    await fx.advance(48 * HOUR + 31 * 60_000);
    for (let n = await t.ctx.jobs.runDue(); n > 0; n = await t.ctx.jobs.runDue());
    for (const who of [inCharge, fx.leader]) {
      expect((await fx.notificationsOf(who.user.id)).some((n) => n.title === '舆情“网传319国道积水”：48 小时内回应舆情关切（N61）已超时')).toBe(true);
    }
  });

  it('is met by a published opinion-response release linked to the item, and its alerts stop (N61, A5.3)', async () => {
    const item = await createOpinionItem(t.ctx.db, t.clock.now().toISOString(), { unitId: fx.units.department.id });
    await fx.api('POST', `/opinions/${item.id}/assess`, fx.editor.cookie, { level: 'significant', sensitivity: 'medium', trendNote: '局部关注' });
    await fx.advance(3 * HOUR);
    // The editor may draft the response, not publish it (A17); the approver publishes it, reviewed for secrets (A18.5).
    const drafted = await fx.api('POST', `/opinions/${item.id}/response-release`, fx.editor.cookie, { title: '关于319国道白马段积水的情况说明', body: '已组织抽排，道路恢复通行。', status: 'published' });
    expect(drafted.json()).toMatchObject({ status: 403, rule: 'A17' });
    const unreviewed = await fx.api('POST', `/opinions/${item.id}/response-release`, fx.approver.cookie, { title: '关于319国道白马段积水的情况说明', body: '已组织抽排。', status: 'published' });
    expect(unreviewed.json()).toMatchObject({ status: 422, rule: 'A18.5' });
    const res = await fx.api('POST', `/opinions/${item.id}/response-release`, fx.approver.cookie, {
      title: '关于319国道白马段积水的情况说明',
      body: '已组织抽排，道路恢复通行。',
      status: 'published',
      confidentialityReview: { reviewer: '区交通局保密员', reviewedAt: t.clock.now().toISOString() },
    });
    expect(res.statusCode).toBe(201);
    const detail = res.json();
    expect(detail).toMatchObject({ status: 'responded', responseRelease: { status: 'published', isPublic: true } });
    expect(detail.clock).toMatchObject({ status: 'met', late: false, metBy: detail.responseRelease.id });
    expect(await steps(item.id)).toEqual([]);
    const release = await t.ctx.db.selectFrom('releases').selectAll().where('id', '=', detail.responseRelease.id).executeTakeFirstOrThrow();
    expect(release).toMatchObject({ form: 'written_release', categories: '["opinion_response"]', unit_id: fx.units.department.id });
    // Closed: nothing changes it any more.
    expect((await fx.api('POST', `/opinions/${item.id}/no-response`, fx.office.cookie, { reason: '无需回应' })).statusCode).toBe(409);
  });

  it('is met by linking an opinion-response release already in the register, which then shows on the item (N61, A5.3)', async () => {
    const item = await createOpinionItem(t.ctx.db, t.clock.now().toISOString(), { unitId: fx.units.department.id });
    await fx.api('POST', `/opinions/${item.id}/assess`, fx.editor.cookie, { level: 'significant', sensitivity: 'medium', trendNote: '局部关注' });
    expect((await fx.api('GET', `/opinions/${item.id}`, fx.office.cookie)).json().clock).toMatchObject({ rule: 'N61', status: 'running' });
    expect(await steps(item.id)).toHaveLength(3);
    await fx.advance(5 * HOUR);
    // The unit registers its response in the releases register first, as an F5 written release.
    const registered = await fx.api('POST', '/releases', fx.approver.cookie, {
      unitId: fx.units.department.id,
      title: '区交通局关于319国道白马段积水的情况通报',
      inNameOf: 'unit',
      organizer: 'unit',
      form: 'written_release',
      categories: ['opinion_response'],
      startsAt: t.clock.now().toISOString(),
      status: 'published',
      isPublic: true,
      summary: '已组织抽排，道路恢复通行。',
      body: '已组织抽排，道路恢复通行。',
      confidentialityReview: { reviewer: '区交通局保密员', reviewedAt: t.clock.now().toISOString() },
    });
    expect(registered.statusCode, registered.body).toBe(201);
    const releaseId = registered.json().id as number;
    expect((await fx.api('GET', `/opinions/${item.id}`, fx.office.cookie)).json()).toMatchObject({ status: 'assessed', responseRelease: null, clock: { status: 'running' } });

    const res = await fx.api('POST', `/opinions/${item.id}/response`, fx.editor.cookie, { releaseId });
    expect(res.statusCode, res.body).toBe(200);
    const linked = (await fx.api('GET', `/opinions/${item.id}`, fx.office.cookie)).json();
    for (const detail of [res.json(), linked]) {
      expect(detail).toMatchObject({
        status: 'responded',
        responseRelease: { id: releaseId, title: '区交通局关于319国道白马段积水的情况通报', status: 'published', isPublic: true },
        clock: { rule: 'N61', status: 'met', late: false, metBy: releaseId },
      });
    }
    expect(await steps(item.id)).toEqual([]);
    expect((await fx.api('GET', '/opinions', fx.editor.cookie)).json().items).toEqual([expect.objectContaining({ id: item.id, status: 'responded', clock: expect.objectContaining({ status: 'met' }) })]);
    const audit = await t.ctx.db.selectFrom('audit_log').select('after_json').where('action', '=', 'opinion.respond').execute();
    expect(audit.map((a) => JSON.parse(a.after_json!))).toEqual([{ releaseId, title: '区交通局关于319国道白马段积水的情况通报' }]);
    // The same release cannot close a second item.
    const another = await createOpinionItem(t.ctx.db, t.clock.now().toISOString(), { unitId: fx.units.department.id, title: '网传319国道又积水' });
    expect((await fx.api('POST', `/opinions/${another.id}/response`, fx.editor.cookie, { releaseId })).statusCode).toBe(409);
  });

  it('refuses to link a release that is not an opinion response (A5.3)', async () => {
    const item = await createOpinionItem(t.ctx.db, t.clock.now().toISOString(), { unitId: fx.units.department.id });
    const { createRelease } = await import('../../../test/factories');
    const release = await createRelease(t.ctx.db, t.clock.now().toISOString(), { unitId: fx.units.department.id, categories: ['disclosure'] });
    const res = await fx.api('POST', `/opinions/${item.id}/response`, fx.editor.cookie, { releaseId: release.id });
    expect(res.json()).toMatchObject({ status: 422, rule: 'A5.3', article: '第五条（三）' });
  });

  it('escalates a missed N61 clock and proposes an A18.1 candidate with its evidence (N61, A18.1)', async () => {
    const item = await createOpinionItem(t.ctx.db, t.clock.now().toISOString(), { unitId: fx.units.department.id });
    await fx.api('POST', `/opinions/${item.id}/assess`, fx.editor.cookie, { level: 'significant', sensitivity: 'medium', trendNote: '局部关注' });
    await fx.advance(46 * HOUR + 1000);
    await t.ctx.jobs.runDue();
    expect((await fx.notificationsOf(fx.approver.user.id)).some((n) => n.title.includes('还剩'))).toBe(true);
    expect(await t.ctx.db.selectFrom('violations').selectAll().execute()).toEqual([]);

    await fx.advance(2 * HOUR);
    await t.ctx.jobs.runDue();
    const candidates = await t.ctx.db.selectFrom('violations').selectAll().execute();
    expect(candidates).toHaveLength(1);
    expect(candidates[0]).toMatchObject({ kind: 'A18.1', status: 'candidate', unit_id: fx.units.department.id, source_type: 'opinion_clock', source_id: `${item.id}:N61` });
    expect(JSON.parse(candidates[0]!.evidence)).toMatchObject({ opinionItemId: item.id, rule: 'N61', level: 'significant' });
    expect(JSON.parse(candidates[0]!.people)).toEqual([{ personId: fx.principal.id, name: '罗国庆', post: '主要负责人' }]);
    // The news office hears it from the deadline on; the leaders from the escalation after it.
    await fx.advance(31 * 60_000);
    await t.ctx.jobs.runDue();
    expect((await fx.notificationsOf(fx.leader.user.id)).some((n) => n.title.includes('已超时'))).toBe(true);
    const detail = (await fx.api('GET', `/opinions/${item.id}`, fx.office.cookie)).json();
    expect(detail.clock).toMatchObject({ status: 'overdue', late: true });
  });

  it('closes an item without a response only with a reason, by the approver or the news office, and ends its clock', async () => {
    const item = await createOpinionItem(t.ctx.db, t.clock.now().toISOString(), { unitId: fx.units.department.id });
    await fx.api('POST', `/opinions/${item.id}/assess`, fx.editor.cookie, { level: 'significant', sensitivity: 'low', trendNote: '已自然平息' });
    expect((await fx.api('POST', `/opinions/${item.id}/no-response`, fx.approver.cookie, { reason: '' })).statusCode).toBe(400);
    expect((await fx.api('POST', `/opinions/${item.id}/no-response`, fx.editor.cookie, { reason: '信息不实' })).statusCode).toBe(403);
    const res = await fx.api('POST', `/opinions/${item.id}/no-response`, fx.approver.cookie, { reason: '经核实为外省事件，与我区无关' });
    expect(res.json()).toMatchObject({ status: 'not_responded', noResponseReason: '经核实为外省事件，与我区无关', clock: null });
    expect(await steps(item.id)).toEqual([]);
  });

  it('lets a unit report an item for itself only, and shows a unit only its own items (A17)', async () => {
    const body = { title: '12345 热线：白马镇道路积水', channel: 'hotline_12345', source: '12345 工单 2026112601', firstSeenAt: t.clock.now().toISOString(), excerpt: '群众反映积水', unitId: fx.units.department.id };
    expect((await fx.api('POST', '/opinions', fx.townEditor.cookie, body)).json()).toMatchObject({ status: 403, rule: 'A17' });
    const created = await fx.api('POST', '/opinions', fx.editor.cookie, body);
    expect(created.statusCode).toBe(201);
    expect(created.json()).toMatchObject({ status: 'assigned', unitId: fx.units.department.id, channel: 'hotline_12345', sourceKind: 'manual' });
    await createOpinionItem(t.ctx.db, t.clock.now().toISOString(), { unitId: fx.units.township.id, title: '白马镇的舆情' });
    await createOpinionItem(t.ctx.db, t.clock.now().toISOString(), { title: '未分办的舆情' });
    const titles = async (cookie: string) => (await fx.api('GET', '/opinions', cookie)).json().items.map((i: { title: string }) => i.title);
    expect(await titles(fx.editor.cookie)).toEqual(['12345 热线：白马镇道路积水']);
    expect(await titles(fx.townEditor.cookie)).toEqual(['白马镇的舆情']);
    expect(await titles(fx.auditor.cookie)).toHaveLength(3);
    const other = await t.ctx.db.selectFrom('opinion_items').select('id').where('title', '=', '白马镇的舆情').executeTakeFirstOrThrow();
    expect((await fx.api('GET', `/opinions/${other.id}`, fx.editor.cookie)).statusCode).toBe(403);
    // A time in the future is refused.
    expect((await fx.api('POST', '/opinions', fx.editor.cookie, { ...body, firstSeenAt: new Date(t.clock.now().getTime() + HOUR).toISOString() })).statusCode).toBe(400);
  });

  it('holds an expert consultation on a major item only, and keeps the opinions and the conclusion with it (A13.2, A13.5)', async () => {
    const item = await createOpinionItem(t.ctx.db, t.clock.now().toISOString(), { unitId: fx.units.department.id, level: 'significant' });
    const expert = await createExpert(t.ctx.db, t.clock.now().toISOString(), { name: '李教授', fields: ['交通工程'] });
    const refused = await fx.api('POST', `/opinions/${item.id}/consultations`, fx.editor.cookie, { question: '如何回应', expertIds: [expert.id] });
    expect(refused.json()).toMatchObject({ status: 409, rule: 'A13.2' });
    await fx.api('POST', `/opinions/${item.id}/assess`, fx.editor.cookie, { level: 'major', sensitivity: 'high', trendNote: '升温' });
    const started = await fx.api('POST', `/opinions/${item.id}/consultations`, fx.editor.cookie, { question: '如何回应', expertIds: [expert.id] });
    expect(started.statusCode).toBe(201);
    const consultationId = started.json().consultations[0].id;
    await fx.api('POST', `/opinion-consultations/${consultationId}/opinions`, fx.editor.cookie, { expertId: expert.id, opinion: '建议说明排水工程进度' });
    const concluded = await fx.api('POST', `/opinion-consultations/${consultationId}/conclude`, fx.approver.cookie, { conclusion: '24 小时内发布情况说明' });
    expect(concluded.json().consultations).toEqual([
      expect.objectContaining({ status: 'concluded', conclusion: '24 小时内发布情况说明', concludedBy: '区交通局局长', experts: [expect.objectContaining({ name: '李教授', opinion: '建议说明排水工程进度' })] }),
    ]);
    const history = (await fx.api('GET', `/experts/${expert.id}/history`, fx.office.cookie)).json();
    expect(history.consultations).toEqual([expect.objectContaining({ itemId: item.id, opinion: '建议说明排水工程进度' })]);
  });

  it('refuses a keyword rule that does not parse, citing A13.2', async () => {
    const res = await fx.api('POST', '/opinion-keyword-rules', fx.office.cookie, { unitId: fx.units.department.id, expression: '防汛 AND (武隆' });
    expect(res.json()).toMatchObject({ status: 422, rule: 'A13.2', errors: [{ path: 'expression', message: '括号没有配对' }] });
  });

  it('gives a new vendor its secret once, and a rotated secret replaces the old one (SEC)', async () => {
    const created = (await fx.api('POST', '/opinion-vendors', fx.office.cookie, { name: '新监测服务商' })).json();
    expect(created.secret).toMatch(/^[\w-]{40,}$/);
    expect((await fx.api('GET', '/opinion-vendors', fx.office.cookie)).json().items.every((v: object) => !('secret' in v))).toBe(true);
    const audit = await t.ctx.db.selectFrom('audit_log').select('after_json').where('action', '=', 'opinion_vendor.create').executeTakeFirstOrThrow();
    expect(audit.after_json).not.toContain(created.secret);
    const rotated = (await fx.api('POST', `/opinion-vendors/${fx.vendor.id}/rotate`, fx.office.cookie)).json();
    expect((await fx.push(flood(t))).statusCode).toBe(401);
    expect((await fx.push(flood(t), { secret: rotated.secret })).statusCode).toBe(201);
  });

  it('exports the register to Excel, readable back with its items and clocks', async () => {
    const item = await createOpinionItem(t.ctx.db, t.clock.now().toISOString(), { unitId: fx.units.department.id, title: '319国道积水' });
    await fx.api('POST', `/opinions/${item.id}/assess`, fx.editor.cookie, { level: 'major', sensitivity: 'high', trendNote: '升温' });
    const res = await fx.api('GET', '/opinions/export', fx.editor.cookie);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-disposition']).toContain(encodeURIComponent('舆情台账'));
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    const sheet = book.getWorksheet('舆情台账')!;
    expect(sheet.getRow(2).getCell(2).value).toBe('标题');
    const row = sheet.getRow(3);
    expect([row.getCell(2).value, row.getCell(10).value, row.getCell(11).value, row.getCell(14).value, row.getCell(16).value]).toEqual(['319国道积水', '区交通局', '重大', '待回应', '计时中']);
    expect(sheet.rowCount).toBe(3);
  });
});
