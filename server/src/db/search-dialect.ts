/**
 * Full-text search, the part that differs between SQLite and PostgreSQL
 * (docs/decisions/chinese-search.md). The text is split in the application
 * (`core/src/search/segment.ts`); here the pieces are written and matched:
 *
 * - SQLite: a contentless FTS5 table `search_fts` (tgrams, bgrams, words, chars) whose rowid
 *   is `search_documents.id`. A Han term of n ≥ 2 characters is the phrase of its bigrams,
 *   or the whole word; ranking is bm25 with column weights (among the newest RANK_WINDOW
 *   matches); date order is rowid order, which FTS5 walks backwards and stops after a page.
 * - PostgreSQL: `search_documents.tsv`, `to_tsvector('simple', …)` over the same pieces, title
 *   weighted A, GIN-indexed. Positions are dropped from the body (a long transcript would
 *   exceed tsvector's position limits), so a Han term of three characters or more is matched
 *   by its bigrams and then checked as a substring of the stored text. Ranking is ts_rank.
 */
import { bigramsOf, type DocumentTokens, type Run } from '@fabutong/core';
import { sql, type Kysely, type RawBuilder } from 'kysely';
import { dialectOf } from './dialect';
import type { Database } from './schema';

const quote = (token: string) => `"${token.replace(/"/g, '""')}"`;

/** Writes the words of one document; `replacing` when the key may already hold older words. */
export async function writeSearchTokens(db: Kysely<Database>, key: number, tokens: DocumentTokens, replacing: boolean): Promise<void> {
  if (dialectOf(db) === 'postgres') {
    const body = [...new Set([...tokens.bodyGrams.filter((g) => g !== '0'), ...tokens.words, ...tokens.chars])];
    const title = [...tokens.titleGrams.filter((g) => g !== '0')];
    await sql`update search_documents set tsv = setweight(to_tsvector('simple', ${title.join(' ')}), 'A') || strip(to_tsvector('simple', ${body.join(' ')})) where id = ${key}`.execute(db);
    return;
  }
  if (replacing) await sql`delete from search_fts where rowid = ${key}`.execute(db);
  await sql`insert into search_fts (rowid, tgrams, bgrams, words, chars) values (${key}, ${tokens.titleGrams.join(' ')}, ${tokens.bodyGrams.join(' ')}, ${tokens.words.join(' ')}, ${tokens.chars.join(' ')})`.execute(db);
}

/** Removes the words of one document (on PostgreSQL they go with its row). */
export async function deleteSearchTokens(db: Kysely<Database>, key: number): Promise<void> {
  if (dialectOf(db) === 'sqlite') await sql`delete from search_fts where rowid = ${key}`.execute(db);
}

/** The FTS5 query: every term must match. */
export function fts5Query(terms: Run[]): string {
  return terms
    .map((t) => {
      if (!t.han) return `words : ${quote(t.text)}`;
      const grams = bigramsOf(t.text);
      if (grams.length === 0) return `chars : ${quote(t.text)}`;
      return `({tgrams bgrams} : ${quote(grams.join(' '))} OR words : ${quote(t.text)})`;
    })
    .join(' AND ');
}

function postgresQuery(terms: Run[]) {
  const must = new Set<string>();
  const rank = new Set<string>();
  const substrings: string[] = [];
  for (const t of terms) {
    const grams = t.han ? bigramsOf(t.text) : [];
    const pieces = grams.length ? grams : [t.text];
    for (const p of pieces) must.add(p);
    for (const p of [...pieces, t.text]) rank.add(p);
    if (grams.length >= 2) substrings.push(t.text);
  }
  return {
    must: [...must].join(' '),
    rank: [...rank].map((p) => `'${p}'`).join(' | '),
    substrings,
  };
}

/**
 * Relevance is ranked among the newest this many matches (after the reader's filters): bm25
 * costs a few microseconds a row, so a word found in 100,000 documents would take a second to
 * rank in full; the newest 2,000 are ranked in milliseconds. Fewer matches are all ranked.
 */
export const RANK_WINDOW = 2000;

export interface SearchPageOptions {
  terms: Run[];
  /** Filters over the documents, aliased `d` (kind, unit, year, who may read). */
  where: RawBuilder<boolean>;
  order: 'relevance' | 'date';
  limit: number;
  offset: number;
}

export interface SearchRow {
  id: number;
  kind: string;
  ref_id: number;
  unit_id: number;
  unit_name: string;
  is_public: number;
  date: string;
  title: string;
  body: string;
  link: string;
}

/** A page of matching documents, filtered in SQL. */
export async function searchPage(db: Kysely<Database>, o: SearchPageOptions): Promise<SearchRow[]> {
  const columns = sql`d.id, d.kind, d.ref_id, d.unit_id, d.is_public, d.date, d.title, d.body, d.link, (select name from units where units.id = d.unit_id) as unit_name`;
  if (dialectOf(db) === 'postgres') {
    const q = postgresQuery(o.terms);
    const matching = sql`from search_documents d where d.tsv @@ plainto_tsquery('simple', ${q.must}) ${substringChecks(q.substrings)} and ${o.where}`;
    if (o.order === 'date') {
      return (await sql<SearchRow>`select ${columns} ${matching} order by d.id desc limit ${o.limit} offset ${o.offset}`.execute(db)).rows;
    }
    const ranked = sql`select id, score from (select d.id, ts_rank(d.tsv, to_tsquery('simple', ${q.rank})) as score ${matching} order by d.id desc limit ${RANK_WINDOW}) newest
      order by score desc, id desc limit ${o.limit} offset ${o.offset}`;
    return (await sql<SearchRow>`select ${columns} from (${ranked}) top join search_documents d on d.id = top.id order by top.score desc, top.id desc`.execute(db)).rows;
  }
  // CROSS JOIN keeps FTS5 as the outer loop: it walks the matches newest first and stops early.
  const matching = sql`from search_fts f cross join search_documents d where f.search_fts match ${fts5Query(o.terms)} and d.id = f.rowid and ${o.where}`;
  if (o.order === 'date') {
    return (await sql<SearchRow>`select ${columns} ${matching} order by f.rowid desc limit ${o.limit} offset ${o.offset}`.execute(db)).rows;
  }
  // Rank the newest matches by id and score alone; read the text of the page's rows only.
  const ranked = sql`select id, score from (select d.id, bm25(search_fts, 4.0, 1.0, 2.0, 0.5) as score ${matching} order by f.rowid desc limit ${RANK_WINDOW})
    order by score, id desc limit ${o.limit} offset ${o.offset}`;
  return (await sql<SearchRow>`select ${columns} from (${ranked}) top join search_documents d on d.id = top.id order by top.score, top.id desc`.execute(db)).rows;
}

/** How many documents match, counted up to `cap` (a common word need not be counted to the end). */
export async function countMatches(db: Kysely<Database>, terms: Run[], where: RawBuilder<boolean>, cap: number): Promise<number> {
  if (dialectOf(db) === 'postgres') {
    const q = postgresQuery(terms);
    const { rows } = await sql<{ n: number }>`select count(*) as n from (select 1 from search_documents d
      where d.tsv @@ plainto_tsquery('simple', ${q.must}) ${substringChecks(q.substrings)} and ${where} limit ${cap}) hits`.execute(db);
    return Number(rows[0]?.n ?? 0);
  }
  const { rows } = await sql<{ n: number }>`select count(*) as n from (select 1 from search_fts f cross join search_documents d
    where f.search_fts match ${fts5Query(terms)} and d.id = f.rowid and ${where} limit ${cap})`.execute(db);
  return Number(rows[0]?.n ?? 0);
}

function substringChecks(substrings: string[]): RawBuilder<unknown> {
  if (substrings.length === 0) return sql``;
  return sql`and ${sql.join(
    substrings.map((s) => sql`(strpos(d.title, ${s}) > 0 or strpos(d.body, ${s}) > 0)`),
    sql` and `,
  )}`;
}

/** Bytes the index takes (SQLite: the FTS5 shadow tables; PostgreSQL: the tsv column and its GIN index). */
export async function searchIndexSize(db: Kysely<Database>): Promise<{ index: number; documents: number }> {
  if (dialectOf(db) === 'postgres') {
    const { rows } = await sql<{ index: number; documents: number }>`select
      pg_relation_size('search_documents_tsv') + coalesce((select sum(pg_column_size(tsv)) from search_documents), 0) as index,
      pg_total_relation_size('search_documents') - pg_relation_size('search_documents_tsv') as documents`.execute(db);
    return { index: Number(rows[0]!.index), documents: Number(rows[0]!.documents) };
  }
  const { rows } = await sql<{ name: string; bytes: number }>`select name, sum(pgsize) as bytes from dbstat where name like 'search_fts%' or name like '%search_documents%' group by name`.execute(db);
  const sum = (f: (n: string) => boolean) => rows.filter((r) => f(r.name)).reduce((a, r) => a + Number(r.bytes), 0);
  return { index: sum((n) => n.startsWith('search_fts')), documents: sum((n) => !n.startsWith('search_fts')) };
}
