/** The release register as an Excel workbook (登记台账). */
import ExcelJS from 'exceljs';
import {
  CONTENT_CATEGORY_LABELS,
  ORGANIZER_LABELS,
  PARTICIPANT_PART_LABELS,
  RELEASE_FORM_CODES,
  RELEASE_FORM_LABELS,
  RELEASE_STATUS_LABELS,
  formatDistrictDateTime,
} from '@fabutong/core';
import type { presentSummary } from './present';

type Summary = ReturnType<typeof presentSummary>;

export async function registerToXlsx(title: string, releases: Summary[]): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  book.creator = '发布通';
  const sheet = book.addWorksheet('新闻发布活动台账');
  sheet.addRow([title]).font = { bold: true, size: 14 };
  sheet.addRow(['序号', '时间', '单位', '标题', '形式', '内容类别', '组织方', '发布人', '状态']).font = { bold: true };
  releases.forEach((r, i) =>
    sheet.addRow([
      i + 1,
      formatDistrictDateTime(r.startsAt),
      r.unitName,
      r.title,
      `${RELEASE_FORM_CODES[r.form]} ${RELEASE_FORM_LABELS[r.form]}`,
      r.categories.map((c) => CONTENT_CATEGORY_LABELS[c]).join('、'),
      ORGANIZER_LABELS[r.organizer],
      r.participants.map((p) => `${p.personName}（${PARTICIPANT_PART_LABELS[p.part]}）`).join('、'),
      RELEASE_STATUS_LABELS[r.status],
    ]),
  );
  sheet.columns.forEach((col, i) => (col.width = [6, 18, 24, 40, 18, 20, 14, 36, 10][i]));
  sheet.views = [{ state: 'frozen', ySplit: 2 }];
  return Buffer.from(await book.xlsx.writeBuffer());
}
