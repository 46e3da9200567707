import ExcelJS from 'exceljs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildTestApp, DIALECTS, snapshotTables, type TestApp } from '../../../test/helpers';
import { appoint, createDistrict, createJournalist, createOutlet, createPerson, createRelease, loginAs } from '../../../test/factories';

describe.each(DIALECTS)('release activities on %s', (dialect) => {
  let t: TestApp;
  let units: Awaited<ReturnType<typeof createDistrict>>;
  let office: { cookie: string };
  let approver: { cookie: string };
  let editor: { cookie: string };
  let spokesperson: { id: number };
  let principal: { id: number };
  const at = () => t.clock.now().toISOString();

  beforeEach(async () => {
    t = await buildTestApp(dialect);
    units = await createDistrict(t.ctx.db, at());
    office = await loginAs(t.ctx.db, at(), 'news_office', units.district.id);
    approver = await loginAs(t.ctx.db, at(), 'unit_approver', units.department.id);
    editor = await loginAs(t.ctx.db, at(), 'unit_editor', units.department.id);
    spokesperson = await createPerson(t.ctx.db, at(), { name: '何静' });
    principal = await createPerson(t.ctx.db, at(), { name: '孙海' });
    await appoint(t.ctx.db, at(), { unitId: units.department.id, post: 'spokesperson', personId: spokesperson.id, from: '2024-01-01' });
    await appoint(t.ctx.db, at(), { unitId: units.department.id, post: 'principal', personId: principal.id, from: '2024-01-01' });
  });
  afterEach(async () => t.close());

  const send = (method: 'POST' | 'PUT' | 'GET', url: string, payload: object | undefined, cookie: string) =>
    t.app.inject({ method, url: `/api/v1${url}`, payload, headers: { cookie } });

  /** An F1 the department's spokesperson gave, complete in every respect. */
  const conference = (over: Record<string, unknown> = {}) => ({
    unitId: units.department.id,
    title: '2026年农村公路建设新闻发布会',
    inNameOf: 'unit',
    organizer: 'unit',
    form: 'press_conference',
    categories: ['disclosure', 'policy_interpretation'],
    startsAt: '2026-11-20T10:00:00+08:00',
    venue: '区新闻发布中心',
    participants: [{ personId: spokesperson.id, part: 'main_speaker' }],
    qa: true,
    status: 'held',
    confidentialityReview: { reviewer: '区交通局保密员', reviewedAt: '2026-11-18T09:00:00+08:00' },
    riskAssessment: {
      topicReviewed: true,
      contentReviewed: true,
      formReviewed: true,
      riskLevel: 'low',
      principalId: principal.id,
      spokespersonId: spokesperson.id,
      mainSpeakerId: spokesperson.id,
    },
    ...over,
  });

  it('records a complete press conference with everything the measures list', async () => {
    const outlet = await createOutlet(t.ctx.db, at(), { name: '武隆融媒体中心' });
    const journalist = await createJournalist(t.ctx.db, at(), outlet.id, { name: '王记者' });
    const platforms = (await send('GET', '/platforms', undefined, approver.cookie)).json().items;
    expect(platforms.map((p: { name: string }) => p.name)).toEqual(['武隆区人民政府门户网站', '武隆网', '“武隆微发布”公众号', '武隆印象 APP', '区新闻发布中心']);
    const res = await send('POST', '/releases', conference({ outlets: [{ outletId: outlet.id, journalistId: journalist.id }], platformIds: [platforms[0].id, platforms[2].id] }), approver.cookie);
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({
      unitName: '区交通局',
      form: 'press_conference',
      date: '2026-11-20',
      startsAt: '2026-11-20T02:00:00.000Z',
      participants: [{ personName: '何静', part: 'main_speaker' }],
      outlets: [{ outletName: '武隆融媒体中心', level: 'district', journalistName: '王记者' }],
      confidentialityReview: { reviewer: '区交通局保密员' },
      riskAssessment: { riskLevel: 'low', mainSpeakerId: spokesperson.id },
    });
    const audit = await t.ctx.db.selectFrom('audit_log').select('action').where('entity', '=', 'release').execute();
    expect(audit).toEqual([{ action: 'release.create' }]);
  });

  const refused = async (payload: object, rule: string, cookie = approver.cookie) => {
    const before = await snapshotTables(t, ['sessions', 'audit_log']);
    const res = await send('POST', '/releases', payload, cookie);
    expect(res.statusCode, res.body).toBe(rule === 'A17-user' ? 403 : 422);
    expect(res.headers['content-type']).toMatch(/problem\+json/);
    expect(await snapshotTables(t, ['sessions', 'audit_log'])).toEqual(before);
    return res.json();
  };

  it('refuses a press conference without Q&A (A6)', async () => {
    const p = await refused(conference({ qa: false }), 'A6');
    expect(p).toMatchObject({ rule: 'A6', article: '第六条（一）' });
    expect(p.errors).toContainEqual({ path: 'qa', message: '新闻发布会须安排回答记者提问环节', rule: 'A6' });
  });

  it('refuses to mark a release held without a confidentiality review (A18.5)', async () => {
    expect((await refused(conference({ confidentialityReview: null }), 'A18.5')).rule).toBe('A18.5');
  });

  it('refuses an F1–F3 held without the complete risk assessment (A13.7), but not an F5', async () => {
    const p = await refused(conference({ riskAssessment: null }), 'A13.7');
    expect(p.rule).toBe('A13.7');
    const written = conference({ form: 'written_release', qa: false, riskAssessment: null, status: 'published' });
    expect((await send('POST', '/releases', written, approver.cookie)).statusCode).toBe(201);
  });

  it('refuses a not-public release without an exception reason (A4.2)', async () => {
    expect((await refused(conference({ isPublic: false }), 'A4.2')).rule).toBe('A4.2');
    expect((await send('POST', '/releases', conference({ isPublic: false, notPublicReason: '涉及国家秘密' }), approver.cookie)).statusCode).toBe(201);
  });

  it('refuses a main speaker who holds no post in the unit (A17)', async () => {
    const stranger = await createPerson(t.ctx.db, at(), { name: '外单位人员' });
    await appoint(t.ctx.db, at(), { unitId: units.township.id, post: 'spokesperson', personId: stranger.id, from: '2024-01-01' });
    const p = await refused(conference({ participants: [{ personId: stranger.id, part: 'main_speaker' }] }), 'A17');
    expect(p.rule).toBe('A17');
    expect(p.detail).toContain('外单位人员在2026-11-20不在本单位任职');
  });

  it('refuses an outlet or journalist without a valid qualification on the day (A13.7)', async () => {
    const expired = await createOutlet(t.ctx.db, at(), { name: '过期媒体', validUntil: '2026-10-31' });
    const p = await refused(conference({ outlets: [{ outletId: expired.id, journalistId: null }] }), 'A13.7');
    expect(p.errors).toContainEqual({ path: 'outlets.0.outletId', message: '新闻媒体“过期媒体”的资质在2026-11-20已过期', rule: 'A13.7' });
    const outlet = await createOutlet(t.ctx.db, at(), { name: '重庆日报' });
    const noCard = await createJournalist(t.ctx.db, at(), outlet.id, { name: '赵记者', validFrom: null });
    const q = await refused(conference({ outlets: [{ outletId: outlet.id, journalistId: noCard.id }] }), 'A13.7');
    expect(q.errors[0].path).toBe('outlets.0.journalistId');
  });

  it('lets a unit editor draft for the own unit only, and leaves marking it held to an approver (A17)', async () => {
    const draft = conference({ status: 'planned' });
    expect((await send('POST', '/releases', draft, editor.cookie)).statusCode).toBe(201);
    const held = await send('POST', '/releases', conference(), editor.cookie);
    expect(held.statusCode).toBe(403);
    expect(held.json().rule).toBe('A17');
    const other = await loginAs(t.ctx.db, at(), 'unit_editor', units.township.id);
    expect((await send('POST', '/releases', draft, other.cookie)).statusCode).toBe(403);
  });

  it('updates a release and records coverage once it is held', async () => {
    const created = (await send('POST', '/releases', conference({ status: 'planned' }), editor.cookie)).json();
    const early = await send('POST', `/releases/${created.id}/coverage`, { outletName: '武隆网', title: '区交通局召开新闻发布会', publishedOn: '2026-11-21' }, editor.cookie);
    expect(early.statusCode).toBe(400);
    expect((await send('PUT', `/releases/${created.id}`, conference(), approver.cookie)).statusCode).toBe(200);
    const covered = await send('POST', `/releases/${created.id}/coverage`, { outletName: '武隆网', title: '区交通局召开新闻发布会', url: 'https://www.wulong.gov.cn/a/1', publishedOn: '2026-11-21' }, editor.cookie);
    expect(covered.statusCode).toBe(201);
    expect(covered.json().coverage).toMatchObject([{ outletName: '武隆网', publishedOn: '2026-11-21' }]);
  });

  it('filters the register by year, unit, form, category and person, and a unit user sees only the own unit', async () => {
    await createRelease(t.ctx.db, at(), { unitId: units.department.id, form: 'press_conference', categories: ['disclosure'], date: '2026-03-01', participants: [{ personId: spokesperson.id, part: 'main_speaker' }] });
    await createRelease(t.ctx.db, at(), { unitId: units.department.id, form: 'interview', categories: ['opinion_response'], date: '2026-04-01' });
    await createRelease(t.ctx.db, at(), { unitId: units.township.id, form: 'press_conference', categories: ['disclosure'], date: '2026-05-01' });
    await createRelease(t.ctx.db, at(), { unitId: units.township.id, form: 'press_conference', categories: ['disclosure'], date: '2025-05-01' });
    const count = async (q: string, cookie = office.cookie) => (await send('GET', `/releases?${q}`, undefined, cookie)).json().total;
    expect(await count('year=2026')).toBe(3);
    expect(await count(`year=2026&unitId=${units.township.id}`)).toBe(1);
    expect(await count('form=press_conference')).toBe(3);
    expect(await count('category=opinion_response')).toBe(1);
    expect(await count(`personId=${spokesperson.id}`)).toBe(1);
    expect(await count('year=2026', editor.cookie)).toBe(2);
  });

  it('counts releases by month and by form, and exports the register to Excel', async () => {
    await createRelease(t.ctx.db, at(), { unitId: units.department.id, form: 'press_conference', date: '2026-03-01' });
    await createRelease(t.ctx.db, at(), { unitId: units.department.id, form: 'interview', date: '2026-03-15' });
    await createRelease(t.ctx.db, at(), { unitId: units.department.id, form: 'interview', date: '2026-07-15', status: 'planned' });
    const stats = (await send('GET', '/releases/stats?year=2026', undefined, office.cookie)).json();
    expect(stats.byMonth[2]).toBe(2);
    expect(stats.byForm).toEqual({ press_conference: 1, interview: 1 });
    const file = await send('GET', '/releases/export?year=2026', undefined, office.cookie);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(file.rawPayload as unknown as ArrayBuffer);
    const sheet = book.worksheets[0]!;
    expect(sheet.getCell('A1').value).toBe('2026年新闻发布活动台账');
    expect(sheet.rowCount).toBe(5);
    expect(sheet.getRow(3).getCell(5).value).toBe('F1 新闻发布会');
  });
});
