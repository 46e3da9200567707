/**
 * bench/quotas — the full-year compliance of every subject of a city, through the API,
 * beside a hand-written SQL GROUP BY over the same rows (the floor), in the same run.
 * Goal: under 250 ms on SQLite and within 3× the floor, for what a reader waits for: the
 * first request after a server started or after midnight, after a change, and unchanged. The
 * report from all the rows is computed before a server listens and before midnight
 * (keepQuotaReportReady); it is timed and printed too.
 *
 *   npm run bench:quotas -w bench            # SQLite (data kept in bench/.data)
 *   DATABASE_URL=postgres://… npm run bench:quotas -w bench   # PostgreSQL too
 */
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { gunzipSync } from 'node:zlib';
import type { FastifyInstance } from 'fastify';
import path from 'node:path';
import { sql, type Kysely } from 'kysely';
import pg from 'pg';
import { buildApp } from '../../server/src/app';
import { openDatabase, type Db } from '../../server/src/db/database';
import { prepareDatabase } from '../../server/src/db/migrate';
import type { Database } from '../../server/src/db/schema';
import { createUser, sessionCookie } from '../../server/test/factories';
import { quotaReport } from '../../server/src/modules/quotas/service';
import { TEST_AUDIT_KEY, TestClock, testConfig } from '../../server/test/helpers';
import { ms, percentile, timeRuns } from '../lib/stats';
import { generate, RELEASES_PER_YEAR, YEARS } from './generate';

const YEAR = 2025;
const RUNS = 15;
const DATA = path.resolve(import.meta.dirname, '../.data');
const log = (line: string) => process.stdout.write(`${line}\n`);

async function ready(db: Db, schema?: string) {
  await prepareDatabase(db.kysely, new Date().toISOString(), schema);
  const count = await db.kysely.selectFrom('releases').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  const people = await db.kysely.selectFrom('people').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  if (Number(count.n) >= RELEASES_PER_YEAR * YEARS.length && Number(people.n) >= 9_900) return;
  if (Number(count.n) > 0) throw new Error('an older data set is in bench/.data or the bench schema: delete it and run again');
  log(`  generating the data set (once; kept for later runs)…`);
  await generate(db.kysely, log);
  await sql`analyze`.execute(db.kysely);
}

function httpGet(server: FastifyInstance, url: string, cookie: string): Promise<{ statusCode: number; body: Buffer }> {
  const { port } = server.server.address() as AddressInfo;
  return new Promise((resolve, reject) => {
    http
      .get({ host: '127.0.0.1', port, path: url, headers: { cookie, 'accept-encoding': 'gzip, deflate, br' } }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve({ statusCode: res.statusCode ?? 0, body: Buffer.concat(chunks) }));
      })
      .on('error', reject);
  });
}

/** The floor: what one GROUP BY costs over the year's rows. */
function floorQuery(db: Kysely<Database>) {
  return db
    .selectFrom('release_participants')
    .innerJoin('releases', 'releases.id', 'release_participants.release_id')
    .select(['release_participants.person_id', 'releases.organizer', 'releases.form', (eb) => eb.fn.countAll<number>().as('n')])
    .where('releases.release_date', '>=', `${YEAR}-01-01`)
    .where('releases.release_date', '<=', `${YEAR}-12-31`)
    .where('releases.status', 'in', ['held', 'published'])
    .groupBy(['release_participants.person_id', 'releases.organizer', 'releases.form'])
    .execute();
}

/**
 * A full collection between measurements (node --expose-gc): the bench runs a dozen servers in
 * one process, and one's garbage would otherwise be collected in the middle of another's timing.
 */
const collect = () => (globalThis as { gc?: () => void }).gc?.();

/** p50 and p95 of timings taken one by one. */
function summary(times: number[]) {
  const sorted = [...times].sort((a, b) => a - b);
  return { p50: percentile(sorted, 50), p95: percentile(sorted, 95) };
}

async function elapsed(fn: () => Promise<unknown>) {
  const start = process.hrtime.bigint();
  await fn();
  return Number(process.hrtime.bigint() - start) / 1e6;
}

async function measure(label: string, db: Db) {
  log(`\n${label}`);
  const at = new Date().toISOString();
  const city = await db.kysely.selectFrom('units').select('id').where('kind', '=', 'city').executeTakeFirstOrThrow();
  const user = await createUser(db.kysely, at, { username: `bench${Date.now()}`, grants: [{ role: 'news_office', unitId: city.id }] });
  const cookie = await sessionCookie(db.kysely, user.id, at);
  // 10:00 on 31 December in the district: every release of the year counts, the same rows as the floor's.
  const LAST_DAY = `${YEAR}-12-31T02:00:00.000Z`;
  const server = async (clock: TestClock) => buildApp({ config: testConfig({ logLevel: 'silent', now: clock.now }), database: db, auditKey: TEST_AUDIT_KEY });
  // Real HTTP, asking as a browser does (gzip accepted); the body is received whole but neither
  // unzipped nor parsed in the timed part — that is the client's work, not the server's.
  const call = async (app: FastifyInstance) => {
    const { statusCode, body } = await httpGet(app, `/api/v1/quotas?year=${YEAR}`, cookie);
    if (statusCode !== 200) throw new Error(body.toString());
    return body;
  };
  await floorQuery(db.kysely);

  // A server starting: what it does before it listens (this year's and last year's reports from
  // all the rows, and each result's JSON), the first reader; and the year's report alone from all
  // the rows, in a context of its own.
  const fromAllRows: number[] = [];
  const startUp: number[] = [];
  const firstAfterStart: number[] = [];
  for (let i = 0; i < 5; i++) {
    collect();
    const fresh = await server(new TestClock(LAST_DAY));
    startUp.push(await elapsed(async () => void (await fresh.ready())));
    fromAllRows.push(await elapsed(() => quotaReport({ ...fresh.ctx }, YEAR)));
    await fresh.listen({ port: 0, host: '127.0.0.1' });
    firstAfterStart.push(await elapsed(() => call(fresh)));
    await fresh.close();
  }
  // Midnight: started at 23:55, the server has computed the next day's report too; the first reader after midnight.
  const firstAfterMidnight: number[] = [];
  for (let i = 0; i < 3; i++) {
    collect();
    const clock = new TestClock(`${YEAR}-12-30T15:55:00.000Z`);
    const fresh = await server(clock);
    await fresh.listen({ port: 0, host: '127.0.0.1' });
    clock.set(`${YEAR}-12-30T16:00:30.000Z`);
    firstAfterMidnight.push(await elapsed(() => call(fresh)));
    await fresh.close();
  }

  const app = await server(new TestClock(LAST_DAY));
  await app.listen({ port: 0, host: '127.0.0.1' });
  const first = await call(app);
  const subjects = (JSON.parse(gunzipSync(first).toString()) as { results: unknown[] }).results.length;
  const sent = first.length;
  // After a change: one release of the measured year is written just before.
  const changed = await db.kysely
    .selectFrom('releases')
    .select('id')
    .where('release_date', '>=', `${YEAR}-06-01`)
    .where('status', 'in', ['held', 'published'])
    .orderBy('id')
    .limit(1)
    .executeTakeFirstOrThrow();
  let bump = 0;
  const touch = () =>
    db.kysely
      .updateTable('releases')
      .set({ updated_at: new Date(Date.now() + ++bump).toISOString() })
      .where('id', '=', changed.id)
      .execute();
  collect();
  const cold = await timeRuns(5, async () => {
    await touch();
    await call(app);
  });
  // After a change of posts or names: one post holder's name written just before.
  const holder = await db.kysely
    .selectFrom('appointments')
    .innerJoin('people', 'people.id', 'appointments.person_id')
    .select(['people.id', 'people.name'])
    .orderBy('appointments.id')
    .limit(1)
    .executeTakeFirstOrThrow();
  collect();
  const renamed = await timeRuns(5, async () => {
    await db.kysely
      .updateTable('people')
      .set({ name: `${holder.name}${++bump % 2 ? '（改）' : ''}`, updated_at: new Date().toISOString() })
      .where('id', '=', holder.id)
      .execute();
    await call(app);
  });
  collect();
  const warm = await timeRuns(RUNS, () => call(app));
  collect();
  const floor = await timeRuns(RUNS, () => floorQuery(db.kysely));
  await app.close();

  const readers = {
    'first request after start-up': summary(firstAfterStart),
    'first request after midnight': summary(firstAfterMidnight),
    'after a change (one release written just before)': cold,
    'after a change of posts or names (one post holder renamed just before)': renamed,
    'unchanged since last asked': warm,
  };
  const full = summary(fromAllRows);
  const started = summary(startUp);
  const figures = (f: { p50: number; p95: number }) => `p50 ${ms(f.p50)}, p95 ${ms(f.p95)}, ${(f.p50 / floor.p50).toFixed(2)}× the floor`;
  log(`  GET /api/v1/quotas?year=${YEAR} over HTTP: ${subjects} results, ${(sent / 1e6).toFixed(2)} MB sent gzipped`);
  log(`  what a reader waits for:`);
  for (const [what, f] of Object.entries(readers)) log(`    ${what}: ${figures(f)}`);
  log(`  what no reader waits for (done before the server listens, and at 23:50–24:00 for the next day):`);
  log(`    the year's report from all the rows: ${figures(full)}`);
  log(`    start-up, before listening (this year's and last year's reports, and their results' JSON): p50 ${ms(started.p50)}, p95 ${ms(started.p95)}`);
  log(`  floor (one GROUP BY over the same rows): p50 ${ms(floor.p50)}, p95 ${ms(floor.p95)}`);
  return { readers, full, floor };
}

fs.mkdirSync(DATA, { recursive: true });
const sqlite = openDatabase({ kind: 'sqlite', file: path.join(DATA, 'quotas.sqlite') });
await ready(sqlite);
const sqliteResult = await measure('SQLite', sqlite);
const goal = (p50: number) => (p50 < 250 && p50 / sqliteResult.floor.p50 < 3 ? 'met' : 'not met');
log(`  goal for what a reader waits for (p50 < 250 ms, < 3× the floor):`);
for (const [what, f] of Object.entries(sqliteResult.readers)) log(`    ${what}: ${goal(f.p50)}`);
log(`    (the year's report from all the rows: ${goal(sqliteResult.full.p50)}; a reader waits for it only after more than 5,000 releases are written at once)`);
await sqlite.close();

if (process.env.DATABASE_URL) {
  const schema = 'bench_quotas';
  const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  await client.query(`create schema if not exists ${schema}`);
  await client.end();
  const postgres = openDatabase({ kind: 'postgres', url: process.env.DATABASE_URL, schema });
  await ready(postgres, schema);
  await measure('PostgreSQL', postgres);
  await postgres.close();
}
