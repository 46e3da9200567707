/** The blank workbook offices fill in: one sheet per table, drop-downs, and a sheet of notes. */
import ExcelJS from 'exceljs';
import { MAX_ROWS_PER_SHEET, SHEETS, type ColumnDef } from './organization';

export const TEMPLATE_FILE_NAME = '单位人员任职导入模板.xlsx';
export const NOTES_SHEET = '填写说明';

/** Drop-downs reach this far down each sheet. */
const ROWS_WITH_CHOICES = 2000;

const HEADER_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDDEBF7' } };
const EXAMPLE_FONT: Partial<ExcelJS.Font> = { italic: true, color: { argb: 'FF808080' } };

/** exceljs keeps whole-range validations here; its typings leave it out. */
interface RangeValidations {
  add(range: string, validation: ExcelJS.DataValidation): void;
}

function addSheet(book: ExcelJS.Workbook, name: string, columns: readonly ColumnDef[]) {
  const sheet = book.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = columns.map((c) => ({
    header: c.required ? `${c.header}*` : c.header,
    key: c.key,
    width: c.width,
    // Phone numbers as text keep their leading 0; dates show as 2026-01-01.
    style: c.format === 'date' ? { numFmt: 'yyyy-mm-dd' } : c.format === 'text' ? { numFmt: '@' } : {},
  }));
  const validations = (sheet as unknown as { dataValidations: RangeValidations }).dataValidations;
  columns.forEach((c, i) => {
    const cell = sheet.getRow(1).getCell(i + 1);
    cell.fill = HEADER_FILL;
    cell.font = c.required ? { bold: true, color: { argb: 'FFC00000' } } : { bold: true };
    cell.numFmt = '@';
    cell.note = `${c.required ? '必填。' : ''}${c.help}`;
    if (c.choices) {
      const letter = sheet.getColumn(i + 1).letter;
      validations.add(`${letter}2:${letter}${ROWS_WITH_CHOICES + 1}`, {
        type: 'list',
        allowBlank: true,
        formulae: [`"${c.choices.join(',')}"`],
        showErrorMessage: true,
        errorStyle: 'stop',
        errorTitle: c.header,
        error: `请从下拉列表中选择：${c.choices.join('、')}`,
      });
    }
  });
}

function addNotes(book: ExcelJS.Workbook) {
  const sheet = book.addWorksheet(NOTES_SHEET);
  sheet.columns = [{ width: 10 }, { width: 24 }, { width: 8 }, { width: 80 }, { width: 24 }];
  sheet.addRow(['单位、人员、任职导入说明']).font = { bold: true, size: 14 };
  for (const line of [
    '1. 在“单位”“人员”“任职”三张表中从第 2 行起逐行填写，不要修改第一行的列名；带 * 的列必须填写，不需要的表可以留空。',
    '2. 上传后先预览：每一行的问题都会列出。只要有一行有误，就不会导入任何数据；全部无误后才能导入。',
    '3. 单位、人员按名称对应：“单位”表的上级单位和“任职”表的单位、姓名，可以是本文件中的，也可以是系统中已有的。',
    `4. 每个单位同一时间只能有 1 名新闻发言人和 1 名新闻发言人助理（第八条（二））；换人时，请为前任填写离任日期。`,
    '5. 日期可以是 Excel 日期，也可以是“2026-01-01”形式的文字。',
    `6. 每张表最多 ${MAX_ROWS_PER_SHEET} 行，文件不超过 20 MB。`,
  ]) {
    sheet.addRow([line]);
    sheet.mergeCells(sheet.rowCount, 1, sheet.rowCount, 5);
  }
  sheet.addRow([]);
  const header = sheet.addRow(['工作表', '列名', '必填', '说明', '示例']);
  header.font = { bold: true };
  header.eachCell((cell) => (cell.fill = HEADER_FILL));
  for (const { name, columns } of Object.values(SHEETS)) {
    for (const c of columns as readonly ColumnDef[]) {
      const row = sheet.addRow([name, c.header, c.required ? '是' : '', c.help, c.example]);
      row.getCell(4).alignment = { wrapText: true, vertical: 'top' };
      row.getCell(5).font = EXAMPLE_FONT;
    }
  }
}

export async function organizationTemplate(): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  book.creator = '发布通';
  for (const { name, columns } of Object.values(SHEETS)) addSheet(book, name, columns);
  addNotes(book);
  return Buffer.from(await book.xlsx.writeBuffer());
}
