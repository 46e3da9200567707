import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema';

type Db = Kysely<Database>;

export function listTopics(db: Db, status?: string) {
  return db
    .selectFrom('hot_topics')
    .leftJoin('users', 'users.id', 'hot_topics.opened_by')
    .selectAll('hot_topics')
    .select('users.display_name as opened_by_name')
    .$if(status !== undefined, (qb) => qb.where('hot_topics.status', '=', status!))
    .orderBy('hot_topics.status', 'desc')
    .orderBy('hot_topics.opened_at', 'desc')
    .limit(200)
    .execute();
}

export function findTopic(db: Db, id: number) {
  return db
    .selectFrom('hot_topics')
    .leftJoin('users', 'users.id', 'hot_topics.opened_by')
    .selectAll('hot_topics')
    .select('users.display_name as opened_by_name')
    .where('hot_topics.id', '=', id)
    .executeTakeFirst();
}

function assignments(db: Db) {
  return db
    .selectFrom('hot_topic_assignments')
    .innerJoin('hot_topics', 'hot_topics.id', 'hot_topic_assignments.topic_id')
    .innerJoin('units', 'units.id', 'hot_topic_assignments.unit_id')
    .leftJoin('releases', 'releases.id', 'hot_topic_assignments.release_id')
    .selectAll('hot_topic_assignments')
    .select([
      'hot_topics.title as topic_title',
      'units.name as unit_name',
      'units.path as unit_path',
      'releases.title as release_title',
      'releases.status as release_status',
      'releases.starts_at as release_starts_at',
    ]);
}

export function assignmentsOf(db: Db, topicIds: number[]) {
  if (topicIds.length === 0) return Promise.resolve([]);
  return assignments(db).where('hot_topic_assignments.topic_id', 'in', topicIds).orderBy('hot_topic_assignments.due_at').orderBy('hot_topic_assignments.id').execute();
}

export type AssignmentRow = Awaited<ReturnType<typeof assignmentsOf>>[number];

export function findAssignment(db: Db, id: number) {
  return assignments(db).where('hot_topic_assignments.id', '=', id).executeTakeFirst();
}

export function openAssignments(db: Db) {
  return assignments(db).where('hot_topics.status', '=', 'open').orderBy('hot_topic_assignments.due_at').limit(500).execute();
}
