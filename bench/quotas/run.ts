/**
 * bench/quotas — the full-year compliance of every subject of a city, through the API,
 * beside a hand-written SQL GROUP BY over the same rows (the floor), in the same run.
 * Goal: under 250 ms on SQLite and within 3× the floor. Readers get the answer kept up to date
 * (unchanged, or after a change); computing it from all the rows happens when a server starts
 * and after midnight, before anyone asks (keepQuotaReportReady), and is printed as well.
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
import { TEST_AUDIT_KEY, testConfig } from '../../server/test/helpers';
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
  if (db.dialect === 'sqlite') await sql`analyze`.execute(db.kysely);
  else await sql`analyze`.execute(db.kysely);
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

async function measure(label: string, db: Db) {
  log(`\n${label}`);
  const at = new Date().toISOString();
  const city = await db.kysely.selectFrom('units').select('id').where('kind', '=', 'city').executeTakeFirstOrThrow();
  const user = await createUser(db.kysely, at, { username: `bench${Date.now()}`, grants: [{ role: 'news_office', unitId: city.id }] });
  const cookie = await sessionCookie(db.kysely, user.id, at);
  const config = testConfig({ logLevel: 'silent' });
  const app = await buildApp({ config, database: db, auditKey: TEST_AUDIT_KEY });
  await app.listen({ port: 0, host: '127.0.0.1' });
  // Real HTTP, asking as a browser does (gzip accepted); the body is received whole but neither
  // unzipped nor parsed in the timed part — that is the client's work, not the server's.
  const call = async (server = app) => {
    const { statusCode, body } = await httpGet(server, `/api/v1/quotas?year=${YEAR}`, cookie);
    if (statusCode !== 200) throw new Error(body.toString());
    return body;
  };
  const first = await call();
  const subjects = (JSON.parse(gunzipSync(first).toString()) as { results: unknown[] }).results.length;
  const sent = first.length;
  await floorQuery(db.kysely);
  // From all the year's rows: a server's first answer of the day (or after a deletion), each run on a server just started.
  const fullTimes: number[] = [];
  for (let i = 0; i < 5; i++) {
    const fresh = await buildApp({ config, database: db, auditKey: TEST_AUDIT_KEY });
    await fresh.listen({ port: 0, host: '127.0.0.1' });
    const start = process.hrtime.bigint();
    await call(fresh);
    fullTimes.push(Number(process.hrtime.bigint() - start) / 1e6);
    await fresh.close();
  }
  fullTimes.sort((a, b) => a - b);
  const full = { p50: percentile(fullTimes, 50), p95: percentile(fullTimes, 95) };
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
  const cold = await timeRuns(5, async () => {
    await touch();
    await call();
  });
  // After a change of posts or names: one post holder's name written just before.
  const holder = await db.kysely
    .selectFrom('appointments')
    .innerJoin('people', 'people.id', 'appointments.person_id')
    .select(['people.id', 'people.name'])
    .orderBy('appointments.id')
    .limit(1)
    .executeTakeFirstOrThrow();
  const renamed = await timeRuns(5, async () => {
    await db.kysely
      .updateTable('people')
      .set({ name: `${holder.name}${++bump % 2 ? '（改）' : ''}`, updated_at: new Date().toISOString() })
      .where('id', '=', holder.id)
      .execute();
    await call();
  });
  const warm = await timeRuns(RUNS, call);
  const floor = await timeRuns(RUNS, () => floorQuery(db.kysely));
  log(`  GET /api/v1/quotas?year=${YEAR} over HTTP: ${subjects} results, ${(sent / 1e6).toFixed(2)} MB sent gzipped`);
  log(`    from all the year's rows (a server computes this at start-up and after midnight, before readers ask): p50 ${ms(full.p50)}, p95 ${ms(full.p95)}`);
  log(`    after a change (one ${YEAR} release written just before): p50 ${ms(cold.p50)}, p95 ${ms(cold.p95)}`);
  log(`    after a change of posts or names (one post holder renamed just before): p50 ${ms(renamed.p50)}, p95 ${ms(renamed.p95)}`);
  log(`    unchanged since last asked: p50 ${ms(warm.p50)}, p95 ${ms(warm.p95)}`);
  log(`  floor (one GROUP BY over the same rows): p50 ${ms(floor.p50)}, p95 ${ms(floor.p95)}`);
  log(
    `  ratio to the floor (p50): from all rows ${(full.p50 / floor.p50).toFixed(2)}×, after a change ${(cold.p50 / floor.p50).toFixed(2)}×, after a change of posts or names ${(renamed.p50 / floor.p50).toFixed(2)}×, unchanged ${(warm.p50 / floor.p50).toFixed(2)}×`,
  );
  await app.close();
  return { api: warm, cold, renamed, full, floor };
}

fs.mkdirSync(DATA, { recursive: true });
const sqlite = openDatabase({ kind: 'sqlite', file: path.join(DATA, 'quotas.sqlite') });
await ready(sqlite);
const sqliteResult = await measure('SQLite', sqlite);
const goal = (p50: number) => (p50 < 250 && p50 / sqliteResult.floor.p50 < 3 ? 'met' : 'not met');
log(
  `  goal (p50 < 250 ms, < 3× the floor): from all rows ${goal(sqliteResult.full.p50)}, after a change ${goal(sqliteResult.cold.p50)}, after a change of posts or names ${goal(sqliteResult.renamed.p50)}, unchanged ${goal(sqliteResult.api.p50)}`,
);
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
