import { sql, type Kysely } from 'kysely';
import { dialectOf } from '../dialect';

/**
 * The quota report asks on every reading whether its inputs changed. Counting a city's 600,000
 * releases to notice a deletion took most of that question's 60–90 ms, and two writes in one
 * millisecond left the newest time stamp alone. Counters kept by triggers answer exactly, from
 * one small table, whichever server or process wrote; and they tell a deletion (whose row is
 * gone, so no time stamp shows it) from a write.
 */
const COUNTED = ['releases', 'appointments', 'units', 'people'];

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('change_counters')
    .addColumn('name', 'text', (c) => c.primaryKey())
    .addColumn('writes', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('deletions', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();
  await db.insertInto('change_counters').values(COUNTED.map((name) => ({ name }))).execute();
  if (dialectOf(db) === 'postgres') {
    await sql`create function count_changes() returns trigger language plpgsql as $$
begin
  update change_counters set writes = writes + 1, deletions = deletions + (tg_op = 'DELETE')::int where name = tg_table_name;
  return null;
end $$`.execute(db);
    for (const table of COUNTED) {
      await sql`create trigger ${sql.raw(`${table}_count_changes`)} after insert or update or delete on ${sql.table(table)} for each statement execute function count_changes()`.execute(db);
    }
  } else {
    for (const table of COUNTED) {
      for (const event of ['insert', 'update', 'delete']) {
        const deletion = event === 'delete' ? sql`, deletions = deletions + 1` : sql``;
        await sql`create trigger ${sql.raw(`${table}_count_${event}`)} after ${sql.raw(event)} on ${sql.table(table)} begin update change_counters set writes = writes + 1${deletion} where name = ${sql.lit(table)}; end`.execute(db);
      }
    }
  }
}

export async function down(db: Kysely<any>): Promise<void> {
  if (dialectOf(db) === 'postgres') {
    for (const table of COUNTED) await sql`drop trigger ${sql.raw(`${table}_count_changes`)} on ${sql.table(table)}`.execute(db);
    await sql`drop function count_changes()`.execute(db);
  } else {
    for (const table of COUNTED) for (const event of ['insert', 'update', 'delete']) await sql`drop trigger ${sql.raw(`${table}_count_${event}`)}`.execute(db);
  }
  await db.schema.dropTable('change_counters').execute();
}
