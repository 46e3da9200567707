/** The year's compliance as an Excel workbook: one row per subject and rule. */
import ExcelJS from 'exceljs';
import { ARTICLES, POST_LABELS, QUOTA_STATUS_LABELS, type QuotaReport, type RuleId } from '@fabutong/core';

const FILL: Record<string, string> = { met: 'FFD9F7BE', on_track: 'FFE6F4FF', at_risk: 'FFFFF1B8', missed: 'FFFFCCC7' };

export async function complianceToXlsx(report: Pick<QuotaReport, 'year' | 'referenceDate' | 'results'>): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  book.creator = '发布通';
  const sheet = book.addWorksheet(`${report.year}年发布任务完成情况`);
  sheet.addRow([`武隆区${report.year}年新闻发布任务完成情况（截至 ${report.referenceDate}）`]).font = { bold: true, size: 14 };
  sheet.addRow(['单位', '对象', '岗位', '规则', '条款', '应完成', '已完成', '状态', '说明']).font = { bold: true };
  for (const r of report.results) {
    const row = sheet.addRow([
      r.subject.unitName,
      r.subject.kind === 'person' ? r.subject.name : '（单位）',
      r.subject.post ? POST_LABELS[r.subject.post] : '',
      r.rule,
      ARTICLES[r.rule as RuleId]?.article ?? '',
      r.required,
      r.counted,
      QUOTA_STATUS_LABELS[r.status],
      r.explanation,
    ]);
    row.getCell(8).fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: FILL[r.status]! } };
  }
  sheet.columns.forEach((col, i) => (col.width = [26, 12, 14, 10, 16, 8, 8, 10, 60][i]));
  sheet.views = [{ state: 'frozen', ySplit: 2 }];
  return Buffer.from(await book.xlsx.writeBuffer());
}
