import type { Kysely } from 'kysely';
import { idColumn } from '../dialect';

/** Opinion monitoring (A13.2, N61), hot-topic linkage (A13.1), the expert pool (A13.5), interview requests (A13.6). */
export async function up(db: Kysely<any>): Promise<void> {
  const id = idColumn(db);

  /** Monitoring vendors and their signing keys (the secret never leaves the server after it is shown once). */
  await db.schema
    .createTable('opinion_vendors')
    .addColumn('id', 'integer', id)
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('key_id', 'text', (c) => c.notNull().unique())
    .addColumn('secret', 'text', (c) => c.notNull())
    .addColumn('enabled', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();

  /** Every signature accepted, so a replayed request is recognized; older than the freshness window they may be pruned. */
  await db.schema
    .createTable('opinion_inbound_signatures')
    .addColumn('id', 'integer', id)
    .addColumn('vendor_id', 'integer', (c) => c.notNull().references('opinion_vendors.id'))
    .addColumn('signature', 'text', (c) => c.notNull())
    .addColumn('item_id', 'integer')
    .addColumn('received_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('opinion_inbound_signatures_unique').on('opinion_inbound_signatures').columns(['vendor_id', 'signature']).unique().execute();

  await db.schema
    .createTable('opinion_feeds')
    .addColumn('id', 'integer', id)
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('url', 'text', (c) => c.notNull())
    .addColumn('interval_minutes', 'integer', (c) => c.notNull().defaultTo(5))
    .addColumn('enabled', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('etag', 'text')
    .addColumn('last_modified', 'text')
    .addColumn('last_polled_at', 'text')
    .addColumn('last_status', 'text')
    .addColumn('last_error', 'text')
    .addColumn('items_found', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('opinion_keyword_rules')
    .addColumn('id', 'integer', id)
    .addColumn('unit_id', 'integer', (c) => c.notNull().references('units.id'))
    .addColumn('expression', 'text', (c) => c.notNull())
    .addColumn('exclusions', 'text', (c) => c.notNull())
    .addColumn('enabled', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('opinion_items')
    .addColumn('id', 'integer', id)
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('title_key', 'text', (c) => c.notNull())
    .addColumn('source_kind', 'text', (c) => c.notNull())
    .addColumn('channel', 'text')
    .addColumn('source', 'text', (c) => c.notNull())
    .addColumn('link', 'text')
    .addColumn('link_key', 'text', (c) => c.unique())
    .addColumn('feed_id', 'integer', (c) => c.references('opinion_feeds.id'))
    .addColumn('vendor_id', 'integer', (c) => c.references('opinion_vendors.id'))
    .addColumn('first_seen_at', 'text', (c) => c.notNull())
    .addColumn('excerpt', 'text', (c) => c.notNull())
    .addColumn('matched_keywords', 'text', (c) => c.notNull())
    .addColumn('suggested_unit_id', 'integer', (c) => c.references('units.id'))
    .addColumn('unit_id', 'integer', (c) => c.references('units.id'))
    .addColumn('assigned_by', 'integer', (c) => c.references('users.id'))
    .addColumn('assigned_at', 'text')
    .addColumn('level', 'text')
    .addColumn('sensitivity', 'text')
    .addColumn('trend_note', 'text')
    .addColumn('assessed_by', 'integer', (c) => c.references('users.id'))
    .addColumn('assessed_at', 'text')
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('response_release_id', 'integer', (c) => c.unique().references('releases.id'))
    .addColumn('no_response_reason', 'text')
    .addColumn('closed_by', 'integer', (c) => c.references('users.id'))
    .addColumn('closed_at', 'text')
    .addColumn('reported_by', 'integer', (c) => c.references('users.id'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('opinion_items_seen').on('opinion_items').columns(['first_seen_at', 'id']).execute();
  await db.schema.createIndex('opinion_items_unit').on('opinion_items').columns(['unit_id', 'status']).execute();
  await db.schema.createIndex('opinion_items_title_key').on('opinion_items').column('title_key').execute();

  await db.schema
    .createTable('experts')
    .addColumn('id', 'integer', id)
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('affiliation', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('fields', 'text', (c) => c.notNull())
    .addColumn('contact', 'text')
    .addColumn('availability', 'text')
    .addColumn('person_id', 'integer', (c) => c.references('people.id'))
    .addColumn('active', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();

  /** A13.2: a consultation of experts on a major item; their written opinions and the conclusion stay with the item. */
  await db.schema
    .createTable('opinion_consultations')
    .addColumn('id', 'integer', id)
    .addColumn('item_id', 'integer', (c) => c.notNull().references('opinion_items.id'))
    .addColumn('question', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('conclusion', 'text')
    .addColumn('concluded_by', 'integer', (c) => c.references('users.id'))
    .addColumn('concluded_at', 'text')
    .addColumn('created_by', 'integer', (c) => c.references('users.id'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createTable('opinion_consultation_experts')
    .addColumn('id', 'integer', id)
    .addColumn('consultation_id', 'integer', (c) => c.notNull().references('opinion_consultations.id'))
    .addColumn('expert_id', 'integer', (c) => c.notNull().references('experts.id'))
    .addColumn('opinion', 'text')
    .addColumn('opinion_at', 'text')
    .addColumn('recorded_by', 'integer', (c) => c.references('users.id'))
    .execute();
  await db.schema.createIndex('opinion_consultation_experts_unique').on('opinion_consultation_experts').columns(['consultation_id', 'expert_id']).unique().execute();
  await db.schema.createIndex('opinion_consultation_experts_expert').on('opinion_consultation_experts').column('expert_id').execute();

  await db.schema
    .createTable('hot_topics')
    .addColumn('id', 'integer', id)
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('description', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('opened_by', 'integer', (c) => c.references('users.id'))
    .addColumn('opened_at', 'text', (c) => c.notNull())
    .addColumn('closed_at', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createTable('hot_topic_assignments')
    .addColumn('id', 'integer', id)
    .addColumn('topic_id', 'integer', (c) => c.notNull().references('hot_topics.id'))
    .addColumn('unit_id', 'integer', (c) => c.notNull().references('units.id'))
    .addColumn('task', 'text', (c) => c.notNull())
    .addColumn('instructions', 'text', (c) => c.notNull())
    .addColumn('due_at', 'text', (c) => c.notNull())
    .addColumn('release_id', 'integer', (c) => c.references('releases.id'))
    .addColumn('created_by', 'integer', (c) => c.references('users.id'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('hot_topic_assignments_topic').on('hot_topic_assignments').column('topic_id').execute();
  await db.schema.createIndex('hot_topic_assignments_unit').on('hot_topic_assignments').columns(['unit_id', 'due_at']).execute();

  await db.schema
    .createTable('interview_requests')
    .addColumn('id', 'integer', id)
    .addColumn('tracking_no', 'text', (c) => c.notNull().unique())
    .addColumn('outlet', 'text', (c) => c.notNull())
    .addColumn('journalist', 'text', (c) => c.notNull())
    .addColumn('press_card_no', 'text', (c) => c.notNull())
    .addColumn('topic', 'text', (c) => c.notNull())
    .addColumn('wished_at', 'text', (c) => c.notNull())
    .addColumn('contact', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('unit_id', 'integer', (c) => c.references('units.id'))
    .addColumn('background', 'text')
    .addColumn('leads', 'text')
    .addColumn('safety_notes', 'text')
    .addColumn('public_interest', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('routed_by', 'integer', (c) => c.references('users.id'))
    .addColumn('routed_at', 'text')
    .addColumn('decision_reason', 'text')
    .addColumn('decided_by', 'integer', (c) => c.references('users.id'))
    .addColumn('decided_at', 'text')
    .addColumn('release_id', 'integer', (c) => c.references('releases.id'))
    .addColumn('client_ip', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('interview_requests_status').on('interview_requests').columns(['status', 'created_at']).execute();
}
