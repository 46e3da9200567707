import type { Actor } from '@fabutong/core';
import type { Kysely, Transaction } from 'kysely';
import type { Config } from './config';
import type { DialectName } from './db/dialect';
import type { Database } from './db/schema';
import type { AuditTrail } from './modules/audit/trail';
import type { PendingRegistry } from './modules/home/pending';
import type { JobQueue } from './plugins/jobs';
import type { Realtime } from './plugins/realtime';

/** What every service may use: the database, the clock, the audit trail, the job queue. */
export interface AppContext {
  db: Kysely<Database>;
  dialect: DialectName;
  config: Config;
  now: () => Date;
  audit: AuditTrail;
  jobs: JobQueue;
  pending: PendingRegistry;
  realtime: Realtime;
}

/** Who is asking, and from where: what a service needs to authorize and to audit. */
export interface RequestContext {
  actor: Actor;
  ip: string | null;
}

export type Trx = Transaction<Database>;

export function nowIso(app: Pick<AppContext, 'now'>): string {
  return app.now().toISOString();
}
