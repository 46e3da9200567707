import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { bootstrap } from '../bootstrap';
import { buildTestApp, DIALECTS, TEST_AUDIT_KEY, TestClock, testConfig, type TestApp } from '../../test/helpers';
import { createAuditTrail } from '../modules/audit/trail';
import { DEMO_LOGINS, DEMO_PASSWORD, DEMO_UNITS } from './district';
import { seedDemoDistrict } from './seed';

async function logIn(t: TestApp, username: string): Promise<string> {
  const res = await t.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username, password: DEMO_PASSWORD } });
  expect(res.statusCode, username).toBe(200);
  return `fbt_sid=${res.cookies.find((c) => c.name === 'fbt_sid')!.value}`;
}

/** The JSON of a GET that must succeed: a response that failed its schema would be a 500 here. */
async function get(t: TestApp, cookie: string, url: string) {
  const res = await t.app.inject({ url, headers: { cookie } });
  expect(res.statusCode, `${url}: ${res.body.slice(0, 300)}`).toBe(200);
  return res.json();
}

const districtDay = (instant: Date | string) => new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date(instant));

describe.each(DIALECTS)('the demo district on %s', (dialect) => {
  let t: TestApp;
  beforeEach(async () => {
    t = await buildTestApp(dialect);
    // The app's own configuration: the conference materials go to the data directory it serves them from.
    await bootstrap(t.ctx.db, { ...t.ctx.config, demo: true }, TEST_AUDIT_KEY);
  });
  afterEach(async () => t.close());

  it('has about 25 units under the district, some livelihood-related, and one login per role', async () => {
    const units = await t.ctx.db.selectFrom('units').selectAll().execute();
    expect(units.filter((u) => !['city', 'district'].includes(u.kind)).length).toBe(DEMO_UNITS.length - 2);
    expect(units.filter((u) => u.livelihood_related).length).toBeGreaterThanOrEqual(5);
    const roles = new Set(DEMO_LOGINS.map((l) => l.role));
    expect(roles).toEqual(new Set(['admin', 'news_office', 'leader', 'auditor', 'unit_editor', 'unit_approver']));
  });

  it('lets every demo login in with the demo password', async () => {
    for (const login of DEMO_LOGINS) await logIn(t, login.username);
  });

  it('gives every unit its spokesperson and assistant but one, shown as the gap to fill (A8.2)', async () => {
    const cookie = await logIn(t, 'xinwenban');
    const gaps = (await get(t, cookie, '/api/v1/units/gaps')).items;
    expect(gaps.map((g: { unit: { shortName: string }; gaps: { kind: string }[] }) => [g.unit.shortName, g.gaps.map((x) => x.kind)])).toEqual([
      ['长坝镇', ['missing_assistant']],
    ]);
  });

  it('puts the standing vice district head in charge of 区交通局 (A13.2)', async () => {
    const cookie = await logIn(t, 'xinwenban');
    const jtj = await t.ctx.db.selectFrom('units').select('id').where('short_name', '=', '区交通局').executeTakeFirstOrThrow();
    const detail = await get(t, cookie, `/api/v1/units/${jtj.id}`);
    expect(detail.leaderInCharge).toMatchObject({ personName: '陈建国', from: '2024-01-01', to: null });
  });

  it('runs the audit chain unbroken from the first record, the seed one record listing what it loaded', async () => {
    expect(await t.ctx.audit.verify(t.ctx.db)).toMatchObject({ ok: true });
    const records = await t.ctx.db.selectFrom('audit_log').selectAll().execute();
    expect(records.map((r) => r.action)).toEqual(['system.seed_demo']);
    const { activity } = JSON.parse(records[0]!.after_json!);
    const releases = await t.ctx.db.selectFrom('releases').select('id').orderBy('id').execute();
    expect([...activity.releases].sort((a: number, b: number) => a - b)).toEqual(releases.map((r) => r.id));
    expect(activity.conferences).toHaveLength(3);
    expect(activity.incidents).toHaveLength(1);
  });

  it('shows a living district on the public portal: releases, conferences past and announced, a closed incident', async () => {
    const home = await t.app.inject({ url: '/' });
    expect(home.statusCode).toBe(200);
    expect(home.body).not.toContain('暂无发布');
    expect(home.body).not.toContain('近期暂无新闻发布会');
    expect(home.body).toContain('“游武隆·享喀斯特”文旅惠民系列活动新闻发布会');
    expect(home.body).toContain('武隆区优化营商环境推动民营经济高质量发展新闻发布会');

    // Every release that went out, public and reviewed (A18.5), is listed and opens.
    const published = await t.ctx.db
      .selectFrom('releases')
      .select(['id', 'title'])
      .where('status', 'in', ['held', 'published'])
      .where('is_public', '=', 1)
      .where('confidentiality_reviewed_at', 'is not', null)
      .execute();
    expect(published.length).toBeGreaterThanOrEqual(10);
    const list = (await t.app.inject({ url: '/releases' })).body;
    for (const r of published) {
      expect(list).toContain(`href="/releases/${r.id}"`);
      const page = await t.app.inject({ url: `/releases/${r.id}` });
      expect(page.statusCode, r.title).toBe(200);
    }
    const forms = new Set((await t.ctx.db.selectFrom('releases').select('form').execute()).map((r) => r.form));
    expect(forms).toEqual(new Set(['press_conference', 'press_briefing', 'interview', 'written_release']));

    // The district government's conference: its page, live text and the release with its transcript.
    const conferences = (await t.app.inject({ url: '/conferences' })).body;
    expect(conferences).toContain('武隆区推进紧密型县域医共体建设新闻发布会');
    const gov = await t.ctx.db.selectFrom('conferences').selectAll().where('in_name_of', '=', 'district_gov').executeTakeFirstOrThrow();
    const govPage = (await t.app.inject({ url: `/conferences/${gov.id}` })).body;
    expect(govPage).toContain('陈建国');
    expect(govPage).toContain('发布会结束');
    expect(govPage).toContain(`href="/releases/${gov.release_id}"`);
    const govRelease = (await t.app.inject({ url: `/releases/${gov.release_id}` })).body;
    expect(govRelease).toContain('实录');
    expect(govRelease).toContain('记者');

    // The incident: closed, its two rolling updates on its public page, causes confirmed in the last.
    const incident = await t.ctx.db.selectFrom('incidents').selectAll().executeTakeFirstOrThrow();
    expect(incident.status).toBe('closed');
    expect((await t.app.inject({ url: '/incidents' })).body).toContain(incident.title);
    const incidentPage = await t.app.inject({ url: `/incidents/${incident.id}` });
    expect(incidentPage.statusCode).toBe(200);
    expect(incidentPage.body).toContain('第 1 次发布');
    expect(incidentPage.body).toContain('第 2 次发布');
    expect(incidentPage.body).toContain('道路恢复通行');

    // The portal's search finds the public releases.
    expect((await t.app.inject({ url: `/search?q=${encodeURIComponent('营商环境')}` })).body).toContain(`/releases/${gov.release_id}`);
  });

  it('opens every demo record in the console through its API, as the news office and as the auditor', async () => {
    for (const username of ['xinwenban', 'shenji']) {
      const cookie = await logIn(t, username);
      const releases = await get(t, cookie, '/api/v1/releases?pageSize=200');
      expect(releases.total).toBe(Number((await t.ctx.db.selectFrom('releases').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n));
      expect(releases.total).toBeGreaterThanOrEqual(10);
      for (const r of releases.items) await get(t, cookie, `/api/v1/releases/${r.id}`);
      const conferences = await get(t, cookie, '/api/v1/conference-applications');
      expect(conferences.items.map((c: { status: string }) => c.status).sort()).toEqual(['announced', 'archived', 'archived']);
      for (const c of conferences.items) await get(t, cookie, `/api/v1/conference-applications/${c.id}`);
      const incidents = await get(t, cookie, '/api/v1/incidents');
      for (const i of incidents.items) await get(t, cookie, `/api/v1/incidents/${i.id}`);
      const opinions = await get(t, cookie, '/api/v1/opinions?pageSize=200');
      expect(opinions.items.map((o: { status: string }) => o.status).sort()).toEqual(['new', 'not_responded', 'responded']);
      for (const o of opinions.items) await get(t, cookie, `/api/v1/opinions/${o.id}`);
      const interviews = await get(t, cookie, '/api/v1/interview-requests');
      for (const i of interviews.items) await get(t, cookie, `/api/v1/interview-requests/${i.id}`);
      await get(t, cookie, '/api/v1/hot-topics');
      await get(t, cookie, '/api/v1/home/pending');
      const outlets = await get(t, cookie, '/api/v1/media/outlets');
      for (const o of outlets.items) await get(t, cookie, `/api/v1/media/outlets/${o.id}`);
      expect((await get(t, cookie, `/api/v1/search?q=${encodeURIComponent('医共体')}`)).total).toBeGreaterThanOrEqual(1);
    }
  });

  it('walks each conference through A15 in time: submitted 10 workdays ahead, reviewed within 10, with its materials, versions and decisions', async () => {
    const cookie = await logIn(t, 'xinwenban');
    const { items } = await get(t, cookie, '/api/v1/conference-applications');
    for (const summary of items) {
      const c = await get(t, cookie, `/api/v1/conference-applications/${summary.id}`);
      expect(c.submissionDate <= c.latestSubmission.date, c.title).toBe(true);
      expect(c.reviewOverdue).toBe(false);
      expect(c.documents.map((d: { kind: string }) => d.kind)).toEqual(expect.arrayContaining(['application_form', 'work_plan', 'release_text']));
      expect(c.textVersions.at(-1).text).toBe(c.releaseText);
      expect(c.decisions.map((d: { step: string }) => d.step)).toEqual(expect.arrayContaining(['unit_principal', 'review', 'unit']));
      for (const d of c.documents) {
        const file = await t.app.inject({ url: `/api/v1/conference-applications/${c.id}/files/${d.id}`, headers: { cookie } });
        expect(file.statusCode).toBe(200);
        expect(file.rawPayload.subarray(0, 4)).toEqual(Buffer.from([0x50, 0x4b, 0x03, 0x04]));
      }
      if (c.status === 'archived') {
        expect(c.livePosts.length).toBeGreaterThan(3);
        expect(c.releaseId).not.toBeNull();
      } else {
        // Announced for an afternoon ahead, clear of the 10:00 slots the browser journeys book (A15.5).
        expect(c.startsAt > t.clock.now().toISOString()).toBe(true);
        expect(new Date(c.startsAt).toLocaleTimeString('en-GB', { timeZone: 'Asia/Shanghai', hour12: false })).toBe('15:00:00');
      }
    }
    const gov = items.find((c: { inNameOf: string }) => c.inNameOf === 'district_gov');
    const detail = await get(t, cookie, `/api/v1/conference-applications/${gov.id}`);
    expect(detail.textVersions).toHaveLength(2);
    expect(detail.comments).toHaveLength(1);
    expect(detail.participants).toEqual(
      expect.arrayContaining([
        { personId: expect.any(Number), personName: '陈建国', part: 'main_speaker', authorizedByUnit: false },
        { personId: expect.any(Number), personName: '周敏', part: 'host', authorizedByUnit: false },
      ]),
    );
  });

  it('counts the demo releases in the year’s statistics and quotas (A13.3)', async () => {
    const cookie = await logIn(t, 'xinwenban');
    const held = await t.ctx.db.selectFrom('releases').select(['id', 'unit_id', 'release_date', 'form', 'status']).execute();
    expect(held.every((r) => ['held', 'published'].includes(r.status))).toBe(true);
    const unitOf = async (short: string) => (await t.ctx.db.selectFrom('units').select('id').where('short_name', '=', short).executeTakeFirstOrThrow()).id;
    const leader = async (name: string) => (await t.ctx.db.selectFrom('people').select('id').where('name', '=', name).executeTakeFirstOrThrow()).id;
    const quotas: [rule: string, subject: { unitId?: number; personId?: number }][] = [
      ['A13.3-d', { unitId: await unitOf('区卫生健康委') }],
      ['A13.3-d', { unitId: await unitOf('仙女山街道') }],
      ['A13.3-a', { personId: await leader('杨文华') }],
      ['A13.3-a', { personId: await leader('黄丽萍') }],
    ];
    let total = 0;
    let met = 0;
    for (const year of [...new Set(held.map((r) => Number(r.release_date.slice(0, 4))))]) {
      total += (await get(t, cookie, `/api/v1/releases/stats?year=${year}`)).total;
      const report = await get(t, cookie, `/api/v1/quotas?year=${year}`);
      for (const [rule, subject] of quotas) {
        const result = report.results.find(
          (r: { rule: string; subject: { kind: string; unitId: number; personId?: number } }) =>
            r.rule === rule && (subject.personId ? r.subject.personId === subject.personId : r.subject.kind === 'unit' && r.subject.unitId === subject.unitId),
        );
        if (result.countingReleaseIds.length === 0) continue;
        expect(result.status, `${rule} ${JSON.stringify(subject)}`).toBe('met');
        for (const id of result.countingReleaseIds) expect(held.map((r) => r.id)).toContain(id);
        met++;
      }
    }
    expect(total).toBe(held.length);
    expect(met).toBe(quotas.length);
  });

  it('keeps away from what the browser journeys assert: 白马镇 and 区交通局 untouched, townships untrained, nothing on 防汛', async () => {
    const db = t.ctx.db;
    const untouched = (await db.selectFrom('units').select('id').where('short_name', 'in', ['白马镇', '区交通局']).execute()).map((u) => u.id);
    expect(untouched).toHaveLength(2);
    expect(await db.selectFrom('releases').select('id').where('unit_id', 'in', untouched).execute()).toEqual([]);
    expect(await db.selectFrom('conferences').select('id').where('unit_id', 'in', untouched).execute()).toEqual([]);
    expect(await db.selectFrom('incidents').select('id').where('responsible_unit_id', 'in', untouched).execute()).toEqual([]);
    expect(await db.selectFrom('opinion_items').select('id').where((eb) => eb.or([eb('unit_id', 'in', untouched), eb('suggested_unit_id', 'in', untouched)])).execute()).toEqual([]);
    for (const table of ['topics', 'talking_points', 'opinion_vendors', 'opinion_keyword_rules', 'evaluations', 'annual_reports', 'violations', 'notifications', 'jobs'] as const) {
      expect(await db.selectFrom(table).selectAll().execute(), table).toEqual([]);
    }
    const texts = await db.selectFrom('releases').select(['title', 'summary', 'body', 'transcript']).execute();
    expect(texts.filter((r) => JSON.stringify(r).includes('防汛'))).toEqual([]);
    expect(await db.selectFrom('units').select('id').where('name', 'like', '%医疗保障%').execute()).toEqual([]);

    // A12: every township's and subdistrict's spokesperson is still to be trained, 白马镇's among them.
    const cookie = await logIn(t, 'xinwenban');
    const year = Number(districtDay(t.clock.now()).slice(0, 4));
    const untrained = await get(t, cookie, `/api/v1/training/untrained?year=${year}`);
    const grassroots = DEMO_UNITS.filter((u) => u.kind === 'township' || u.kind === 'subdistrict').map((u) => u.name);
    expect(untrained.items.map((i: { unitName: string }) => i.unitName)).toEqual(expect.arrayContaining([...grassroots, '武隆区交通运输局']));
  });

  it('keeps the rules it shows: the opinion answered within 48 hours, the hot topic on time, the incident’s clocks closed', async () => {
    const cookie = await logIn(t, 'xinwenban');
    const opinions = (await get(t, cookie, '/api/v1/opinions?pageSize=200')).items;
    const answered = opinions.find((o: { status: string }) => o.status === 'responded');
    expect(answered.clock).toMatchObject({ rule: 'N61', status: 'met', late: false });
    expect((await get(t, cookie, `/api/v1/opinions/${answered.id}`)).responseRelease).toMatchObject({ status: 'published', isPublic: true });
    const topics = (await get(t, cookie, '/api/v1/hot-topics')).items;
    expect(topics.flatMap((h: { assignments: { state: string }[] }) => h.assignments.map((a) => a.state))).toEqual(['done']);
    const incident = (await get(t, cookie, '/api/v1/incidents')).items[0];
    const detail = await get(t, cookie, `/api/v1/incidents/${incident.id}`);
    expect(detail.status).toBe('closed');
    expect(detail.updates.map((u: { status: string; sequence: number }) => [u.sequence, u.status]).sort()).toEqual([
      [1, 'published'],
      [2, 'published'],
    ]);
    expect(detail.clocks.filter((c: { status: string }) => c.status !== 'met')).toEqual([]);
    const interviews = (await get(t, cookie, '/api/v1/interview-requests')).items;
    expect(interviews).toEqual([expect.objectContaining({ status: 'accepted', flagged: false })]);
  });
});

describe.each(DIALECTS)('the demo district’s history on %s', (dialect) => {
  // Early January (a year boundary behind), after the National Day holiday, and on a Sunday evening.
  it.each(['2026-01-05T01:00:00.000Z', '2026-10-09T02:00:00.000Z', '2026-11-29T13:30:00.000Z'])('is dated back from the moment it is loaded (%s)', async (now) => {
    const t = await buildTestApp(dialect, { clock: new TestClock(now) });
    try {
      await bootstrap(t.ctx.db, { ...t.ctx.config, demo: true }, TEST_AUDIT_KEY);
      const db = t.ctx.db;
      const releases = await db.selectFrom('releases').select(['starts_at', 'created_at', 'updated_at']).execute();
      for (const r of releases) for (const instant of [r.starts_at, r.created_at, r.updated_at]) expect(instant <= now).toBe(true);
      const first = releases.map((r) => r.starts_at).sort()[0]!;
      const days = (Date.parse(now) - Date.parse(first)) / 86_400_000;
      expect(days).toBeGreaterThan(60);
      expect(days).toBeLessThan(100);
      const conferences = await db.selectFrom('conferences').select(['status', 'starts_at', 'updated_at']).execute();
      for (const c of conferences) {
        expect(c.updated_at <= now).toBe(true);
        expect(c.starts_at > now).toBe(c.status === 'announced');
      }
      for (const table of ['incidents', 'opinion_items', 'hot_topics', 'interview_requests', 'training_sessions', 'conference_decisions', 'conference_live_posts'] as const) {
        for (const row of await db.selectFrom(table).select('created_at').execute()) expect(row.created_at <= now, table).toBe(true);
      }
      expect(await t.ctx.audit.verify(db)).toMatchObject({ ok: true });
    } finally {
      await t.close();
    }
  });

  it('leaves nothing behind when loading fails: no rows, no files', async () => {
    const t = await buildTestApp(dialect);
    try {
      const trail = createAuditTrail(TEST_AUDIT_KEY);
      const failing = { ...trail, record: async () => Promise.reject(new Error('审计记录写入失败')) };
      const config = testConfig({ demo: true, now: t.clock.now });
      await expect(seedDemoDistrict(t.ctx.db, failing, t.clock.now().toISOString(), config.dataDir)).rejects.toThrow('审计记录写入失败');
      for (const table of ['units', 'people', 'users', 'releases', 'conferences', 'conference_documents', 'files', 'incidents', 'opinion_items', 'outlets', 'training_sessions', 'search_documents', 'search_queue', 'audit_log'] as const) {
        expect(await t.ctx.db.selectFrom(table).selectAll().execute(), table).toEqual([]);
      }
      const uploads = path.join(config.dataDir, 'uploads');
      expect(fs.existsSync(uploads) ? fs.readdirSync(uploads) : []).toEqual([]);
      fs.rmSync(config.dataDir, { recursive: true, force: true });
    } finally {
      await t.close();
    }
  });
});
