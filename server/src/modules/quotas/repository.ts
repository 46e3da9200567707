import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema';

type Db = Kysely<Database>;

/** The columns of a release the quota rules read. */
const RELEASE_COLUMNS = ['id', 'unit_id', 'release_date', 'form', 'categories', 'organizer', 'in_name_of', 'status'] as const;

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
    .execute();
}

/** The releases that went out in [from, to], with the columns the quota rules read. */
export function releasesBetween(db: Db, from: string, to: string, statuses: readonly string[]) {
  return db
    .selectFrom('releases')
    .select(RELEASE_COLUMNS)
    .where('release_date', '>=', from)
    .where('release_date', '<=', to)
    .where('status', 'in', statuses)
    .execute();
}

export function participantsBetween(db: Db, from: string, to: string, statuses: readonly string[]) {
  return db
    .selectFrom('release_participants')
    .innerJoin('releases', 'releases.id', 'release_participants.release_id')
    .select(['release_participants.release_id', 'release_participants.person_id', 'release_participants.part'])
    .where('releases.release_date', '>=', from)
    .where('releases.release_date', '<=', to)
    .where('releases.status', 'in', statuses)
    .execute();
}

/** Releases written (added or changed) at or after a time, whatever their date or status; at most `limit`. */
export function releasesWrittenSince(db: Db, since: string, limit: number) {
  return db.selectFrom('releases').select(RELEASE_COLUMNS).where('updated_at', '>=', since).limit(limit).execute();
}

export function participantsOf(db: Db, releaseIds: readonly number[]) {
  if (releaseIds.length === 0) return Promise.resolve([]);
  return db.selectFrom('release_participants').select(['release_id', 'person_id', 'part']).where('release_id', 'in', releaseIds).execute();
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
