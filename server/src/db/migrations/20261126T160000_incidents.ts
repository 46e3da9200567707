import type { Kysely } from 'kysely';
import { idColumn } from '../dialect';

/** Emergencies (A13.4, A5.4), warnings (A5.5), alert channels and deliveries, candidate violations (A18). */
export async function up(db: Kysely<any>): Promise<void> {
  const id = idColumn(db);

  await db.schema
    .createTable('incidents')
    .addColumn('id', 'integer', id)
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('grade', 'text', (c) => c.notNull())
    .addColumn('occurred_at', 'text', (c) => c.notNull())
    .addColumn('major_casualties_or_impact', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('responsible_unit_id', 'integer', (c) => c.notNull().references('units.id'))
    .addColumn('field_command', 'text')
    .addColumn('location', 'text', (c) => c.notNull())
    .addColumn('summary', 'text')
    .addColumn('is_public', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('not_public_reason', 'text')
    /** A18.5: the portal shows the incident (title, place, grade) only once this is recorded. */
    .addColumn('confidentiality_reviewer', 'text')
    .addColumn('confidentiality_reviewed_at', 'text')
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('closed_at', 'text')
    .addColumn('closed_reason', 'text')
    .addColumn('created_by', 'integer', (c) => c.references('users.id'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('incidents_status_occurred').on('incidents').columns(['status', 'occurred_at']).execute();
  await db.schema.createIndex('incidents_unit').on('incidents').column('responsible_unit_id').execute();

  /** The releases of an incident (A5.4): its rolling updates and any release linked to it (a press conference). */
  await db.schema.alterTable('releases').addColumn('incident_id', 'integer', (c) => c.references('incidents.id')).execute();
  await db.schema.createIndex('releases_incident').on('releases').column('incident_id').execute();

  /** The four parts of A13.4-d and the review of one rolling update; the release row carries the rest. */
  await db.schema
    .createTable('incident_updates')
    .addColumn('id', 'integer', id)
    .addColumn('incident_id', 'integer', (c) => c.notNull().references('incidents.id'))
    .addColumn('release_id', 'integer', (c) => c.notNull().unique().references('releases.id'))
    .addColumn('sequence', 'integer', (c) => c.notNull())
    .addColumn('facts', 'text', (c) => c.notNull())
    .addColumn('attitude', 'text')
    .addColumn('measures', 'text')
    .addColumn('causes', 'text')
    .addColumn('causes_confirmed', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('source', 'text', (c) => c.notNull())
    .addColumn('next_update_by', 'text')
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('drafted_by', 'integer', (c) => c.references('users.id'))
    .addColumn('reviewed_by', 'integer', (c) => c.references('users.id'))
    .addColumn('reviewed_at', 'text')
    .addColumn('published_by', 'integer', (c) => c.references('users.id'))
    .addColumn('published_at', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('incident_updates_incident').on('incident_updates').columns(['incident_id', 'sequence']).execute();

  await db.schema
    .createTable('warnings')
    .addColumn('id', 'integer', id)
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('category', 'text', (c) => c.notNull())
    .addColumn('area', 'text', (c) => c.notNull())
    .addColumn('level', 'text', (c) => c.notNull())
    .addColumn('content', 'text', (c) => c.notNull())
    .addColumn('issuing_unit_id', 'integer', (c) => c.notNull().references('units.id'))
    .addColumn('valid_from', 'text', (c) => c.notNull())
    .addColumn('valid_until', 'text', (c) => c.notNull())
    .addColumn('lifted_at', 'text')
    .addColumn('lift_reason', 'text')
    .addColumn('revision', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('confidentiality_reviewer', 'text', (c) => c.notNull())
    .addColumn('confidentiality_reviewed_at', 'text', (c) => c.notNull())
    .addColumn('created_by', 'integer', (c) => c.references('users.id'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('warnings_validity').on('warnings').columns(['valid_until', 'valid_from']).execute();

  /** Where alerts go besides the console: SMTP and group robots; settings (with secrets) as JSON, never sent back. */
  await db.schema
    .createTable('alert_channels')
    .addColumn('id', 'integer', id)
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('enabled', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('levels', 'text', (c) => c.notNull())
    .addColumn('settings', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();

  /** Every delivery of every alert, one row per channel and recipient; the dedupe key makes it once. */
  await db.schema
    .createTable('alert_deliveries')
    .addColumn('id', 'integer', id)
    .addColumn('dedupe_key', 'text', (c) => c.notNull().unique())
    .addColumn('alert_key', 'text', (c) => c.notNull())
    .addColumn('clock_key', 'text', (c) => c.notNull())
    .addColumn('channel', 'text', (c) => c.notNull())
    .addColumn('channel_id', 'integer', (c) => c.references('alert_channels.id'))
    .addColumn('user_id', 'integer', (c) => c.references('users.id'))
    .addColumn('recipient', 'text', (c) => c.notNull())
    .addColumn('subject', 'text', (c) => c.notNull())
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('link', 'text')
    .addColumn('severity', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('last_error', 'text')
    .addColumn('late', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('sent_at', 'text')
    .execute();
  await db.schema.createIndex('alert_deliveries_clock').on('alert_deliveries').columns(['clock_key', 'id']).execute();
  await db.schema.createIndex('alert_deliveries_status').on('alert_deliveries').columns(['status', 'id']).execute();

  /** Candidates the system detects (a missed deadline → A18.1); a person confirms or dismisses each. */
  await db.schema
    .createTable('violations')
    .addColumn('id', 'integer', id)
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('unit_id', 'integer', (c) => c.references('units.id'))
    .addColumn('people', 'text', (c) => c.notNull())
    .addColumn('summary', 'text', (c) => c.notNull())
    .addColumn('evidence', 'text', (c) => c.notNull())
    .addColumn('source_type', 'text', (c) => c.notNull())
    .addColumn('source_id', 'text', (c) => c.notNull())
    .addColumn('link', 'text')
    .addColumn('detected_at', 'text', (c) => c.notNull())
    .addColumn('decided_by', 'integer', (c) => c.references('users.id'))
    .addColumn('decided_at', 'text')
    .addColumn('decision_reason', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  // One candidate per source and kind: a missed clock detected twice is still one matter.
  await db.schema.createIndex('violations_source').on('violations').columns(['source_type', 'source_id', 'kind']).unique().execute();
  await db.schema.createIndex('violations_status').on('violations').columns(['status', 'detected_at']).execute();
}
