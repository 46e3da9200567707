import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildTestApp, DIALECTS, type TestApp } from '../../../test/helpers';
import { createDistrict, loginAs } from '../../../test/factories';

describe.each(DIALECTS)('workday calendar on %s', (dialect) => {
  let t: TestApp;
  let office: { cookie: string };
  let editor: { cookie: string };
  beforeEach(async () => {
    t = await buildTestApp(dialect);
    const at = t.clock.now().toISOString();
    const { district, township } = await createDistrict(t.ctx.db, at);
    office = await loginAs(t.ctx.db, at, 'news_office', district.id);
    editor = await loginAs(t.ctx.db, at, 'unit_editor', township.id);
  });
  afterEach(async () => t.close());

  const get = (url: string, cookie = editor.cookie) => t.app.inject({ url: `/api/v1${url}`, headers: { cookie } });

  it('is seeded from chinese-days for every year the package covers', async () => {
    const years = (await get('/calendar/years')).json().items.map((y: { year: number }) => y.year);
    expect(years).toContain(2004);
    expect(years).toContain(2026);
    const y2026 = (await get('/calendar/years/2026')).json();
    expect(y2026.confirmed).toBe(true);
    expect(y2026.days).toContainEqual({ date: '2026-02-14', kind: 'workday', name: '春节调休' });
    expect(y2026.days).toContainEqual({ date: '2026-10-01', kind: 'holiday', name: '国庆节' });
  });

  it('offsets by workdays across the 2026 Spring Festival, both ways', async () => {
    expect((await get('/calendar/offset?from=2026-03-02&workdays=-10')).json()).toEqual({ date: '2026-02-10', provisional: false });
    expect((await get('/calendar/offset?from=2026-09-18&workdays=10')).json()).toEqual({ date: '2026-10-09', provisional: false });
  });

  it('marks an offset that crosses into 2027 as provisional until its schedule is entered', async () => {
    expect((await get('/calendar/offset?from=2026-12-25&workdays=10')).json()).toMatchObject({ provisional: true });
  });

  it('answers bad input with a 400 problem in Chinese', async () => {
    for (const q of ['from=2026-02-30&workdays=1', 'from=2026-03-01&workdays=abc', 'from=2026-03-01&workdays=1.5', 'workdays=3', 'from=2026-03-01&workdays=5000']) {
      const res = await get(`/calendar/offset?${q}`);
      expect(res.statusCode, q).toBe(400);
      expect(res.headers['content-type']).toMatch(/problem\+json/);
      expect(res.json().detail).toMatch(/[\u4e00-\u9fff]/);
    }
  });

  it('lets the news office paste, preview and confirm the 2027 schedule, audited, after which 2027 is no longer provisional', async () => {
    const preview = await t.app.inject({
      method: 'POST',
      url: '/api/v1/calendar/years/2027/preview',
      headers: { cookie: office.cookie },
      payload: { text: '一、元旦：1月1日（周五）至3日（周日）放假，共3天。\n二、春节：2月6日至12日放假调休，共7天。2月20日（周六）上班。' },
    });
    expect(preview.statusCode).toBe(200);
    const parsed = preview.json();
    expect(parsed.errors).toEqual([]);
    expect(parsed.holidays).toHaveLength(10);
    expect(await t.ctx.db.selectFrom('calendar_years').select('year').where('year', '=', 2027).executeTakeFirst()).toBeUndefined();

    const confirm = await t.app.inject({
      method: 'PUT',
      url: '/api/v1/calendar/years/2027',
      headers: { cookie: office.cookie },
      payload: { holidays: parsed.holidays, makeupWorkdays: parsed.makeupWorkdays },
    });
    expect(confirm.statusCode).toBe(200);
    expect(confirm.json()).toMatchObject({ year: 2027, confirmed: true });
    // Friday 5 February + 1 workday: past the holiday week and the weekend after it.
    expect((await get('/calendar/offset?from=2027-02-05&workdays=1')).json()).toEqual({ date: '2027-02-15', provisional: false });
    expect((await get('/calendar/offset?from=2027-02-19&workdays=1')).json()).toEqual({ date: '2027-02-20', provisional: false });
    const audit = await t.ctx.db.selectFrom('audit_log').select(['action', 'entity_id']).where('action', '=', 'calendar.confirm_year').execute();
    expect(audit).toEqual([{ action: 'calendar.confirm_year', entity_id: '2027' }]);
  });

  it('refuses a make-up workday that is not a weekend, writing nothing', async () => {
    const res = await t.app.inject({
      method: 'PUT',
      url: '/api/v1/calendar/years/2027',
      headers: { cookie: office.cookie },
      payload: { holidays: [{ date: '2027-01-01', name: '元旦' }], makeupWorkdays: [{ date: '2027-01-05', name: '元旦调休' }] },
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().errors[0]).toEqual({ path: 'makeupWorkdays.0.date', message: '2027-01-05 不是周末，不需要调休上班' });
    expect(await t.ctx.db.selectFrom('calendar_days').select('date').where('date', '>=', '2027-01-01').execute()).toEqual([]);
  });
});
