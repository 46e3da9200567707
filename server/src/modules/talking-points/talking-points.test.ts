import type { TalkingPointSummaryView, TalkingPointView } from '@fabutong/core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createDistrict, createTalkingPoint, loginAs, sessionCookie } from '../../../test/factories';
import { buildTestApp, DIALECTS, TestClock, type TestApp } from '../../../test/helpers';

describe.each(DIALECTS)('talking-points library (A9.3) on %s', (dialect) => {
  let t: TestApp;
  let at: string;
  let d: Awaited<ReturnType<typeof createDistrict>>;
  let office: string;
  let editor: string;
  let principal: string;
  let otherPrincipal: string;
  let editorId: number;
  let principalId: number;
  let otherPrincipalId: number;
  /** After the clock moves on, sessions of the old day have expired: log in again. */
  const moveClock = async (instant: string) => {
    t.clock.set(instant);
    const now = t.clock.now().toISOString();
    editor = await sessionCookie(t.ctx.db, editorId, now);
    principal = await sessionCookie(t.ctx.db, principalId, now);
    otherPrincipal = await sessionCookie(t.ctx.db, otherPrincipalId, now);
  };

  beforeEach(async () => {
    t = await buildTestApp(dialect, { clock: new TestClock('2026-06-01T01:00:00.000Z') });
    at = t.clock.now().toISOString();
    d = await createDistrict(t.ctx.db, at);
    office = (await loginAs(t.ctx.db, at, 'news_office', d.district.id)).cookie;
    const e = await loginAs(t.ctx.db, at, 'unit_editor', d.department.id, { displayName: '交通局办公室' });
    editor = e.cookie;
    editorId = e.user.id;
    const p = await loginAs(t.ctx.db, at, 'unit_approver', d.department.id, { displayName: '交通局局长' });
    principal = p.cookie;
    principalId = p.user.id;
    const o = await loginAs(t.ctx.db, at, 'unit_approver', d.township.id);
    otherPrincipal = o.cookie;
    otherPrincipalId = o.user.id;
  });
  afterEach(async () => t.close());

  const call = async (cookie: string, method: 'GET' | 'POST' | 'PATCH', url: string, payload?: object) => {
    const res = await t.app.inject({ method, url: `/api/v1${url}`, headers: { cookie }, ...(payload ? { payload } : {}) });
    return { status: res.statusCode, body: res.json() };
  };
  const line = (o: object = {}) => ({
    unitId: d.department.id,
    subject: '汛期道路通行',
    questions: ['G319国道汛期是否通行？'],
    answer: '目前G319国道全线通行，遇强降雨将实行临时交通管制。',
    facts: '2026年汛期已处置落石12处。',
    effectiveFrom: '2026-06-01',
    reviewBy: '2026-08-31',
    sensitivity: 'quotable',
    ...o,
  });

  it('drafts in a review loop: every wording kept as a version, comments, a diff, then the principal approves (A9.3)', async () => {
    const created = await call(editor, 'POST', '/talking-points', line());
    expect(created.status).toBe(201);
    const id = created.body.id as number;
    await call(editor, 'PATCH', `/talking-points/${id}`, line({ answer: '目前G319国道全线通行。遇强降雨，将实行临时交通管制并及时发布。' }));
    expect((await call(editor, 'POST', `/talking-points/${id}/submit`, {})).body).toMatchObject({ status: 'in_review', standing: 'in_review', version: 2 });
    // Not while in review.
    expect((await call(editor, 'PATCH', `/talking-points/${id}`, line())).status).toBe(409);
    await call(principal, 'POST', `/talking-points/${id}/comments`, { version: 2, quote: '临时交通管制', body: '写明管制信息的发布渠道' });
    const returned = await call(principal, 'POST', `/talking-points/${id}/request-changes`, { comment: '请补充发布渠道' });
    expect(returned.body.status).toBe('draft');
    await call(editor, 'PATCH', `/talking-points/${id}`, line({ answer: '目前G319国道全线通行。遇强降雨，将实行临时交通管制，并通过“武隆微发布”及时发布。' }));
    await call(editor, 'POST', `/talking-points/${id}/submit`, {});
    const approved = (await call(principal, 'POST', `/talking-points/${id}/approve`, {})).body as TalkingPointView;
    expect(approved).toMatchObject({ status: 'approved', standing: 'in_force', approvedByName: '交通局局长', draftedByName: '交通局办公室', version: 3 });
    expect(approved.versions.map((v) => v.version)).toEqual([1, 2, 3]);
    expect(approved.comments.map((c) => c.body)).toEqual(['写明管制信息的发布渠道', '【退回修改】请补充发布渠道']);

    const diff = (await call(editor, 'GET', `/talking-points/${id}/diff?from=2&to=3`)).body;
    const answer = diff.fields.find((f: { field: string }) => f.field === 'answer');
    expect(answer.ops.filter((o: { op: string }) => o.op === 'added').map((o: { text: string }) => o.text).join('')).toBe('，通过“武隆微发布”');
  });

  it('is approved by the unit’s principal or spokesperson only; a district-wide line by the news office (A9.3)', async () => {
    const unitLine = await createTalkingPoint(t.ctx.db, at, { unitId: d.department.id, status: 'in_review' });
    for (const cookie of [editor, office, otherPrincipal]) {
      const refused = await call(cookie, 'POST', `/talking-points/${unitLine.id}/approve`, {});
      expect(refused.status).toBe(403);
    }
    const districtLine = await createTalkingPoint(t.ctx.db, at, { unitId: d.department.id, status: 'in_review', districtWide: true });
    expect((await call(principal, 'POST', `/talking-points/${districtLine.id}/approve`, {})).status).toBe(403);
    expect((await call(office, 'POST', `/talking-points/${districtLine.id}/approve`, {})).body.status).toBe('approved');
  });

  it('refuses a review date before the effective date, citing A9.3', async () => {
    const res = await call(editor, 'POST', '/talking-points', line({ reviewBy: '2026-05-01' }));
    expect(res.status).toBe(422);
    expect(res.body).toMatchObject({ rule: 'A9.3', article: '第九条（三）' });
  });

  it('offers a unit only approved lines in force — its own and the district-wide ones; an expired line shows as expired', async () => {
    const inForce = await createTalkingPoint(t.ctx.db, at, { unitId: d.department.id, status: 'approved', subject: '在用口径', effectiveFrom: '2026-05-01', reviewBy: '2026-07-01' });
    const expired = await createTalkingPoint(t.ctx.db, at, { unitId: d.department.id, status: 'approved', subject: '过期口径', effectiveFrom: '2026-01-01', reviewBy: '2026-05-31' });
    await createTalkingPoint(t.ctx.db, at, { unitId: d.department.id, status: 'draft', subject: '草稿口径' });
    const later = await createTalkingPoint(t.ctx.db, at, { unitId: d.department.id, status: 'approved', subject: '未生效口径', effectiveFrom: '2026-06-10', reviewBy: '2026-12-31' });
    const district = await createTalkingPoint(t.ctx.db, at, { unitId: d.newsOffice.id, status: 'approved', districtWide: true, subject: '全区性口径' });
    await createTalkingPoint(t.ctx.db, at, { unitId: d.township.id, status: 'approved', subject: '白马镇口径', sensitivity: 'quotable' });

    const usable = (await call(editor, 'GET', `/talking-points/usable?unitId=${d.department.id}`)).body.items as TalkingPointSummaryView[];
    expect(usable.map((p) => p.id).sort()).toEqual([inForce.id, district.id].sort());
    const list = (await call(editor, 'GET', `/talking-points?unitId=${d.department.id}`)).body.items as TalkingPointSummaryView[];
    expect(list.find((p) => p.id === expired.id)?.standing).toBe('expired');
    expect(((await call(editor, 'GET', '/talking-points?standing=expired')).body.items as TalkingPointSummaryView[]).map((p) => p.id)).toEqual([expired.id]);
    // The day after its review date the line in force is no longer offered; the later one now is.
    await moveClock('2026-07-02T01:00:00.000Z');
    expect(((await call(editor, 'GET', `/talking-points/usable?unitId=${d.department.id}`)).body.items as TalkingPointSummaryView[]).map((p) => p.id).sort()).toEqual([district.id, later.id].sort());
    // Another unit does not get the unit's lines to use, nor reads its internal ones.
    expect((await call(otherPrincipal, 'GET', `/talking-points/usable?unitId=${d.department.id}`)).status).toBe(403);
    expect((await call(otherPrincipal, 'GET', `/talking-points/${expired.id}`)).status).toBe(403);
  });

  it('reminds the unit before the review date, once per reminder however often the jobs run', async () => {
    const created = (await call(editor, 'POST', '/talking-points', line())).body;
    await call(editor, 'POST', `/talking-points/${created.id}/submit`, {});
    await call(principal, 'POST', `/talking-points/${created.id}/approve`, {});
    const jobs = await t.ctx.db.selectFrom('jobs').select(['dedupe_key', 'run_at']).where('kind', '=', 'talking_point.review_reminder').orderBy('run_at').execute();
    expect(jobs).toEqual([
      { dedupe_key: `talking-point-review:${created.id}:2026-08-31:7`, run_at: '2026-08-24T01:00:00.000Z' },
      { dedupe_key: `talking-point-review:${created.id}:2026-08-31:1`, run_at: '2026-08-30T01:00:00.000Z' },
    ]);
    await moveClock('2026-08-24T02:00:00.000Z');
    expect(await t.ctx.jobs.runDue()).toBe(1);
    await t.ctx.jobs.runDue();
    const notes = await t.ctx.db.selectFrom('notifications').select(['user_id', 'title']).where('title', 'like', '%将于%到期%').execute();
    expect(notes.filter((n) => n.user_id === editorId)).toEqual([{ user_id: editorId, title: '口径“汛期道路通行”将于 2026-08-31 到期' }]);
    // Withdrawn before the second reminder: it is not sent.
    await call(principal, 'POST', `/talking-points/${created.id}/withdraw`, {});
    t.clock.set('2026-08-30T02:00:00.000Z');
    await t.ctx.jobs.runDue();
    expect(await t.ctx.db.selectFrom('notifications').select('id').where('title', 'like', '%将于%到期%').where('user_id', '=', editorId).execute()).toHaveLength(1);
  });

  it('flags a use after the review date and tells the unit; refuses using a line not approved', async () => {
    const point = await createTalkingPoint(t.ctx.db, at, { unitId: d.department.id, status: 'approved', subject: '景区开放', sensitivity: 'quotable', effectiveFrom: '2026-01-01', reviewBy: '2026-05-31' });
    const onTime = await call(editor, 'POST', `/talking-points/${point.id}/uses`, { kind: 'conference', label: '5月例行发布会答问', usedOn: '2026-05-20' });
    expect(onTime.status).toBe(201);
    const late = await call(editor, 'POST', `/talking-points/${point.id}/uses`, { kind: 'opinion', label: '回应网民关于景区开放的留言', usedOn: '2026-06-01' });
    expect((late.body as TalkingPointView).uses.map((u) => [u.label, u.flagged])).toEqual([
      ['回应网民关于景区开放的留言', true],
      ['5月例行发布会答问', false],
    ]);
    expect(late.body.flaggedUses).toBe(1);
    expect(await t.ctx.db.selectFrom('notifications').select('title').where('title', '=', '口径“景区开放”在复核日期后被使用').execute()).not.toHaveLength(0);
    const draft = await createTalkingPoint(t.ctx.db, at, { unitId: d.department.id, status: 'draft' });
    const refused = await call(editor, 'POST', `/talking-points/${draft.id}/uses`, { kind: 'conference', label: '发布会答问', usedOn: '2026-06-01' });
    expect(refused.status).toBe(409);
    expect(refused.body.rule).toBe('A9.3');
  });
});
