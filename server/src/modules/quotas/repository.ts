import { sql, type Kysely } from 'kysely';
import { joinedText } from '../../db/dialect';
import type { Database } from '../../db/schema';

type Db = Kysely<Database>;

export function quotaUnits(db: Db) {
  return db.selectFrom('units').select(['id', 'kind', 'name', 'active', 'livelihood_related', 'routine_conference_period', 'path']).execute();
}

/** Appointments held on the day the quotas are owed. */
export function appointmentsOn(db: Db, day: string) {
  return db
    .selectFrom('appointments')
    .innerJoin('people', 'people.id', 'appointments.person_id')
    .select(['appointments.person_id', 'people.name', 'appointments.unit_id', 'appointments.post', 'appointments.from_date', 'appointments.to_date'])
    .where('appointments.from_date', '<=', day)
    .where((eb) => eb.or([eb('appointments.to_date', 'is', null), eb('appointments.to_date', '>=', day)]))
    .orderBy('appointments.id')
    .execute();
}

/**
 * The columns of a release the quota rules read, and its participants folded into one text
 * (`personId part personId part …`): a city's year is some 54,000 releases with 80,000
 * participants, and reading them as one row per release costs half as much as two reads.
 */
function quotaReleaseRows(db: Db) {
  return db
    .selectFrom('releases')
    .select(['id', 'unit_id', 'release_date', 'form', 'categories', 'organizer', 'in_name_of', 'status'])
    .select((eb) =>
      eb
        .selectFrom('release_participants')
        .select(joinedText(db, sql<string>`person_id || ' ' || part`, ' ').as('p'))
        .whereRef('release_participants.release_id', '=', 'releases.id')
        .as('participants'),
    );
}

export type QuotaReleaseRow = Awaited<ReturnType<typeof releasesBetween>>[number];

/** The releases that went out in [from, to], with what the quota rules read. */
export function releasesBetween(db: Db, from: string, to: string, statuses: readonly string[]) {
  return quotaReleaseRows(db).where('release_date', '>=', from).where('release_date', '<=', to).where('status', 'in', statuses).execute();
}

/** The ids of the releases that went out in [from, to]: one column of the date index. */
export async function releaseIdsBetween(db: Db, from: string, to: string, statuses: readonly string[]) {
  const rows = await db.selectFrom('releases').select('id').where('release_date', '>=', from).where('release_date', '<=', to).where('status', 'in', statuses).execute();
  return rows.map((r) => r.id);
}

/** Releases written (added or changed) at or after a time, whatever their date or status; at most `limit`. */
export function releasesWrittenSince(db: Db, since: string, limit: number) {
  return quotaReleaseRows(db).where('updated_at', '>=', since).limit(limit).execute();
}

export interface QuotaInputsState {
  /** Changes whenever a release, an appointment, a unit or a person is added, changed or removed. */
  key: string;
  releases: { deletions: number; maxUpdatedAt: string | null };
  /** The part of the key for appointments, units and people. */
  othersKey: string;
}

/** From the trigger-kept change counters, and the newest release write: one small table and an index's last entry. */
export async function quotaInputsState(db: Db): Promise<QuotaInputsState> {
  const [counters, newest] = await Promise.all([
    db.selectFrom('change_counters').select(['name', 'writes', 'deletions']).orderBy('name').execute(),
    db
      .selectFrom('releases')
      .select((eb) => eb.fn.max('updated_at').as('m'))
      .executeTakeFirstOrThrow(),
  ]);
  const releases = counters.find((c) => c.name === 'releases');
  const othersKey = counters
    .filter((c) => c.name !== 'releases')
    .map((c) => `${c.name}:${c.writes}/${c.deletions}`)
    .join('|');
  return {
    key: `releases:${releases?.writes}/${releases?.deletions}|${othersKey}`,
    releases: { deletions: Number(releases?.deletions ?? 0), maxUpdatedAt: newest.m ?? null },
    othersKey,
  };
}
