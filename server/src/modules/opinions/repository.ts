import type { Kysely } from 'kysely';
import { containsText } from '../../db/dialect';
import type { Database } from '../../db/schema';

type Db = Kysely<Database>;

export interface ItemFilter {
  status?: string;
  level?: string;
  unitId?: number;
  sourceKind?: string;
  q?: string;
  /** Paths of the units whose items the reader may see; containing null = all, unassigned ones too. */
  unitPaths: (string | null)[];
}

function items(db: Db, f: ItemFilter) {
  return db
    .selectFrom('opinion_items')
    .leftJoin('units', 'units.id', 'opinion_items.unit_id')
    .leftJoin('units as suggested', 'suggested.id', 'opinion_items.suggested_unit_id')
    .leftJoin('users as assessor', 'assessor.id', 'opinion_items.assessed_by')
    .$if(f.status !== undefined, (qb) => qb.where('opinion_items.status', '=', f.status!))
    .$if(f.level !== undefined, (qb) => qb.where('opinion_items.level', '=', f.level!))
    .$if(f.unitId !== undefined, (qb) => qb.where('opinion_items.unit_id', '=', f.unitId!))
    .$if(f.sourceKind !== undefined, (qb) => qb.where('opinion_items.source_kind', '=', f.sourceKind!))
    .$if(!!f.q, (qb) => qb.where((eb) => eb.or([containsText(db, eb.ref('opinion_items.title'), f.q!), containsText(db, eb.ref('opinion_items.excerpt'), f.q!)])))
    .$if(!f.unitPaths.includes(null), (qb) =>
      qb.where((eb) => (f.unitPaths.length ? eb.or((f.unitPaths as string[]).map((p) => eb('units.path', 'like', `${p}%`))) : eb.lit(false))),
    );
}

const columns = ['units.name as unit_name', 'units.path as unit_path', 'suggested.name as suggested_unit_name', 'assessor.display_name as assessed_by_name'] as const;

export async function pageOfItems(db: Db, f: ItemFilter, page: number, pageSize: number) {
  const [rows, total] = await Promise.all([
    items(db, f)
      .selectAll('opinion_items')
      .select(columns)
      .orderBy('opinion_items.first_seen_at', 'desc')
      .orderBy('opinion_items.id', 'desc')
      .limit(pageSize)
      .offset((page - 1) * pageSize)
      .execute(),
    items(db, f)
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow(),
  ]);
  return { rows, total: Number(total.n) };
}

export type ItemWithNames = Awaited<ReturnType<typeof pageOfItems>>['rows'][number];

export function allItems(db: Db, f: ItemFilter) {
  return items(db, f).selectAll('opinion_items').select(columns).orderBy('opinion_items.first_seen_at', 'desc').orderBy('opinion_items.id', 'desc').limit(10_000).execute();
}

export function findItem(db: Db, id: number) {
  return items(db, { unitPaths: [null] }).selectAll('opinion_items').select(columns).where('opinion_items.id', '=', id).executeTakeFirst();
}

/** The response releases of the items (one each at most), for their clocks. */
export function responseReleases(db: Db, releaseIds: number[]) {
  if (releaseIds.length === 0) return Promise.resolve([]);
  return db.selectFrom('releases').select(['id', 'title', 'status', 'starts_at', 'is_public', 'unit_id']).where('id', 'in', releaseIds).execute();
}

export type ResponseRelease = Awaited<ReturnType<typeof responseReleases>>[number];

/** Items seen since `since` whose title may repeat a new one (same key, or compared by similarity). */
export function recentTitles(db: Db, since: string) {
  return db.selectFrom('opinion_items').select(['id', 'title', 'title_key']).where('first_seen_at', '>=', since).orderBy('id', 'desc').limit(5000).execute();
}

export function findByLinkKey(db: Db, linkKey: string) {
  return db.selectFrom('opinion_items').select('id').where('link_key', '=', linkKey).executeTakeFirst();
}

export function enabledRules(db: Db) {
  return db
    .selectFrom('opinion_keyword_rules')
    .innerJoin('units', 'units.id', 'opinion_keyword_rules.unit_id')
    .selectAll('opinion_keyword_rules')
    .where('opinion_keyword_rules.enabled', '=', 1)
    .where('units.active', '=', 1)
    .orderBy('opinion_keyword_rules.id')
    .execute();
}

export function listRules(db: Db) {
  return db
    .selectFrom('opinion_keyword_rules')
    .innerJoin('units', 'units.id', 'opinion_keyword_rules.unit_id')
    .selectAll('opinion_keyword_rules')
    .select('units.name as unit_name')
    .orderBy('opinion_keyword_rules.id')
    .execute();
}

export function consultationsOf(db: Db, itemId: number) {
  return db
    .selectFrom('opinion_consultations')
    .leftJoin('users', 'users.id', 'opinion_consultations.concluded_by')
    .selectAll('opinion_consultations')
    .select('users.display_name as concluded_by_name')
    .where('item_id', '=', itemId)
    .orderBy('opinion_consultations.id')
    .execute();
}

export function consultationExperts(db: Db, consultationIds: number[]) {
  if (consultationIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('opinion_consultation_experts')
    .innerJoin('experts', 'experts.id', 'opinion_consultation_experts.expert_id')
    .select([
      'opinion_consultation_experts.consultation_id',
      'opinion_consultation_experts.expert_id',
      'opinion_consultation_experts.opinion',
      'opinion_consultation_experts.opinion_at',
      'experts.name',
      'experts.affiliation',
    ])
    .where('consultation_id', 'in', consultationIds)
    .orderBy('opinion_consultation_experts.id')
    .execute();
}

export function findConsultation(db: Db, id: number) {
  return db.selectFrom('opinion_consultations').selectAll().where('id', '=', id).executeTakeFirst();
}

/** Open items assigned to a unit, for the workbench. */
export function openItems(db: Db) {
  return items(db, { unitPaths: [null] })
    .selectAll('opinion_items')
    .select(columns)
    .where('opinion_items.status', 'in', ['new', 'assigned', 'assessed'])
    .orderBy('opinion_items.first_seen_at')
    .limit(500)
    .execute();
}
