import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema';

type Db = Kysely<Database>;

export interface IncidentFilter {
  status?: string;
  grade?: string;
  /** Paths of the units whose incidents the reader may see; containing null = all. */
  unitPaths: (string | null)[];
}

function incidents(db: Db, f: IncidentFilter) {
  return db
    .selectFrom('incidents')
    .innerJoin('units', 'units.id', 'incidents.responsible_unit_id')
    .$if(f.status !== undefined, (qb) => qb.where('incidents.status', '=', f.status!))
    .$if(f.grade !== undefined, (qb) => qb.where('incidents.grade', '=', f.grade!))
    .$if(!f.unitPaths.includes(null), (qb) =>
      qb.where((eb) => (f.unitPaths.length ? eb.or((f.unitPaths as string[]).map((p) => eb('units.path', 'like', `${p}%`))) : eb.lit(false))),
    );
}

const unitColumns = ['units.name as unit_name', 'units.path as unit_path'] as const;

export async function pageOfIncidents(db: Db, f: IncidentFilter, page: number, pageSize: number) {
  const [rows, total] = await Promise.all([
    incidents(db, f)
      .selectAll('incidents')
      .select(unitColumns)
      .orderBy('incidents.status')
      .orderBy('incidents.occurred_at', 'desc')
      .orderBy('incidents.id', 'desc')
      .limit(pageSize)
      .offset((page - 1) * pageSize)
      .execute(),
    incidents(db, f)
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow(),
  ]);
  return { rows, total: Number(total.n) };
}

export type IncidentWithUnit = Awaited<ReturnType<typeof pageOfIncidents>>['rows'][number];

export function findIncident(db: Db, id: number) {
  return incidents(db, { unitPaths: [null] }).selectAll('incidents').select(unitColumns).where('incidents.id', '=', id).executeTakeFirst();
}

export function activeIncidents(db: Db) {
  return incidents(db, { status: 'active', unitPaths: [null] }).selectAll('incidents').select(unitColumns).orderBy('incidents.occurred_at').execute();
}

/** Every release of the incidents (rolling updates and linked ones), oldest first. */
export function releasesOfIncidents(db: Db, incidentIds: number[]) {
  if (incidentIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('releases')
    .leftJoin('incident_updates', 'incident_updates.release_id', 'releases.id')
    .select([
      'releases.id',
      'releases.incident_id',
      'releases.title',
      'releases.form',
      'releases.status',
      'releases.starts_at',
      'releases.is_public',
      'releases.summary',
      'releases.body',
      'releases.confidentiality_reviewed_at',
      'incident_updates.id as update_id',
    ])
    .where('releases.incident_id', 'in', incidentIds)
    .orderBy('releases.starts_at')
    .orderBy('releases.id')
    .execute();
}

export type IncidentRelease = Awaited<ReturnType<typeof releasesOfIncidents>>[number];

function updates(db: Db) {
  return db
    .selectFrom('incident_updates')
    .innerJoin('releases', 'releases.id', 'incident_updates.release_id')
    .leftJoin('users as drafter', 'drafter.id', 'incident_updates.drafted_by')
    .leftJoin('users as reviewer', 'reviewer.id', 'incident_updates.reviewed_by')
    .leftJoin('users as publisher', 'publisher.id', 'incident_updates.published_by')
    .selectAll('incident_updates')
    .select([
      'releases.title',
      'releases.in_name_of',
      'releases.is_public',
      'releases.not_public_reason',
      'releases.confidentiality_reviewer',
      'releases.confidentiality_reviewed_at',
      'drafter.display_name as drafted_by_name',
      'reviewer.display_name as reviewed_by_name',
      'publisher.display_name as published_by_name',
    ]);
}

export function updatesOfIncident(db: Db, incidentId: number) {
  return updates(db).where('incident_updates.incident_id', '=', incidentId).orderBy('incident_updates.sequence', 'desc').execute();
}

export type UpdateWithRelease = Awaited<ReturnType<typeof updatesOfIncident>>[number];

export function findUpdate(db: Db, id: number) {
  return updates(db).where('incident_updates.id', '=', id).executeTakeFirst();
}

export async function nextSequence(db: Db, incidentId: number): Promise<number> {
  const row = await db
    .selectFrom('incident_updates')
    .select((eb) => eb.fn.max('sequence').as('n'))
    .where('incident_id', '=', incidentId)
    .executeTakeFirst();
  return Number(row?.n ?? 0) + 1;
}

/** The updates that promised a next one, for the promise clocks. */
export function publishedUpdates(db: Db, incidentId: number) {
  return db
    .selectFrom('incident_updates')
    .select(['id', 'published_at', 'next_update_by'])
    .where('incident_id', '=', incidentId)
    .where('status', '=', 'published')
    .orderBy('published_at')
    .execute();
}

/** Drafts and reviewed updates of incidents being handled, with the responsible unit. */
export function updatesAwaiting(db: Db) {
  return db
    .selectFrom('incident_updates')
    .innerJoin('incidents', 'incidents.id', 'incident_updates.incident_id')
    .innerJoin('units', 'units.id', 'incidents.responsible_unit_id')
    .innerJoin('releases', 'releases.id', 'incident_updates.release_id')
    .select(['incident_updates.id', 'incident_updates.status', 'incident_updates.incident_id', 'releases.title', 'incidents.title as incident_title', 'units.name as unit_name', 'units.path as unit_path'])
    .where('incidents.status', '=', 'active')
    .where('incident_updates.status', 'in', ['draft', 'reviewed'])
    .orderBy('incident_updates.id')
    .execute();
}
