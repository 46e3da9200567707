/** The published list as Word and Excel files, in the layout offices exchange. */
import { AlignmentType, Document, HeadingLevel, Packer, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from 'docx';
import ExcelJS from 'exceljs';
import { formatDistrictDateTime } from '@fabutong/core';
import type { presentList } from './service';

type List = ReturnType<typeof presentList>;

const HEADERS = ['序号', '单位', '姓名', '职务', '新闻发言人', '新闻发布工作科室电话'];

function rows(list: List): string[][] {
  return list.entries.map((e, i) => [String(i + 1), e.unitName, e.personName, e.title ?? '', e.post, e.pressPhone ?? '']);
}

export function listTitle(list: List): string {
  return `武隆区${list.year}年行政机关新闻发言人名单${list.version > 1 ? `（第${list.version}版）` : ''}`;
}

export async function listToDocx(list: List): Promise<Buffer> {
  const cell = (text: string, bold = false) =>
    new TableCell({ children: [new Paragraph({ children: [new TextRun({ text, bold, font: '仿宋', size: 24 })] })] });
  const doc = new Document({
    creator: '武隆区人民政府新闻办公室',
    title: listTitle(list),
    sections: [
      {
        children: [
          new Paragraph({
            heading: HeadingLevel.TITLE,
            alignment: AlignmentType.CENTER,
            children: [new TextRun({ text: listTitle(list), font: '方正小标宋简体', size: 36, bold: true })],
          }),
          new Paragraph({
            alignment: AlignmentType.CENTER,
            children: [new TextRun({ text: `公布时间：${formatDistrictDateTime(list.publishedAt)}`, font: '仿宋', size: 24 })],
          }),
          new Table({
            width: { size: 100, type: WidthType.PERCENTAGE },
            rows: [new TableRow({ tableHeader: true, children: HEADERS.map((h) => cell(h, true)) }), ...rows(list).map((r) => new TableRow({ children: r.map((c) => cell(c)) }))],
          }),
          ...(list.note ? [new Paragraph({ children: [new TextRun({ text: `说明：${list.note}`, font: '仿宋', size: 24 })] })] : []),
        ],
      },
    ],
  });
  return Packer.toBuffer(doc);
}

export async function listToXlsx(list: List): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  book.creator = '武隆区人民政府新闻办公室';
  const sheet = book.addWorksheet(`${list.year}年名单`);
  sheet.addRow([listTitle(list)]);
  sheet.mergeCells(1, 1, 1, HEADERS.length);
  sheet.getRow(1).font = { bold: true, size: 14 };
  sheet.addRow([`公布时间：${formatDistrictDateTime(list.publishedAt)}`]);
  sheet.addRow(HEADERS).font = { bold: true };
  for (const r of rows(list)) sheet.addRow(r);
  sheet.columns.forEach((col, i) => (col.width = [6, 30, 10, 20, 12, 20][i]));
  return Buffer.from(await book.xlsx.writeBuffer());
}
