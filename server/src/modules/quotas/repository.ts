import type { Kysely } from 'kysely';
import { writesSoFar } from '../../db/dialect';
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

/**
 * Changes whenever a release, an appointment, a unit or a person is added, changed or removed (every
 * write sets updated_at): a computed report stays valid while this stays the same.
 */
export async function quotaInputsFingerprint(db: Db): Promise<string> {
  const parts = await Promise.all(
    (['releases', 'appointments', 'units', 'people'] as const).map((table) =>
      db
        .selectFrom(table)
        .select((eb) => [eb.fn.countAll<number>().as('n'), eb.fn.max('updated_at').as('m')])
        .executeTakeFirstOrThrow(),
    ),
  );
  // Two writes in one millisecond leave max(updated_at) alone; on SQLite the write counter does not.
  return `${parts.map((p) => `${p.n}/${p.m ?? ''}`).join('|')}|${(await writesSoFar(db)) ?? ''}`;
}
