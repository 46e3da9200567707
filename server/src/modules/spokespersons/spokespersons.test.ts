import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildTestApp, DIALECTS, type TestApp } from '../../../test/helpers';
import { appoint, createDistrict, createPerson, createUnit, loginAs } from '../../../test/factories';

describe.each(DIALECTS)('the annual spokesperson list (A8.3) on %s', (dialect) => {
  let t: TestApp;
  let units: Awaited<ReturnType<typeof createDistrict>>;
  let office: { cookie: string };
  const at = () => t.clock.now().toISOString();
  beforeEach(async () => {
    t = await buildTestApp(dialect);
    units = await createDistrict(t.ctx.db, at());
    office = await loginAs(t.ctx.db, at(), 'news_office', units.district.id);
    const gov = await createUnit(t.ctx.db, at(), { kind: 'district_gov', name: '武隆区人民政府', parentId: units.district.id });
    const chen = await createPerson(t.ctx.db, at(), { name: '陈建国', pressPhone: '023-77722222' });
    await appoint(t.ctx.db, at(), { unitId: gov.id, post: 'spokesperson', personId: chen.id, title: '常务副区长', from: '2024-01-01' });
    const he = await createPerson(t.ctx.db, at(), { name: '何静', pressPhone: '023-77712345' });
    await appoint(t.ctx.db, at(), { unitId: units.department.id, post: 'spokesperson', personId: he.id, title: '副局长', from: '2025-01-01' });
  });
  afterEach(async () => t.close());

  const publish = (year = 2026) => t.app.inject({ method: 'POST', url: '/api/v1/spokesperson-lists', headers: { cookie: office.cookie }, payload: { year } });

  it('publishes a snapshot that later appointments do not change, and shows it on the portal', async () => {
    const res = await publish();
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({ year: 2026, version: 1, supersededAt: null });
    expect(res.json().entries.map((e: { unitName: string; personName: string }) => `${e.unitName}:${e.personName}`)).toEqual([
      '武隆区人民政府:陈建国',
      '区交通局:何静',
    ]);
    await t.ctx.db.updateTable('people').set({ name: '何静静' }).where('name', '=', '何静').execute();
    const page = await t.app.inject('/spokespersons/2026');
    expect(page.statusCode).toBe(200);
    expect(page.headers['content-type']).toMatch(/text\/html/);
    expect(page.body).toContain('武隆区2026年行政机关新闻发言人名单');
    expect(page.body).toContain('何静<');
    expect(page.body).toContain('023-77712345');
    expect(page.body).not.toContain('何静静');
  });

  it('publishes a correction as a new version and keeps the old one visible as superseded', async () => {
    await publish();
    t.clock.advance(10 * 60_000);
    const corrected = (await publish()).json();
    expect(corrected.version).toBe(2);
    const versions = (await t.app.inject({ url: '/api/v1/spokesperson-lists?year=2026', headers: { cookie: office.cookie } })).json().items;
    expect(versions.map((v: { version: number; supersededAt: string | null }) => [v.version, v.supersededAt !== null])).toEqual([
      [2, false],
      [1, true],
    ]);
    const current = await t.app.inject('/spokespersons/2026');
    expect(current.body).toContain('（第2版）');
    expect(current.body).toContain('已被更正');
    const old = await t.app.inject('/spokespersons/2026?v=1');
    expect(old.body).toContain('此版本已于');
    expect(old.body).toContain('被更正');
  });

  it('exports the list to Word and Excel files that read back with the entries', async () => {
    const list = (await publish()).json();
    const xlsx = await t.app.inject({ url: `/api/v1/spokesperson-lists/${list.id}/document?format=xlsx`, headers: { cookie: office.cookie } });
    expect(xlsx.statusCode).toBe(200);
    expect(xlsx.headers['content-disposition']).toContain(encodeURIComponent('武隆区2026年行政机关新闻发言人名单.xlsx'));
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
    const sheet = book.worksheets[0]!;
    expect(sheet.getCell('A1').value).toBe('武隆区2026年行政机关新闻发言人名单');
    expect(sheet.getRow(4).values).toEqual([undefined, '1', '武隆区人民政府', '陈建国', '常务副区长', '新闻发言人', '023-77722222']);

    const docx = await t.app.inject({ url: `/api/v1/spokesperson-lists/${list.id}/document?format=docx`, headers: { cookie: office.cookie } });
    const zip = await JSZip.loadAsync(docx.rawPayload);
    const xml = await zip.file('word/document.xml')!.async('string');
    expect(xml).toContain('武隆区2026年行政机关新闻发言人名单');
    expect(xml).toContain('何静');
    expect(xml).toContain('023-77712345');
  });

  it('shows a year without a list as not yet published', async () => {
    const page = await t.app.inject('/spokespersons/2025');
    expect(page.statusCode).toBe(404);
    expect(page.body).toContain('尚未公布');
  });
});
