import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildTestApp, DIALECTS, snapshotTables, type TestApp } from '../../../test/helpers';
import { createRelease } from '../../../test/factories';
import { emergencyFixture } from './testing';

const HOUR = 3_600_000;

describe.each(DIALECTS)('incidents and their clocks on %s', (dialect) => {
  let t: TestApp;
  let fx: Awaited<ReturnType<typeof emergencyFixture>>;
  beforeEach(async () => {
    t = await buildTestApp(dialect);
    fx = await emergencyFixture(t);
  });
  afterEach(async () => t.close());

  const pendingSteps = () =>
    t.ctx.db.selectFrom('jobs').select(['dedupe_key', 'run_at']).where('kind', '=', 'alerts.clock_step').where('status', '=', 'pending').orderBy('run_at').execute();

  it('registers a grade II incident with casualties and answers 201 with both clocks (A13.4-a, A13.4-b)', async () => {
    const occurred = new Date(t.clock.now().getTime() - 60 * 60_000);
    const res = await fx.register(60);
    expect(res.statusCode).toBe(201);
    const incident = res.json();
    expect(incident.clocks).toEqual([
      expect.objectContaining({ rule: 'A13.4-a', article: '第十三条（四）', due: new Date(occurred.getTime() + 5 * HOUR).toISOString(), status: 'running', late: false }),
      expect.objectContaining({ rule: 'A13.4-b', due: new Date(occurred.getTime() + 24 * HOUR).toISOString(), status: 'running', metBy: null }),
    ]);
    expect(incident).toMatchObject({ grade: 'II', responsibleUnitName: '白马镇', fieldCommand: '白马镇山体滑坡现场指挥部', status: 'active', ruleSet: 'wulong-2021' });
    // Durable reminders at due − 2 h, due − 30 min and the deadline, for each clock.
    const steps = (await pendingSteps()).map((s) => s.dedupe_key.replace(/@.*:/, ':'));
    expect(steps).toEqual([
      `alert:incident:${incident.id}:A13.4-a:-120`,
      `alert:incident:${incident.id}:A13.4-a:-30`,
      `alert:incident:${incident.id}:A13.4-a:0`,
      `alert:incident:${incident.id}:A13.4-b:-120`,
      `alert:incident:${incident.id}:A13.4-b:-30`,
      `alert:incident:${incident.id}:A13.4-b:0`,
    ]);
    const audit = await t.ctx.db.selectFrom('audit_log').selectAll().where('action', '=', 'incident.create').executeTakeFirstOrThrow();
    expect(audit).toMatchObject({ entity_id: String(incident.id), actor_name: '周敏' });
  });

  it('gives a grade III or IV incident no clock unless the rule set switches A13.4-b on (A13.4-c)', async () => {
    const res = await fx.register(30, { grade: 'III' });
    expect(res.statusCode).toBe(201);
    expect(res.json().clocks).toEqual([]);
    expect(await pendingSteps()).toEqual([]);
  });

  it('starts the 24-hour clock only with major casualties or large impact (A13.4-b)', async () => {
    const res = await fx.register(30, { majorCasualtiesOrImpact: false });
    expect(res.json().clocks.map((c: { rule: string }) => c.rule)).toEqual(['A13.4-a']);
  });

  it('is overdue at once when registered after its deadline, and proposes an A18.1 candidate with its evidence', async () => {
    const res = await fx.register(6 * 60);
    expect(res.json().clocks.map((c: { rule: string; status: string }) => [c.rule, c.status])).toEqual([
      ['A13.4-a', 'overdue'],
      ['A13.4-b', 'running'],
    ]);
    const candidates = (await fx.api('GET', '/violations?status=candidate', fx.office.cookie)).json();
    expect(candidates.total).toBe(1);
    expect(candidates.items[0]).toMatchObject({
      kind: 'A18.1',
      article: '第十八条（一）',
      unitName: '白马镇',
      sourceType: 'incident_clock',
      sourceId: `${res.json().id}:A13.4-a`,
      people: [
        { name: '刘建华', post: '主要负责人' },
        { name: '何静', post: '新闻发言人' },
      ],
    });
    expect(candidates.items[0].evidence).toMatchObject({ rule: 'A13.4-a', due: res.json().clocks[0].due, releasesAtDetection: [] });
    // Not a burst of stale reminders: the latest step (the deadline itself, 60 min ago → +60) fires now.
    const steps = (await pendingSteps()).filter((s) => s.dedupe_key.includes('A13.4-a'));
    expect(steps).toEqual([{ dedupe_key: expect.stringMatching(/A13\.4-a@.*:60$/), run_at: t.clock.now().toISOString() }]);
  });

  it('refuses a registration by a unit, a future time, and a non-public one without its reason, writing nothing (A17, A4.2)', async () => {
    const before = await snapshotTables(t, ['sessions', 'audit_log']);
    const body = {
      title: '白马镇山体滑坡',
      kind: 'natural_disaster',
      grade: 'II',
      occurredAt: t.clock.now().toISOString(),
      responsibleUnitId: fx.units.township.id,
      location: '白马镇',
    };
    const refused = await fx.api('POST', '/incidents', fx.approver.cookie, body);
    expect(refused.statusCode).toBe(403);
    expect(refused.json().rule).toBe('A17');
    const future = await fx.api('POST', '/incidents', fx.office.cookie, { ...body, occurredAt: new Date(t.clock.now().getTime() + HOUR).toISOString() });
    expect(future.statusCode).toBe(400);
    expect(future.json().errors[0].path).toBe('occurredAt');
    const secret = await fx.api('POST', '/incidents', fx.office.cookie, { ...body, isPublic: false });
    expect(secret.statusCode).toBe(422);
    expect(secret.json()).toMatchObject({ rule: 'A4.2', article: '第四条（二）' });
    expect(await snapshotTables(t, ['sessions', 'audit_log'])).toEqual(before);
  });

  it('recomputes the clocks when regraded, reschedules their alerts and audits the change (A13.4)', async () => {
    const incident = (await fx.register(60, { grade: 'III' })).json();
    const up = await fx.api('POST', `/incidents/${incident.id}/regrade`, fx.office.cookie, { grade: 'II', majorCasualtiesOrImpact: true, reason: '伤亡人数上升' });
    expect(up.statusCode).toBe(200);
    expect(up.json().clocks.map((c: { rule: string }) => c.rule)).toEqual(['A13.4-a', 'A13.4-b']);
    expect(await pendingSteps()).toHaveLength(6);

    const down = await fx.api('POST', `/incidents/${incident.id}/regrade`, fx.office.cookie, { grade: 'IV', majorCasualtiesOrImpact: false, reason: '经核查为一般事件' });
    expect(down.json().clocks).toEqual([]);
    expect(await pendingSteps()).toEqual([]);
    const audits = await t.ctx.db.selectFrom('audit_log').select(['before_json', 'after_json']).where('action', '=', 'incident.regrade').orderBy('id').execute();
    expect(audits).toHaveLength(2);
    expect(JSON.parse(audits[1]!.after_json!)).toMatchObject({ grade: 'IV', reason: '经核查为一般事件', clocks: [] });
    expect(JSON.parse(audits[1]!.before_json!).clocks).toHaveLength(2);
  });

  it('publishes a rolling update in four parts and meets the 5-hour clock with it, stopping its alerts (A13.4-a, A13.4-d)', async () => {
    const incident = (await fx.register(4 * 60 + 40)).json();
    const draft = await fx.api('POST', `/incidents/${incident.id}/updates`, fx.editor.cookie, fx.fourParts());
    expect(draft.statusCode).toBe(201);
    expect(draft.json()).toMatchObject({ status: 'draft', sequence: 1, causesConfirmed: false, confidentialityReview: null });

    // A draft does not go out (A13.4-d), and an editor may not review it (A17).
    const early = await fx.api('POST', `/incident-updates/${draft.json().id}/publish`, fx.office.cookie);
    expect(early.statusCode).toBe(409);
    expect(early.json().rule).toBe('A13.4-d');
    const byEditor = await fx.api('POST', `/incident-updates/${draft.json().id}/review`, fx.editor.cookie, {
      confidentialityReview: { reviewer: '白马镇保密员', reviewedAt: t.clock.now().toISOString() },
    });
    expect(byEditor.statusCode).toBe(403);

    const reviewed = await fx.api('POST', `/incident-updates/${draft.json().id}/review`, fx.approver.cookie, {
      confidentialityReview: { reviewer: '白马镇保密员', reviewedAt: t.clock.now().toISOString() },
    });
    expect(reviewed.json()).toMatchObject({ status: 'reviewed', reviewedBy: '白马镇镇长', confidentialityReview: { reviewer: '白马镇保密员' } });
    t.clock.advance(5 * 60_000);
    const published = await fx.api('POST', `/incident-updates/${draft.json().id}/publish`, fx.approver.cookie);
    expect(published.statusCode).toBe(200);
    expect(published.json()).toMatchObject({ status: 'published', publishedAt: t.clock.now().toISOString() });

    const detail = (await fx.api('GET', `/incidents/${incident.id}`, fx.editor.cookie)).json();
    expect(detail.clocks[0]).toMatchObject({ rule: 'A13.4-a', status: 'met', late: false, metBy: published.json().releaseId, metAt: t.clock.now().toISOString() });
    expect(detail.clocks[1]).toMatchObject({ rule: 'A13.4-b', status: 'running' });
    expect((await pendingSteps()).filter((s) => s.dedupe_key.includes('A13.4-a'))).toEqual([]);

    // The update is a written release (F5) of the incident category, its causes marked 待核实.
    const release = (await fx.api('GET', `/releases/${published.json().releaseId}`, fx.office.cookie)).json();
    expect(release).toMatchObject({ form: 'written_release', categories: ['incident'], status: 'published' });
    expect(release.body).toContain('【原因分析（待核实）】初步判断系持续降雨引发。');

    // Published is final: a correction is the next update.
    const edit = await fx.api('PUT', `/incident-updates/${draft.json().id}`, fx.office.cookie, fx.fourParts());
    expect(edit.json()).toMatchObject({ rule: 'A13.4-d' });
    const viaReleases = await fx.api('PUT', `/releases/${published.json().releaseId}`, fx.office.cookie, {
      unitId: fx.units.township.id,
      title: '改写后的标题',
      inNameOf: 'unit',
      organizer: 'unit',
      form: 'written_release',
      categories: ['incident'],
      startsAt: t.clock.now().toISOString(),
    });
    expect(viaReleases.statusCode).toBe(409);
    expect(viaReleases.json().rule).toBe('A13.4-d');
  });

  it('sends an edited update back to review', async () => {
    const incident = (await fx.register(60)).json();
    const draft = (await fx.api('POST', `/incidents/${incident.id}/updates`, fx.editor.cookie, fx.fourParts())).json();
    await fx.api('POST', `/incident-updates/${draft.id}/review`, fx.approver.cookie, { confidentialityReview: { reviewer: '保密员', reviewedAt: t.clock.now().toISOString() }, causesConfirmed: true });
    const edited = await fx.api('PUT', `/incident-updates/${draft.id}`, fx.editor.cookie, fx.fourParts({ facts: '伤者增至4人。' }));
    expect(edited.json()).toMatchObject({ status: 'draft', confidentialityReview: null, reviewedBy: null });
    expect((await fx.api('POST', `/incident-updates/${draft.id}/publish`, fx.approver.cookie)).statusCode).toBe(409);
  });

  it('keeps another unit out of the incident and its updates (A17)', async () => {
    const incident = (await fx.register(60)).json();
    expect((await fx.api('GET', `/incidents/${incident.id}`, fx.otherEditor.cookie)).statusCode).toBe(403);
    expect((await fx.api('POST', `/incidents/${incident.id}/updates`, fx.otherEditor.cookie, fx.fourParts())).statusCode).toBe(403);
    expect((await fx.api('GET', '/incidents', fx.otherEditor.cookie)).json().total).toBe(0);
    expect((await fx.api('GET', '/incidents', fx.editor.cookie)).json().total).toBe(1);
  });

  it('meets the 24-hour clock only with a press conference linked to the incident (A13.4-b, A5.4)', async () => {
    const incident = (await fx.register(60)).json();
    await fx.publish(incident.id);
    const written = await createRelease(t.ctx.db, t.clock.now().toISOString(), { unitId: fx.units.township.id, form: 'written_release', categories: ['disclosure'] });
    const wrongCategory = await fx.api('POST', `/incidents/${incident.id}/releases`, fx.office.cookie, { releaseId: written.id });
    expect(wrongCategory.statusCode).toBe(422);
    expect(wrongCategory.json().rule).toBe('A5.4');

    const conference = await createRelease(t.ctx.db, t.clock.now().toISOString(), { unitId: fx.units.township.id, form: 'press_conference', categories: ['incident'], status: 'held' });
    await t.ctx.db.updateTable('releases').set({ starts_at: t.clock.now().toISOString() }).where('id', '=', conference.id).execute();
    const linked = await fx.api('POST', `/incidents/${incident.id}/releases`, fx.office.cookie, { releaseId: conference.id });
    expect(linked.statusCode).toBe(200);
    expect(linked.json().clocks.map((c: { rule: string; status: string; metBy: number }) => [c.rule, c.status])).toEqual([
      ['A13.4-a', 'met'],
      ['A13.4-b', 'met'],
    ]);
    expect(linked.json().clocks[1].metBy).toBe(conference.id);
    expect(await pendingSteps()).toEqual([]);
  });

  it('tracks the promised next update like a clock, met by the next release (A13.4-d)', async () => {
    const incident = (await fx.register(60)).json();
    const promise = new Date(t.clock.now().getTime() + 3 * HOUR).toISOString();
    const first = await fx.publish(incident.id, { nextUpdateBy: promise });
    expect(first.nextUpdateBy).toBe(promise);
    let detail = (await fx.api('GET', `/incidents/${incident.id}`, fx.office.cookie)).json();
    expect(detail.nextUpdate).toMatchObject({ rule: 'A13.4-d', due: promise, status: 'running' });
    expect(detail.alerts.filter((a: { clockKey: string }) => a.clockKey.includes('promise')).map((a: { offsetMinutes: number }) => a.offsetMinutes)).toEqual([-120, -30, 0]);

    await fx.advance(HOUR);
    await fx.publish(incident.id, { title: '关于白马镇山体滑坡的第二次通报', causes: null });
    detail = (await fx.api('GET', `/incidents/${incident.id}`, fx.office.cookie)).json();
    expect(detail.nextUpdate).toBeNull();
    expect(detail.updates.map((u: { sequence: number }) => u.sequence)).toEqual([2, 1]);
    expect(detail.alerts.filter((a: { clockKey: string; status: string }) => a.clockKey.includes('promise') && a.status === 'pending')).toEqual([]);
  });

  it('may not be closed while a deadline is still running, and stops its alerts once closed', async () => {
    const incident = (await fx.register(60)).json();
    const early = await fx.api('POST', `/incidents/${incident.id}/close`, fx.office.cookie, { reason: '处置完毕' });
    expect(early.statusCode).toBe(409);
    expect(early.json().rule).toBe('A13.4-a');
    await fx.publish(incident.id);
    await fx.advance(24 * HOUR);
    const closed = await fx.api('POST', `/incidents/${incident.id}/close`, fx.office.cookie, { reason: '处置完毕' });
    expect(closed.json()).toMatchObject({ status: 'closed' });
    expect(await pendingSteps()).toEqual([]);
  });

  it('lists open clocks and updates to review on the workbench of those who act', async () => {
    const incident = (await fx.register(60)).json();
    await fx.api('POST', `/incidents/${incident.id}/updates`, fx.editor.cookie, fx.fourParts());
    const approverItems = (await fx.api('GET', '/home/pending', fx.approver.cookie)).json().items;
    expect(approverItems.map((i: { title: string }) => i.title)).toEqual(
      expect.arrayContaining(['白马镇山体滑坡：5 小时内发布权威信息', '白马镇山体滑坡：“关于白马镇大田村山体滑坡的情况通报”待审核']),
    );
    expect((await fx.api('GET', '/home/pending', fx.otherEditor.cookie)).json().items.filter((i: { kind: string }) => i.kind.startsWith('incident'))).toEqual([]);
  });
});
