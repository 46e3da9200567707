import type { TopicView } from '@fabutong/core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createDistrict, createTopic, loginAs } from '../../../test/factories';
import { buildTestApp, DIALECTS, snapshotTables, type TestApp } from '../../../test/helpers';

describe.each(DIALECTS)('release topics (A9.2, A14) on %s', (dialect) => {
  let t: TestApp;
  let at: string;
  let d: Awaited<ReturnType<typeof createDistrict>>;
  let office: string;
  let editor: string;
  let principal: string;
  let otherEditor: string;

  beforeEach(async () => {
    t = await buildTestApp(dialect);
    at = t.clock.now().toISOString();
    d = await createDistrict(t.ctx.db, at);
    office = (await loginAs(t.ctx.db, at, 'news_office', d.district.id, { displayName: '周敏' })).cookie;
    editor = (await loginAs(t.ctx.db, at, 'unit_editor', d.department.id, { displayName: '交通局办公室' })).cookie;
    principal = (await loginAs(t.ctx.db, at, 'unit_approver', d.department.id, { displayName: '交通局局长' })).cookie;
    otherEditor = (await loginAs(t.ctx.db, at, 'unit_editor', d.township.id)).cookie;
  });
  afterEach(async () => t.close());

  const call = async (cookie: string, method: 'GET' | 'POST' | 'PATCH', url: string, payload?: object) => {
    const res = await t.app.inject({ method, url: `/api/v1${url}`, headers: { cookie }, ...(payload ? { payload } : {}) });
    return { status: res.statusCode, body: res.json() };
  };
  const proposal = () => ({
    unitId: d.department.id,
    title: '汛期国省道通行保障',
    whyNow: '入汛后塌方多发，群众关心出行安全。',
    category: 'policy_interpretation',
    form: 'press_conference',
    suggestedDate: '2026-12-15',
    links: [{ kind: 'opinion', refId: null, label: '网民反映G319落石' }],
  });

  it('goes from proposal to the district pool to a planned release in one step, carrying its data (A9.2, A14)', async () => {
    const proposed = await call(editor, 'POST', '/topics', proposal());
    expect(proposed.status).toBe(201);
    expect(proposed.body).toMatchObject({ status: 'proposed', proposedByName: '交通局办公室', actions: expect.arrayContaining(['edit', 'withdraw']) });
    const id = proposed.body.id as number;

    expect((await call(principal, 'POST', `/topics/${id}/endorse`, { opinion: '同意报送' })).body).toMatchObject({ status: 'endorsed', endorsedByName: '交通局局长', endorseOpinion: '同意报送' });
    expect((await call(office, 'POST', `/topics/${id}/accept`, {})).body).toMatchObject({ status: 'accepted', decidedByName: '周敏' });

    const started = await call(editor, 'POST', `/topics/${id}/start-release`, {});
    expect(started.status).toBe(200);
    expect(started.body.topic).toMatchObject({ status: 'started', releaseId: started.body.releaseId });
    const release = (await call(editor, 'GET', `/releases/${started.body.releaseId}`)).body;
    expect(release).toMatchObject({ unitId: d.department.id, title: '汛期国省道通行保障', form: 'press_conference', categories: ['policy_interpretation'], status: 'planned', qa: true, summary: '入汛后塌方多发，群众关心出行安全。' });
    expect(release.startsAt).toBe('2026-12-15T02:00:00.000Z');

    const actions = await t.ctx.db.selectFrom('audit_log').select('action').where('entity', 'in', ['topic', 'release']).orderBy('id').execute();
    expect(actions.map((a) => a.action)).toEqual(['topic.propose', 'topic.endorse', 'topic.accept', 'release.create', 'topic.start_release']);
  });

  it('lets only the unit’s principal endorse, and only the news office decide (A9.2, A14, A17)', async () => {
    const topic = await createTopic(t.ctx.db, at, { unitId: d.department.id });
    for (const cookie of [editor, office]) {
      const refused = await call(cookie, 'POST', `/topics/${topic.id}/endorse`, {});
      expect(refused.status).toBe(403);
      expect(refused.body.rule).toBe('A17');
    }
    const early = await call(office, 'POST', `/topics/${topic.id}/accept`, {});
    expect(early.status).toBe(409);
    expect(early.body).toMatchObject({ rule: 'A14', detail: '选题当前为“待主要负责人审核”，不能纳入选题库' });
    const endorsed = await createTopic(t.ctx.db, at, { unitId: d.department.id, status: 'endorsed' });
    expect((await call(principal, 'POST', `/topics/${endorsed.id}/accept`, {})).status).toBe(403);
  });

  it('declines only with a reason, and writes nothing when refused', async () => {
    const topic = await createTopic(t.ctx.db, at, { unitId: d.department.id, status: 'endorsed' });
    const before = await snapshotTables(t);
    const missing = await call(office, 'POST', `/topics/${topic.id}/decline`, {});
    expect(missing.status).toBe(400);
    expect(await snapshotTables(t)).toEqual(before);
    expect((await call(office, 'POST', `/topics/${topic.id}/decline`, { reason: '与全区防汛发布会内容重复' })).body).toMatchObject({ status: 'declined', decisionReason: '与全区防汛发布会内容重复' });
  });

  it('merges a duplicate into a topic of the pool, which takes over what it answers to', async () => {
    const pool = await createTopic(t.ctx.db, at, { unitId: d.township.id, status: 'accepted', title: '全区汛期安全发布会' });
    const duplicate = (await call(editor, 'POST', '/topics', proposal())).body as TopicView;
    await call(principal, 'POST', `/topics/${duplicate.id}/endorse`, {});
    const merged = await call(office, 'POST', `/topics/${duplicate.id}/merge`, { intoId: pool.id, reason: '并入全区发布会' });
    expect(merged.body).toMatchObject({ status: 'merged', mergedInto: { id: pool.id, title: '全区汛期安全发布会' } });
    const target = (await call(office, 'GET', `/topics/${pool.id}`)).body as TopicView;
    expect(target.merged).toEqual([{ id: duplicate.id, title: '汛期国省道通行保障', unitName: '区交通局' }]);
    expect(target.links).toEqual([{ kind: 'opinion', refId: null, label: '网民反映G319落石' }]);
    // Not into a topic outside the pool.
    const proposed = await createTopic(t.ctx.db, at, { unitId: d.department.id, status: 'endorsed' });
    const another = await createTopic(t.ctx.db, at, { unitId: d.department.id, status: 'proposed' });
    expect((await call(office, 'POST', `/topics/${proposed.id}/merge`, { intoId: another.id })).status).toBe(400);
  });

  it('lets the news office turn an accepted topic into the unit’s conference application draft (A14, A15)', async () => {
    const topic = await createTopic(t.ctx.db, at, { unitId: d.department.id, status: 'accepted', title: '汛期交通保障新闻发布会', whyNow: '介绍汛期交通保障措施。' });
    const started = await call(office, 'POST', `/topics/${topic.id}/start-conference`, { startsAt: '2026-12-20T10:00:00+08:00' });
    expect(started.status).toBe(200);
    expect(started.body).toMatchObject({ link: `/conferences/${started.body.conferenceId}`, topic: { status: 'started', conferenceId: started.body.conferenceId } });
    const conference = await t.ctx.db.selectFrom('conferences').selectAll().where('id', '=', started.body.conferenceId).executeTakeFirstOrThrow();
    expect(conference).toMatchObject({ unit_id: d.department.id, title: '汛期交通保障新闻发布会', status: 'draft', in_name_of: 'news_office', summary: '介绍汛期交通保障措施。' });
    // The unit's application: its principal approves and submits it (A15.1); the trail names the news office as author.
    const audit = await t.ctx.db.selectFrom('audit_log').select(['action', 'actor_name']).where('action', 'in', ['conference.create', 'topic.start_conference']).orderBy('id').execute();
    expect(audit).toEqual([
      { action: 'conference.create', actor_name: '周敏' },
      { action: 'topic.start_conference', actor_name: '周敏' },
    ]);
    expect((await call(office, 'POST', `/topics/${topic.id}/start-release`, {})).status).toBe(409);
  });

  it('keeps another unit out of a unit’s topics (A17)', async () => {
    const topic = await createTopic(t.ctx.db, at, { unitId: d.department.id });
    expect((await call(otherEditor, 'GET', `/topics/${topic.id}`)).status).toBe(403);
    expect((await call(otherEditor, 'POST', '/topics', proposal())).status).toBe(403);
    expect((await call(otherEditor, 'GET', '/topics')).body).toEqual({ items: [], total: 0 });
  });

  it('puts proposals before the principal and endorsed topics before the news office', async () => {
    await createTopic(t.ctx.db, at, { unitId: d.department.id, title: '待审核的选题' });
    await createTopic(t.ctx.db, at, { unitId: d.department.id, status: 'endorsed', title: '待受理的选题' });
    const pending = async (cookie: string) => ((await call(cookie, 'GET', '/home/pending')).body.items as { title: string; kind: string }[]).filter((i) => i.kind.startsWith('topic.')).map((i) => i.title);
    expect(await pending(principal)).toEqual(['发布选题“待审核的选题”待审核']);
    expect(await pending(office)).toEqual(['发布选题“待受理的选题”待受理']);
    expect(await pending(editor)).toEqual([]);
  });
});
