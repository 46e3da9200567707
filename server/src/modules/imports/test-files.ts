/** Real .xlsx files and multipart requests for the import tests and the authorization matrix. */
import crypto from 'node:crypto';
import ExcelJS from 'exceljs';
import { SHEETS } from './organization';

export type CellSeed = string | number | boolean | Date | null | undefined;
/** Rows keyed by Chinese column name (`单位名称`, `任职日期` …); a sheet left out is not in the file. */
export type SheetSeed = Record<string, CellSeed>[];
export interface WorkbookSeed {
  单位?: SheetSeed;
  人员?: SheetSeed;
  任职?: SheetSeed;
}

export async function organizationXlsx(seed: WorkbookSeed): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  for (const { name, columns } of Object.values(SHEETS)) {
    const rows = seed[name];
    if (!rows) continue;
    const sheet = book.addWorksheet(name);
    sheet.addRow(columns.map((c) => ('required' in c && c.required ? `${c.header}*` : c.header)));
    for (const row of rows) sheet.addRow(columns.map((c) => row[c.header] ?? null));
  }
  return Buffer.from(await book.xlsx.writeBuffer());
}

/** A multipart/form-data body with one file, built by hand as a browser would send it. */
export function multipartFile(content: Buffer, fileName: string, field = 'file'): { body: Buffer; headers: Record<string, string> } {
  const boundary = `----FabutongBoundary${crypto.randomBytes(8).toString('hex')}`;
  const head = `--${boundary}\r\nContent-Disposition: form-data; name="${field}"; filename="${fileName}"\r\nContent-Type: application/octet-stream\r\n\r\n`;
  return {
    body: Buffer.concat([Buffer.from(head, 'utf8'), content, Buffer.from(`\r\n--${boundary}--\r\n`, 'utf8')]),
    headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
  };
}
