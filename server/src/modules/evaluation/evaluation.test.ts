import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { appoint, createDistrict, createHotTopicAssignment, createIncident, createOpinionItem, createPerson, createRelease, createViolation, loginAs } from '../../../test/factories';
import { buildTestApp, DIALECTS, type TestApp } from '../../../test/helpers';
import { conferenceWorld, insertConference } from '../conferences/test-data';
import { computeScoreboard } from './service';
import { findEvaluation } from './repository';
import { BUILT_IN_SOURCES } from './sources';

type Session = { cookie: string };

describe.each(DIALECTS)('annual evaluation on %s', (dialect) => {
  let t: TestApp;
  let units: Awaited<ReturnType<typeof createDistrict>>;
  let office: Session;
  let leader: Session;
  let editor: Session;
  const at = () => t.clock.now().toISOString();
  beforeEach(async () => {
    t = await buildTestApp(dialect); // 2026-11-26
    units = await createDistrict(t.ctx.db, at());
    office = await loginAs(t.ctx.db, at(), 'news_office', units.district.id, { displayName: '周敏' });
    leader = await loginAs(t.ctx.db, at(), 'leader', units.district.id, { displayName: '王区长' });
    editor = await loginAs(t.ctx.db, at(), 'unit_editor', units.township.id);
  });
  afterEach(async () => t.close());

  const call = (method: 'GET' | 'POST' | 'PUT', url: string, payload?: object, who: Session = office) =>
    t.app.inject({ method, url: `/api/v1${url}`, payload, headers: { cookie: who.cookie } });

  async function openEvaluation() {
    const created = await call('POST', '/evaluations', { year: 2026, title: '2026年度新闻发布工作评估' });
    expect(created.statusCode, created.body).toBe(201);
    const id = created.json().id as number;
    expect((await call('POST', `/evaluations/${id}/open`, {})).json().status).toBe('open');
    return id;
  }

  /** The township: a trained spokesperson who reported; the department: one untrained, one confirmed violation. */
  async function world() {
    const sp = await createPerson(t.ctx.db, at(), { name: '陈刚' });
    await appoint(t.ctx.db, at(), { unitId: units.township.id, post: 'spokesperson', from: '2025-01-01', personId: sp.id });
    await appoint(t.ctx.db, at(), { unitId: units.department.id, post: 'spokesperson', from: '2025-01-01' });
    await call('POST', '/training/sessions', { topic: '媒介素养培训', heldOn: '2026-04-01', organizer: '区政府新闻办', kind: 'news_office_training', personIds: [sp.id] });
    await call('POST', `/annual-reports/2026/${units.township.id}/submit`, { workReport: '全年工作报告', nextYearPlan: '明年计划' }, editor);
    const v = await createViolation(t.ctx.db, at(), { unitId: units.department.id });
    await t.ctx.db.updateTable('violations').set({ status: 'confirmed', decided_at: at() }).where('id', '=', v.id).execute();
    await createRelease(t.ctx.db, at(), { unitId: units.township.id, form: 'press_conference', categories: ['policy_interpretation'], date: '2026-05-10' });
  }

  it('refuses a template whose weights do not add up to 100 (A13.8)', async () => {
    const res = await call('POST', '/evaluations', {
      year: 2026,
      title: '2026年度评估',
      indicators: [{ key: 'system', name: '制度建设', dimension: 'system_building', weight: 60, kind: 'manual', source: null, scoring: { kind: 'ratio' } }],
    });
    expect(res.statusCode).toBe(422);
    expect(res.json()).toMatchObject({ rule: 'A13.8', detail: '各项指标分值合计应为100分，现为60分' });
    expect(await t.ctx.db.selectFrom('evaluations').select('id').execute()).toEqual([]);
  });

  it('computes each built-in indicator from the platform’s data, with its evidence (A12, A9.8, A18)', async () => {
    await world();
    const id = await openEvaluation();
    const board = (await call('GET', `/evaluations/${id}/units`)).json();
    const unit = (name: string) => board.units.find((u: { unitName: string }) => u.unitName === name);
    const indicator = (name: string, key: string) => unit(name).indicators.find((i: { key: string }) => i.key === key);

    expect(indicator('白马镇', 'training')).toMatchObject({ computedScore: 10, figure: { numerator: 1, denominator: 1, evidence: [{ label: '新闻发言人陈刚', status: '已参加培训' }] } });
    expect(indicator('区交通局', 'training')).toMatchObject({ computedScore: 0, figure: { summary: '参加培训0人/在岗1人' } });
    expect(indicator('白马镇', 'annual_report').computedScore).toBe(5);
    expect(indicator('区交通局', 'annual_report').computedScore).toBe(0);
    expect(indicator('区交通局', 'violations')).toMatchObject({ computedScore: 0, figure: { numerator: 1 } });
    expect(indicator('白马镇', 'violations')).toMatchObject({ computedScore: 5, figure: { summary: '无经认定的违规情形' } });
    // Nothing happened to judge: no data, never a score.
    expect(indicator('白马镇', 'incident_clocks')).toMatchObject({ figure: null, computedScore: null, finalScore: null });
    expect(indicator('白马镇', 'system_building').finalScore).toBeNull();
    expect(unit('白马镇').rank).toBe(1);
  });

  it('judges incident clocks from the incidents’ releases (A13.4)', async () => {
    await world();
    const incident = await createIncident(t.ctx.db, at(), { unitId: units.township.id, grade: 'II', occurredAt: '2026-07-01T02:00:00.000Z' });
    await createRelease(t.ctx.db, at(), { unitId: units.township.id, form: 'written_release', date: '2026-07-01' });
    await t.ctx.db.updateTable('releases').set({ incident_id: incident.id, starts_at: '2026-07-01T03:00:00.000Z' }).where('form', '=', 'written_release').execute();
    const id = await openEvaluation();
    const township = (await call('GET', `/evaluations/${id}/units/${units.township.id}`)).json();
    expect(township.indicators.find((i: { key: string }) => i.key === 'incident_clocks')).toMatchObject({ computedScore: 10, figure: { numerator: 1, denominator: 1 } });
  });

  it('judges the N61 clock of the unit’s opinion items, leaving running clocks out', async () => {
    const answered = await createOpinionItem(t.ctx.db, at(), { unitId: units.township.id, level: 'major', firstSeenAt: '2026-10-01T02:00:00.000Z' });
    const response = await createRelease(t.ctx.db, at(), { unitId: units.township.id, form: 'written_release', categories: ['opinion_response'], date: '2026-10-02' });
    await t.ctx.db.updateTable('releases').set({ starts_at: '2026-10-02T02:00:00.000Z' }).where('id', '=', response.id).execute();
    await t.ctx.db.updateTable('opinion_items').set({ response_release_id: response.id, status: 'responded' }).where('id', '=', answered.id).execute();
    await createOpinionItem(t.ctx.db, at(), { unitId: units.township.id, level: 'major', firstSeenAt: '2026-10-05T02:00:00.000Z' });
    await createOpinionItem(t.ctx.db, at(), { unitId: units.township.id, level: 'major', firstSeenAt: t.clock.now().toISOString() });
    const input = { year: 2026, referenceDate: '2026-11-26', now: t.clock.now().toISOString(), unitIds: [units.township.id, units.department.id] };
    const figures = await BUILT_IN_SOURCES.opinion_clocks!(t.ctx, input);
    expect(figures.get(units.township.id)).toMatchObject({ numerator: 1, denominator: 2, value: 0.5 });
    expect(figures.get(units.township.id)!.evidence.map((e) => e.status).sort()).toEqual(['按时回应', '逾期未回应']);
    expect(figures.has(units.department.id)).toBe(false);
  });

  it('counts the regular conferences submitted 10 workdays ahead; emergency ones are exempt (A15.1)', async () => {
    const world = await conferenceWorld(t.ctx.db, at(), { unitId: units.township.id, newsOfficeId: units.newsOffice.id });
    await insertConference(t.ctx.db, at(), { unitId: units.township.id, world, status: 'submitted', title: '按时申报的发布会' });
    const late = await insertConference(t.ctx.db, at(), { unitId: units.township.id, world, status: 'submitted', title: '逾期申报的发布会' });
    await t.ctx.db.updateTable('conferences').set({ submission_date: '2026-12-14' }).where('id', '=', late.id).execute();
    const emergency = await insertConference(t.ctx.db, at(), { unitId: units.township.id, world, status: 'submitted', title: '突发事件发布会' });
    await t.ctx.db.updateTable('conferences').set({ kind: 'emergency', submission_date: '2026-12-30' }).where('id', '=', emergency.id).execute();
    const figures = await BUILT_IN_SOURCES.conference_on_time!(t.ctx, { year: 2026, referenceDate: '2026-11-26', now: t.clock.now().toISOString(), unitIds: [units.township.id] });
    expect(figures.get(units.township.id)).toMatchObject({ numerator: 1, denominator: 2 });
    expect(figures.get(units.township.id)!.evidence.map((e) => e.status)).toEqual(['按时报送', '逾期报送']);
  });

  it('judges linkage assignments once they are due (A13.1)', async () => {
    await createHotTopicAssignment(t.ctx.db, at(), { unitId: units.department.id, dueAt: '2026-09-01T02:00:00.000Z' });
    await createHotTopicAssignment(t.ctx.db, at(), { unitId: units.department.id, dueAt: '2026-12-20T02:00:00.000Z' });
    const figures = await BUILT_IN_SOURCES.assignments!(t.ctx, { year: 2026, referenceDate: '2026-11-26', now: t.clock.now().toISOString(), unitIds: [units.department.id] });
    expect(figures.get(units.department.id)).toMatchObject({ numerator: 0, denominator: 1, evidence: [{ status: '逾期未完成' }] });
  });

  it('judges the news office’s review of each application against its due day, leaving reviews still in time out (A15.2)', async () => {
    const world = await conferenceWorld(t.ctx.db, at(), { unitId: units.township.id, newsOfficeId: units.newsOffice.id });
    const conference = async (title: string, status: string, set: { review_due: string; review_passed_at?: string | null }) => {
      const c = await insertConference(t.ctx.db, at(), { unitId: units.township.id, world, status, title });
      await t.ctx.db.updateTable('conferences').set(set).where('id', '=', c.id).execute();
      return c.id;
    };
    const decide = (conferenceId: number, step: string, decision: string, createdAt: string) =>
      t.ctx.db.insertInto('conference_decisions').values({ conference_id: conferenceId, step, decision, opinion: null, actor_id: null, actor_name: '周敏', on_behalf_of: null, created_at: createdAt }).execute();
    // Passed the day it fell due (late evening UTC is the next district day: judged on the district's date).
    await conference('按时审核', 'approved', { review_due: '2026-06-10', review_passed_at: '2026-06-10T15:00:00.000Z' });
    await conference('超时审核', 'approved', { review_due: '2026-06-10', review_passed_at: '2026-06-10T16:30:00.000Z' });
    await decide(await conference('审核不予同意', 'refused', { review_due: '2026-07-10', review_passed_at: null }), 'review', 'refused', '2026-07-08T02:00:00.000Z');
    await conference('逾期未审', 'in_review', { review_due: '2026-11-20', review_passed_at: null });
    await conference('审核期内', 'revision', { review_due: '2026-12-10', review_passed_at: null });
    await decide(await conference('期内撤回', 'withdrawn', { review_due: '2026-08-10', review_passed_at: null }), 'withdraw', 'withdrawn', '2026-08-03T02:00:00.000Z');
    await decide(await conference('逾期后撤回', 'withdrawn', { review_due: '2026-09-10', review_passed_at: null }), 'withdraw', 'withdrawn', '2026-09-15T02:00:00.000Z');
    await conference('上年度', 'approved', { review_due: '2025-12-10', review_passed_at: '2025-12-30T02:00:00.000Z' });

    const input = { year: 2026, referenceDate: '2026-11-26', now: t.clock.now().toISOString(), unitIds: [units.township.id, units.department.id] };
    const figures = await BUILT_IN_SOURCES.review_on_time!(t.ctx, input);
    expect(figures.get(units.township.id)).toMatchObject({ numerator: 2, denominator: 5, value: 0.4, summary: '新闻办按时完成审核2/5（40%）' });
    expect(figures.get(units.township.id)!.evidence.map((e) => [e.label.slice(0, e.label.indexOf('（')), e.status])).toEqual([
      ['按时审核', '2026-06-10按时完成审核'],
      ['超时审核', '2026-06-11超时完成审核'],
      ['审核不予同意', '2026-07-08按时完成审核'],
      ['逾期后撤回', '审核超时，2026-09-15撤回'],
      ['逾期未审', '逾期未完成审核'],
    ]);
    // No application reviewed: no data, not a score.
    expect(figures.has(units.department.id)).toBe(false);
  });

  it('counts the releases that took place with recorded coverage, and the reports per release', async () => {
    const covered = await createRelease(t.ctx.db, at(), { unitId: units.township.id, status: 'held', date: '2026-03-01', title: '春耕发布会' });
    await createRelease(t.ctx.db, at(), { unitId: units.township.id, status: 'published', date: '2026-04-01', title: '旅游季通稿' });
    await createRelease(t.ctx.db, at(), { unitId: units.township.id, status: 'planned', date: '2026-12-20', title: '尚未举行' });
    await createRelease(t.ctx.db, at(), { unitId: units.township.id, status: 'held', date: '2025-12-20', title: '上年度' });
    for (const outlet of ['重庆日报', '武隆网', '武隆电视台']) {
      await t.ctx.db.insertInto('release_coverage').values({ release_id: covered.id, outlet_id: null, outlet_name: outlet, title: '春耕', url: null, published_on: '2026-03-02', created_at: at() }).execute();
    }
    const input = { year: 2026, referenceDate: '2026-11-26', now: t.clock.now().toISOString(), unitIds: [units.township.id, units.department.id] };
    const figures = await BUILT_IN_SOURCES.coverage!(t.ctx, input);
    expect(figures.get(units.township.id)).toMatchObject({ numerator: 1, denominator: 2, value: 0.5, summary: '有媒体报道的发布活动1/2（50%），共报道3篇，平均每场1.5篇' });
    expect(figures.get(units.township.id)!.evidence).toEqual([
      { label: '2026-03-01 春耕发布会', link: `/console/releases/${covered.id}`, status: '报道3篇' },
      expect.objectContaining({ label: '2026-04-01 旅游季通稿', status: '未登记报道' }),
    ]);
    // No release held: no data, not a score.
    expect(figures.has(units.department.id)).toBe(false);

    const id = await openEvaluation();
    const board = (await call('GET', `/evaluations/${id}/units`)).json();
    const indicator = (unitId: number) => board.units.find((u: { unitId: number }) => u.unitId === unitId).indicators.find((i: { key: string }) => i.key === 'coverage');
    expect(indicator(units.township.id)).toMatchObject({ computedScore: 2.5, figure: { numerator: 1, denominator: 2 } });
    expect(indicator(units.department.id)).toMatchObject({ figure: null, computedScore: null, finalScore: null });
  });

  it('shows "no data" for an indicator whose source is not installed, instead of a score', async () => {
    await world();
    const id = await openEvaluation();
    const row = (await findEvaluation(t.ctx.db, id))!;
    const { training: _, ...withoutTraining } = BUILT_IN_SOURCES;
    const board = await computeScoreboard(t.ctx, row, withoutTraining);
    const township = board.find((u) => u.unitId === units.township.id)!;
    expect(township.indicators.find((i) => i.key === 'training')).toMatchObject({ figure: null, computedScore: null, finalScore: null });
    expect(township.scoredWeight).toBeLessThan((await computeScoreboard(t.ctx, row)).find((u) => u.unitId === units.township.id)!.scoredWeight);
  });

  it('lets a unit fill its self-evaluation beside the computed figures, only for itself and only while open (A13.8)', async () => {
    const id = await openEvaluation();
    const body = { entries: [{ key: 'system_building', score: 9, comment: '制度健全' }, { key: 'training', score: 10, comment: null }] };
    const res = await call('PUT', `/evaluations/${id}/units/${units.township.id}/self`, body, editor);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ selfTotal: 19, indicators: expect.arrayContaining([expect.objectContaining({ key: 'system_building', selfScore: 9, selfComment: '制度健全' })]) });
    expect((await call('PUT', `/evaluations/${id}/units/${units.department.id}/self`, body, editor)).statusCode).toBe(403);
    const tooHigh = await call('PUT', `/evaluations/${id}/units/${units.township.id}/self`, { entries: [{ key: 'annual_report', score: 6 }] }, editor);
    expect(tooHigh.statusCode).toBe(422);
    expect(tooHigh.json().rule).toBe('A13.8');
    // The unit's staff see their own unit only.
    expect((await call('GET', `/evaluations/${id}/units`, undefined, editor)).json().units.map((u: { unitName: string }) => u.unitName)).toEqual(['白马镇']);
  });

  it('takes an adjustment with its reason into the score and the audit trail; a unit may not adjust', async () => {
    await world();
    const id = await openEvaluation();
    expect((await call('POST', `/evaluations/${id}/units/${units.township.id}/adjust`, { key: 'training', score: 8, reason: '培训记录不全' }, editor)).statusCode).toBe(403);
    const noReason = await call('POST', `/evaluations/${id}/units/${units.township.id}/adjust`, { key: 'training', score: 8, reason: '' });
    expect(noReason.statusCode).toBe(400);
    const res = await call('POST', `/evaluations/${id}/units/${units.township.id}/adjust`, { key: 'training', score: 8, reason: '培训签到表缺少一期' });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().indicators.find((i: { key: string }) => i.key === 'training')).toMatchObject({ computedScore: 10, reviewScore: 8, finalScore: 8, adjusted: true, reviewReason: '培训签到表缺少一期', reviewedBy: '周敏' });
    const audit = await t.ctx.db.selectFrom('audit_log').select(['before_json', 'after_json']).where('action', '=', 'evaluation.adjust').executeTakeFirstOrThrow();
    expect(JSON.parse(audit.before_json!)).toEqual({ key: 'training', computedScore: 10, reviewScore: null });
    expect(JSON.parse(audit.after_json!)).toEqual({ key: 'training', reviewScore: 8, reason: '培训签到表缺少一期' });
  });

  it('publishes only what a leader approved, as a frozen snapshot on the portal, in Word and Excel (A13.8, A16)', async () => {
    await world();
    const id = await openEvaluation();
    await call('POST', `/evaluations/${id}/units/${units.township.id}/adjust`, { key: 'system_building', score: 9, reason: '制度文件齐全' });
    expect((await call('POST', `/evaluations/${id}/publish`, {})).statusCode).toBe(409);
    expect((await call('POST', `/evaluations/${id}/submit`, {})).json().status).toBe('submitted');
    expect((await call('POST', `/evaluations/${id}/approve`, {}, office)).statusCode).toBe(403);
    const approved = await call('POST', `/evaluations/${id}/approve`, { note: '同意通报' }, leader);
    expect(approved.json()).toMatchObject({ status: 'approved', decidedBy: '王区长' });
    const published = await call('POST', `/evaluations/${id}/publish`, {});
    expect(published.json()).toMatchObject({ status: 'published', versions: 1 });

    const [v1] = (await call('GET', `/evaluations/${id}/publications`)).json();
    expect(v1).toMatchObject({ version: 1, approvedBy: '王区长', rows: [{ rank: 1, unitName: '白马镇' }, { rank: 2, unitName: '区交通局' }] });

    const page = await t.app.inject({ method: 'GET', url: '/evaluations/2026' });
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('武隆区2026年度行政机关新闻发布工作评估结果通报');
    expect(page.body.indexOf('白马镇')).toBeLessThan(page.body.indexOf('区交通局'));

    const docx = await call('GET', `/evaluations/${id}/report.docx`);
    expect(docx.statusCode).toBe(200);
    const zip = await JSZip.loadAsync(docx.rawPayload);
    const xml = await zip.file('word/document.xml')!.async('string');
    expect(xml).toContain('武隆区2026年度行政机关新闻发布工作评估结果通报');
    expect(xml).toContain('白马镇');
    expect(xml).toContain('王区长');
    // The ranking chart: an SVG naming the units in rank order, with its PNG for older readers, both placed in the text.
    const media = Object.keys(zip.files).filter((f) => f.startsWith('word/media/'));
    const svg = await zip.file(media.find((f) => f.endsWith('.svg'))!)!.async('string');
    expect(svg.indexOf('白马镇')).toBeGreaterThan(-1);
    expect(svg.indexOf('白马镇')).toBeLessThan(svg.indexOf('区交通局'));
    const png = await zip.file(media.find((f) => f.endsWith('.png'))!)!.async('nodebuffer');
    expect(png.subarray(1, 4).toString()).toBe('PNG');
    expect(xml).toContain('asvg:svgBlip');
    expect(xml).toContain('评估得分排名图');

    const xlsx = await call('GET', `/evaluations/${id}/export.xlsx`);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
    const sheet = book.worksheets[0]!;
    expect(sheet.name).toBe('2026年政务公开考核');
    expect(sheet.getRow(2).getCell(12).value).toBe('新闻发布工作评估得分');
    const township = sheet.getRow(3);
    expect([township.getCell(2).value, township.getCell(4).value, township.getCell(5).value, township.getCell(6).value, township.getCell(13).value]).toEqual(['白马镇', 1, 1, 1, 1]);
    expect(sheet.getRow(4).getCell(11).value).toBe(1);
  });

  it('corrects a published result as a new version, keeping the old one as it was', async () => {
    await world();
    const id = await openEvaluation();
    for (const [action, who] of [['submit', office], ['approve', leader], ['publish', office]] as const) await call('POST', `/evaluations/${id}/${action}`, {}, who);
    expect((await call('POST', `/evaluations/${id}/reopen`, {})).statusCode).toBe(400);
    expect((await call('POST', `/evaluations/${id}/reopen`, { note: '区交通局违规认定已撤销' })).json().status).toBe('open');
    await call('POST', `/evaluations/${id}/units/${units.department.id}/adjust`, { key: 'violations', score: 5, reason: '违规认定经复核撤销' });
    for (const [action, who] of [['submit', office], ['approve', leader], ['publish', office]] as const) expect((await call('POST', `/evaluations/${id}/${action}`, {}, who)).statusCode).toBe(200);

    const [v2, v1] = (await call('GET', `/evaluations/${id}/publications`)).json();
    expect(v2).toMatchObject({ version: 2, supersededAt: null, correctionReason: '区交通局违规认定已撤销' });
    expect(v1.supersededAt).not.toBeNull();
    const dept = (p: { rows: { unitName: string; scores: Record<string, number | null> }[] }) => p.rows.find((r) => r.unitName === '区交通局')!.scores.violations;
    expect([dept(v1), dept(v2)]).toEqual([0, 5]);
    const old = await t.app.inject({ method: 'GET', url: '/evaluations/2026?v=1' });
    expect(old.body).toContain('此版本已于');
  });

  it('puts submitted results on a leader’s workbench', async () => {
    const id = await openEvaluation();
    await call('POST', `/evaluations/${id}/submit`, {});
    const items = (await call('GET', '/home/pending', undefined, leader)).json().items;
    expect(items.filter((i: { kind: string }) => i.kind === 'evaluation.approve')).toEqual([expect.objectContaining({ rule: 'A13.8', link: `/console/evaluation/${id}` })]);
  });
});
