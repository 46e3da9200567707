import type { Kysely } from 'kysely';
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
    .execute();
}

/** The releases that went out in [from, to], with the columns the quota rules read. */
export function releasesBetween(db: Db, from: string, to: string, statuses: readonly string[]) {
  return db
    .selectFrom('releases')
    .select(['id', 'unit_id', 'release_date', 'form', 'categories', 'organizer', 'in_name_of', 'status'])
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
