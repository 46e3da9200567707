/**
 * The demo conferences' A15.1 materials as real Word files, so that a demo application shows its
 * 申报表, 工作方案 and 发布文稿 and each downloads and opens. Written under DATA_DIR/uploads like
 * an upload (files/storage.ts); the seed removes them again if its transaction fails.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { AlignmentType, Document, HeadingLevel, Packer, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from 'docx';
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema';

const DOCX_MIME = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
const FONT = '仿宋';

const run = (text: string, bold = false) => new TextRun({ text, bold, font: FONT, size: 28 });
const para = (text: string) => new Paragraph({ children: [run(text)], spacing: { after: 120 } });
const heading = (text: string) =>
  new Paragraph({ heading: HeadingLevel.TITLE, alignment: AlignmentType.CENTER, children: [new TextRun({ text, font: '方正小标宋简体', size: 40, bold: true })] });
const cell = (text: string, bold = false) => new TableCell({ children: text.split('\n').map((line) => new Paragraph({ children: [run(line, bold)] })) });

/** A titled document of paragraphs, optionally with a two-column form (label, value) above them. */
export async function wordFile(title: string, paragraphs: string[], form: [string, string][] = []): Promise<Buffer> {
  const table = form.length
    ? [new Table({ width: { size: 100, type: WidthType.PERCENTAGE }, rows: form.map(([label, value]) => new TableRow({ children: [cell(label, true), cell(value || ' ')] })) })]
    : [];
  const doc = new Document({
    creator: '武隆区人民政府新闻办公室',
    title,
    sections: [{ children: [heading(title), ...table, ...paragraphs.filter((p) => p.trim()).map(para)] }],
  });
  return Packer.toBuffer(doc);
}

/** Files written by a seed that has not committed yet: removed again when it fails. */
export class PendingUploads {
  private readonly written: string[] = [];
  constructor(private readonly dir: string) {}

  /** Writes the file and its `files` row (in the seed's transaction); returns the row's id. */
  async store(trx: Kysely<Database>, fileName: string, data: Buffer, uploadedBy: number | null, at: string): Promise<number> {
    await fs.promises.mkdir(this.dir, { recursive: true });
    const storedName = `${crypto.randomUUID()}${path.extname(fileName)}`;
    const full = path.join(this.dir, storedName);
    await fs.promises.writeFile(full, data, { flag: 'wx' });
    this.written.push(full);
    const row = await trx
      .insertInto('files')
      .values({
        stored_name: storedName,
        original_name: fileName,
        mime: DOCX_MIME,
        size: data.length,
        sha256: crypto.createHash('sha256').update(data).digest('hex'),
        uploaded_by: uploadedBy,
        created_at: at,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    return row.id;
  }

  async discard(): Promise<void> {
    await Promise.all(this.written.map((f) => fs.promises.rm(f, { force: true })));
    this.written.length = 0;
  }
}
