/**
 * The organization import (A3, A7, A8.2): a workbook of units, people and appointments is
 * read into typed rows (`readOrganization`), then checked against what the system already
 * holds (`validateOrganization`), which gives the report shown before importing and, when
 * every row is valid, the plan the service writes. Nothing here does I/O.
 */
import {
  ARTICLES,
  CONFERENCE_PERIOD_LABELS,
  CONFERENCE_PERIODS,
  CreateAppointmentBody,
  CreateUnitBody,
  PersonBody,
  POST_LABELS,
  POSTS,
  SINGLE_HOLDER_POSTS,
  UNIT_KIND_LABELS,
  findOverlappingAppointment,
  spansOverlap,
  type ConferencePeriod,
  type Post,
  type UnitKind,
} from '@fabutong/core';
import type ExcelJS from 'exceljs';
import type { z } from 'zod';
import type { ImportIssue, ImportRowError, OrganizationImportReport } from '@fabutong/core';

/** Beyond this a sheet is refused: a city has about 3,000 units. */
export const MAX_ROWS_PER_SHEET = 10_000;

/** The kinds an import may create; the city and district nodes are set up by the administrator. */
export const IMPORT_KINDS: readonly UnitKind[] = ['district_gov', 'news_office', 'township', 'subdistrict', 'department', 'public_body'];

/**
 * Which kinds may sit under which. The same tree as `ALLOWED_PARENT` in units/service.ts
 * (every unit under the district; bodies under public administration also under a department).
 */
export const IMPORT_PARENT_KINDS: Record<string, readonly UnitKind[]> = {
  district_gov: ['district'],
  news_office: ['district'],
  township: ['district'],
  subdistrict: ['district'],
  department: ['district'],
  public_body: ['district', 'department'],
};

const YES = '是';
const NO = '否';

export interface ColumnDef<K extends string = string> {
  key: K;
  header: string;
  required?: boolean;
  width: number;
  help: string;
  example: string;
  /** Offered as a drop-down in the template. */
  choices?: readonly string[];
  format?: 'date' | 'text';
}

const KIND_CHOICES = IMPORT_KINDS.map((k) => UNIT_KIND_LABELS[k]);
const PERIOD_CHOICES = CONFERENCE_PERIODS.map((p) => CONFERENCE_PERIOD_LABELS[p]);
const POST_CHOICES = POSTS.map((p) => POST_LABELS[p]);

export const UNIT_COLUMNS = [
  { key: 'name', header: '单位名称', required: true, width: 28, example: '武隆区医疗保障局', help: '单位全称。不得与本表其他行或系统中已有单位重名。' },
  { key: 'shortName', header: '简称', width: 14, example: '区医保局', help: '可不填。' },
  { key: 'kind', header: '类别', required: true, width: 14, example: '区级部门', choices: KIND_CHOICES, help: `从下拉列表选择：${KIND_CHOICES.join('、')}。` },
  {
    key: 'parent',
    header: '上级单位',
    width: 24,
    example: '（不填）',
    help: '不填即为本区。也可填系统中已有单位或本表中写在本行之前的单位的全称；参照执行单位可设在区级部门之下（第二十一条）。',
  },
  { key: 'pressSection', header: '新闻发布工作科室', width: 18, example: '办公室', help: '乡镇（街道）、区级部门明确的新闻发布工作职能科室（第七条）。' },
  {
    key: 'livelihood',
    header: '与民生密切相关',
    width: 16,
    example: YES,
    choices: [YES, NO],
    help: '只适用于区级部门，不填即为“否”。填“是”的部门每年至少举行 1 次新闻发布会（第十三条（三）），并定期举行例行新闻发布会（第十四条）。',
  },
  {
    key: 'period',
    header: '例行发布会周期',
    width: 16,
    example: '每季度',
    choices: PERIOD_CHOICES,
    help: `“与民生密切相关”为“是”时填写：${PERIOD_CHOICES.join('、')}；不填即为每季度。`,
  },
] as const satisfies readonly ColumnDef[];

export const PERSON_COLUMNS = [
  { key: 'name', header: '姓名', required: true, width: 12, example: '何静', help: '本表内不得重名；系统中已有的人员不要再填，直接在“任职”表中填写其姓名。' },
  { key: 'officePhone', header: '办公电话', width: 16, format: 'text', example: '023-77700001', help: '数字、“-”“+”“（）”或“转”，5 至 30 位。' },
  { key: 'pressPhone', header: '新闻发布科室电话', width: 18, format: 'text', example: '023-77712345', help: '公布新闻发言人名单时一并公布（第八条（三））。' },
  { key: 'mobile', header: '手机', width: 16, format: 'text', example: '13800000000', help: '可不填。' },
  { key: 'email', header: '电子邮箱', width: 24, example: 'hejing@example.gov.cn', help: '可不填。' },
  { key: 'note', header: '备注', width: 24, example: '', help: '200 字以内。' },
] as const satisfies readonly ColumnDef[];

export const APPOINTMENT_COLUMNS = [
  {
    key: 'person',
    header: '姓名',
    required: true,
    width: 12,
    example: '何静',
    help: '“人员”表中的人员，或系统中已有且不重名的人员。',
  },
  { key: 'unit', header: '单位', required: true, width: 28, example: '武隆区医疗保障局', help: '“单位”表中的单位或系统中已有单位的全称。' },
  {
    key: 'post',
    header: '岗位',
    required: true,
    width: 16,
    example: POST_LABELS.spokesperson,
    choices: POST_CHOICES,
    help: `从下拉列表选择。每个单位同一时间只能有 1 名新闻发言人和 1 名新闻发言人助理（${ARTICLES['A8.2'].article}）。`,
  },
  { key: 'title', header: '职务', width: 14, example: '副局长', help: '行政职务，可不填。' },
  { key: 'from', header: '任职日期', required: true, width: 14, format: 'date', example: '2026-01-01', help: 'Excel 日期，或“2026-01-01”形式的文字。' },
  { key: 'to', header: '离任日期', width: 14, format: 'date', example: '', help: '仍在任的不填；不得早于任职日期。' },
  {
    key: 'filed',
    header: '报市政府新闻办备案日期',
    width: 22,
    format: 'date',
    example: '',
    help: `区政府新闻发言人任免报市政府新闻办备案的日期（${ARTICLES['A8.2'].article}）。`,
  },
] as const satisfies readonly ColumnDef[];

export const SHEETS = {
  units: { name: '单位', columns: UNIT_COLUMNS },
  people: { name: '人员', columns: PERSON_COLUMNS },
  appointments: { name: '任职', columns: APPOINTMENT_COLUMNS },
} as const;

type UnitKey = (typeof UNIT_COLUMNS)[number]['key'];
type PersonKey = (typeof PERSON_COLUMNS)[number]['key'];
type AppointmentKey = (typeof APPOINTMENT_COLUMNS)[number]['key'];

/** A cell reduced to what the sheet shows: text, a number, a yes/no, a date or nothing. */
export type CellInput = string | number | boolean | Date | null;

export interface SheetRow<K extends string> {
  row: number;
  cells: Record<K, CellInput>;
}

export interface ParsedSheet<K extends string> {
  sheet: string;
  present: boolean;
  issues: ImportIssue[];
  rows: SheetRow<K>[];
}

export interface ParsedOrganization {
  units: ParsedSheet<UnitKey>;
  people: ParsedSheet<PersonKey>;
  appointments: ParsedSheet<AppointmentKey>;
}

// ---------------------------------------------------------------------------------------------
// Reading the workbook

function plainValue(value: ExcelJS.CellValue): CellInput {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' || value instanceof Date) return value;
  if ('richText' in value) return value.richText.map((r) => r.text).join('');
  if ('formula' in value || 'sharedFormula' in value) return plainValue(value.result ?? null);
  if ('hyperlink' in value) {
    // An e-mail address typed in Excel becomes a link whose text may itself be rich text.
    const text = value.text as unknown;
    return typeof text === 'object' && text !== null && 'richText' in text ? plainValue(text as ExcelJS.CellRichTextValue) : String(text ?? '');
  }
  if ('error' in value) return value.error;
  return null;
}

function isoOfDate(d: Date): string | null {
  const y = d.getUTCFullYear();
  return Number.isNaN(d.getTime()) || y < 1900 || y > 2100 ? null : d.toISOString().slice(0, 10);
}

/** How a cell reads in the report. Excel keeps dates as UTC midnight of the day shown. */
export function cellText(value: CellInput): string {
  if (value === null) return '';
  if (value instanceof Date) return isoOfDate(value) ?? value.toISOString();
  if (typeof value === 'boolean') return value ? YES : NO;
  return String(value).trim();
}

/** `单位名称*`, `单位名称 ＊` and `单位名称（必填）` all name the column 单位名称. */
function headerKey(text: string): string {
  return text.replace(/[（(]必填[)）]/g, '').replace(/[\s*＊]/g, '');
}

function readSheet<K extends string>(book: ExcelJS.Workbook, name: string, columns: readonly ColumnDef<K>[]): ParsedSheet<K> {
  const sheet = book.getWorksheet(name);
  if (!sheet) return { sheet: name, present: false, issues: [], rows: [] };
  const positions = new Map<string, number>();
  sheet.getRow(1).eachCell((cell, col) => {
    const key = headerKey(cellText(plainValue(cell.value)));
    if (key && !positions.has(key)) positions.set(key, col);
  });
  const issues: ImportIssue[] = columns
    .filter((c) => c.required && !positions.has(c.header))
    .map((c) => ({ path: `${name}.1.${c.header}`, message: `“${name}”表缺少必填列“${c.header}”，请使用下载的模板，不要修改第一行的列名` }));
  if (issues.length > 0) return { sheet: name, present: true, issues, rows: [] };

  const rows: SheetRow<K>[] = [];
  let tooMany = false;
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    if (rowNumber === 1 || tooMany) return;
    const cells = {} as Record<K, CellInput>;
    let filled = false;
    for (const c of columns) {
      const at = positions.get(c.header);
      let value = at === undefined ? null : plainValue(row.getCell(at).value);
      if (typeof value === 'string') value = value.trim() || null;
      cells[c.key] = value;
      if (value !== null) filled = true;
    }
    if (!filled) return;
    if (rows.length === MAX_ROWS_PER_SHEET) tooMany = true;
    else rows.push({ row: rowNumber, cells });
  });
  if (tooMany) {
    return { sheet: name, present: true, issues: [{ path: name, message: `“${name}”表超过 ${MAX_ROWS_PER_SHEET} 行，请拆分成多个文件分批导入` }], rows: [] };
  }
  return { sheet: name, present: true, issues, rows };
}

/** The three sheets of the workbook, by their Chinese names; a missing sheet reads as empty. */
export function readOrganization(book: ExcelJS.Workbook): ParsedOrganization {
  return {
    units: readSheet(book, SHEETS.units.name, UNIT_COLUMNS),
    people: readSheet(book, SHEETS.people.name, PERSON_COLUMNS),
    appointments: readSheet(book, SHEETS.appointments.name, APPOINTMENT_COLUMNS),
  };
}

/** The people names the validation has to look up in the system. */
export function personNamesIn(parsed: ParsedOrganization): string[] {
  const names = new Set<string>();
  for (const r of parsed.people.rows) if (r.cells.name !== null) names.add(cellText(r.cells.name));
  for (const r of parsed.appointments.rows) if (r.cells.person !== null) names.add(cellText(r.cells.person));
  return [...names];
}

// ---------------------------------------------------------------------------------------------
// Checking the rows

export interface ExistingOrganization {
  /** The units the importer keeps (A17): the only ones the file may refer to. */
  units: { id: number; name: string; kind: string; path: string; active: boolean }[];
  /** People whose name appears in the file. */
  people: { id: number; name: string }[];
  /** Spokesperson and assistant appointments in those units (A8.2). */
  appointments: { id: number; unitId: number; post: string; from: string; to: string | null; personName: string }[];
}

/** A unit or person: one already in the system, or the n-th row of its sheet in this file. */
export type Ref = { existing: number } | { row: number };

export interface PlannedUnit {
  parent: Ref;
  kind: UnitKind;
  name: string;
  shortName: string | null;
  pressSectionName: string | null;
  livelihoodRelated: boolean;
  routineConferencePeriod: ConferencePeriod | null;
}

export interface PlannedPerson {
  name: string;
  officePhone: string | null;
  pressPhone: string | null;
  mobile: string | null;
  email: string | null;
  note: string | null;
}

export interface PlannedAppointment {
  person: Ref;
  unit: Ref;
  post: Post;
  title: string | null;
  from: string;
  to: string | null;
  filedWithMunicipalAt: string | null;
}

/** What to write, in sheet order; `row` refs index into these arrays. */
export interface ImportPlan {
  units: PlannedUnit[];
  people: PlannedPerson[];
  appointments: PlannedAppointment[];
}

type Report = OrganizationImportReport;

/** A message that names its column, without saying it twice (`姓名至少 2 个字`). */
function named(column: string, message: string): string {
  return message.startsWith(column) ? message : `${column}：${message}`;
}

function schemaError(schema: z.ZodType, value: unknown): string | null {
  const result = schema.safeParse(value);
  if (result.success) return null;
  const issue = result.error.issues[0]!;
  return issue.code === 'too_big' ? `最多 ${String(issue.maximum)} 个字` : issue.message;
}

function isoDate(y: number, m: number, d: number): string | null {
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d ? isoOfDate(date) : null;
}

const DATE_TEXT = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?$/;
const EXCEL_EPOCH = Date.UTC(1899, 11, 30);

/** A date cell, an Excel day number, or text such as 2026-01-01, 2026/1/1 or 2026年1月1日. */
export function readDate(value: CellInput): { date: string | null } | { error: string } {
  const invalid = { error: `“${cellText(value)}”不是有效的日期，请填写 Excel 日期或“2026-01-01”形式的文字` };
  if (value === null) return { date: null };
  if (value instanceof Date) return isoOfDate(value) ? { date: isoOfDate(value) } : invalid;
  if (typeof value === 'number') {
    if (!Number.isFinite(value) || value < 1) return invalid;
    const date = isoOfDate(new Date(EXCEL_EPOCH + Math.floor(value) * 86_400_000));
    return date ? { date } : invalid;
  }
  const m = DATE_TEXT.exec(String(value).trim());
  const date = m ? isoDate(Number(m[1]), Number(m[2]), Number(m[3])) : null;
  return date ? { date } : invalid;
}

function text(value: CellInput): string | null {
  const t = cellText(value);
  return t === '' ? null : t;
}

function choiceOf<T extends string>(labels: Record<T, string>, allowed: readonly T[], label: string): T | undefined {
  return allowed.find((k) => labels[k] === label);
}

function group<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const item of items) {
    const list = map.get(key(item));
    if (list) list.push(item);
    else map.set(key(item), [item]);
  }
  return map;
}

/** The row where each name first appears, to refer back to it. */
function firstRows(rows: readonly SheetRow<string>[], column: string): Map<string, { index: number; row: number }> {
  const first = new Map<string, { index: number; row: number }>();
  rows.forEach((r, index) => {
    const name = text(r.cells[column] ?? null);
    if (name !== null && !first.has(name)) first.set(name, { index, row: r.row });
  });
  return first;
}

function cellsOf<K extends string>(columns: readonly ColumnDef<K>[], row: SheetRow<K>): Record<string, string> {
  return Object.fromEntries(columns.map((c) => [c.header, cellText(row.cells[c.key])]));
}

/**
 * Checks every row against the rules of the measures and against the system: required
 * columns, kinds, posts, parents, names, dates, phone numbers, and A8.2 (one spokesperson and
 * one assistant per unit at a time, across the file and the appointments already recorded).
 * Gives the plan to write only when no row has an error.
 */
export function validateOrganization(parsed: ParsedOrganization, existing: ExistingOrganization, fileName: string): { report: Report; plan: ImportPlan | null } {
  const unitsByName = group(existing.units, (u) => u.name);
  const peopleByName = group(existing.people, (p) => p.name);
  const districts = existing.units.filter((u) => u.kind === 'district' && u.active);
  const fileUnits = firstRows(parsed.units.rows, 'name');
  const filePeople = firstRows(parsed.people.rows, 'name');

  // ---- 单位
  const unitKinds: (UnitKind | null)[] = [];
  const plannedUnits: (PlannedUnit | null)[] = [];
  const unitRows: Report['sheets']['units']['rows'] = parsed.units.rows.map((r, index) => {
    const errors: ImportRowError[] = [];
    const fail = (column: string, message: string) => errors.push({ column, message: named(column, message) });
    const c = r.cells;

    const name = text(c.name);
    if (name === null) fail('单位名称', '必须填写');
    else {
      const bad = schemaError(CreateUnitBody.shape.name, name);
      if (bad) fail('单位名称', bad);
      const first = fileUnits.get(name)!;
      if (first.index !== index) fail('单位名称', `与本表第 ${first.row} 行重名`);
      if (unitsByName.has(name)) fail('单位名称', `系统中已有单位“${name}”；已有单位请在系统中修改，不要重复导入`);
    }
    const shortName = text(c.shortName);
    const badShort = schemaError(CreateUnitBody.shape.shortName, shortName);
    if (badShort) fail('简称', badShort);
    const pressSectionName = text(c.pressSection);
    const badSection = schemaError(CreateUnitBody.shape.pressSectionName, pressSectionName);
    if (badSection) fail('新闻发布工作科室', badSection);

    const kindLabel = text(c.kind);
    const kind = kindLabel === null ? undefined : choiceOf(UNIT_KIND_LABELS, IMPORT_KINDS, kindLabel);
    if (kindLabel === null) fail('类别', '必须填写');
    else if (!kind) fail('类别', `“${kindLabel}”不是可选的类别，应为${KIND_CHOICES.join('、')}之一`);
    unitKinds.push(kind ?? null);

    let parent: Ref | null = null;
    let parentName: string | null = null;
    let parentKind: string | null = null;
    const parentLabel = text(c.parent);
    if (parentLabel === null) {
      if (districts.length === 1) {
        parent = { existing: districts[0]!.id };
        parentName = districts[0]!.name;
        parentKind = 'district';
      } else {
        fail('上级单位', districts.length === 0 ? '您管理的范围内没有区县，请填写上级单位' : '您管理多个区县，请填写上级单位');
      }
    } else {
      parentName = parentLabel;
      const inFile = fileUnits.get(parentLabel);
      const inSystem = unitsByName.get(parentLabel) ?? [];
      if (inFile && inFile.index < index) {
        parent = { row: inFile.index };
        parentKind = unitKinds[inFile.index] ?? null;
      } else if (inFile) {
        fail('上级单位', `“${parentLabel}”须写在本行之前`);
      } else if (inSystem.length === 0) {
        fail('上级单位', `未找到单位“${parentLabel}”，应为系统中已有单位或本表中写在本行之前的单位的全称`);
      } else if (inSystem.length > 1) {
        fail('上级单位', `系统中有 ${inSystem.length} 个名为“${parentLabel}”的单位，无法确定是哪一个`);
      } else if (!inSystem[0]!.active) {
        fail('上级单位', `“${parentLabel}”已停用`);
      } else {
        parent = { existing: inSystem[0]!.id };
        parentKind = inSystem[0]!.kind;
      }
    }
    if (kind && parentKind && !IMPORT_PARENT_KINDS[kind]!.includes(parentKind as UnitKind)) {
      fail('上级单位', `“${parentName}”是${UNIT_KIND_LABELS[parentKind as UnitKind] ?? parentKind}，其下不能设立${UNIT_KIND_LABELS[kind]}`);
    }

    let livelihood: boolean | null = null;
    const flag = c.livelihood;
    if (flag === null || flag === false || flag === NO) livelihood = false;
    else if (flag === true || flag === YES) livelihood = true;
    else fail('与民生密切相关', `应填“${YES}”或“${NO}”，而不是“${cellText(flag)}”`);
    if (livelihood && kind && kind !== 'department') {
      fail('与民生密切相关', `只有区级部门可以填“${YES}”（${ARTICLES['A13.3-d'].article}、${ARTICLES.A14.article}）`);
    }

    let period: ConferencePeriod | null = null;
    const periodLabel = text(c.period);
    if (periodLabel !== null) {
      const found = choiceOf(CONFERENCE_PERIOD_LABELS, CONFERENCE_PERIODS, periodLabel);
      if (!found) fail('例行发布会周期', `“${periodLabel}”不是可选的周期，应为${PERIOD_CHOICES.join('、')}之一`);
      else if (livelihood === false) fail('例行发布会周期', `只在“与民生密切相关”为“${YES}”时填写`);
      else period = found;
    }
    if (livelihood && period === null) period = 'quarterly';

    plannedUnits.push(
      errors.length === 0 && name && kind && parent
        ? { parent, kind, name, shortName, pressSectionName, livelihoodRelated: livelihood === true, routineConferencePeriod: livelihood ? period : null }
        : null,
    );
    return {
      row: r.row,
      cells: cellsOf(UNIT_COLUMNS, r),
      values: { name, shortName, kind: kind ?? null, parentName, pressSectionName, livelihoodRelated: livelihood, routineConferencePeriod: livelihood ? period : null },
      errors,
    };
  });

  // ---- 人员
  const plannedPeople: (PlannedPerson | null)[] = [];
  const personRows: Report['sheets']['people']['rows'] = parsed.people.rows.map((r, index) => {
    const errors: ImportRowError[] = [];
    const fail = (column: string, message: string) => errors.push({ column, message: named(column, message) });
    const c = r.cells;
    const values = {
      name: text(c.name),
      officePhone: text(c.officePhone),
      pressPhone: text(c.pressPhone),
      mobile: text(c.mobile),
      email: text(c.email),
      note: text(c.note),
    };
    if (values.name === null) fail('姓名', '必须填写');
    else {
      const first = filePeople.get(values.name)!;
      if (first.index !== index) fail('姓名', `与本表第 ${first.row} 行重名，一个文件中姓名不能重复`);
      if (peopleByName.has(values.name)) {
        fail('姓名', `系统中已有人员“${values.name}”。如是同一人，请删除此行，在“任职”表中直接填写姓名`);
      }
    }
    // The same rules as adding a person by hand.
    const checked = PersonBody.safeParse(values);
    if (!checked.success) {
      const headers: Record<string, string> = Object.fromEntries(PERSON_COLUMNS.map((col) => [col.key, col.header]));
      for (const issue of checked.error.issues) {
        const column = headers[String(issue.path[0])] ?? '姓名';
        if (column === '姓名' && values.name === null) continue;
        fail(column, issue.code === 'too_big' ? `最多 ${String(issue.maximum)} 个字` : issue.message);
      }
    }
    plannedPeople.push(errors.length === 0 && values.name !== null ? { ...values, name: values.name } : null);
    return { row: r.row, cells: cellsOf(PERSON_COLUMNS, r), values, errors };
  });

  // ---- 任职
  const plannedAppointments: (PlannedAppointment | null)[] = [];
  const existingSpans = existing.appointments.map((a) => ({ ...a, post: a.post as Post }));
  const earlier = new Map<string, { row: number; personName: string; from: string; to: string | null }[]>();
  const appointmentRows: Report['sheets']['appointments']['rows'] = parsed.appointments.rows.map((r) => {
    const errors: ImportRowError[] = [];
    const fail = (column: string, message: string) => errors.push({ column, message: named(column, message) });
    const c = r.cells;

    const personName = text(c.person);
    let person: Ref | null = null;
    if (personName === null) fail('姓名', '必须填写');
    else {
      const inFile = filePeople.get(personName);
      const inSystem = peopleByName.get(personName) ?? [];
      if (inFile) person = { row: inFile.index };
      else if (inSystem.length === 1) person = { existing: inSystem[0]!.id };
      else if (inSystem.length > 1) fail('姓名', `系统中有 ${inSystem.length} 名叫“${personName}”的人员，无法确定是哪一位，请在系统中直接任职`);
      else fail('姓名', `“${personName}”既不在“人员”表中，也不是系统中已有的人员`);
    }

    const unitName = text(c.unit);
    let unit: Ref | null = null;
    if (unitName === null) fail('单位', '必须填写');
    else {
      const inFile = fileUnits.get(unitName);
      const inSystem = unitsByName.get(unitName) ?? [];
      if (inFile) unit = { row: inFile.index };
      else if (inSystem.length === 0) fail('单位', `未找到单位“${unitName}”，应为“单位”表中或系统中已有单位的全称`);
      else if (inSystem.length > 1) fail('单位', `系统中有 ${inSystem.length} 个名为“${unitName}”的单位，无法确定是哪一个`);
      else if (!inSystem[0]!.active) fail('单位', `“${unitName}”已停用，不能任职`);
      else unit = { existing: inSystem[0]!.id };
    }

    const postLabel = text(c.post);
    const post = postLabel === null ? undefined : choiceOf(POST_LABELS, POSTS, postLabel);
    if (postLabel === null) fail('岗位', '必须填写');
    else if (!post) fail('岗位', `“${postLabel}”不是可选的岗位，应为${POST_CHOICES.join('、')}之一`);

    const title = text(c.title);
    const badTitle = schemaError(CreateAppointmentBody.shape.title, title);
    if (badTitle) fail('职务', badTitle);

    const dateOf = (column: string, value: CellInput, required: boolean): string | null => {
      const read = readDate(value);
      if ('error' in read) {
        fail(column, read.error);
        return null;
      }
      if (read.date === null && required) fail(column, '必须填写');
      return read.date;
    };
    const from = dateOf('任职日期', c.from, true);
    const to = dateOf('离任日期', c.to, false);
    const filed = dateOf('报市政府新闻办备案日期', c.filed, false);
    const datesOk = from !== null && (to === null || to >= from);
    if (from !== null && to !== null && to < from) fail('离任日期', '离任日期不能早于任职日期');

    // A8.2: one spokesperson and one assistant per unit at a time.
    if (unit && post && SINGLE_HOLDER_POSTS.includes(post) && datesOk) {
      const span = { from: from!, to };
      const label = `“${unitName}”只能设 1 名${POST_LABELS[post]}`;
      if ('existing' in unit) {
        const clash = findOverlappingAppointment(existingSpans, { unitId: unit.existing, post, ...span });
        if (clash) {
          fail(
            '任职日期',
            `${label}：与系统中${clash.personName}自 ${clash.from} 起${clash.to ? `至 ${clash.to}` : ''}的任职重叠，请先在系统中为其登记离任日期（${ARTICLES['A8.2'].article}）`,
          );
        }
      }
      const key = `${'existing' in unit ? `s${unit.existing}` : `f${unit.row}`}:${post}`;
      const before = earlier.get(key) ?? [];
      const clash = before.find((b) => spansOverlap(b, span));
      if (clash) {
        fail('任职日期', `${label}：与本表第 ${clash.row} 行${clash.personName}自 ${clash.from} 起${clash.to ? `至 ${clash.to}` : ''}的任职重叠（${ARTICLES['A8.2'].article}）`);
      }
      before.push({ row: r.row, personName: personName ?? '', ...span });
      earlier.set(key, before);
    }

    plannedAppointments.push(
      errors.length === 0 && person && unit && post && from ? { person, unit, post, title, from, to, filedWithMunicipalAt: filed } : null,
    );
    return {
      row: r.row,
      cells: cellsOf(APPOINTMENT_COLUMNS, r),
      values: {
        personName,
        personSource: person ? ('existing' in person ? ('existing' as const) : ('new' as const)) : null,
        unitName,
        unitSource: unit ? ('existing' in unit ? ('existing' as const) : ('new' as const)) : null,
        post: post ?? null,
        title,
        from,
        to,
        filedWithMunicipalAt: filed,
      },
      errors,
    };
  });

  // ---- the whole file
  const fileIssues: ImportIssue[] = [];
  const sheets = [parsed.units, parsed.people, parsed.appointments];
  if (!sheets.some((s) => s.present)) {
    fileIssues.push({ path: '文件', message: '文件中没有“单位”“人员”“任职”工作表，请使用下载的模板' });
  } else if (sheets.every((s) => s.rows.length === 0) && sheets.every((s) => s.issues.length === 0)) {
    fileIssues.push({ path: '文件', message: '文件中没有可导入的数据：请从各表第 2 行起填写' });
  }
  const rowIssues = (sheet: string, rows: { row: number; errors: ImportRowError[] }[]) =>
    rows.flatMap((r) => r.errors.map((e) => ({ path: `${sheet}.${r.row}.${e.column}`, message: `“${sheet}”表第 ${r.row} 行：${e.message}` })));
  const errors = [
    ...fileIssues,
    ...parsed.units.issues,
    ...rowIssues(SHEETS.units.name, unitRows),
    ...parsed.people.issues,
    ...rowIssues(SHEETS.people.name, personRows),
    ...parsed.appointments.issues,
    ...rowIssues(SHEETS.appointments.name, appointmentRows),
  ];
  const valid = errors.length === 0;
  const report: Report = {
    fileName,
    valid,
    counts: {
      units: unitRows.length,
      people: personRows.length,
      appointments: appointmentRows.length,
      invalidRows: [...unitRows, ...personRows, ...appointmentRows].filter((r) => r.errors.length > 0).length,
      errors: errors.length,
    },
    sheets: {
      units: { sheet: parsed.units.sheet, present: parsed.units.present, errors: parsed.units.issues, rows: unitRows },
      people: { sheet: parsed.people.sheet, present: parsed.people.present, errors: parsed.people.issues, rows: personRows },
      appointments: { sheet: parsed.appointments.sheet, present: parsed.appointments.present, errors: parsed.appointments.issues, rows: appointmentRows },
    },
    errors,
  };
  const plan = valid
    ? { units: plannedUnits as PlannedUnit[], people: plannedPeople as PlannedPerson[], appointments: plannedAppointments as PlannedAppointment[] }
    : null;
  return { report, plan };
}
