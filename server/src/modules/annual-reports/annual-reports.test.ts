import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { appoint, createDistrict, createPerson, createRelease, loginAs } from '../../../test/factories';
import { buildTestApp, DIALECTS, type TestApp } from '../../../test/helpers';

describe.each(DIALECTS)('spokesperson annual reports on %s', (dialect) => {
  let t: TestApp;
  let units: Awaited<ReturnType<typeof createDistrict>>;
  let office: { cookie: string };
  let editor: { cookie: string };
  let principal: { cookie: string };
  const at = () => t.clock.now().toISOString();
  beforeEach(async () => {
    t = await buildTestApp(dialect); // 2026-11-26
    units = await createDistrict(t.ctx.db, at());
    office = await loginAs(t.ctx.db, at(), 'news_office', units.district.id);
    editor = await loginAs(t.ctx.db, at(), 'unit_editor', units.township.id);
    principal = await loginAs(t.ctx.db, at(), 'unit_approver', units.township.id);
    const spokesperson = await createPerson(t.ctx.db, at(), { name: '陈刚' });
    await appoint(t.ctx.db, at(), { unitId: units.township.id, post: 'spokesperson', from: '2025-01-01', personId: spokesperson.id });
    await appoint(t.ctx.db, at(), { unitId: units.department.id, post: 'spokesperson', from: '2025-01-01' });
  });
  afterEach(async () => t.close());

  const call = (method: 'GET' | 'POST' | 'PUT', url: string, payload?: object, cookie = office.cookie) =>
    t.app.inject({ method, url: `/api/v1${url}`, payload, headers: { cookie } });
  const body = { workReport: '全年举行新闻发布会2场，回应社会关切4次。', nextYearPlan: '2027年计划举行新闻发布会3场。' };

  it('prefills the report with the year’s releases and quota results, and freezes them at submission (A9.8)', async () => {
    await createRelease(t.ctx.db, at(), { unitId: units.township.id, title: '白马镇乡村旅游发布会', date: '2026-04-10' });
    const draft = (await call('GET', `/annual-reports/2026/${units.township.id}`, undefined, editor.cookie)).json();
    expect(draft).toMatchObject({ status: 'missing', spokesperson: { name: '陈刚' }, dueDate: '2027-01-31', overdue: false });
    expect(draft.prefill.releases.map((r: { title: string }) => r.title)).toEqual(['白马镇乡村旅游发布会']);
    expect(draft.prefill.quotas.length).toBeGreaterThan(0);

    const submitted = await call('POST', `/annual-reports/2026/${units.township.id}/submit`, body, editor.cookie);
    expect(submitted.statusCode, submitted.body).toBe(200);
    expect(submitted.json()).toMatchObject({ status: 'submitted', workReport: body.workReport });
    await createRelease(t.ctx.db, at(), { unitId: units.township.id, title: '后来的发布', date: '2026-11-01' });
    expect((await call('GET', `/annual-reports/2026/${units.township.id}`)).json().prefill.releases).toHaveLength(1);

    const again = await call('PUT', `/annual-reports/2026/${units.township.id}`, body, editor.cookie);
    expect(again.statusCode).toBe(409);
    expect(again.json().rule).toBe('A9.8');
  });

  it('goes to the principal, who acknowledges it; an editor may not (A9.8, A10.1)', async () => {
    await call('POST', `/annual-reports/2026/${units.township.id}/submit`, body, editor.cookie);
    expect((await call('POST', `/annual-reports/2026/${units.township.id}/acknowledge`, {}, editor.cookie)).statusCode).toBe(403);
    const ack = await call('POST', `/annual-reports/2026/${units.township.id}/acknowledge`, { note: '已阅，同意明年计划' }, principal.cookie);
    expect(ack.statusCode, ack.body).toBe(200);
    expect(ack.json()).toMatchObject({ status: 'acknowledged', acknowledgementNote: '已阅，同意明年计划' });
    const audit = await t.ctx.db.selectFrom('audit_log').select('action').where('entity', '=', 'annual_report').orderBy('id').execute();
    expect(audit.map((a) => a.action)).toEqual(['annual_report.submit', 'annual_report.acknowledge']);
  });

  it('refuses an empty submission, and keeps other units’ reports from a unit’s staff', async () => {
    const empty = await call('POST', `/annual-reports/2026/${units.township.id}/submit`, { workReport: ' ', nextYearPlan: '' }, editor.cookie);
    expect(empty.statusCode).toBe(422);
    expect(empty.json().errors.map((e: { path: string }) => e.path)).toEqual(['workReport', 'nextYearPlan']);
    expect((await call('GET', `/annual-reports/2026/${units.department.id}`, undefined, editor.cookie)).statusCode).toBe(403);
    expect((await call('GET', '/annual-reports?year=2026', undefined, editor.cookie)).json().items.map((i: { unitName: string }) => i.unitName)).toEqual(['白马镇']);
  });

  it('puts reports missing after the due date on the news office’s workbench', async () => {
    const set = await call('PUT', '/annual-report-dues/2026', { dueDate: '2026-11-20' });
    expect(set.statusCode, set.body).toBe(200);
    await call('POST', `/annual-reports/2026/${units.township.id}/submit`, body, editor.cookie);
    const pending = (await call('GET', '/home/pending')).json().items.filter((i: { kind: string }) => i.kind === 'annual_report.missing');
    expect(pending).toEqual([expect.objectContaining({ unitName: '区交通局', rule: 'A9.8', due: '2026-11-20' })]);
    const forPrincipal = (await call('GET', '/home/pending', undefined, principal.cookie)).json().items.filter((i: { kind: string }) => i.kind === 'annual_report.acknowledge');
    expect(forPrincipal).toHaveLength(1);
  });
});
