import { sql, type Kysely } from 'kysely';
import { dialectOf } from '../dialect';

/**
 * The full-text index (docs/decisions/chinese-search.md).
 *
 * `search_documents` holds one row per indexed record — its kind, unit, date, whether it is
 * public, its text for snippets — under a key that sorts by date. The words themselves, split
 * in the application (`core/src/search/segment.ts`), go to an FTS5 table on SQLite and to a
 * tsvector with a GIN index on PostgreSQL.
 *
 * `search_queue` is the safety net: a trigger on every source table queues each changed record
 * in the writer's own transaction, so a change made outside the search hooks (another module,
 * a script) is indexed before the next search reads the index. Nothing a crash could lose.
 */
const SOURCES: { kind: string; table: string }[] = [
  { kind: 'release', table: 'releases' },
  { kind: 'incident', table: 'incidents' },
  { kind: 'topic', table: 'topics' },
  { kind: 'talking_point', table: 'talking_points' },
];

export async function up(db: Kysely<any>): Promise<void> {
  const postgres = dialectOf(db) === 'postgres';

  await db.schema
    .createTable('search_documents')
    /** day of the record's date × 2³² + kind × 2²⁸ + record id: in key order is in date order. */
    .addColumn('id', postgres ? 'bigint' : 'integer', (c) => c.primaryKey())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('ref_id', 'integer', (c) => c.notNull())
    .addColumn('unit_id', 'integer', (c) => c.notNull())
    .addColumn('is_public', 'integer', (c) => c.notNull())
    .addColumn('date', 'text', (c) => c.notNull())
    .addColumn('year', 'integer', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('link', 'text', (c) => c.notNull())
    .addColumn('indexed_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('search_documents_record', ['kind', 'ref_id'])
    .execute();

  await db.schema
    .createTable('search_queue')
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('ref_id', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('search_queue_pk', ['kind', 'ref_id'])
    .execute();

  if (postgres) {
    await sql`alter table search_documents add column tsv tsvector not null default ''::tsvector`.execute(db);
    await sql`create index search_documents_tsv on search_documents using gin (tsv)`.execute(db);
    await sql`create function search_enqueue() returns trigger language plpgsql as $$
begin
  if tg_op = 'DELETE' then
    insert into search_queue (kind, ref_id) values (tg_argv[0], old.id) on conflict do nothing;
  else
    insert into search_queue (kind, ref_id) values (tg_argv[0], new.id) on conflict do nothing;
  end if;
  return null;
end $$`.execute(db);
    for (const { kind, table } of SOURCES) {
      await sql`create trigger ${sql.raw(`search_enqueue_${table}`)} after insert or update or delete on ${sql.table(table)} for each row execute function search_enqueue(${sql.lit(kind)})`.execute(db);
    }
  } else {
    // Contentless: the text lives in search_documents; contentless_delete lets a row be replaced.
    await sql`create virtual table search_fts using fts5(tgrams, bgrams, words, chars, content='', contentless_delete=1, tokenize='unicode61 remove_diacritics 0')`.execute(db);
    // bm25 column weights: title bigrams, body bigrams, words, single characters.
    await sql`insert into search_fts (search_fts, rank) values ('rank', 'bm25(4.0, 1.0, 2.0, 0.5)')`.execute(db);
    for (const { kind, table } of SOURCES) {
      for (const [event, row] of [
        ['insert', 'new'],
        ['update', 'new'],
        ['delete', 'old'],
      ] as const) {
        await sql`create trigger ${sql.raw(`search_enqueue_${table}_${event}`)} after ${sql.raw(event)} on ${sql.table(table)} begin insert or ignore into search_queue (kind, ref_id) values (${sql.lit(kind)}, ${sql.raw(row)}.id); end`.execute(db);
      }
    }
  }

  // Records written before the index existed are indexed by the first search.
  for (const { kind, table } of SOURCES) {
    await sql`insert into search_queue (kind, ref_id) select ${sql.lit(kind)}, id from ${sql.table(table)}`.execute(db);
  }
}
