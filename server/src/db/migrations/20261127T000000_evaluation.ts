import type { Kysely } from 'kysely';
import { idColumn } from '../dialect';

/** Training (A12), spokesperson annual reports (A9.8) and the annual evaluation (A13.8, A16). */
export async function up(db: Kysely<any>): Promise<void> {
  const id = idColumn(db);

  await db.schema
    .createTable('training_sessions')
    .addColumn('id', 'integer', id)
    .addColumn('topic', 'text', (c) => c.notNull())
    .addColumn('held_on', 'text', (c) => c.notNull())
    .addColumn('organizer', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('note', 'text')
    .addColumn('created_by', 'integer', (c) => c.references('users.id'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('training_sessions_held_on').on('training_sessions').column('held_on').execute();

  /** Who attended, with the unit and post they held on the day (so history reads as it was). */
  await db.schema
    .createTable('training_attendance')
    .addColumn('id', 'integer', id)
    .addColumn('session_id', 'integer', (c) => c.notNull().references('training_sessions.id'))
    .addColumn('person_id', 'integer', (c) => c.notNull().references('people.id'))
    .addColumn('unit_id', 'integer', (c) => c.references('units.id'))
    .addColumn('post', 'text')
    .execute();
  await db.schema.createIndex('training_attendance_unique').on('training_attendance').columns(['session_id', 'person_id']).unique().execute();
  await db.schema.createIndex('training_attendance_person').on('training_attendance').column('person_id').execute();

  await db.schema
    .createTable('evaluations')
    .addColumn('id', 'integer', id)
    .addColumn('year', 'integer', (c) => c.notNull().unique())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('indicators', 'text', (c) => c.notNull())
    .addColumn('submitted_at', 'text')
    .addColumn('submitted_by', 'integer', (c) => c.references('users.id'))
    .addColumn('decided_at', 'text')
    .addColumn('decided_by', 'integer', (c) => c.references('users.id'))
    .addColumn('decision_note', 'text')
    .addColumn('correction_reason', 'text')
    .addColumn('created_by', 'integer', (c) => c.references('users.id'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();

  /** One row per unit and indicator: the unit's self-evaluation beside the news office's score. */
  await db.schema
    .createTable('evaluation_entries')
    .addColumn('id', 'integer', id)
    .addColumn('evaluation_id', 'integer', (c) => c.notNull().references('evaluations.id'))
    .addColumn('unit_id', 'integer', (c) => c.notNull().references('units.id'))
    .addColumn('indicator_key', 'text', (c) => c.notNull())
    .addColumn('self_score', 'double precision')
    .addColumn('self_comment', 'text')
    .addColumn('self_by', 'integer', (c) => c.references('users.id'))
    .addColumn('self_at', 'text')
    .addColumn('review_score', 'double precision')
    .addColumn('review_reason', 'text')
    .addColumn('reviewed_by', 'integer', (c) => c.references('users.id'))
    .addColumn('reviewed_at', 'text')
    .execute();
  await db.schema.createIndex('evaluation_entries_unique').on('evaluation_entries').columns(['evaluation_id', 'unit_id', 'indicator_key']).unique().execute();

  /** A published result is frozen here; a correction adds the next version and marks this one superseded. */
  await db.schema
    .createTable('evaluation_publications')
    .addColumn('id', 'integer', id)
    .addColumn('evaluation_id', 'integer', (c) => c.notNull().references('evaluations.id'))
    .addColumn('year', 'integer', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('snapshot', 'text', (c) => c.notNull())
    .addColumn('published_at', 'text', (c) => c.notNull())
    .addColumn('published_by', 'integer', (c) => c.references('users.id'))
    .addColumn('superseded_at', 'text')
    .execute();
  await db.schema.createIndex('evaluation_publications_unique').on('evaluation_publications').columns(['evaluation_id', 'version']).unique().execute();

  await db.schema
    .createTable('annual_reports')
    .addColumn('id', 'integer', id)
    .addColumn('year', 'integer', (c) => c.notNull())
    .addColumn('unit_id', 'integer', (c) => c.notNull().references('units.id'))
    .addColumn('spokesperson_person_id', 'integer', (c) => c.references('people.id'))
    .addColumn('work_report', 'text', (c) => c.notNull())
    .addColumn('next_year_plan', 'text', (c) => c.notNull())
    .addColumn('prefill', 'text')
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('submitted_at', 'text')
    .addColumn('submitted_by', 'integer', (c) => c.references('users.id'))
    .addColumn('acknowledged_at', 'text')
    .addColumn('acknowledged_by', 'integer', (c) => c.references('users.id'))
    .addColumn('acknowledgement_note', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('annual_reports_unique').on('annual_reports').columns(['year', 'unit_id']).unique().execute();

  await db.schema
    .createTable('annual_report_dues')
    .addColumn('year', 'integer', (c) => c.primaryKey())
    .addColumn('due_date', 'text', (c) => c.notNull())
    .addColumn('set_by', 'integer', (c) => c.references('users.id'))
    .addColumn('set_at', 'text', (c) => c.notNull())
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const table of ['annual_report_dues', 'annual_reports', 'evaluation_publications', 'evaluation_entries', 'evaluations', 'training_attendance', 'training_sessions']) {
    await db.schema.dropTable(table).execute();
  }
}
