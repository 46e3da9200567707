import type { Kysely } from 'kysely';
import { idColumn } from '../dialect';

/** Press conferences in the district government's or news office's name (A15), their venues and uploaded files. */
export async function up(db: Kysely<any>): Promise<void> {
  const id = idColumn(db);

  /** Uploaded files: stored under DATA_DIR/uploads by a generated name, never the uploader's. */
  await db.schema
    .createTable('files')
    .addColumn('id', 'integer', id)
    .addColumn('stored_name', 'text', (c) => c.notNull().unique())
    .addColumn('original_name', 'text', (c) => c.notNull())
    .addColumn('mime', 'text', (c) => c.notNull())
    .addColumn('size', 'integer', (c) => c.notNull())
    .addColumn('sha256', 'text', (c) => c.notNull())
    .addColumn('uploaded_by', 'integer', (c) => c.references('users.id'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('venues')
    .addColumn('id', 'integer', id)
    .addColumn('name', 'text', (c) => c.notNull().unique())
    .addColumn('address', 'text')
    /** The district news release center (A15.5, A20): the default venue. */
    .addColumn('is_center', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('note', 'text')
    .addColumn('active', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db
    .insertInto('venues')
    .values({ name: '区新闻发布中心', address: '武隆区融媒体中心2楼', is_center: 1, note: '第二十条：区政府、区政府新闻办举行新闻发布会的主场地', created_at: new Date().toISOString() })
    .execute();

  await db.schema
    .createTable('conference_series')
    .addColumn('id', 'integer', id)
    .addColumn('unit_id', 'integer', (c) => c.notNull().references('units.id'))
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('reason', 'text', (c) => c.notNull())
    .addColumn('created_by', 'integer', (c) => c.references('users.id'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('conferences')
    .addColumn('id', 'integer', id)
    .addColumn('unit_id', 'integer', (c) => c.notNull().references('units.id'))
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('in_name_of', 'text', (c) => c.notNull())
    /** regular, emergency (A13.4) or series (A15.7). */
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('emergency_reason', 'text')
    .addColumn('series_id', 'integer', (c) => c.references('conference_series.id'))
    .addColumn('starts_at', 'text', (c) => c.notNull())
    .addColumn('ends_at', 'text', (c) => c.notNull())
    .addColumn('duration_minutes', 'integer', (c) => c.notNull())
    /** The district calendar date of starts_at. */
    .addColumn('conference_date', 'text', (c) => c.notNull())
    .addColumn('venue_id', 'integer', (c) => c.notNull().references('venues.id'))
    .addColumn('venue_reason', 'text')
    .addColumn('venue_meets_standard', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('major_matter', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('charge_leader_person_id', 'integer', (c) => c.references('people.id'))
    /** JSON arrays: A5 categories, guests without a person record, invited outlet ids. */
    .addColumn('categories', 'text', (c) => c.notNull())
    .addColumn('guests', 'text', (c) => c.notNull())
    .addColumn('outlet_ids', 'text', (c) => c.notNull())
    .addColumn('summary', 'text')
    .addColumn('release_text', 'text', (c) => c.notNull())
    .addColumn('risk_assessment', 'text')
    .addColumn('status', 'text', (c) => c.notNull())
    /** JSON array of the A15.3 steps fixed when content approval begins. */
    .addColumn('approval_chain', 'text', (c) => c.notNull())
    .addColumn('approval_step', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('submitted_at', 'text')
    .addColumn('submission_date', 'text')
    .addColumn('review_due', 'text')
    .addColumn('review_passed_at', 'text')
    .addColumn('reviewer_name', 'text')
    .addColumn('live_video_url', 'text')
    .addColumn('announced_at', 'text')
    .addColumn('held_at', 'text')
    .addColumn('transcript', 'text')
    .addColumn('opinion_reaction', 'text')
    .addColumn('release_id', 'integer', (c) => c.references('releases.id'))
    .addColumn('created_by', 'integer', (c) => c.references('users.id'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('conferences_venue_time').on('conferences').columns(['venue_id', 'starts_at']).execute();
  await db.schema.createIndex('conferences_unit_status').on('conferences').columns(['unit_id', 'status']).execute();
  await db.schema.createIndex('conferences_status').on('conferences').columns(['status', 'starts_at']).execute();

  await db.schema
    .createTable('conference_participants')
    .addColumn('id', 'integer', id)
    .addColumn('conference_id', 'integer', (c) => c.notNull().references('conferences.id').onDelete('cascade'))
    .addColumn('person_id', 'integer', (c) => c.notNull().references('people.id'))
    .addColumn('part', 'text', (c) => c.notNull())
    /** A leader the applying unit authorized to speak for it (A15.4). */
    .addColumn('authorized', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();
  await db.schema.createIndex('conference_participants_conference').on('conference_participants').column('conference_id').execute();

  /** Every uploaded version of every document (A15.1), never replaced. */
  await db.schema
    .createTable('conference_documents')
    .addColumn('id', 'integer', id)
    .addColumn('conference_id', 'integer', (c) => c.notNull().references('conferences.id').onDelete('cascade'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('file_id', 'integer', (c) => c.notNull().references('files.id'))
    .addColumn('uploaded_by', 'integer', (c) => c.references('users.id'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('conference_documents_version', ['conference_id', 'kind', 'version'])
    .execute();

  /** The release text as submitted and as resubmitted (A15.2): the versions the review compares. */
  await db.schema
    .createTable('conference_text_versions')
    .addColumn('id', 'integer', id)
    .addColumn('conference_id', 'integer', (c) => c.notNull().references('conferences.id').onDelete('cascade'))
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('created_by', 'integer', (c) => c.references('users.id'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('conference_text_versions_version', ['conference_id', 'version'])
    .execute();

  /** Review comments anchored to a character range of one text version. */
  await db.schema
    .createTable('conference_comments')
    .addColumn('id', 'integer', id)
    .addColumn('conference_id', 'integer', (c) => c.notNull().references('conferences.id').onDelete('cascade'))
    .addColumn('text_version', 'integer', (c) => c.notNull())
    .addColumn('range_start', 'integer', (c) => c.notNull())
    .addColumn('range_end', 'integer', (c) => c.notNull())
    .addColumn('quote', 'text', (c) => c.notNull())
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('author_id', 'integer', (c) => c.references('users.id'))
    .addColumn('author_name', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();

  /** Every decision with its opinion: unit approval, review, each A15.3 step (拟办意见、领导意见). */
  await db.schema
    .createTable('conference_decisions')
    .addColumn('id', 'integer', id)
    .addColumn('conference_id', 'integer', (c) => c.notNull().references('conferences.id').onDelete('cascade'))
    .addColumn('step', 'text', (c) => c.notNull())
    .addColumn('decision', 'text', (c) => c.notNull())
    .addColumn('opinion', 'text')
    .addColumn('actor_id', 'integer', (c) => c.references('users.id'))
    .addColumn('actor_name', 'text')
    /** The leader whose opinion the news office entered from the signed paper form. */
    .addColumn('on_behalf_of', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('conference_decisions_conference').on('conference_decisions').column('conference_id').execute();

  /** Live text-and-picture broadcast (A15.6). */
  await db.schema
    .createTable('conference_live_posts')
    .addColumn('id', 'integer', id)
    .addColumn('conference_id', 'integer', (c) => c.notNull().references('conferences.id').onDelete('cascade'))
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('picture_file_id', 'integer', (c) => c.references('files.id'))
    .addColumn('author_id', 'integer', (c) => c.references('users.id'))
    .addColumn('author_name', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('conference_live_posts_conference').on('conference_live_posts').column('conference_id').execute();
}
