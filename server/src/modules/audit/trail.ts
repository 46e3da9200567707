/**
 * The audit trail: one row per change, written in the change's own transaction, chained
 * by HMAC-SM3 so that an edited, deleted or reordered row breaks the chain. The key lives
 * outside the database (AUDIT_KEY or DATA_DIR/secrets/audit.key).
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { Kysely } from 'kysely';
import { lockChain } from '../../db/dialect';
import type { AuditLogRow, Database } from '../../db/schema';

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
}

export interface AuditTrail {
  record(trx: Kysely<Database>, who: AuditActor, entry: AuditEntry, at: string): Promise<void>;
  verify(db: Kysely<Database>): Promise<AuditVerification>;
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

export function createAuditTrail(key: Buffer): AuditTrail {
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
      let prevHash = GENESIS_HASH;
      let prevId = 0;
      let checked = 0;
      const batch = 2000;
      for (;;) {
        const rows = await db.selectFrom('audit_log').selectAll().where('id', '>', prevId).orderBy('id').limit(batch).execute();
        for (const row of rows) {
          if (row.prev_hash !== prevHash) {
            return { ok: false, checked, firstBrokenId: row.id, reason: '与前一条记录的链接断开（前一条记录被删除、修改或调换）', lastHash: prevHash };
          }
          if (row.hash !== chainHash(key, prevHash, row)) {
            return { ok: false, checked, firstBrokenId: row.id, reason: '记录内容与其签名不符（记录被修改或调换）', lastHash: prevHash };
          }
          prevHash = row.hash;
          prevId = row.id;
          checked++;
        }
        if (rows.length < batch) return { ok: true, checked, firstBrokenId: null, reason: null, lastHash: prevHash };
      }
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
