import { gunzipSync } from 'node:zlib';
import ExcelJS from 'exceljs';
import { sql } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildTestApp, DIALECTS, type TestApp } from '../../../test/helpers';
import { appoint, createDistrict, createPerson, createRelease, loginAs } from '../../../test/factories';
import { keepQuotaReportReady, keptQuotaReport, quotaReport } from './service';

describe.each(DIALECTS)('annual quotas over the API on %s', (dialect) => {
  let t: TestApp;
  let units: Awaited<ReturnType<typeof createDistrict>>;
  let office: { cookie: string };
  const at = () => t.clock.now().toISOString(); // 2026-11-26: the last quarter, so unmet quotas are at risk
  beforeEach(async () => {
    t = await buildTestApp(dialect);
    units = await createDistrict(t.ctx.db, at());
    office = await loginAs(t.ctx.db, at(), 'news_office', units.district.id);
    for (const unit of [units.township, units.department]) {
      await appoint(t.ctx.db, at(), { unitId: unit.id, post: 'spokesperson', from: '2024-01-01' });
      await appoint(t.ctx.db, at(), { unitId: unit.id, post: 'principal', from: '2024-01-01' });
    }
  });
  afterEach(async () => t.close());

  const quotas = async (q: string, cookie = office.cookie) => {
    const res = await t.app.inject({ url: `/api/v1/quotas?${q}`, headers: { cookie } });
    expect(res.statusCode, res.body).toBe(200);
    return res.json();
  };
  const cell = (report: { results: { rule: string; subject: { unitId: number; kind: string } }[] }, rule: string, unitId: number) =>
    report.results.find((r) => r.rule === rule && r.subject.unitId === unitId && r.subject.kind === 'unit');

  it('shows a township owing its press conference (A13.3-d) at risk, then met once one is held', async () => {
    expect(cell(await quotas('year=2026'), 'A13.3-d', units.township.id)).toMatchObject({ status: 'at_risk', required: 1, counted: 0 });
    const held = await createRelease(t.ctx.db, at(), { unitId: units.township.id, form: 'press_conference', date: '2026-06-10' });
    expect(cell(await quotas('year=2026'), 'A13.3-d', units.township.id)).toMatchObject({ status: 'met', counted: 1, countingReleaseIds: [held.id] });
  });

  it('judges a finished year as missed and does not count planned releases', async () => {
    await createRelease(t.ctx.db, at(), { unitId: units.township.id, form: 'press_conference', date: '2025-06-10', status: 'planned' });
    expect(cell(await quotas('year=2025'), 'A13.3-d', units.township.id)).toMatchObject({ status: 'missed', counted: 0 });
  });

  it('counts a spokesperson’s part in releases toward A13.3-f', async () => {
    const he = await createPerson(t.ctx.db, at(), { name: '何静' });
    await t.ctx.db.deleteFrom('appointments').where('unit_id', '=', units.department.id).where('post', '=', 'spokesperson').execute();
    await appoint(t.ctx.db, at(), { unitId: units.department.id, post: 'spokesperson', personId: he.id, from: '2024-01-01' });
    await createRelease(t.ctx.db, at(), { unitId: units.department.id, organizer: 'news_office', date: '2026-03-01', participants: [{ personId: he.id, part: 'main_speaker' }] });
    await createRelease(t.ctx.db, at(), { unitId: units.department.id, form: 'interview', date: '2026-04-01', participants: [{ personId: he.id, part: 'speaker' }] });
    const report = await quotas(`year=2026&personId=${he.id}`);
    expect(report.results.map((r: { rule: string; status: string }) => `${r.rule}:${r.status}`)).toEqual(['A13.3-f:met']);
  });

  it('shows a unit user only the own unit’s results', async () => {
    const editor = await loginAs(t.ctx.db, at(), 'unit_editor', units.township.id);
    const report = await quotas('year=2026', editor.cookie);
    expect(report.results.length).toBeGreaterThan(0);
    expect(new Set(report.results.map((r: { subject: { unitId: number } }) => r.subject.unitId))).toEqual(new Set([units.township.id]));
    expect((await quotas(`year=2026&unitId=${units.department.id}`, editor.cookie)).results).toEqual([]);
  });

  it('exports the year’s compliance to Excel', async () => {
    const res = await t.app.inject({ url: '/api/v1/quotas/export?year=2026', headers: { cookie: office.cookie } });
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    const sheet = book.worksheets[0]!;
    expect(String(sheet.getCell('A1').value)).toContain('武隆区2026年新闻发布任务完成情况');
    const rules = sheet.getColumn(4).values.slice(3);
    expect(rules).toContain('A13.3-d');
    expect(rules).toContain('A13.3-e');
  });

  it('titles a finished year’s export as of its last day, as the dashboard does', async () => {
    const res = await t.app.inject({ url: '/api/v1/quotas/export?year=2025', headers: { cookie: office.cookie } });
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    expect(String(book.worksheets[0]!.getCell('A1').value)).toBe('武隆区2025年新闻发布任务完成情况（截至 2025-12-31）');
  });

  it('serves the rule set in force, with its articles', async () => {
    const set = (await t.app.inject({ url: '/api/v1/rule-sets/active', headers: { cookie: office.cookie } })).json();
    expect(set).toMatchObject({ id: 'wulong-2021', documentNumber: '武隆府办发〔2021〕69号', conferenceSubmissionLeadWorkdays: 10 });
    expect(set.articles.length).toBeGreaterThan(10);
  });
});

describe.each(DIALECTS)('monthly quota reminders on %s', (dialect) => {
  let t: TestApp;
  afterEach(async () => t.close());

  it('reminds those answerable for an at-risk quota on the first workday of the month, once per subject, rule and month', async () => {
    t = await buildTestApp(dialect);
    t.clock.set('2026-11-26T02:00:00Z');
    const at = t.clock.now().toISOString();
    const units = await createDistrict(t.ctx.db, at);
    const spokesperson = await createPerson(t.ctx.db, at, { name: '何静' });
    await appoint(t.ctx.db, at, { unitId: units.township.id, post: 'spokesperson', personId: spokesperson.id, from: '2024-01-01' });
    const { user: approver } = await loginAs(t.ctx.db, at, 'unit_approver', units.township.id);
    const { user: speaker } = await loginAs(t.ctx.db, at, 'unit_approver', units.township.id);
    await t.ctx.db.updateTable('users').set({ person_id: spokesperson.id }).where('id', '=', speaker.id).execute();

    const { scheduleQuotaReminders } = await import('./reminders');
    await scheduleQuotaReminders(t.ctx);
    const job = await t.ctx.db.selectFrom('jobs').selectAll().executeTakeFirstOrThrow();
    // 1 December 2026 is a Tuesday, a workday: 09:00 in Wulong.
    expect(job).toMatchObject({ kind: 'quota.monthly_reminders', dedupe_key: 'quota-reminders:2026-12', run_at: '2026-12-01T01:00:00.000Z' });

    t.clock.set('2026-12-01T01:00:30Z');
    expect(await t.ctx.jobs.runDue()).toBe(1);
    const notes = await t.ctx.db.selectFrom('notifications').select(['user_id', 'title']).orderBy('id').execute();
    expect(notes.filter((n) => n.user_id === approver.id).map((n) => n.title)).toContain('白马镇：A13.3-d 年度发布任务有完不成的风险');
    expect(notes.filter((n) => n.user_id === speaker.id).map((n) => n.title)).toContain('何静：A13.3-f 年度发布任务有完不成的风险');

    // The job runs again (a crash before it was marked done): nobody hears twice.
    const { sendQuotaReminders } = await import('./reminders');
    expect(await sendQuotaReminders(t.ctx, '2026-12')).toBe(0);
    expect(await t.ctx.db.selectFrom('notifications').select('id').execute()).toHaveLength(notes.length);
    // January is scheduled for its first workday: Friday 1 January, since 2027 has no schedule yet.
    const next = await t.ctx.db.selectFrom('jobs').selectAll().where('dedupe_key', '=', 'quota-reminders:2027-01').executeTakeFirstOrThrow();
    expect(next.run_at).toBe('2027-01-01T01:00:00.000Z');
  });
});

describe.each(DIALECTS)('the quota report cache on %s', (dialect) => {
  it('brings a kept report up to date from the releases written since: the same as computing it afresh', async () => {
    const t = await buildTestApp(dialect);
    try {
      const start = t.clock.now().getTime();
      let tick = 0;
      const at = () => new Date(start + ++tick * 1000).toISOString();
      const units = await createDistrict(t.ctx.db, at());
      const he = await createPerson(t.ctx.db, at(), { name: '何静' });
      await appoint(t.ctx.db, at(), { unitId: units.department.id, post: 'spokesperson', personId: he.id, from: '2024-01-01' });
      await appoint(t.ctx.db, at(), { unitId: units.township.id, post: 'spokesperson', from: '2024-01-01' });
      // A context of its own keeps no report: it computes from all the rows.
      const same = async () => expect(await quotaReport(t.ctx, 2026)).toEqual(await quotaReport({ ...t.ctx }, 2026));

      await same();
      const held = await createRelease(t.ctx.db, at(), { unitId: units.township.id, form: 'press_conference', date: '2026-06-10' });
      await same();
      const spoken = await createRelease(t.ctx.db, at(), { unitId: units.department.id, date: '2026-03-01', participants: [{ personId: he.id, part: 'main_speaker' }] });
      await same();
      expect((await quotaReport(t.ctx, 2026)).results.find((r) => r.rule === 'A13.3-d' && r.subject.unitId === units.township.id)?.status).toBe('met');
      // Moved into another year, its speaker taken off, then deleted: each change is noticed.
      await t.ctx.db.updateTable('releases').set({ release_date: '2025-12-30', updated_at: at() }).where('id', '=', held.id).execute();
      await same();
      await t.ctx.db.deleteFrom('release_participants').where('release_id', '=', spoken.id).execute();
      await t.ctx.db.updateTable('releases').set({ updated_at: at() }).where('id', '=', spoken.id).execute();
      await same();
      await t.ctx.db.deleteFrom('releases').where('id', '=', spoken.id).execute();
      await same();
      expect((await quotaReport(t.ctx, 2026)).results.find((r) => r.rule === 'A13.3-d' && r.subject.unitId === units.township.id)?.status).not.toBe('met');
    } finally {
      await t.close();
    }
  });

  it('after releases change, judges again only the units and people they touch, and the rest stays as it was', async () => {
    const t = await buildTestApp(dialect);
    try {
      const at = () => t.clock.now().toISOString();
      const units = await createDistrict(t.ctx.db, at());
      const he = await createPerson(t.ctx.db, at(), { name: '何静' });
      await appoint(t.ctx.db, at(), { unitId: units.department.id, post: 'spokesperson', personId: he.id, from: '2024-01-01' });
      await appoint(t.ctx.db, at(), { unitId: units.township.id, post: 'spokesperson', from: '2024-01-01' });
      // The people and units were written an hour before: only releases have changed since.
      t.clock.advance(3_600_000);
      const before = await quotaReport(t.ctx, 2026);
      const resultOf = (report: typeof before, rule: string, unitId: number) => report.results.find((r) => r.rule === rule && r.subject.unitId === unitId)!;
      const spoken = await createRelease(t.ctx.db, at(), { unitId: units.department.id, date: '2026-03-01', participants: [{ personId: he.id, part: 'main_speaker' }] });
      const after = await quotaReport(t.ctx, 2026);
      expect(after).toEqual(await quotaReport({ ...t.ctx }, 2026));
      expect(resultOf(after, 'A13.3-f', units.department.id).counted).toBe(1);
      expect(resultOf(after, 'A13.3-f', units.department.id)).not.toBe(resultOf(before, 'A13.3-f', units.department.id));
      // The township's results were not judged again: the very same objects.
      expect(resultOf(after, 'A13.3-d', units.township.id)).toBe(resultOf(before, 'A13.3-d', units.township.id));
      expect(after.results.map((r) => `${r.rule}${r.subject.unitId}`)).toEqual(before.results.map((r) => `${r.rule}${r.subject.unitId}`));

      // Moved to the township, then its speaker taken off: both the old and the new subjects are judged again.
      t.clock.advance(1000);
      await t.ctx.db.updateTable('releases').set({ unit_id: units.township.id, updated_at: at() }).where('id', '=', spoken.id).execute();
      expect(await quotaReport(t.ctx, 2026)).toEqual(await quotaReport({ ...t.ctx }, 2026));
      t.clock.advance(1000);
      await t.ctx.db.deleteFrom('release_participants').where('release_id', '=', spoken.id).execute();
      await t.ctx.db.updateTable('releases').set({ updated_at: at() }).where('id', '=', spoken.id).execute();
      const last = await quotaReport(t.ctx, 2026);
      expect(last).toEqual(await quotaReport({ ...t.ctx }, 2026));
      expect(resultOf(last, 'A13.3-f', units.department.id).counted).toBe(0);

      // A deleted release: judged again without it, and only its unit and people.
      const other = await createRelease(t.ctx.db, at(), { unitId: units.department.id, date: '2026-04-01', participants: [{ personId: he.id, part: 'main_speaker' }] });
      const withOther = await quotaReport(t.ctx, 2026);
      expect(resultOf(withOther, 'A13.3-f', units.department.id).counted).toBe(1);
      await t.ctx.db.deleteFrom('release_participants').where('release_id', '=', other.id).execute();
      await t.ctx.db.deleteFrom('releases').where('id', '=', other.id).execute();
      const deleted = await quotaReport(t.ctx, 2026);
      expect(deleted).toEqual(await quotaReport({ ...t.ctx }, 2026));
      expect(resultOf(deleted, 'A13.3-f', units.department.id).counted).toBe(0);
      // The township's spokesperson took no part in it: his result is the very same object.
      expect(resultOf(deleted, 'A13.3-f', units.township.id)).toBe(resultOf(withOther, 'A13.3-f', units.township.id));

      // A new post: she is judged, and the others' results stay as they were.
      const beforePost = await quotaReport(t.ctx, 2026);
      const inOrder = (report: typeof before) => ({ ...report, results: [...report.results].sort((a, b) => JSON.stringify([a.rule, a.subject]).localeCompare(JSON.stringify([b.rule, b.subject]))) });
      const asIfFresh = async () => {
        const kept = await quotaReport(t.ctx, 2026);
        expect(inOrder(kept)).toEqual(inOrder(await quotaReport({ ...t.ctx }, 2026)));
        return kept;
      };
      const newcomer = await createPerson(t.ctx.db, at(), { name: '罗敏' });
      await appoint(t.ctx.db, at(), { unitId: units.township.id, post: 'principal', personId: newcomer.id, from: '2024-01-01' });
      const withHer = await asIfFresh();
      expect(withHer.results.some((r) => r.rule === 'A13.3-e' && r.subject.personId === newcomer.id)).toBe(true);
      expect(resultOf(withHer, 'A13.3-d', units.department.id)).toBe(resultOf(beforePost, 'A13.3-d', units.department.id));

      // The township renamed: its results and its post holders' are judged again, under the new name.
      await t.ctx.db.updateTable('units').set({ name: '白马镇人民政府', updated_at: at() }).where('id', '=', units.township.id).execute();
      const renamed = await asIfFresh();
      expect(renamed.results.find((r) => r.subject.personId === newcomer.id)!.subject.unitName).toBe('白马镇人民政府');
      expect(resultOf(renamed, 'A13.3-d', units.township.id).subject.name).toBe('白马镇人民政府');
      expect(resultOf(renamed, 'A13.3-d', units.department.id)).toBe(resultOf(beforePost, 'A13.3-d', units.department.id));

      // A post holder renamed: her results carry the new name; her unit's stay as they were.
      await t.ctx.db.updateTable('people').set({ name: '何静怡', updated_at: at() }).where('id', '=', he.id).execute();
      const heRenamed = await asIfFresh();
      expect(resultOf(heRenamed, 'A13.3-f', units.department.id).subject.name).toBe('何静怡');
      expect(resultOf(heRenamed, 'A13.3-d', units.department.id)).toBe(resultOf(beforePost, 'A13.3-d', units.department.id));

      // Her post removed: her result goes with it.
      await t.ctx.db.deleteFrom('appointments').where('person_id', '=', newcomer.id).execute();
      expect((await asIfFresh()).results.some((r) => r.subject.personId === newcomer.id)).toBe(false);
    } finally {
      await t.close();
    }
  });

  it('keeps this year’s and last year’s reports ready before anyone asks, and the next day’s before midnight', async () => {
    const t = await buildTestApp(dialect);
    try {
      await createDistrict(t.ctx.db, t.clock.now().toISOString());
      // The app computed this year's report when it got ready, before it would listen.
      expect(keptQuotaReport(t.ctx, 2026)?.asOf).toBe('2026-11-26');
      // A context of its own, to watch a keeper from the start.
      const ctx = { ...t.ctx };
      const ready = keepQuotaReportReady(ctx, { warn: () => {} });
      expect(keptQuotaReport(ctx, 2026)).toBeUndefined();
      // start resolves once they are computed: the server listens after that.
      await ready.start();
      const kept = keptQuotaReport(ctx, 2026);
      expect(kept?.asOf).toBe('2026-11-26');
      expect(await quotaReport(ctx, 2026)).toBe(kept);
      const lastYear = keptQuotaReport(ctx, 2025);
      // Every day after 2025 judges it alike: as of the day after it.
      expect(lastYear?.asOf).toBe('2026-01-01');
      expect(await quotaReport(ctx, 2025)).toBe(lastYear);
      await ready.stop();

      // 23:55 in Wulong: the check computes tomorrow's report too, and today's stays.
      t.clock.set('2026-11-26T15:55:00Z');
      await ready.start();
      await ready.stop();
      const tomorrow = keptQuotaReport(ctx, 2026, '2026-11-27');
      expect(tomorrow?.asOf).toBe('2026-11-27');
      expect(keptQuotaReport(ctx, 2026)).toBe(kept);
      // After midnight the first reader gets it as it was computed; last year's is not computed again.
      t.clock.set('2026-11-26T16:00:30Z');
      expect(await quotaReport(ctx, 2026)).toBe(tomorrow);
      expect(await quotaReport(ctx, 2025)).toBe(lastYear);
      // Yesterday's report is let go.
      expect(keptQuotaReport(ctx, 2026, '2026-11-26')).toBeUndefined();
      expect(await quotaReport(ctx, 2026)).toEqual(await quotaReport({ ...t.ctx }, 2026));
    } finally {
      await t.close();
    }
  });

  it('computes the next year’s reports before the new year: this year’s, and the year just ending as of the day after it', async () => {
    const t = await buildTestApp(dialect);
    try {
      await createDistrict(t.ctx.db, t.clock.now().toISOString());
      t.clock.set('2026-12-31T15:55:00Z');
      const ctx = { ...t.ctx };
      const ready = keepQuotaReportReady(ctx, { warn: () => {} });
      await ready.start();
      await ready.stop();
      const year2027 = keptQuotaReport(ctx, 2027, '2027-01-01');
      const year2026 = keptQuotaReport(ctx, 2026, '2027-01-01');
      expect([year2027?.asOf, year2026?.asOf]).toEqual(['2027-01-01', '2027-01-01']);
      t.clock.set('2026-12-31T16:00:30Z');
      expect(await quotaReport(ctx, 2027)).toBe(year2027);
      expect(await quotaReport(ctx, 2026)).toBe(year2026);
    } finally {
      await t.close();
    }
  });

  it('does not hold today’s readers up while tomorrow’s report is being computed before midnight', async () => {
    const t = await buildTestApp(dialect);
    try {
      await createDistrict(t.ctx.db, t.clock.now().toISOString());
      const ctx = { ...t.ctx };
      await quotaReport(ctx, 2026);
      // On PostgreSQL tomorrow's computation is held at its read of the post holders until
      // released; on SQLite the one connection runs queries in turn, and today's needs one.
      let release = () => {};
      const held = new Promise<void>((resolve) => (release = resolve));
      let holder: Promise<void> = held;
      if (dialect === 'postgres') {
        await new Promise<void>((locked) => {
          holder = t.ctx.db.transaction().execute(async (trx) => {
            await sql`lock table appointments in access exclusive mode`.execute(trx);
            locked();
            await held;
          });
        });
      }
      const order: string[] = [];
      const tomorrow = quotaReport(ctx, 2026, '2026-11-27').then(() => order.push('tomorrow, computed from all rows'));
      const today = quotaReport(ctx, 2026).then(() => order.push('today, kept'));
      await Promise.race([today, new Promise((resolve) => setTimeout(resolve, 2000))]);
      release();
      await Promise.all([holder, tomorrow, today]);
      expect(order).toEqual(['today, kept', 'tomorrow, computed from all rows']);
    } finally {
      await t.close();
    }
  });

  it('computes once for a crowd of readers arriving together, and gives them all that one report', async () => {
    const t = await buildTestApp(dialect);
    try {
      await createDistrict(t.ctx.db, t.clock.now().toISOString());
      const crowd = await Promise.all(Array.from({ length: 5 }, () => quotaReport(t.ctx, 2026)));
      for (const report of crowd) expect(report).toBe(crowd[0]);
    } finally {
      await t.close();
    }
  });

  it('sends the answer gzipped to a client that takes gzip, the same JSON inside', async () => {
    const t = await buildTestApp(dialect);
    try {
      const units = await createDistrict(t.ctx.db, t.clock.now().toISOString());
      const office = await loginAs(t.ctx.db, t.clock.now().toISOString(), 'news_office', units.district.id);
      const plain = await t.app.inject({ url: '/api/v1/quotas?year=2026', headers: { cookie: office.cookie } });
      const zipped = await t.app.inject({ url: '/api/v1/quotas?year=2026', headers: { cookie: office.cookie, 'accept-encoding': 'gzip, deflate, br' } });
      expect(plain.headers['content-encoding']).toBeUndefined();
      expect(zipped.headers).toMatchObject({ 'content-encoding': 'gzip', vary: 'accept-encoding', 'content-type': 'application/json; charset=utf-8' });
      expect(JSON.parse(gunzipSync(zipped.rawPayload).toString())).toEqual(plain.json());
      expect(plain.json().results.length).toBeGreaterThan(0);
    } finally {
      await t.close();
    }
  });

  it('recomputes when a release changes, even within the same millisecond', async () => {
    const t = await buildTestApp(dialect);
    try {
      const at = t.clock.now().toISOString();
      const units = await createDistrict(t.ctx.db, at);
      const office = await loginAs(t.ctx.db, at, 'news_office', units.district.id);
      const release = await createRelease(t.ctx.db, at, { unitId: units.township.id, form: 'press_conference', date: '2026-06-10', status: 'planned' });
      const cellOf = async () =>
        (await t.app.inject({ url: '/api/v1/quotas?year=2026', headers: { cookie: office.cookie } }))
          .json()
          .results.find((r: { rule: string; subject: { unitId: number } }) => r.rule === 'A13.3-d' && r.subject.unitId === units.township.id);
      expect((await cellOf()).status).toBe('at_risk');
      await t.ctx.db.updateTable('releases').set({ status: 'held', updated_at: at }).where('id', '=', release.id).execute();
      expect((await cellOf()).status).toBe('met');
      await t.ctx.db.updateTable('releases').set({ status: 'planned', updated_at: at }).where('id', '=', release.id).execute();
      expect((await cellOf()).status).toBe('at_risk');
      // Written by another server whose clock is behind: counted all the same.
      await t.ctx.db.updateTable('releases').set({ status: 'held', updated_at: new Date(Date.parse(at) - 60_000).toISOString() }).where('id', '=', release.id).execute();
      expect((await cellOf()).status).toBe('met');
    } finally {
      await t.close();
    }
  });
});
