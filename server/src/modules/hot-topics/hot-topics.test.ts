import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createRelease } from '../../../test/factories';
import { buildTestApp, DIALECTS, type TestApp } from '../../../test/helpers';
import { opinionFixture } from '../opinions/testing';
import { checkAssignmentDue } from './service';

const HOUR = 3_600_000;

describe.each(DIALECTS)('hot-topic linkage on %s', (dialect) => {
  let t: TestApp;
  let fx: Awaited<ReturnType<typeof opinionFixture>>;
  beforeEach(async () => {
    t = await buildTestApp(dialect);
    fx = await opinionFixture(t);
  });
  afterEach(async () => t.close());

  async function assign(hours = 6) {
    const topic = (await fx.api('POST', '/hot-topics', fx.office.cookie, { title: '强降雨天气防汛发布', description: '市气象台预报未来 24 小时强降雨' })).json();
    const res = await fx.api('POST', `/hot-topics/${topic.id}/assignments`, fx.office.cookie, {
      unitId: fx.units.department.id,
      task: 'release',
      instructions: '发布道路通行提示',
      dueAt: new Date(t.clock.now().getTime() + hours * HOUR).toISOString(),
    });
    expect(res.statusCode).toBe(201);
    return res.json().assignments[0];
  }

  it('assigns a unit to release by a due time, tells it, and follows the assignment to its release (A13.1)', async () => {
    expect((await fx.api('POST', '/hot-topics', fx.editor.cookie, { title: '强降雨天气防汛发布', description: '预报' })).json()).toMatchObject({ status: 403, rule: 'A17' });
    const a = await assign();
    expect(a).toMatchObject({ unitName: '区交通局', task: 'release', state: 'pending', release: null });
    expect(await fx.notificationsOf(fx.editor.user.id)).toEqual([expect.objectContaining({ title: '热点选题联动：强降雨天气防汛发布', link: '/console/hot-topics' })]);
    const pending = (await fx.api('GET', '/home/pending', fx.editor.cookie)).json();
    expect(JSON.stringify(pending)).toContain('hot_topic.assignment');

    const other = await createRelease(t.ctx.db, t.clock.now().toISOString(), { unitId: fx.units.township.id, status: 'published' });
    expect((await fx.api('POST', `/hot-topic-assignments/${a.id}/release`, fx.editor.cookie, { releaseId: other.id })).json()).toMatchObject({ status: 422, rule: 'A13.1' });
    const own = await createRelease(t.ctx.db, t.clock.now().toISOString(), { unitId: fx.units.department.id, status: 'published', date: t.clock.now().toISOString().slice(0, 10) });
    const done = await fx.api('POST', `/hot-topic-assignments/${a.id}/release`, fx.editor.cookie, { releaseId: own.id });
    expect(done.json()).toMatchObject({ state: 'done', release: { id: own.id } });

    await fx.advance(7 * HOUR);
    await t.ctx.jobs.runDue();
    expect(await t.ctx.db.selectFrom('violations').selectAll().execute()).toEqual([]);
    // The township's editor sees no topic: no assignment of theirs in it.
    expect((await fx.api('GET', '/hot-topics', fx.townEditor.cookie)).json().items).toEqual([]);
  });

  it('proposes an A18.4 candidate for an assignment not carried out by its due time, and tells the unit and the news office (A18.4)', async () => {
    const a = await assign(2);
    await fx.advance(2 * HOUR + 2000);
    await t.ctx.jobs.runDue();
    const [candidate, ...more] = await t.ctx.db.selectFrom('violations').selectAll().execute();
    expect(more).toEqual([]);
    expect(candidate).toMatchObject({ kind: 'A18.4', status: 'candidate', unit_id: fx.units.department.id, source_type: 'hot_topic_assignment', source_id: String(a.id) });
    expect(JSON.parse(candidate!.evidence)).toMatchObject({ assignmentId: a.id, state: 'overdue', instructions: '发布道路通行提示' });
    expect((await fx.notificationsOf(fx.office.user.id)).map((n) => n.title)).toContain('联动任务逾期：强降雨天气防汛发布');
    const board = (await fx.api('GET', '/hot-topics', fx.leader.cookie)).json().items[0];
    expect(board.assignments[0].state).toBe('overdue');
  });

  it('proposes the A18.4 candidate once per missed due time, however often it is detected (A18.4)', async () => {
    const a = await assign(2);
    await fx.advance(2 * HOUR + 2000);
    await t.ctx.jobs.runDue();
    await checkAssignmentDue(t.ctx, a.id);
    await fx.advance(HOUR);
    await checkAssignmentDue(t.ctx, a.id);
    await t.ctx.jobs.runDue();
    expect(await t.ctx.db.selectFrom('violations').select(['kind', 'source_id']).execute()).toEqual([{ kind: 'A18.4', source_id: String(a.id) }]);
    expect(await t.ctx.db.selectFrom('audit_log').select('actor_id').where('action', '=', 'violation.propose').execute()).toEqual([{ actor_id: null }]);
    expect((await fx.notificationsOf(fx.office.user.id)).filter((n) => n.title === '联动任务逾期：强降雨天气防汛发布')).toHaveLength(1);
  });
});
