import type { Kysely } from 'kysely';
import { idColumn } from '../dialect';

/** The log behind live updates: subscribers resume from the last event id they saw. */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('live_events')
    .addColumn('id', 'integer', idColumn(db))
    .addColumn('channel', 'text', (c) => c.notNull())
    .addColumn('event', 'text', (c) => c.notNull())
    .addColumn('data', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('live_events_channel').on('live_events').columns(['channel', 'id']).execute();
}
