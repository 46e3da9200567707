/** Receiving the one .xlsx file of an import request (multipart/form-data). */
import crypto from 'node:crypto';
import ExcelJS from 'exceljs';
import type { FastifyRequest } from 'fastify';
import { badRequest, ProblemError } from '../../errors';

/** The same limit `@fastify/multipart` is registered with in app.ts. */
export const MAX_UPLOAD_MB = 20;

const ZIP_SIGNATURE = Buffer.from([0x50, 0x4b, 0x03, 0x04]);

export interface Upload {
  fileName: string;
  sha256: string;
  book: ExcelJS.Workbook;
}

const notReadable = (detail: string) => badRequest(detail, [{ path: 'file', message: detail }]);

/**
 * The first file of the request, refused unless it is an .xlsx workbook: by its name, by its
 * first bytes, and by exceljs reading it. Too large a file is a 413.
 */
export async function receiveXlsx(request: FastifyRequest): Promise<Upload> {
  if (!request.isMultipart()) {
    throw new ProblemError(415, '不支持的内容类型', '请以 multipart/form-data 方式上传一个 .xlsx 文件（字段名 file）', { code: 'unsupported-media-type' });
  }
  let fileName: string;
  let data: Buffer;
  try {
    const part = await request.file();
    if (!part) throw notReadable('没有收到文件，请选择要导入的 .xlsx 文件');
    fileName = part.filename || '未命名.xlsx';
    if (!/\.xlsx$/i.test(fileName)) {
      part.file.resume();
      throw notReadable(
        /\.(xls|et|csv)$/i.test(fileName)
          ? `只能导入 .xlsx 格式的 Excel 文件，“${fileName}”请在 Excel 或 WPS 中“另存为” .xlsx 后再上传`
          : `只能导入 .xlsx 格式的 Excel 文件，“${fileName}”不是`,
      );
    }
    data = await part.toBuffer();
  } catch (err) {
    if (err instanceof ProblemError) throw err;
    if ((err as { code?: string }).code === 'FST_REQ_FILE_TOO_LARGE') {
      throw new ProblemError(413, '上传文件过大', `文件超过 ${MAX_UPLOAD_MB} MB，请拆分后分批导入`, { code: 'file-too-large' });
    }
    throw notReadable('上传内容无法解析，请重新选择文件上传');
  }
  if (data.length === 0) throw notReadable(`“${fileName}”是空文件`);
  const book = new ExcelJS.Workbook();
  try {
    if (!data.subarray(0, 4).equals(ZIP_SIGNATURE)) throw new Error('not a zip');
    await book.xlsx.load(data as unknown as ArrayBuffer);
  } catch {
    throw notReadable(`无法读取“${fileName}”：文件不是有效的 .xlsx 工作簿，可能已损坏或设置了打开密码`);
  }
  return { fileName, sha256: crypto.createHash('sha256').update(data).digest('hex'), book };
}
