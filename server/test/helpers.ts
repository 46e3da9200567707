/**
 * Each test builds the real app on a fresh, migrated database: an in-memory SQLite file, or
 * (when DATABASE_URL is set) a PostgreSQL database of its own, copied from the run's migrated
 * template and dropped afterwards.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../src/app';
import type { Config } from '../src/config';
import type { AppContext } from '../src/context';
import { openDatabase, type Db } from '../src/db/database';
import type { DialectName } from '../src/db/dialect';
import { prepareDatabase } from '../src/db/migrate';
import { databaseUrl, onServer } from './postgres-template';

export const DIALECTS: DialectName[] = process.env.DATABASE_URL ? ['sqlite', 'postgres'] : ['sqlite'];

export const TEST_AUDIT_KEY = Buffer.from('test-audit-key-0123456789abcdef-0123456789');

export class TestClock {
  private current: number;
  constructor(start: string | Date = '2026-11-26T02:00:00.000Z') {
    this.current = new Date(start).getTime();
  }
  now = (): Date => new Date(this.current);
  set(instant: string | Date) {
    this.current = new Date(instant).getTime();
  }
  advance(ms: number) {
    this.current += ms;
  }
}

export interface TestDatabase {
  db: Db;
  dialect: DialectName;
  /** PostgreSQL: where the test's own database is. */
  url?: string;
  /** Another connection pool on the same database, as a second server would have (PostgreSQL). */
  openAnother(): Db;
  drop(): Promise<void>;
}

export async function createTestDatabase(dialect: DialectName): Promise<TestDatabase> {
  if (dialect === 'sqlite') {
    const db = openDatabase({ kind: 'sqlite', file: ':memory:' });
    await prepareDatabase(db.kysely, new Date().toISOString());
    return {
      db,
      dialect,
      openAnother: () => {
        throw new Error('an in-memory SQLite database has one connection');
      },
      drop: () => db.close().catch(() => undefined),
    };
  }
  // A copy of the run's migrated template (postgres-template.ts).
  const { inject } = await import('vitest');
  const template = inject('postgresTemplate');
  if (!template) throw new Error('PostgreSQL tests need the global setup test/postgres-template.ts (vitest runs it when DATABASE_URL is set)');
  const server = process.env.DATABASE_URL!;
  const name = `${template.replace(/template$/, '')}${crypto.randomBytes(5).toString('hex')}`;
  await onServer(server, (client) => client.query(`create database ${name} template ${template}`));
  const url = databaseUrl(server, name);
  const db = openDatabase({ kind: 'postgres', url });
  return {
    db,
    dialect,
    url,
    openAnother: () => openDatabase({ kind: 'postgres', url }),
    drop: async () => {
      await db.close().catch(() => undefined);
      await onServer(server, (client) => client.query(`drop database ${name} with (force)`));
    },
  };
}

export function testConfig(overrides: Partial<Config> = {}): Config {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'fabutong-test-'));
  return {
    port: 0,
    host: '127.0.0.1',
    dataDir,
    database: { kind: 'sqlite', file: ':memory:' },
    adminPassword: undefined,
    demo: false,
    logLevel: 'silent',
    auditKey: undefined,
    trustProxy: false,
    jobs: false,
    loginRateLimitPerMinute: 10_000,
    now: () => new Date(),
    heartbeatMs: 20_000,
    ...overrides,
  };
}

export interface TestApp {
  app: FastifyInstance;
  ctx: AppContext;
  clock: TestClock;
  dialect: DialectName;
  close(): Promise<void>;
}

export async function buildTestApp(
  dialect: DialectName,
  options: { clock?: TestClock; config?: Partial<Config>; database?: TestDatabase; routes?: (app: FastifyInstance) => void } = {},
): Promise<TestApp> {
  const clock = options.clock ?? new TestClock();
  const database = options.database ?? (await createTestDatabase(dialect));
  const config = testConfig({ now: clock.now, ...options.config });
  const app = await buildApp({ config, database: database.db, auditKey: TEST_AUDIT_KEY });
  options.routes?.(app);
  await app.ready();
  return {
    app,
    ctx: app.ctx,
    clock,
    dialect,
    close: async () => {
      await app.close();
      if (!options.database) await database.drop();
      fs.rmSync(config.dataDir, { recursive: true, force: true });
    },
  };
}

/**
 * Two servers on one PostgreSQL database, each with its own connection pool, as two processes
 * behind a load balancer would have; `work` gets both, and everything is closed and dropped after.
 */
export async function withTwoServers(options: { clock?: TestClock; routes?: (app: FastifyInstance) => void }, work: (a: TestApp, b: TestApp) => Promise<void>) {
  const database = await createTestDatabase('postgres');
  const a = await buildTestApp('postgres', { ...options, database });
  const other = database.openAnother();
  const b = await buildTestApp('postgres', { ...options, database: { ...database, db: other } });
  try {
    await work(a, b);
  } finally {
    await b.close();
    await other.close();
    await a.close();
    await database.drop();
  }
}

/** Every row of every table, to prove that a refused request wrote nothing. */
export async function snapshotTables(app: TestApp, except: string[] = ['sessions']): Promise<Record<string, unknown[]>> {
  const tables = (await app.ctx.db.introspection.getTables()).map((t) => t.name).filter((n) => !n.startsWith('kysely_') && !except.includes(n));
  const snapshot: Record<string, unknown[]> = {};
  for (const name of tables.sort()) {
    snapshot[name] = await app.ctx.db
      .selectFrom(name as 'users')
      .selectAll()
      .execute()
      .then((rows) => rows.map((r) => JSON.stringify(r)).sort());
  }
  return snapshot;
}
