/**
 * Durable timers and background work: rows in `jobs`, polled by every server.
 * On PostgreSQL rows are claimed with FOR UPDATE SKIP LOCKED, so any number of servers
 * share the table and each job runs once; on SQLite the claim runs under BEGIN IMMEDIATE.
 * A job that fell due while no server was running runs at the next start, marked late.
 */
import crypto from 'node:crypto';
import type { Kysely } from 'kysely';
import type { DialectName } from '../db/dialect';
import type { Database, JobRow } from '../db/schema';

export interface NewJob {
  kind: string;
  /** One job per key, ever: scheduling the same key twice is a no-op. */
  dedupeKey: string;
  runAt: Date | string;
  payload?: unknown;
}

export interface ClaimedJob {
  id: number;
  kind: string;
  dedupeKey: string;
  runAt: string;
  payload: unknown;
  attempts: number;
  /** The job ran more than LATE_AFTER_MS after it fell due (the server was down or busy). */
  late: boolean;
}

export type JobHandler = (job: ClaimedJob) => Promise<void>;

export interface JobQueue {
  readonly workerId: string;
  schedule(db: Kysely<Database>, job: NewJob): Promise<void>;
  cancel(db: Kysely<Database>, dedupeKeyPrefix: string): Promise<void>;
  register(kind: string, handler: JobHandler): void;
  /** Claim and run every job due now; returns how many ran. Tests call it with their clock. */
  runDue(): Promise<number>;
  start(intervalMs?: number): void;
  stop(): Promise<void>;
}

const LATE_AFTER_MS = 2 * 60_000;
const LEASE_MS = 5 * 60_000;
const MAX_ATTEMPTS = 8;
const BATCH = 50;

export function createJobQueue(deps: {
  db: Kysely<Database>;
  dialect: DialectName;
  now: () => Date;
  log: { error: (obj: object, msg: string) => void; warn: (obj: object, msg: string) => void };
}): JobQueue {
  const { db, dialect, now, log } = deps;
  const handlers = new Map<string, JobHandler>();
  const workerId = `${process.pid}-${crypto.randomBytes(4).toString('hex')}`;
  let timer: NodeJS.Timeout | null = null;
  let running: Promise<number> | null = null;

  async function claim(): Promise<JobRow[]> {
    const at = now().toISOString();
    const leaseUntil = new Date(now().getTime() + LEASE_MS).toISOString();
    return db.transaction().execute(async (trx) => {
      const due = await trx
        .selectFrom('jobs')
        .select('id')
        .where((eb) =>
          eb.or([
            eb.and([eb('status', '=', 'pending'), eb('run_at', '<=', at)]),
            // A server that died while running a job leaves it leased; the lease runs out.
            eb.and([eb('status', '=', 'running'), eb('locked_until', '<', at)]),
          ]),
        )
        .orderBy('run_at')
        .limit(BATCH)
        .$if(dialect === 'postgres', (qb) => qb.forUpdate().skipLocked())
        .execute();
      if (due.length === 0) return [];
      return trx
        .updateTable('jobs')
        .set((eb) => ({ status: 'running', locked_by: workerId, locked_until: leaseUntil, attempts: eb('attempts', '+', 1) }))
        .where(
          'id',
          'in',
          due.map((d) => d.id),
        )
        .returningAll()
        .execute();
    });
  }

  async function runOne(row: JobRow): Promise<void> {
    const handler = handlers.get(row.kind);
    const late = now().getTime() - new Date(row.run_at).getTime() > LATE_AFTER_MS;
    try {
      if (!handler) throw new Error(`no handler for job kind ${row.kind}`);
      await handler({
        id: row.id,
        kind: row.kind,
        dedupeKey: row.dedupe_key,
        runAt: row.run_at,
        payload: JSON.parse(row.payload),
        attempts: row.attempts,
        late,
      });
      await db
        .updateTable('jobs')
        .set({ status: 'done', done_at: now().toISOString(), late: late ? 1 : 0, locked_by: null, locked_until: null })
        .where('id', '=', row.id)
        .execute();
    } catch (err) {
      const failed = row.attempts >= MAX_ATTEMPTS;
      const retryAt = new Date(now().getTime() + Math.min(3_600_000, 30_000 * 2 ** (row.attempts - 1))).toISOString();
      log.error({ err, job: row.id, kind: row.kind, attempts: row.attempts }, failed ? 'job failed for good' : 'job failed; will retry');
      await db
        .updateTable('jobs')
        .set({
          status: failed ? 'failed' : 'pending',
          run_at: failed ? row.run_at : retryAt,
          last_error: err instanceof Error ? err.message : String(err),
          locked_by: null,
          locked_until: null,
        })
        .where('id', '=', row.id)
        .execute();
    }
  }

  async function runDue(): Promise<number> {
    let total = 0;
    for (;;) {
      const rows = await claim();
      for (const row of rows) await runOne(row);
      total += rows.length;
      if (rows.length < BATCH) return total;
    }
  }

  const queue: JobQueue = {
    workerId,
    async schedule(trx, job) {
      await trx
        .insertInto('jobs')
        .values({
          kind: job.kind,
          dedupe_key: job.dedupeKey,
          run_at: typeof job.runAt === 'string' ? job.runAt : job.runAt.toISOString(),
          payload: JSON.stringify(job.payload ?? {}),
          status: 'pending',
          attempts: 0,
          created_at: now().toISOString(),
          late: 0,
        })
        .onConflict((oc) => oc.column('dedupe_key').doNothing())
        .execute();
    },
    async cancel(trx, prefix) {
      await trx.deleteFrom('jobs').where('status', '=', 'pending').where('dedupe_key', 'like', `${prefix}%`).execute();
    },
    register(kind, handler) {
      handlers.set(kind, handler);
    },
    runDue() {
      // One pass at a time per server; a tick that finds one running waits for it.
      running ??= runDue().finally(() => (running = null));
      return running;
    },
    start(intervalMs = 2000) {
      if (timer) return;
      const tick = () => {
        queue.runDue().catch((err: unknown) => log.warn({ err }, 'job poll failed'));
      };
      tick();
      timer = setInterval(tick, intervalMs);
      timer.unref();
    },
    async stop() {
      if (timer) clearInterval(timer);
      timer = null;
      await running;
    },
  };
  return queue;
}
