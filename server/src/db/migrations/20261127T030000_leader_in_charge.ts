import type { Kysely } from 'kysely';
import { idColumn } from '../dialect';

/**
 * The district leader in charge of a unit (分管区领导): the vice district head a conference's
 * major matter goes to (A15.3, chosen there per application) kept here per unit, with history,
 * so that a major opinion item is reported at once to that leader (A13.2). A leader is in
 * charge of several units; a unit has one leader in charge at a time.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('unit_leaders_in_charge')
    .addColumn('id', 'integer', idColumn(db))
    .addColumn('unit_id', 'integer', (c) => c.notNull().references('units.id'))
    .addColumn('person_id', 'integer', (c) => c.notNull().references('people.id'))
    .addColumn('from_date', 'text', (c) => c.notNull())
    /** Last day in charge, inclusive; null while current. */
    .addColumn('to_date', 'text')
    .addColumn('note', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('unit_leaders_in_charge_unit').on('unit_leaders_in_charge').columns(['unit_id', 'from_date']).execute();
  await db.schema.createIndex('unit_leaders_in_charge_person').on('unit_leaders_in_charge').column('person_id').execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('unit_leaders_in_charge').execute();
}
