import type { Kysely, Updateable } from 'kysely';
import { containsText } from '../../db/dialect';
import type { Database, TopicTable } from '../../db/schema';

type Db = Kysely<Database>;

export interface TopicFilter {
  status?: string;
  statuses?: string[];
  unitId?: number;
  year?: number;
  q?: string;
  /** Paths of the units the reader may see; containing null = all. */
  unitPaths: (string | null)[];
}

function topics(db: Db, f: TopicFilter) {
  return db
    .selectFrom('topics')
    .innerJoin('units', 'units.id', 'topics.unit_id')
    .$if(f.status !== undefined, (qb) => qb.where('topics.status', '=', f.status!))
    .$if(f.statuses !== undefined, (qb) => qb.where('topics.status', 'in', f.statuses!))
    .$if(f.unitId !== undefined, (qb) => qb.where('topics.unit_id', '=', f.unitId!))
    .$if(f.year !== undefined, (qb) => qb.where('topics.proposed_at', '>=', `${f.year! - 1}-12-31T16:00:00.000Z`).where('topics.proposed_at', '<', `${f.year}-12-31T16:00:00.000Z`))
    .$if(!!f.q, (qb) => qb.where((eb) => eb.or([containsText(db, eb.ref('topics.title'), f.q!), containsText(db, eb.ref('topics.why_now'), f.q!)])))
    .$if(!f.unitPaths.includes(null), (qb) =>
      qb.where((eb) => (f.unitPaths.length ? eb.or((f.unitPaths as string[]).map((p) => eb('units.path', 'like', `${p}%`))) : eb.lit(false))),
    );
}

const UNIT_COLUMNS = ['units.name as unit_name', 'units.path as unit_path', 'units.active as unit_active'] as const;

export async function pageOfTopics(db: Db, f: TopicFilter, page: number, pageSize: number) {
  const [rows, total] = await Promise.all([
    topics(db, f)
      .selectAll('topics')
      .select(UNIT_COLUMNS)
      .orderBy('topics.proposed_at', 'desc')
      .orderBy('topics.id', 'desc')
      .limit(pageSize)
      .offset((page - 1) * pageSize)
      .execute(),
    topics(db, f)
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow(),
  ]);
  return { rows, total: Number(total.n) };
}

export function allTopics(db: Db, f: TopicFilter) {
  return topics(db, f).selectAll('topics').select(UNIT_COLUMNS).orderBy('topics.proposed_at').execute();
}

export function findTopic(db: Db, id: number) {
  return db.selectFrom('topics').innerJoin('units', 'units.id', 'topics.unit_id').selectAll('topics').select(UNIT_COLUMNS).where('topics.id', '=', id).executeTakeFirst();
}

export type TopicWithUnit = NonNullable<Awaited<ReturnType<typeof findTopic>>>;

export function topicsMergedInto(db: Db, id: number) {
  return db
    .selectFrom('topics')
    .innerJoin('units', 'units.id', 'topics.unit_id')
    .select(['topics.id', 'topics.title', 'units.name as unit_name'])
    .where('topics.merged_into_id', '=', id)
    .orderBy('topics.id')
    .execute();
}

export function topicTitle(db: Db, id: number) {
  return db.selectFrom('topics').select(['id', 'title']).where('id', '=', id).executeTakeFirst();
}

/** Changes a topic only if it is still in the state it was read in; false when someone else moved it first. */
export async function updateTopicFrom(db: Db, id: number, fromStatus: string, changes: Updateable<TopicTable>): Promise<boolean> {
  const result = await db.updateTable('topics').set(changes).where('id', '=', id).where('status', '=', fromStatus).executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}
