import { sql, type Kysely } from 'kysely';
import { dialectOf } from '../dialect';

/**
 * Opinion items join the full-text index (docs/decisions/chinese-search.md): the same trigger
 * as every other source (20261126T180100_search.ts) queues each changed item in the writer's
 * own transaction — a feed's or a vendor's sighting as much as a report by hand — and the
 * items already stored are queued, to be indexed by the first search.
 */
export async function up(db: Kysely<any>): Promise<void> {
  if (dialectOf(db) === 'postgres') {
    await sql`create trigger search_enqueue_opinion_items after insert or update or delete on opinion_items for each row execute function search_enqueue('opinion')`.execute(db);
  } else {
    for (const [event, row] of [
      ['insert', 'new'],
      ['update', 'new'],
      ['delete', 'old'],
    ] as const) {
      await sql`create trigger ${sql.raw(`search_enqueue_opinion_items_${event}`)} after ${sql.raw(event)} on opinion_items begin insert or ignore into search_queue (kind, ref_id) values ('opinion', ${sql.raw(row)}.id); end`.execute(db);
    }
  }
  await sql`insert into search_queue (kind, ref_id) select 'opinion', id from opinion_items`.execute(db);
}
