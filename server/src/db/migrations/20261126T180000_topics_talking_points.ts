import type { Kysely } from 'kysely';
import { idColumn } from '../dialect';

/** Release topics (A9.2, A14), the units' annual release plans, and the talking-points library (A9.3). */
export async function up(db: Kysely<any>): Promise<void> {
  const id = idColumn(db);

  await db.schema
    .createTable('topics')
    .addColumn('id', 'integer', id)
    .addColumn('unit_id', 'integer', (c) => c.notNull().references('units.id'))
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('why_now', 'text', (c) => c.notNull())
    .addColumn('category', 'text', (c) => c.notNull())
    .addColumn('form', 'text', (c) => c.notNull())
    .addColumn('suggested_date', 'text')
    /** JSON array of {kind, refId, label}: the opinion items, hot topics … it answers to. */
    .addColumn('links', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('proposed_by', 'integer', (c) => c.references('users.id'))
    .addColumn('proposed_by_name', 'text')
    .addColumn('proposed_at', 'text', (c) => c.notNull())
    .addColumn('endorsed_by', 'integer', (c) => c.references('users.id'))
    .addColumn('endorsed_by_name', 'text')
    .addColumn('endorsed_at', 'text')
    .addColumn('endorse_opinion', 'text')
    .addColumn('decided_by', 'integer', (c) => c.references('users.id'))
    .addColumn('decided_by_name', 'text')
    .addColumn('decided_at', 'text')
    .addColumn('decision_reason', 'text')
    .addColumn('merged_into_id', 'integer', (c) => c.references('topics.id'))
    .addColumn('release_id', 'integer', (c) => c.references('releases.id'))
    .addColumn('conference_id', 'integer', (c) => c.references('conferences.id'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('topics_unit').on('topics').columns(['unit_id', 'proposed_at']).execute();
  await db.schema.createIndex('topics_status').on('topics').columns(['status', 'proposed_at']).execute();

  await db.schema
    .createTable('release_plans')
    .addColumn('id', 'integer', id)
    .addColumn('unit_id', 'integer', (c) => c.notNull().references('units.id'))
    .addColumn('year', 'integer', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('note', 'text')
    /** Counts the saves after the plan was first filed. */
    .addColumn('revision', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('filed_at', 'text')
    .addColumn('filed_by_name', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('release_plans_unit_year', ['unit_id', 'year'])
    .execute();

  await db.schema
    .createTable('release_plan_items')
    .addColumn('id', 'integer', id)
    .addColumn('plan_id', 'integer', (c) => c.notNull().references('release_plans.id').onDelete('cascade'))
    .addColumn('quarter', 'integer', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('form', 'text')
    .addColumn('category', 'text')
    .addColumn('topic_id', 'integer', (c) => c.references('topics.id'))
    .addColumn('sort_order', 'integer', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('release_plan_items_plan').on('release_plan_items').column('plan_id').execute();

  await db.schema
    .createTable('talking_points')
    .addColumn('id', 'integer', id)
    .addColumn('unit_id', 'integer', (c) => c.notNull().references('units.id'))
    .addColumn('district_wide', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('topic_id', 'integer', (c) => c.references('topics.id'))
    .addColumn('subject', 'text', (c) => c.notNull())
    /** JSON array of the questions the line answers. */
    .addColumn('questions', 'text', (c) => c.notNull())
    .addColumn('answer', 'text', (c) => c.notNull())
    .addColumn('facts', 'text', (c) => c.notNull())
    .addColumn('effective_from', 'text', (c) => c.notNull())
    .addColumn('review_by', 'text', (c) => c.notNull())
    .addColumn('sensitivity', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('drafted_by', 'integer', (c) => c.references('users.id'))
    .addColumn('drafted_by_name', 'text')
    .addColumn('approved_by', 'integer', (c) => c.references('users.id'))
    .addColumn('approved_by_name', 'text')
    .addColumn('approved_at', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('talking_points_unit').on('talking_points').columns(['unit_id', 'status']).execute();
  await db.schema.createIndex('talking_points_review').on('talking_points').columns(['status', 'review_by']).execute();

  await db.schema
    .createTable('talking_point_versions')
    .addColumn('id', 'integer', id)
    .addColumn('talking_point_id', 'integer', (c) => c.notNull().references('talking_points.id').onDelete('cascade'))
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('subject', 'text', (c) => c.notNull())
    .addColumn('questions', 'text', (c) => c.notNull())
    .addColumn('answer', 'text', (c) => c.notNull())
    .addColumn('facts', 'text', (c) => c.notNull())
    .addColumn('created_by', 'integer', (c) => c.references('users.id'))
    .addColumn('created_by_name', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('talking_point_versions_unique', ['talking_point_id', 'version'])
    .execute();

  await db.schema
    .createTable('talking_point_comments')
    .addColumn('id', 'integer', id)
    .addColumn('talking_point_id', 'integer', (c) => c.notNull().references('talking_points.id').onDelete('cascade'))
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('quote', 'text')
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('author_id', 'integer', (c) => c.references('users.id'))
    .addColumn('author_name', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('talking_point_comments_point').on('talking_point_comments').column('talking_point_id').execute();

  await db.schema
    .createTable('talking_point_uses')
    .addColumn('id', 'integer', id)
    .addColumn('talking_point_id', 'integer', (c) => c.notNull().references('talking_points.id').onDelete('cascade'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('ref_id', 'integer')
    .addColumn('label', 'text', (c) => c.notNull())
    .addColumn('used_on', 'text', (c) => c.notNull())
    .addColumn('used_by', 'integer', (c) => c.references('users.id'))
    .addColumn('used_by_name', 'text')
    /** Used after the review date (A9.3). */
    .addColumn('flagged', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('talking_point_uses_point').on('talking_point_uses').column('talking_point_id').execute();
}
