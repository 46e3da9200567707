/**
 * The audit trail: one row per change, written in the change's own transaction, chained
 * by HMAC-SM3 so that an edited, deleted or reordered row breaks the chain. The key lives
 * outside the database (AUDIT_KEY or DATA_DIR/secrets/audit.key); so do the anchors of the
 * chain's head (anchors.ts), which show whether records were cut off its end.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { Kysely } from 'kysely';
import { lockChain } from '../../db/dialect';
import type { AuditLogRow, Database } from '../../db/schema';
import { appendAnchor, readAnchors, readLastAnchor, type AnchorLog, type AuditAnchor, type ReadAnchors } from './anchors';

export const GENESIS_HASH = '0'.repeat(64);
const AUDIT_CHAIN_LOCK = 7_310_001;

export interface AuditEntry {
  action: string;
  entity: string;
  entityId?: string | number | null;
  unitId?: number | null;
  before?: unknown;
  after?: unknown;
}

export interface AuditActor {
  actorId: number | null;
  actorName: string | null;
  ip: string | null;
}

export interface AuditVerification {
  ok: boolean;
  checked: number;
  firstBrokenId: number | null;
  reason: string | null;
  /** The hash of the last good record: kept elsewhere, it shows later whether records were cut off the end. */
  lastHash: string;
  /** Anchors read and compared with the records. */
  anchorsChecked: number;
  /** The anchor naming the highest record: the chain may not end before it. */
  newestAnchor: AuditAnchor | null;
  /** What weakens the verdict without refuting it (no anchor yet, unreadable lines). */
  warnings: string[];
}

export interface AuditTrail {
  record(trx: Kysely<Database>, who: AuditActor, entry: AuditEntry, at: string): Promise<void>;
  verify(db: Kysely<Database>): Promise<AuditVerification>;
  /** Writes the chain's head to the anchor file and the log if it moved since the last anchor; returns that anchor, or null. */
  anchor(db: Kysely<Database>): Promise<AuditAnchor | null>;
}

export interface AuditTrailOptions {
  /** The anchor file (DATA_DIR/audit/anchors.log); without it nothing is anchored, nor checked against anchors. */
  anchorFile?: string;
  now?: () => Date;
  log?: AnchorLog;
}

type Content = Pick<
  AuditLogRow,
  'id' | 'at' | 'actor_id' | 'actor_name' | 'ip' | 'action' | 'entity' | 'entity_id' | 'unit_id' | 'before_json' | 'after_json'
>;

/** The row's id is part of what is signed, so moving a row to another place breaks the chain. */
function chainHash(key: Buffer, prevHash: string, row: Content): string {
  const content = JSON.stringify([
    row.id,
    row.at,
    row.actor_id,
    row.actor_name,
    row.ip,
    row.action,
    row.entity,
    row.entity_id,
    row.unit_id,
    row.before_json,
    row.after_json,
  ]);
  return crypto.createHmac('sm3', key).update(prevHash).update('\n').update(content).digest('hex');
}

function json(value: unknown): string | null {
  return value === undefined || value === null ? null : JSON.stringify(value, (k, v) => (REDACTED.has(k) ? '[已隐藏]' : v));
}

/** Never written to the trail, whatever an entity carries. */
const REDACTED = new Set(['password', 'password_hash', 'passwordHash', 'newPassword', 'currentPassword', 'token']);

export function createAuditTrail(key: Buffer, options: AuditTrailOptions = {}): AuditTrail {
  const { anchorFile, now = () => new Date(), log } = options;
  let anchoring: Promise<AuditAnchor | null> = Promise.resolve(null);
  return {
    async record(trx, who, entry, at) {
      await lockChain(trx, AUDIT_CHAIN_LOCK);
      const last = await trx.selectFrom('audit_log').select(['id', 'hash']).orderBy('id', 'desc').limit(1).executeTakeFirst();
      const prevHash = last?.hash ?? GENESIS_HASH;
      const row = {
        at,
        actor_id: who.actorId,
        actor_name: who.actorName,
        ip: who.ip,
        action: entry.action,
        entity: entry.entity,
        entity_id: entry.entityId === undefined || entry.entityId === null ? null : String(entry.entityId),
        unit_id: entry.unitId ?? null,
        before_json: json(entry.before),
        after_json: json(entry.after),
      };
      // The id must be known to sign the row: insert, then seal it with its hash.
      const inserted = await trx
        .insertInto('audit_log')
        .values({ ...row, prev_hash: prevHash, hash: '' })
        .returning('id')
        .executeTakeFirstOrThrow();
      await trx
        .updateTable('audit_log')
        .set({ hash: chainHash(key, prevHash, { id: inserted.id, ...row }) })
        .where('id', '=', inserted.id)
        .execute();
    },

    async verify(db) {
      const read: ReadAnchors = anchorFile ? await readAnchors(anchorFile) : { anchors: [], problems: [] };
      // In id order; one id anchored twice (several servers sharing a file) is checked twice.
      const anchors = [...read.anchors].sort((a, b) => a.id - b.id || a.at.localeCompare(b.at));
      const newestAnchor = anchors.at(-1) ?? null;
      let next = 0;
      let prevHash = GENESIS_HASH;
      let prevId = 0;
      let checked = 0;
      const result = (ok: boolean, firstBrokenId: number | null, reason: string | null): AuditVerification => {
        const warnings = [...read.problems];
        if (anchorFile && anchors.length === 0 && (checked > 0 || firstBrokenId !== null)) {
          warnings.push('尚未找到审计链锚点（数据目录下的 audit/anchors.log）：无法判断末尾的记录是否被截断。新的数据目录在服务运行后会自动记录锚点。');
        }
        return { ok, checked, firstBrokenId, reason, lastHash: prevHash, anchorsChecked: next, newestAnchor, warnings };
      };
      const batch = 2000;
      for (;;) {
        const rows = await db.selectFrom('audit_log').selectAll().where('id', '>', prevId).orderBy('id').limit(batch).execute();
        for (const row of rows) {
          if (row.prev_hash !== prevHash) return result(false, row.id, '与前一条记录的链接断开（前一条记录被删除、修改或调换）');
          if (row.hash !== chainHash(key, prevHash, row)) return result(false, row.id, '记录内容与其签名不符（记录被修改或调换）');
          // An anchored record the chain skipped: it was removed and the chain signed again after it.
          if (next < anchors.length && anchors[next]!.id < row.id) {
            const gone = anchors[next]!.id;
            return result(false, gone, `审计记录第 ${gone} 条已不存在，但锚点记录过它（记录被删除后整条链被重新签名）`);
          }
          for (; next < anchors.length && anchors[next]!.id === row.id; next++) {
            if (anchors[next]!.hash !== row.hash) {
              return result(false, row.id, `审计记录第 ${row.id} 条与锚点记录的哈希不符（记录被改写、整条链被重新签名，或锚点文件被改动）`);
            }
          }
          prevHash = row.hash;
          prevId = row.id;
          checked++;
        }
        if (rows.length < batch) break;
      }
      if (next < anchors.length) {
        const gone = anchors[next]!.id;
        const where = prevId === 0 ? '审计记录已被全部删除' : `审计记录在第 ${prevId} 条之后被截断`;
        return result(false, gone, `${where}：锚点记录的第 ${gone} 条已不存在`);
      }
      return result(true, null, null);
    },

    anchor(db) {
      if (!anchorFile) return Promise.resolve(null);
      // One at a time, so the timer and shutdown never write the same head twice.
      const run = async (): Promise<AuditAnchor | null> => {
        const head = await db.selectFrom('audit_log').select(['id', 'hash']).orderBy('id', 'desc').limit(1).executeTakeFirst();
        if (!head) return null;
        const last = await readLastAnchor(anchorFile);
        if (last && last.id === head.id && last.hash === head.hash) return null;
        const anchor: AuditAnchor = { id: head.id, hash: head.hash, at: now().toISOString() };
        if (last && head.id < last.id) log?.warn({ auditAnchor: anchor, previous: last }, '审计链的末尾早于上一个锚点：记录可能被截断');
        await appendAnchor(anchorFile, anchor);
        log?.info({ auditAnchor: anchor }, '审计链锚点');
        return anchor;
      };
      anchoring = anchoring.catch(() => null).then(run);
      return anchoring;
    },
  };
}

/** AUDIT_KEY when set; otherwise a key generated once into DATA_DIR/secrets (mode 0600). */
export function loadAuditKey(configured: string | undefined, dataDir: string): Buffer {
  if (configured) return Buffer.from(configured, 'utf8');
  const file = path.join(dataDir, 'secrets', 'audit.key');
  if (!fs.existsSync(file)) {
    fs.mkdirSync(path.dirname(file), { recursive: true, mode: 0o700 });
    fs.writeFileSync(file, crypto.randomBytes(32).toString('hex'), { mode: 0o600, flag: 'wx' });
  }
  return Buffer.from(fs.readFileSync(file, 'utf8').trim(), 'utf8');
}
