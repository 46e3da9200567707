/**
 * Anchors of the audit chain: its head (id, hash, time) written now and then OUTSIDE the
 * database — appended to DATA_DIR/audit/anchors.log and logged for the log shipper. The
 * chain alone cannot show that its last records were deleted; an anchor can, because the
 * record it names must still be there with the same hash.
 */
import fs from 'node:fs';
import path from 'node:path';

export interface AuditAnchor {
  /** Id of the newest audit record when the anchor was taken. */
  id: number;
  /** Its chain hash. */
  hash: string;
  /** When the anchor was taken (ISO, UTC). */
  at: string;
}

export interface AnchorLog {
  info(obj: object, msg: string): void;
  warn(obj: object, msg: string): void;
}

export interface ReadAnchors {
  /** Empty when the file does not exist yet (a fresh data directory). */
  anchors: AuditAnchor[];
  /** What could not be read, in Chinese; the anchors that could be read are still checked. */
  problems: string[];
}

/** Where a server keeps its anchors. */
export function auditAnchorFile(dataDir: string): string {
  return path.join(dataDir, 'audit', 'anchors.log');
}

function parseAnchor(line: string): AuditAnchor | null {
  try {
    const v = JSON.parse(line) as Partial<AuditAnchor> | null;
    if (!v || !Number.isSafeInteger(v.id) || typeof v.hash !== 'string' || !/^[0-9a-f]{64}$/.test(v.hash) || typeof v.at !== 'string') return null;
    return { id: v.id!, hash: v.hash, at: v.at };
  } catch {
    return null;
  }
}

export async function readAnchors(file: string): Promise<ReadAnchors> {
  let text: string;
  try {
    text = await fs.promises.readFile(file, 'utf8');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return { anchors: [], problems: [] };
    return { anchors: [], problems: [`无法读取审计链锚点文件 audit/anchors.log（${code ?? String(err)}）`] };
  }
  const anchors: AuditAnchor[] = [];
  const bad: number[] = [];
  text.split('\n').forEach((line, i) => {
    if (line.trim() === '') return;
    const anchor = parseAnchor(line);
    if (anchor) anchors.push(anchor);
    else bad.push(i + 1);
  });
  const problems = bad.length > 0 ? [`审计链锚点文件 audit/anchors.log 第 ${bad.slice(0, 10).join('、')}${bad.length > 10 ? ' 等' : ''} 行无法解析，已跳过`] : [];
  return { anchors, problems };
}

/** The last anchor in the file, from its tail only: the file grows for years. */
export async function readLastAnchor(file: string): Promise<AuditAnchor | null> {
  let handle: fs.promises.FileHandle;
  try {
    handle = await fs.promises.open(file, 'r');
  } catch {
    return null;
  }
  try {
    const { size } = await handle.stat();
    const length = Math.min(size, 4096);
    const buffer = Buffer.alloc(length);
    await handle.read(buffer, 0, length, size - length);
    const lines = buffer.toString('utf8').split('\n').filter((l) => l.trim() !== '');
    return lines.length > 0 ? parseAnchor(lines[lines.length - 1]!) : null;
  } finally {
    await handle.close();
  }
}

/** One JSON line, appended: earlier anchors are never rewritten. */
export async function appendAnchor(file: string, anchor: AuditAnchor): Promise<void> {
  await fs.promises.mkdir(path.dirname(file), { recursive: true, mode: 0o700 });
  const handle = await fs.promises.open(file, 'a+', 0o600);
  try {
    // A line torn by a crash must not swallow this one.
    const { size } = await handle.stat();
    const last = Buffer.alloc(1);
    if (size > 0) await handle.read(last, 0, 1, size - 1);
    const torn = size > 0 && last[0] !== 0x0a;
    await handle.appendFile(`${torn ? '\n' : ''}${JSON.stringify(anchor)}\n`, 'utf8');
  } finally {
    await handle.close();
  }
}

export interface AnchorSchedule {
  /** Anchor now, then every intervalMs. */
  start(intervalMs: number): void;
  /** Stop the timer and, if it ran, take a last anchor (graceful shutdown). */
  stop(): Promise<void>;
}

/**
 * A timer of this process, not a row in `jobs`: every server anchors into its own DATA_DIR,
 * and whoever can edit the database cannot stop the anchoring by deleting a job.
 */
export function createAnchorSchedule(anchor: () => Promise<unknown>, log: AnchorLog): AnchorSchedule {
  let timer: NodeJS.Timeout | null = null;
  const tick = () => anchor().catch((err: unknown) => log.warn({ err }, '记录审计链锚点失败'));
  return {
    start(intervalMs) {
      if (timer || intervalMs <= 0) return;
      void tick();
      timer = setInterval(() => void tick(), intervalMs);
      timer.unref();
    },
    async stop() {
      if (!timer) return;
      clearInterval(timer);
      timer = null;
      await tick();
    },
  };
}
