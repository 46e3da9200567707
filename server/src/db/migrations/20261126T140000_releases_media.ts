import type { Kysely } from 'kysely';
import { idColumn } from '../dialect';

export async function up(db: Kysely<any>): Promise<void> {
  const id = idColumn(db);

  await db.schema
    .createTable('platforms')
    .addColumn('id', 'integer', id)
    .addColumn('name', 'text', (c) => c.notNull().unique())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('url', 'text')
    .addColumn('active', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('sort_order', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();

  await db.schema
    .createTable('outlets')
    .addColumn('id', 'integer', id)
    .addColumn('name', 'text', (c) => c.notNull())
    /** A news outlet, or a live-streaming organization (A13.7). */
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('level', 'text', (c) => c.notNull())
    .addColumn('licence_no', 'text')
    .addColumn('licence_valid_from', 'text')
    .addColumn('licence_valid_until', 'text')
    .addColumn('contact', 'text')
    .addColumn('note', 'text')
    .addColumn('active', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('journalists')
    .addColumn('id', 'integer', id)
    .addColumn('outlet_id', 'integer', (c) => c.notNull().references('outlets.id'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('press_card_no', 'text')
    .addColumn('press_card_valid_from', 'text')
    .addColumn('press_card_valid_until', 'text')
    .addColumn('contact', 'text')
    .addColumn('note', 'text')
    .addColumn('active', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('journalists_outlet').on('journalists').column('outlet_id').execute();

  await db.schema
    .createTable('outlet_findings')
    .addColumn('id', 'integer', id)
    .addColumn('outlet_id', 'integer', (c) => c.notNull().references('outlets.id'))
    .addColumn('found_on', 'text', (c) => c.notNull())
    .addColumn('release_id', 'integer')
    .addColumn('finding', 'text', (c) => c.notNull())
    .addColumn('recorded_by', 'integer', (c) => c.references('users.id'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('releases')
    .addColumn('id', 'integer', id)
    .addColumn('unit_id', 'integer', (c) => c.notNull().references('units.id'))
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('in_name_of', 'text', (c) => c.notNull())
    .addColumn('organizer', 'text', (c) => c.notNull())
    .addColumn('form', 'text', (c) => c.notNull())
    /** JSON array of A5 categories. */
    .addColumn('categories', 'text', (c) => c.notNull())
    .addColumn('starts_at', 'text', (c) => c.notNull())
    /** The district calendar date of starts_at: years and months are counted by it. */
    .addColumn('release_date', 'text', (c) => c.notNull())
    .addColumn('venue', 'text')
    .addColumn('qa', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('is_public', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('not_public_reason', 'text')
    .addColumn('summary', 'text')
    .addColumn('body', 'text')
    .addColumn('transcript', 'text')
    /** JSON array of platform ids (A11). */
    .addColumn('platform_ids', 'text', (c) => c.notNull())
    .addColumn('confidentiality_reviewer', 'text')
    .addColumn('confidentiality_reviewed_at', 'text')
    /** JSON: the A13.7 risk assessment. */
    .addColumn('risk_assessment', 'text')
    .addColumn('opinion_reaction', 'text')
    .addColumn('created_by', 'integer', (c) => c.references('users.id'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('releases_date').on('releases').columns(['release_date', 'status']).execute();
  await db.schema.createIndex('releases_unit_date').on('releases').columns(['unit_id', 'release_date']).execute();

  await db.schema
    .createTable('release_participants')
    .addColumn('id', 'integer', id)
    .addColumn('release_id', 'integer', (c) => c.notNull().references('releases.id').onDelete('cascade'))
    .addColumn('person_id', 'integer', (c) => c.notNull().references('people.id'))
    .addColumn('part', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('release_participants_release').on('release_participants').column('release_id').execute();
  await db.schema.createIndex('release_participants_person').on('release_participants').column('person_id').execute();

  await db.schema
    .createTable('release_outlets')
    .addColumn('id', 'integer', id)
    .addColumn('release_id', 'integer', (c) => c.notNull().references('releases.id').onDelete('cascade'))
    .addColumn('outlet_id', 'integer', (c) => c.notNull().references('outlets.id'))
    .addColumn('journalist_id', 'integer', (c) => c.references('journalists.id'))
    .execute();
  await db.schema.createIndex('release_outlets_release').on('release_outlets').column('release_id').execute();

  await db.schema
    .createTable('release_coverage')
    .addColumn('id', 'integer', id)
    .addColumn('release_id', 'integer', (c) => c.notNull().references('releases.id').onDelete('cascade'))
    .addColumn('outlet_id', 'integer', (c) => c.references('outlets.id'))
    .addColumn('outlet_name', 'text', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('url', 'text')
    .addColumn('published_on', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('release_coverage_release').on('release_coverage').column('release_id').execute();
}
