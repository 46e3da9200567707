import type { Actor } from '@fabutong/core';
import ExcelJS from 'exceljs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { appoint, createDistrict, createPerson, createUnit, loginAs } from '../../../test/factories';
import { buildTestApp, DIALECTS, snapshotTables, type TestApp } from '../../../test/helpers';
import { ProblemError } from '../../errors';
import type { OrganizationImportReport } from '@fabutong/core';
import { canImportOrganization, importReaches } from './policy';
import { importOrganization } from './service';
import { TEMPLATE_FILE_NAME } from './template';
import { multipartFile, organizationXlsx, type WorkbookSeed } from './test-files';

const actor = (grants: Actor['grants']): Actor => ({ userId: 1, personId: null, username: 'u', displayName: '用户', grants });

describe('who may import the organization (A17)', () => {
  it.each([
    ['the administrator', true, [{ role: 'admin', unitId: null, unitPath: null }]],
    ['the news office', true, [{ role: 'news_office', unitId: 1, unitPath: '/1/' }]],
    ['a unit editor', false, [{ role: 'unit_editor', unitId: 3, unitPath: '/1/3/' }]],
    ['a leader', false, [{ role: 'leader', unitId: 1, unitPath: '/1/' }]],
    ['the auditor', false, [{ role: 'auditor', unitId: 1, unitPath: '/1/' }]],
  ] as const)('%s → allowed: %s', (_who, allowed, grants) => {
    expect(canImportOrganization(actor([...grants])).allowed).toBe(allowed);
  });

  it('reaches only the units under the news office grant', () => {
    const office = actor([{ role: 'news_office', unitId: 1, unitPath: '/1/' }]);
    expect(importReaches(office, '/1/7/')).toBe(true);
    expect(importReaches(office, '/2/8/')).toBe(false);
  });
});

const VALID: WorkbookSeed = {
  单位: [
    { 单位名称: '武隆区医疗保障局', 简称: '区医保局', 类别: '区级部门', 新闻发布工作科室: '办公室', 与民生密切相关: '是' },
    { 单位名称: '武隆区医疗保障事务中心', 类别: '参照执行单位', 上级单位: '武隆区医疗保障局' },
    { 单位名称: '仙女山街道', 类别: '街道', 上级单位: '武隆区', 新闻发布工作科室: '党政办', 与民生密切相关: '否' },
  ],
  人员: [
    { 姓名: '何静', 办公电话: '023-77700001', 新闻发布科室电话: '023-77712345', 手机: 13800000000, 电子邮箱: 'hejing@example.gov.cn' },
    { 姓名: '王强', 新闻发布科室电话: '023-77712346' },
  ],
  任职: [
    { 姓名: '何静', 单位: '武隆区医疗保障局', 岗位: '新闻发言人', 职务: '副局长', 任职日期: new Date(Date.UTC(2026, 0, 1)) },
    { 姓名: '王强', 单位: '武隆区医疗保障局', 岗位: '新闻发言人助理', 任职日期: '2026-01-01' },
    { 姓名: '李明', 单位: '区交通局', 岗位: '新闻发言人', 任职日期: '2025/3/1', 离任日期: '2025-12-31' },
  ],
};

describe.each(DIALECTS)('organization import on %s', (dialect) => {
  let t: TestApp;
  let units: Awaited<ReturnType<typeof createDistrict>>;
  let office: { cookie: string };
  let liMing: { id: number };
  const at = () => t.clock.now().toISOString();
  beforeEach(async () => {
    t = await buildTestApp(dialect);
    units = await createDistrict(t.ctx.db, at());
    office = await loginAs(t.ctx.db, at(), 'news_office', units.district.id);
    liMing = await createPerson(t.ctx.db, at(), { name: '李明' });
  });
  afterEach(async () => t.close());

  const send = (path: '/preview' | '', file: Buffer, name = '单位名单.xlsx', cookie = office.cookie) => {
    const { body, headers } = multipartFile(file, name);
    return t.app.inject({ method: 'POST', url: `/api/v1/imports/organization${path}`, payload: body, headers: { ...headers, cookie } });
  };
  const preview = async (seed: WorkbookSeed) => {
    const res = await send('/preview', await organizationXlsx(seed));
    expect(res.statusCode, res.body).toBe(200);
    return res.json() as OrganizationImportReport;
  };
  const importFile = async (seed: WorkbookSeed) => send('', await organizationXlsx(seed));
  const counts = async () => ({
    units: (await t.ctx.db.selectFrom('units').select('id').execute()).length,
    people: (await t.ctx.db.selectFrom('people').select('id').execute()).length,
    appointments: (await t.ctx.db.selectFrom('appointments').select('id').execute()).length,
  });
  const messagesAt = (report: { errors: { path: string; message: string }[] }, path: string) => report.errors.filter((e) => e.path === path).map((e) => e.message);

  it('downloads a template with the three sheets, Chinese headers, drop-downs and notes', async () => {
    const res = await t.app.inject({ url: '/api/v1/imports/organization/template', headers: { cookie: office.cookie } });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('spreadsheetml');
    expect(res.headers['content-disposition']).toContain(`filename*=UTF-8''${encodeURIComponent(TEMPLATE_FILE_NAME)}`);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    expect(book.worksheets.map((s) => s.name)).toEqual(['单位', '人员', '任职', '填写说明']);
    expect(book.getWorksheet('单位')!.getRow(1).values).toEqual([undefined, '单位名称*', '简称', '类别*', '上级单位', '新闻发布工作科室', '与民生密切相关', '例行发布会周期']);
    expect(book.getWorksheet('人员')!.getRow(1).values).toEqual([undefined, '姓名*', '办公电话', '新闻发布科室电话', '手机', '电子邮箱', '备注']);
    expect(book.getWorksheet('任职')!.getRow(1).values).toEqual([undefined, '姓名*', '单位*', '岗位*', '职务', '任职日期*', '离任日期', '报市政府新闻办备案日期']);
    expect(book.getWorksheet('单位')!.getCell('C2').dataValidation).toMatchObject({ type: 'list', formulae: ['"区政府,区政府新闻办,乡镇,街道,区级部门,参照执行单位"'] });
    expect(book.getWorksheet('单位')!.getCell('F50').dataValidation).toMatchObject({ type: 'list', formulae: ['"是,否"'] });
    expect(String(book.getWorksheet('任职')!.getCell('C2').dataValidation.formulae[0])).toContain('新闻发言人助理');
    const notes = book.getWorksheet('填写说明')!;
    const noteRows: unknown[][] = [];
    notes.eachRow((row) => noteRows.push(row.values as unknown[]));
    expect(noteRows).toContainEqual([undefined, '任职', '任职日期', '是', expect.stringContaining('2026-01-01'), '2026-01-01']);
  });

  it('reads back a filled-in template, and an untouched one as having nothing to import', async () => {
    const template = (await t.app.inject({ url: '/api/v1/imports/organization/template', headers: { cookie: office.cookie } })).rawPayload;
    const empty = (await send('/preview', template)).json();
    expect(empty.valid).toBe(false);
    expect(empty.errors).toEqual([{ path: '文件', message: expect.stringContaining('没有可导入的数据') }]);

    const book = new ExcelJS.Workbook();
    await book.xlsx.load(template as unknown as ArrayBuffer);
    book.getWorksheet('单位')!.addRow(['武隆区医疗保障局', '区医保局', '区级部门', null, '办公室', '是', '每月']);
    const filled = (await send('/preview', Buffer.from(await book.xlsx.writeBuffer()))).json();
    expect(filled.errors).toEqual([]);
    expect(filled.sheets.units.rows).toEqual([
      {
        row: 2,
        cells: { 单位名称: '武隆区医疗保障局', 简称: '区医保局', 类别: '区级部门', 上级单位: '', 新闻发布工作科室: '办公室', 与民生密切相关: '是', 例行发布会周期: '每月' },
        values: {
          name: '武隆区医疗保障局',
          shortName: '区医保局',
          kind: 'department',
          parentName: '武隆区',
          pressSectionName: '办公室',
          livelihoodRelated: true,
          routineConferencePeriod: 'monthly',
        },
        errors: [],
      },
    ]);
  });

  it('previews a valid file as valid without writing, then imports every unit, person and appointment in one go', async () => {
    const before = await snapshotTables(t);
    const report = await preview(VALID);
    expect(report).toMatchObject({ fileName: '单位名单.xlsx', valid: true, counts: { units: 3, people: 2, appointments: 3, invalidRows: 0, errors: 0 }, errors: [] });
    expect(report.sheets.units.rows[0]!.values).toMatchObject({ parentName: '武隆区', livelihoodRelated: true, routineConferencePeriod: 'quarterly' });
    expect(report.sheets.appointments.rows.map((r) => [r.values.personSource, r.values.unitSource, r.values.from, r.values.to])).toEqual([
      ['new', 'new', '2026-01-01', null],
      ['new', 'new', '2026-01-01', null],
      ['existing', 'existing', '2025-03-01', '2025-12-31'],
    ]);
    expect(await snapshotTables(t)).toEqual(before);

    const res = await importFile(VALID);
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toEqual({ fileName: '单位名单.xlsx', counts: { units: 3, people: 2, appointments: 3 } });

    const unit = (name: string) => t.ctx.db.selectFrom('units').selectAll().where('name', '=', name).executeTakeFirstOrThrow();
    const bureau = await unit('武隆区医疗保障局');
    expect(bureau).toMatchObject({ parent_id: units.district.id, kind: 'department', short_name: '区医保局', press_section_name: '办公室', routine_conference_period: 'quarterly' });
    expect(Number(bureau.livelihood_related)).toBe(1);
    expect(bureau.path).toBe(`${units.district.path}${bureau.id}/`);
    const centre = await unit('武隆区医疗保障事务中心');
    expect(centre).toMatchObject({ parent_id: bureau.id, kind: 'public_body', path: `${bureau.path}${centre.id}/` });
    expect((await unit('仙女山街道')).path).toBe(`${units.district.path}${(await unit('仙女山街道')).id}/`);

    const he = await t.ctx.db.selectFrom('people').selectAll().where('name', '=', '何静').executeTakeFirstOrThrow();
    expect(he).toMatchObject({ office_phone: '023-77700001', press_phone: '023-77712345', mobile: '13800000000', email: 'hejing@example.gov.cn' });
    const appointments = await t.ctx.db
      .selectFrom('appointments')
      .select(['person_id', 'unit_id', 'post', 'title', 'from_date', 'to_date'])
      .orderBy('id')
      .execute();
    expect(appointments).toEqual([
      { person_id: he.id, unit_id: bureau.id, post: 'spokesperson', title: '副局长', from_date: '2026-01-01', to_date: null },
      { person_id: expect.any(Number), unit_id: bureau.id, post: 'spokesperson_assistant', title: null, from_date: '2026-01-01', to_date: null },
      { person_id: liMing.id, unit_id: units.department.id, post: 'spokesperson', title: null, from_date: '2025-03-01', to_date: '2025-12-31' },
    ]);
    const detail = (await t.app.inject({ url: `/api/v1/units/${bureau.id}`, headers: { cookie: office.cookie } })).json();
    expect(detail.current.map((a: { personName: string; post: string }) => `${a.personName}:${a.post}`).sort()).toEqual(['何静:spokesperson', '王强:spokesperson_assistant']);
    expect(detail.gaps).toEqual([]);

    const audit = await t.ctx.db.selectFrom('audit_log').selectAll().where('action', '=', 'organization.import').execute();
    expect(audit).toHaveLength(1);
    expect(JSON.parse(audit[0]!.after_json!)).toMatchObject({ fileName: '单位名单.xlsx', sha256: expect.stringMatching(/^[0-9a-f]{64}$/), counts: { units: 3, people: 2, appointments: 3 } });
    expect((await t.ctx.audit.verify(t.ctx.db)).ok).toBe(true);
  });

  it("shows a bad row's error in Chinese naming its column, and importing the file writes nothing", async () => {
    const seed: WorkbookSeed = { ...VALID, 人员: [VALID.人员![0]!, { 姓名: '王强', 电子邮箱: 'wangqiang#example' }] };
    const report = await preview(seed);
    expect(report.valid).toBe(false);
    expect(report.counts).toMatchObject({ invalidRows: 1, errors: 1 });
    expect(report.sheets.people.rows[1]).toMatchObject({ row: 3, errors: [{ column: '电子邮箱', message: '电子邮箱格式不正确' }] });
    expect(report.errors).toEqual([{ path: '人员.3.电子邮箱', message: '“人员”表第 3 行：电子邮箱格式不正确' }]);

    const before = await snapshotTables(t);
    const tally = await counts();
    const res = await importFile(seed);
    expect(res.statusCode).toBe(422);
    expect(res.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(res.json()).toMatchObject({
      status: 422,
      title: '导入文件有误，未导入任何数据',
      detail: expect.stringContaining('电子邮箱格式不正确'),
      errors: [{ path: '人员.3.电子邮箱', message: expect.any(String) }],
    });
    expect(await counts()).toEqual(tally);
    expect(await snapshotTables(t)).toEqual(before);
  });

  it('reports each kind of mistake on its own row and column', async () => {
    await createPerson(t.ctx.db, at(), { name: '张伟' });
    await createPerson(t.ctx.db, at(), { name: '张伟' });
    const report = await preview({
      单位: [
        { 单位名称: '区交通局', 类别: '区级部门' },
        { 单位名称: '新单位甲', 类别: '区局' },
        { 单位名称: '新单位乙', 类别: '乡镇', 与民生密切相关: '是' },
        { 单位名称: '新单位丙', 类别: '区级部门', 上级单位: '不存在的单位' },
        { 单位名称: '新单位丁', 类别: '区级部门', 上级单位: '新单位戊' },
        { 单位名称: '新单位戊', 类别: '区级部门' },
        { 单位名称: '新单位戊', 类别: '区级部门' },
        { 单位名称: '新单位己', 类别: '乡镇', 上级单位: '区交通局' },
        { 单位名称: '新单位庚', 类别: '区级部门', 与民生密切相关: '否', 例行发布会周期: '每月' },
        { 类别: '区级部门' },
      ],
      人员: [{ 姓名: '赵六', 办公电话: 'abc' }, { 姓名: '赵六' }, { 姓名: '李明' }, { 姓名: '钱七', 手机: '1380000000000000000000000000000000' }],
      任职: [
        { 姓名: '张伟', 单位: '区交通局', 岗位: '工作人员', 任职日期: '2026-01-01' },
        { 姓名: '查无此人', 单位: '区交通局', 岗位: '工作人员', 任职日期: '2026-01-01' },
        { 姓名: '钱七', 单位: '区交通局', 岗位: '局长', 任职日期: '2026-01-01' },
        { 姓名: '钱七', 单位: '区交通局', 岗位: '工作人员', 任职日期: '2026-02-30' },
        { 姓名: '钱七', 单位: '区交通局', 岗位: '工作人员', 任职日期: '2026-06-01', 离任日期: '2026-05-01' },
        { 姓名: '钱七', 单位: '区交通局', 岗位: '工作人员' },
        { 姓名: '钱七', 单位: '不存在的单位', 岗位: '工作人员', 任职日期: '2026-01-01' },
      ],
    });
    const expected: [string, string][] = [
      ['单位.2.单位名称', '系统中已有单位“区交通局”'],
      ['单位.3.类别', '类别：“区局”不是可选的类别，应为区政府、区政府新闻办、乡镇、街道、区级部门、参照执行单位之一'],
      ['单位.4.与民生密切相关', '只有区级部门可以填“是”（第十三条（三）'],
      ['单位.5.上级单位', '未找到单位“不存在的单位”'],
      ['单位.6.上级单位', '“新单位戊”须写在本行之前'],
      ['单位.8.单位名称', '与本表第 7 行重名'],
      ['单位.9.上级单位', '“区交通局”是区级部门，其下不能设立乡镇'],
      ['单位.10.例行发布会周期', '只在“与民生密切相关”为“是”时填写'],
      ['单位.11.单位名称', '单位名称：必须填写'],
      ['人员.2.办公电话', '办公电话：电话号码格式不正确'],
      ['人员.3.姓名', '与本表第 2 行重名'],
      ['人员.4.姓名', '系统中已有人员“李明”'],
      ['人员.5.手机', '电话号码格式不正确'],
      ['任职.2.姓名', '系统中有 2 名叫“张伟”的人员'],
      ['任职.3.姓名', '“查无此人”既不在“人员”表中，也不是系统中已有的人员'],
      ['任职.4.岗位', '“局长”不是可选的岗位'],
      ['任职.5.任职日期', '“2026-02-30”不是有效的日期'],
      ['任职.6.离任日期', '离任日期不能早于任职日期'],
      ['任职.7.任职日期', '任职日期：必须填写'],
      ['任职.8.单位', '未找到单位“不存在的单位”'],
    ];
    for (const [path, fragment] of expected) {
      expect(messagesAt(report, path).join(' | '), path).toContain(fragment);
    }
    expect(report.errors.map((e) => e.path).sort()).toEqual(expected.map(([p]) => p).sort());
    expect(report.counts).toMatchObject({ units: 10, people: 4, appointments: 7, invalidRows: 20, errors: 20 });
    expect(report.errors.every((e) => /^“(单位|人员|任职)”表第 \d+ 行：/.test(e.message))).toBe(true);
  });

  it('refuses a second spokesperson overlapping another row of the file, and takes a successor after a last day (A8.2)', async () => {
    const seed = (heLastDay: string | null): WorkbookSeed => ({
      单位: [{ 单位名称: '武隆区医疗保障局', 类别: '区级部门' }],
      人员: [{ 姓名: '何静' }, { 姓名: '王强' }, { 姓名: '赵敏' }],
      任职: [
        { 姓名: '何静', 单位: '武隆区医疗保障局', 岗位: '新闻发言人', 任职日期: '2025-01-01', 离任日期: heLastDay },
        { 姓名: '王强', 单位: '武隆区医疗保障局', 岗位: '新闻发言人', 任职日期: '2026-01-01' },
        { 姓名: '赵敏', 单位: '武隆区医疗保障局', 岗位: '新闻发言人助理', 任职日期: '2025-01-01' },
      ],
    });
    const clash = await preview(seed(null));
    expect(clash.valid).toBe(false);
    expect(clash.errors).toEqual([
      {
        path: '任职.3.任职日期',
        message: '“任职”表第 3 行：任职日期：“武隆区医疗保障局”只能设 1 名新闻发言人：与本表第 2 行何静自 2025-01-01 起的任职重叠（第八条（二））',
      },
    ]);
    const tally = await counts();
    expect((await importFile(seed(null))).statusCode).toBe(422);
    expect(await counts()).toEqual(tally);

    expect((await preview(seed('2025-12-31'))).valid).toBe(true);
    expect((await importFile(seed('2025-12-31'))).statusCode).toBe(201);
  });

  it('imports a file sent twice at once (a double click) only once', async () => {
    const file = await organizationXlsx(VALID);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(file as unknown as ArrayBuffer);
    // Both requests reach their transaction together: the file is already read.
    const receive = async () => ({ fileName: 'a.xlsx', sha256: '0'.repeat(64), book });
    const rc = { ip: null, actor: actor([{ role: 'news_office', unitId: units.district.id, unitPath: units.district.path }]) };
    const outcomes = await Promise.allSettled([importOrganization(t.ctx, rc, receive), importOrganization(t.ctx, rc, receive)]);
    expect(outcomes.map((o) => (o.status === 'fulfilled' ? 201 : (o.reason as ProblemError).status)).sort()).toEqual([201, 422]);
    expect((await t.ctx.db.selectFrom('units').select('id').where('name', '=', '武隆区医疗保障局').execute()).length).toBe(1);
    expect((await t.ctx.db.selectFrom('people').select('id').where('name', '=', '何静').execute()).length).toBe(1);
  });

  it('refuses a spokesperson overlapping one already recorded in the system (A8.2)', async () => {
    const chen = await createPerson(t.ctx.db, at(), { name: '陈刚' });
    await appoint(t.ctx.db, at(), { unitId: units.department.id, post: 'spokesperson', personId: chen.id, from: '2025-01-01' });
    const seed: WorkbookSeed = {
      人员: [{ 姓名: '王强' }],
      任职: [
        { 姓名: '王强', 单位: '区交通局', 岗位: '新闻发言人', 任职日期: '2026-06-01' },
        { 姓名: '王强', 单位: '区交通局', 岗位: '新闻发言人助理', 任职日期: '2026-06-01' },
      ],
    };
    const report = await preview(seed);
    expect(messagesAt(report, '任职.2.任职日期')).toEqual([
      '“任职”表第 2 行：任职日期：“区交通局”只能设 1 名新闻发言人：与系统中陈刚自 2025-01-01 起的任职重叠，请先在系统中为其登记离任日期（第八条（二））',
    ]);
    expect(report.errors).toHaveLength(1);
    const before = await snapshotTables(t);
    const res = await importFile(seed);
    expect(res.statusCode).toBe(422);
    expect(res.json().errors).toEqual([{ path: '任职.2.任职日期', message: expect.stringContaining('第八条（二）') }]);
    expect(await snapshotTables(t)).toEqual(before);
  });

  it('lets a news office refer only to units of its own district (A17)', async () => {
    const other = await createUnit(t.ctx.db, at(), { kind: 'district', name: '彭水县' });
    await createUnit(t.ctx.db, at(), { kind: 'department', name: '彭水县交通局', parentId: other.id });
    const report = await preview({ 任职: [{ 姓名: '李明', 单位: '彭水县交通局', 岗位: '工作人员', 任职日期: '2026-01-01' }] });
    expect(messagesAt(report, '任职.2.单位')).toEqual([expect.stringContaining('未找到单位“彭水县交通局”')]);
    const admin = await loginAs(t.ctx.db, at(), 'admin', null);
    const asAdmin = (await send('/preview', await organizationXlsx({ 单位: [{ 单位名称: '新的局', 类别: '区级部门' }] }), 'a.xlsx', admin.cookie)).json();
    expect(messagesAt(asAdmin, '单位.2.上级单位')).toEqual([expect.stringContaining('您管理多个区县，请填写上级单位')]);
  });

  it('refuses files that are not .xlsx workbooks, a missing file, another content type and a file over 20 MB, writing nothing', async () => {
    const before = await snapshotTables(t);
    const problem = async (res: Awaited<ReturnType<typeof send>>, status: number, fragment: string) => {
      expect(res.statusCode, res.body).toBe(status);
      expect(res.headers['content-type']).toMatch(/application\/problem\+json/);
      expect(res.json().detail).toContain(fragment);
    };
    await problem(await send('/preview', Buffer.from('姓名,单位\n何静,区交通局\n'), '名单.csv'), 400, '只能导入 .xlsx 格式');
    await problem(await send('', Buffer.from('D0CF11E0', 'hex'), '名单.xls'), 400, '另存为');
    await problem(await send('', Buffer.from('not a workbook at all'), '名单.xlsx'), 400, '不是有效的 .xlsx 工作簿');
    await problem(await send('/preview', Buffer.from('PK\u0003\u0004broken zip'), '名单.xlsx'), 400, '不是有效的 .xlsx 工作簿');
    await problem(await send('', Buffer.alloc(20 * 1024 * 1024 + 1, 1), '大文件.xlsx'), 413, '超过 20 MB');
    const boundary = 'only-a-field';
    const noFile = await t.app.inject({
      method: 'POST',
      url: '/api/v1/imports/organization',
      payload: `--${boundary}\r\nContent-Disposition: form-data; name="note"\r\n\r\nhello\r\n--${boundary}--\r\n`,
      headers: { 'content-type': `multipart/form-data; boundary=${boundary}`, cookie: office.cookie },
    });
    await problem(noFile, 400, '没有收到文件');
    const json = await t.app.inject({ method: 'POST', url: '/api/v1/imports/organization', payload: { units: [] }, headers: { cookie: office.cookie } });
    await problem(json, 415, 'multipart/form-data');
    const broken = await t.app.inject({
      method: 'POST',
      url: '/api/v1/imports/organization/preview',
      payload: '--x\r\nContent-Disposition: form-data; name="file"; filename="a.xlsx"\r\n\r\nPK',
      headers: { 'content-type': 'multipart/form-data; boundary=x', cookie: office.cookie },
    });
    expect(broken.statusCode).toBeGreaterThanOrEqual(400);
    expect(broken.statusCode).toBeLessThan(500);
    expect(await snapshotTables(t)).toEqual(before);
  });

  it('refuses a unit editor every import route (403, A17) and writes nothing but the refusal', async () => {
    const editor = await loginAs(t.ctx.db, at(), 'unit_editor', units.township.id);
    const tally = await counts();
    const template = await t.app.inject({ url: '/api/v1/imports/organization/template', headers: { cookie: editor.cookie } });
    expect(template.statusCode).toBe(403);
    expect(template.json()).toMatchObject({ rule: 'A17', detail: '只有区政府新闻办和系统管理员可以导入单位、人员和任职' });
    const file = await organizationXlsx(VALID);
    expect((await send('/preview', file, 'a.xlsx', editor.cookie)).statusCode).toBe(403);
    expect((await send('', file, 'a.xlsx', editor.cookie)).statusCode).toBe(403);
    expect(await counts()).toEqual(tally);
    const denied = await t.ctx.db.selectFrom('audit_log').select('action').where('action', '=', 'auth.denied').execute();
    expect(denied).toHaveLength(3);
  });
});
