import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { appoint, createDistrict, createPerson, loginAs } from '../../../test/factories';
import { buildTestApp, DIALECTS, type TestApp } from '../../../test/helpers';

describe.each(DIALECTS)('training of spokespersons and assistants on %s', (dialect) => {
  let t: TestApp;
  let units: Awaited<ReturnType<typeof createDistrict>>;
  let office: { cookie: string };
  let editor: { cookie: string };
  const at = () => t.clock.now().toISOString();
  beforeEach(async () => {
    t = await buildTestApp(dialect); // 2026-11-26
    units = await createDistrict(t.ctx.db, at());
    office = await loginAs(t.ctx.db, at(), 'news_office', units.district.id);
    editor = await loginAs(t.ctx.db, at(), 'unit_editor', units.township.id);
  });
  afterEach(async () => t.close());

  const call = (method: 'GET' | 'POST' | 'PUT', url: string, payload?: object, cookie = office.cookie) =>
    t.app.inject({ method, url: `/api/v1${url}`, payload, headers: { cookie } });

  it('records a session with the post each attendee held that day, and keeps each person’s history (A12)', async () => {
    const spokesperson = await createPerson(t.ctx.db, at(), { name: '陈刚' });
    await appoint(t.ctx.db, at(), { unitId: units.township.id, post: 'spokesperson', from: '2025-01-01', personId: spokesperson.id });
    const res = await call('POST', '/training/sessions', {
      topic: '新闻发言人媒介素养专题培训',
      heldOn: '2026-05-20',
      organizer: '区委党校（行政学院）',
      kind: 'admin_school_course',
      personIds: [spokesperson.id],
    });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json().attendees).toEqual([{ personId: spokesperson.id, name: '陈刚', unitId: units.township.id, unitName: '白马镇', post: 'spokesperson' }]);

    const history = (await call('GET', `/training/people/${spokesperson.id}`)).json();
    expect(history.sessions).toMatchObject([{ topic: '新闻发言人媒介素养专题培训', kind: 'admin_school_course', post: 'spokesperson', unitName: '白马镇' }]);
    expect((await call('GET', '/training/sessions?year=2026', undefined, editor.cookie)).json()).toHaveLength(1);
    const audit = await t.ctx.db.selectFrom('audit_log').select('action').where('entity', '=', 'training_session').execute();
    expect(audit).toEqual([{ action: 'training.create' }]);
  });

  it('flags the units whose spokesperson had no training this year, and those without one (A12, A8.2)', async () => {
    const trained = await createPerson(t.ctx.db, at());
    const untrained = await createPerson(t.ctx.db, at());
    await appoint(t.ctx.db, at(), { unitId: units.township.id, post: 'spokesperson', from: '2025-01-01', personId: trained.id });
    await appoint(t.ctx.db, at(), { unitId: units.department.id, post: 'spokesperson', from: '2025-01-01', personId: untrained.id });
    // Last year's training does not count for this year.
    await call('POST', '/training/sessions', { topic: '2025年培训', heldOn: '2025-06-01', organizer: '区政府新闻办', kind: 'news_office_training', personIds: [untrained.id] });
    await call('POST', '/training/sessions', { topic: '突发事件新闻发布演练', heldOn: '2026-03-01', organizer: '区政府新闻办', kind: 'drill', personIds: [trained.id] });

    const list = (await call('GET', '/training/untrained?year=2026')).json();
    expect(list.items.map((i: { unitName: string; reason: string }) => [i.unitName, i.reason])).toEqual([['区交通局', 'no_training']]);
    expect(list.items[0].explanation).toContain('第十二条');

    await t.ctx.db.insertInto('units').values({ parent_id: units.district.id, path: `${units.district.path}99/`, kind: 'subdistrict', name: '凤山街道', created_at: at(), updated_at: at() }).execute();
    const withVacancy = (await call('GET', '/training/untrained?year=2026')).json();
    expect(withVacancy.items.map((i: { reason: string }) => i.reason).sort()).toEqual(['no_training', 'vacant']);
    // A unit's staff see their own unit only.
    expect((await call('GET', '/training/untrained?year=2026', undefined, editor.cookie)).json().items).toEqual([]);
  });

  it('lets only the news office record training, and refuses unknown people without writing', async () => {
    const body = { topic: '培训', heldOn: '2026-05-20', organizer: '区政府新闻办', kind: 'drill', personIds: [] };
    expect((await call('POST', '/training/sessions', body, editor.cookie)).statusCode).toBe(403);
    const unknown = await call('POST', '/training/sessions', { ...body, personIds: [9999] });
    expect(unknown.statusCode).toBe(400);
    expect(await t.ctx.db.selectFrom('training_sessions').select('id').execute()).toEqual([]);
  });

  it('replaces the attendance when a session is corrected, audited', async () => {
    const a = await createPerson(t.ctx.db, at(), { name: '甲' });
    const b = await createPerson(t.ctx.db, at(), { name: '乙' });
    const created = (await call('POST', '/training/sessions', { topic: '培训', heldOn: '2026-05-20', organizer: '区政府新闻办', kind: 'drill', personIds: [a.id] })).json();
    const updated = await call('PUT', `/training/sessions/${created.id}`, { topic: '培训（更正）', heldOn: '2026-05-21', organizer: '区政府新闻办', kind: 'drill', personIds: [b.id] });
    expect(updated.statusCode, updated.body).toBe(200);
    expect(updated.json()).toMatchObject({ topic: '培训（更正）', attendees: [{ name: '乙', post: null }] });
    expect((await t.ctx.db.selectFrom('audit_log').select('action').where('action', '=', 'training.update').execute()).length).toBe(1);
  });
});
