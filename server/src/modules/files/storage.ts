/**
 * Uploaded files: documents (.docx .doc .pdf .wps) and images, at most 20 MB, checked by name
 * and by their first bytes, stored under DATA_DIR/uploads by a generated name and served back
 * only as attachments. A refused upload writes nothing: the checks run before the disk is
 * touched, and a file whose database row does not commit is removed again.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Kysely } from 'kysely';
import type { AppContext } from '../../context';
import type { Database, FileRow } from '../../db/schema';
import { badRequest, ProblemError } from '../../errors';

export const MAX_FILE_MB = 20;

const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const ZIP = [0x50, 0x4b, 0x03, 0x04];

interface FileType {
  mime: string;
  kind: 'document' | 'image';
  matches(head: Buffer): boolean;
}

const startsWith = (bytes: number[]) => (head: Buffer) => bytes.every((b, i) => head[i] === b);

const TYPES: Record<string, FileType> = {
  '.docx': { mime: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', kind: 'document', matches: startsWith(ZIP) },
  '.doc': { mime: 'application/msword', kind: 'document', matches: startsWith(OLE) },
  // WPS 文字 saves .wps as an OLE compound file; newer versions may write the .docx layout under that name.
  '.wps': { mime: 'application/vnd.ms-works', kind: 'document', matches: (h) => startsWith(OLE)(h) || startsWith(ZIP)(h) },
  '.pdf': { mime: 'application/pdf', kind: 'document', matches: (h) => h.subarray(0, 5).toString('latin1') === '%PDF-' },
  '.png': { mime: 'image/png', kind: 'image', matches: startsWith([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]) },
  '.jpg': { mime: 'image/jpeg', kind: 'image', matches: startsWith([0xff, 0xd8, 0xff]) },
  '.jpeg': { mime: 'image/jpeg', kind: 'image', matches: startsWith([0xff, 0xd8, 0xff]) },
  '.gif': { mime: 'image/gif', kind: 'image', matches: (h) => /^GIF8[79]a/.test(h.subarray(0, 6).toString('latin1')) },
  '.webp': { mime: 'image/webp', kind: 'image', matches: (h) => h.subarray(0, 4).toString('latin1') === 'RIFF' && h.subarray(8, 12).toString('latin1') === 'WEBP' },
};

export type Accept = 'document_or_image' | 'image';

export interface Upload {
  fileName: string;
  ext: string;
  mime: string;
  data: Buffer;
  sha256: string;
}

const refused = (detail: string) => badRequest(detail, [{ path: 'file', message: detail }]);

/** The uploader's name without folders or control characters, kept only to show and to name downloads. */
export function cleanFileName(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? '';
  // eslint-disable-next-line no-control-regex
  const clean = base.replace(/[\u0000-\u001f\u007f"<>|:*?]/g, '').trim();
  return (clean || '未命名').slice(-150);
}

/** Reads the one file of a multipart request and checks it; nothing is written. */
export async function receiveFile(request: FastifyRequest, accept: Accept): Promise<Upload> {
  const allowed = accept === 'image' ? '.png .jpg .jpeg .gif .webp 格式的图片' : '.docx .doc .pdf .wps 文档或 .png .jpg .gif .webp 图片';
  if (!request.isMultipart()) {
    throw new ProblemError(415, '不支持的内容类型', `请以 multipart/form-data 方式上传一个文件（字段名 file）：${allowed}`, { code: 'unsupported-media-type' });
  }
  let fileName: string;
  let data: Buffer;
  let type: FileType | undefined;
  let ext: string;
  try {
    const part = await request.file();
    if (!part) throw refused('没有收到文件，请选择要上传的文件');
    fileName = cleanFileName(part.filename || '');
    ext = path.extname(fileName).toLowerCase();
    type = TYPES[ext];
    if (!type || (accept === 'image' && type.kind !== 'image')) {
      part.file.resume();
      throw refused(`只能上传 ${allowed}，“${fileName}”不是`);
    }
    data = await part.toBuffer();
  } catch (err) {
    if (err instanceof ProblemError) throw err;
    if ((err as { code?: string }).code === 'FST_REQ_FILE_TOO_LARGE') {
      throw new ProblemError(413, '上传文件过大', `单个文件不能超过 ${MAX_FILE_MB} MB`, { code: 'file-too-large' });
    }
    throw refused('上传内容无法解析，请重新选择文件上传');
  }
  if (data.length === 0) throw refused(`“${fileName}”是空文件`);
  if (!type.matches(data.subarray(0, 16))) throw refused(`“${fileName}”的内容与扩展名 ${ext} 不符，可能已损坏或被改了扩展名`);
  return { fileName, ext, mime: type.mime, data, sha256: crypto.createHash('sha256').update(data).digest('hex') };
}

export function uploadsDir(app: AppContext): string {
  return path.join(app.config.dataDir, 'uploads');
}

/**
 * Writes the file under a generated name, then runs `inTransaction` with the row's id; if that
 * throws (the transaction rolls back), the file is removed again.
 */
export async function storeUpload<T>(
  app: AppContext,
  upload: Upload,
  uploadedBy: number | null,
  inTransaction: (trx: Kysely<Database>, file: FileRow) => Promise<T>,
): Promise<T> {
  const dir = uploadsDir(app);
  await fs.promises.mkdir(dir, { recursive: true });
  const storedName = `${crypto.randomUUID()}${upload.ext}`;
  const full = path.join(dir, storedName);
  await fs.promises.writeFile(full, upload.data, { flag: 'wx' });
  try {
    return await app.db.transaction().execute(async (trx) => {
      const file = await trx
        .insertInto('files')
        .values({
          stored_name: storedName,
          original_name: upload.fileName,
          mime: upload.mime,
          size: upload.data.length,
          sha256: upload.sha256,
          uploaded_by: uploadedBy,
          created_at: app.now().toISOString(),
        })
        .returningAll()
        .executeTakeFirstOrThrow();
      return inTransaction(trx, file);
    });
  } catch (err) {
    await fs.promises.rm(full, { force: true });
    throw err;
  }
}

export function findFile(db: Kysely<Database>, id: number) {
  return db.selectFrom('files').selectAll().where('id', '=', id).executeTakeFirst();
}

/** `attachment; filename="…"; filename*=UTF-8''…` with an ASCII fallback. */
export function attachmentHeader(fileName: string): string {
  const ext = path.extname(fileName).replace(/[^.a-zA-Z0-9]/g, '');
  return `attachment; filename="file${ext}"; filename*=UTF-8''${encodeURIComponent(fileName)}`;
}

/** Sends a stored file as a download that the browser will neither sniff nor run. */
export async function sendFile(app: AppContext, reply: FastifyReply, file: FileRow) {
  const full = path.join(uploadsDir(app), path.basename(file.stored_name));
  reply
    .type(file.mime)
    .header('content-disposition', attachmentHeader(file.original_name))
    .header('x-content-type-options', 'nosniff')
    .header('content-security-policy', "default-src 'none'; sandbox")
    .header('cache-control', 'private, max-age=0, must-revalidate')
    .header('content-length', String(file.size));
  return reply.send(fs.createReadStream(full));
}
