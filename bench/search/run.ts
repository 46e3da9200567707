/**
 * bench/search — Chinese full-text search over 200,000 releases (SQLite FTS5), through the API
 * as the news office sees it: the index build (time and size), then p50/p95 of a date-sorted
 * first page and of a relevance-ranked top 20 for words of 2, 3 and 4 characters, beside the
 * raw FTS5 count of the same match in the same run (the floor).
 * Goal: date-sorted p95 ≤ 20 ms, ranked p95 ≤ 50 ms.
 *
 *   npm run bench:search -w bench        # data set generated once into bench/.data/search.sqlite
 */
import fs from 'node:fs';
import path from 'node:path';
import { parseQuery } from '@fabutong/core';
import { sql } from 'kysely';
import { buildApp } from '../../server/src/app';
import { openDatabase } from '../../server/src/db/database';
import { prepareDatabase } from '../../server/src/db/migrate';
import { fts5Query, searchIndexSize } from '../../server/src/db/search-dialect';
import { drainSearchQueue } from '../../server/src/modules/search/indexer';
import { search } from '../../server/src/modules/search/service';
import { loadActor } from '../../server/src/modules/auth/repository';
import { createUnit, createUser, sessionCookie } from '../../server/test/factories';
import { TEST_AUDIT_KEY, testConfig } from '../../server/test/helpers';
import { ms, percentile, timeRuns } from '../lib/stats';
import { BENCH_UNITS, DOCUMENTS, generate } from './generate';

const RUNS = 25;
const DATA = path.resolve(import.meta.dirname, '../.data');
const FILE = path.join(DATA, 'search.sqlite');
const BUILD_NOTE = path.join(DATA, 'search-build.json');
const log = (line: string) => process.stdout.write(`${line}\n`);
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;

/** Words of each length from the releases' subjects (each in a few per cent of them), and the commonest words as the worst case. */
const QUERIES: { label: string; words: string[] }[] = [
  { label: '2-character words', words: ['防汛', '教育', '旅游', '就业', '养老', '水质', '景区', '燃气'] },
  { label: '3-character words', words: ['示范村', '招聘会', '喀斯特', '发言人', '合格率', '卫生院', '新闻办', '公积金'] },
  { label: '4-character words', words: ['乡村振兴', '地质灾害', '营商环境', '高山蔬菜', '森林防火', '食品安全', '居家养老', '一网通办'] },
  { label: 'worst case: the commonest words', words: ['工作', '群众', '部门', '负责人'] },
];

fs.mkdirSync(DATA, { recursive: true });
const db = openDatabase({ kind: 'sqlite', file: FILE });
await prepareDatabase(db.kysely, new Date().toISOString());
const app = await buildApp({ config: testConfig({ logLevel: 'silent' }), database: db, auditKey: TEST_AUDIT_KEY });
await app.ready();

const count = await db.kysely.selectFrom('releases').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
if (Number(count.n) === 0) {
  log(`generating ${DOCUMENTS.toLocaleString('en')} releases (once; kept in bench/.data)…`);
  const at = new Date().toISOString();
  const district = await createUnit(db.kysely, at, { kind: 'district', name: '武隆区' });
  const unitIds: number[] = [];
  for (const name of BENCH_UNITS) unitIds.push((await createUnit(db.kysely, at, { kind: name.endsWith('镇') || name.endsWith('街道') ? 'township' : 'department', name, parentId: district.id })).id);
  await generate(db.kysely, unitIds, log);
  log('building the index (segmenting every release, one paragraph at a time)…');
  const start = process.hrtime.bigint();
  const cpu = process.cpuUsage();
  const indexed = await drainSearchQueue(app.ctx);
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  const used = process.cpuUsage(cpu);
  const cpuSeconds = (used.user + used.system) / 1e6;
  await sql`analyze`.execute(db.kysely);
  const chars = await sql<{ n: number }>`select sum(length(title) + length(body)) as n from search_documents`.execute(db.kysely);
  fs.writeFileSync(BUILD_NOTE, JSON.stringify({ indexed, seconds, cpuSeconds, chars: Number(chars.rows[0]!.n), at: new Date().toISOString() }));
} else if (Number(count.n) !== DOCUMENTS) {
  throw new Error('an older data set is in bench/.data: delete search.sqlite and run again');
}

const build = JSON.parse(fs.readFileSync(BUILD_NOTE, 'utf8')) as { indexed: number; seconds: number; cpuSeconds: number; chars: number; at: string };
const size = await searchIndexSize(db.kysely);
log('\nSQLite FTS5, 200,000 releases');
log(
  `  index build: ${build.indexed.toLocaleString('en')} documents, ${(build.chars / 1e6).toFixed(1)} M characters in ${build.seconds.toFixed(0)} s wall, ${build.cpuSeconds.toFixed(0)} s CPU of this process (${(build.chars / build.cpuSeconds / 1e6).toFixed(2)} M characters per CPU-second; built ${build.at.slice(0, 16)})`,
);
log(`  size: FTS5 index ${mb(size.index)}, document store (text for snippets, filters) ${mb(size.documents)}, database file ${mb(fs.statSync(FILE).size)}`);

const at = new Date().toISOString();
const district = await db.kysely.selectFrom('units').select('id').where('kind', '=', 'district').executeTakeFirstOrThrow();
const user = await createUser(db.kysely, at, { username: `bench${Date.now()}`, grants: [{ role: 'news_office', unitId: district.id }] });
const cookie = await sessionCookie(db.kysely, user.id, at);
const township = await db.kysely.selectFrom('units').select('id').where('name', '=', '白马镇').executeTakeFirstOrThrow();
const unitUser = await createUser(db.kysely, at, { username: `bench-unit${Date.now()}`, grants: [{ role: 'unit_editor', unitId: township.id }] });
const unitCookie = await sessionCookie(db.kysely, unitUser.id, at);

const actorOf = async (userId: number) => {
  const actor = await loadActor(db.kysely, userId);
  if (!actor) throw new Error('bench user not found');
  return actor;
};
const office = { actor: await actorOf(user.id), ip: null };
const townshipUser = { actor: await actorOf(unitUser.id), ip: null };
/** The service as the route calls it: drain check, A17 filter, match, order, count, snippets. */
const service = (q: string, sort: 'date' | 'relevance', rc = office) => search(app.ctx, rc, { q, sort, page: 1, pageSize: 20 });
const api = async (q: string, sort: string) => {
  const res = await app.inject({ url: `/api/v1/search?q=${encodeURIComponent(q)}&sort=${sort}&pageSize=20`, headers: { cookie } });
  if (res.statusCode !== 200) throw new Error(res.body);
};
const floor = (q: string) => sql`select count(*) from search_fts where search_fts match ${fts5Query(parseQuery(q))}`.execute(db.kysely);
void unitCookie;

type Figures = { p50: number; p95: number };
const pooled = async (queries: string[], fn: (q: string) => Promise<unknown>): Promise<Figures> => {
  const times: number[] = [];
  for (const q of queries) {
    await fn(q);
    for (let i = 0; i < RUNS; i++) times.push((await timeRuns(1, () => fn(q))).p50);
  }
  times.sort((a, b) => a - b);
  return { p50: percentile(times, 50), p95: percentile(times, 95) };
};

const results: { label: string; date: Figures; ranked: Figures }[] = [];
for (const { label, words } of QUERIES) {
  const hits: string[] = [];
  for (const q of words) {
    const { rows } = await floor(q);
    hits.push(`${q} ${Number(Object.values(rows[0] as object)[0]).toLocaleString('en')}`);
  }
  const base = await pooled(words, floor);
  const date = await pooled(words, (q) => service(q, 'date'));
  const unitDate = await pooled(words, (q) => service(q, 'date', townshipUser));
  const ranked = await pooled(words, (q) => service(q, 'relevance'));
  const apiDate = await pooled(words, (q) => api(q, 'date'));
  const apiRanked = await pooled(words, (q) => api(q, 'relevance'));
  results.push({ label, date, ranked });
  log(`\n  ${label} (documents matching): ${hits.join(' · ')}`);
  log(`    floor, raw FTS5 count of the match:      p50 ${ms(base.p50)}, p95 ${ms(base.p95)}`);
  log(`    date-sorted first page, news office:     p50 ${ms(date.p50)}, p95 ${ms(date.p95)}  (${(date.p50 / base.p50).toFixed(2)}× the floor)`);
  log(`    …as a township user (A17 filter in SQL): p50 ${ms(unitDate.p50)}, p95 ${ms(unitDate.p95)}`);
  log(`    relevance-ranked top 20 (bm25):          p50 ${ms(ranked.p50)}, p95 ${ms(ranked.p95)}  (${(ranked.p50 / base.p50).toFixed(2)}× the floor)`);
  log(`    the same through HTTP with a session:    date p50 ${ms(apiDate.p50)} p95 ${ms(apiDate.p95)}; ranked p50 ${ms(apiRanked.p50)} p95 ${ms(apiRanked.p95)}`);
}

const goals = results.slice(0, 3);
const worstDate = Math.max(...goals.map((r) => r.date.p95));
const worstRanked = Math.max(...goals.map((r) => r.ranked.p95));
log(`\n  goal (2-, 3-, 4-character words): date-sorted p95 ≤ 20 ms ${worstDate <= 20 ? 'met' : 'not met'} (worst ${ms(worstDate)}); ranked p95 ≤ 50 ms ${worstRanked <= 50 ? 'met' : 'not met'} (worst ${ms(worstRanked)})`);
await app.close();
await db.close();
