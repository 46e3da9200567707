/** The opinion register as an Excel workbook, one row per item, as offices exchange it. */
import ExcelJS from 'exceljs';
import {
  CLOCK_STATUS_LABELS,
  OPINION_CHANNEL_LABELS,
  OPINION_LEVEL_LABELS,
  OPINION_SENSITIVITY_LABELS,
  OPINION_SOURCE_KIND_LABELS,
  OPINION_STATUS_LABELS,
  formatDistrictDateTime,
  type OpinionItemView,
} from '@fabutong/core';

export const REGISTER_HEADERS = [
  '编号',
  '标题',
  '来源方式',
  '来源',
  '链接',
  '首次发现时间',
  '内容摘要',
  '命中关键词',
  '建议责任单位',
  '责任单位',
  '研判等级',
  '敏感程度',
  '走势研判',
  '办理状态',
  '回应期限（N61）',
  '期限状态',
  '回应发布编号',
  '不予回应理由',
];

export async function registerToXlsx(items: OpinionItemView[], generatedAt: string): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  book.creator = '武隆区人民政府新闻办公室';
  const sheet = book.addWorksheet('舆情台账');
  sheet.addRow([`武隆区政务舆情台账（导出时间：${formatDistrictDateTime(generatedAt)}）`]);
  sheet.mergeCells(1, 1, 1, REGISTER_HEADERS.length);
  sheet.getRow(1).font = { bold: true, size: 14 };
  const header = sheet.addRow(REGISTER_HEADERS);
  header.font = { bold: true };
  for (const i of items) {
    sheet.addRow([
      i.id,
      i.title,
      i.channel && i.sourceKind === 'manual' ? `${OPINION_SOURCE_KIND_LABELS[i.sourceKind]}（${OPINION_CHANNEL_LABELS[i.channel]}）` : OPINION_SOURCE_KIND_LABELS[i.sourceKind],
      i.source,
      i.link ?? '',
      formatDistrictDateTime(i.firstSeenAt),
      i.excerpt,
      i.matchedKeywords.join('、'),
      i.suggestedUnitName ?? '',
      i.unitName ?? '',
      i.level ? OPINION_LEVEL_LABELS[i.level] : '',
      i.sensitivity ? OPINION_SENSITIVITY_LABELS[i.sensitivity] : '',
      i.trendNote ?? '',
      OPINION_STATUS_LABELS[i.status],
      i.clock ? formatDistrictDateTime(i.clock.due) : '',
      i.clock ? `${CLOCK_STATUS_LABELS[i.clock.status]}${i.clock.late ? '（超时）' : ''}` : '',
      i.responseReleaseId ?? '',
      i.noResponseReason ?? '',
    ]);
  }
  sheet.columns.forEach((c, n) => (c.width = [6, 36, 14, 20, 30, 18, 40, 16, 14, 14, 8, 8, 30, 10, 18, 12, 10, 24][n] ?? 12));
  sheet.views = [{ state: 'frozen', ySplit: 2 }];
  return Buffer.from(await book.xlsx.writeBuffer());
}
