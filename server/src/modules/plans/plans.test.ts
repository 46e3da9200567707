import type { PlanProgress, PlanView } from '@fabutong/core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createDistrict, createPlan, createRelease, loginAs } from '../../../test/factories';
import { buildTestApp, DIALECTS, TestClock, type TestApp } from '../../../test/helpers';

describe.each(DIALECTS)('annual release plans on %s', (dialect) => {
  let t: TestApp;
  let at: string;
  let d: Awaited<ReturnType<typeof createDistrict>>;
  let office: string;
  let editor: string;
  let otherEditor: string;

  beforeEach(async () => {
    // 2026-08-15: the first two quarters have ended.
    t = await buildTestApp(dialect, { clock: new TestClock('2026-08-15T02:00:00.000Z') });
    at = t.clock.now().toISOString();
    d = await createDistrict(t.ctx.db, at);
    office = (await loginAs(t.ctx.db, at, 'news_office', d.district.id)).cookie;
    editor = (await loginAs(t.ctx.db, at, 'unit_editor', d.department.id, { displayName: '交通局办公室' })).cookie;
    otherEditor = (await loginAs(t.ctx.db, at, 'unit_editor', d.township.id)).cookie;
  });
  afterEach(async () => t.close());

  const call = async (cookie: string, method: 'GET' | 'POST', url: string, payload?: object) => {
    const res = await t.app.inject({ method, url: `/api/v1${url}`, headers: { cookie }, ...(payload ? { payload } : {}) });
    return { status: res.statusCode, body: res.json() };
  };

  it('saves a unit’s plan by quarter, files it, and counts later changes as revisions', async () => {
    const items = [
      { quarter: 1, title: '春运交通保障', form: 'press_briefing' },
      { quarter: 2, title: '汛期道路保通', form: 'press_conference' },
      { quarter: 3, title: '农村公路建设进展' },
    ];
    const saved = await call(editor, 'POST', '/release-plans', { unitId: d.department.id, year: 2026, items });
    expect(saved.status).toBe(200);
    expect(saved.body).toMatchObject({ status: 'draft', revision: 0, items: [{ quarter: 1, title: '春运交通保障' }, { quarter: 2 }, { quarter: 3, form: null }] });
    const filed = await call(editor, 'POST', `/release-plans/${saved.body.id}/file`);
    expect(filed.body).toMatchObject({ status: 'filed', filedByName: '交通局办公室' });
    expect((await call(editor, 'POST', `/release-plans/${saved.body.id}/file`)).status).toBe(409);
    const revised = await call(editor, 'POST', '/release-plans', { unitId: d.department.id, year: 2026, items: [...items, { quarter: 4, title: '年度交通工作回顾' }] });
    expect(revised.body).toMatchObject({ id: saved.body.id, status: 'filed', revision: 1 });
    expect(revised.body.items).toHaveLength(4);
  });

  it('keeps another unit from filing a unit’s plan (A17), and refuses an empty one', async () => {
    expect((await call(otherEditor, 'POST', '/release-plans', { unitId: d.department.id, year: 2026, items: [] })).status).toBe(403);
    const empty = await call(editor, 'POST', '/release-plans', { unitId: d.department.id, year: 2026, items: [] });
    expect((await call(editor, 'POST', `/release-plans/${empty.body.id}/file`)).status).toBe(400);
  });

  it('shows the news office every plan of the year as one calendar; a unit its own', async () => {
    await createPlan(t.ctx.db, at, { unitId: d.department.id, year: 2026, status: 'filed' });
    await createPlan(t.ctx.db, at, { unitId: d.township.id, year: 2026 });
    expect(((await call(office, 'GET', '/release-plans?year=2026')).body.items as PlanView[]).map((p) => p.unitName)).toEqual(['白马镇', '区交通局']);
    expect(((await call(editor, 'GET', '/release-plans?year=2026')).body.items as PlanView[]).map((p) => p.unitName)).toEqual(['区交通局']);
  });

  it('sets the plan against the releases that went out, per quarter, and reads on track or behind', async () => {
    await createPlan(t.ctx.db, at, {
      unitId: d.department.id,
      year: 2026,
      status: 'filed',
      items: [
        { quarter: 1, title: 'a' },
        { quarter: 2, title: 'b' },
        { quarter: 2, title: 'c' },
        { quarter: 4, title: 'd' },
      ],
    });
    await createPlan(t.ctx.db, at, { unitId: d.township.id, year: 2026, status: 'filed', items: [{ quarter: 1, title: 'e' }] });
    await createRelease(t.ctx.db, at, { unitId: d.department.id, date: '2026-02-10' });
    await createRelease(t.ctx.db, at, { unitId: d.department.id, date: '2026-05-10' });
    await createRelease(t.ctx.db, at, { unitId: d.department.id, date: '2026-07-10', status: 'published' });
    await createRelease(t.ctx.db, at, { unitId: d.department.id, date: '2026-07-20', status: 'planned' });
    const progress = (await call(office, 'GET', '/release-plans/progress?year=2026')).body as PlanProgress;
    expect(progress.asOf).toBe('2026-08-15');
    const jt = progress.units.find((u) => u.unitId === d.department.id)!;
    expect(jt).toMatchObject({ planStatus: 'filed', planned: 4, actual: 3, plannedDue: 3, actualToDate: 3, reading: 'on_track' });
    expect(jt.quarters).toEqual([
      { quarter: 1, planned: 1, actual: 1 },
      { quarter: 2, planned: 2, actual: 1 },
      { quarter: 3, planned: 0, actual: 1 },
      { quarter: 4, planned: 1, actual: 0 },
    ]);
    expect(progress.units.find((u) => u.unitId === d.township.id)).toMatchObject({ plannedDue: 1, actualToDate: 0, reading: 'behind' });
    expect(progress.units.find((u) => u.unitId === d.newsOffice.id)).toMatchObject({ planStatus: 'none', reading: 'no_plan' });
    // A unit user reads its own units only.
    expect(((await call(editor, 'GET', '/release-plans/progress?year=2026')).body as PlanProgress).units.map((u) => u.unitId)).toEqual([d.department.id]);
  });
});
