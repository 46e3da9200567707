import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema';

type Db = Kysely<Database>;

export interface ConferenceFilter {
  status?: string;
  unitId?: number;
  year?: number;
  statuses?: readonly string[];
  /** Paths of the units the reader may see; containing null = all. */
  unitPaths?: (string | null)[];
}

function withNames(db: Db) {
  return db
    .selectFrom('conferences')
    .innerJoin('units', 'units.id', 'conferences.unit_id')
    .innerJoin('venues', 'venues.id', 'conferences.venue_id')
    .selectAll('conferences')
    .select(['units.name as unit_name', 'units.path as unit_path', 'units.kind as unit_kind', 'venues.name as venue_name', 'venues.address as venue_address', 'venues.is_center as venue_is_center']);
}

export type ConferenceWithNames = Awaited<ReturnType<typeof findConference>> & object;

export function findConference(db: Db, id: number) {
  return withNames(db).where('conferences.id', '=', id).executeTakeFirst();
}

export function listConferences(db: Db, f: ConferenceFilter) {
  return withNames(db)
    .$if(f.status !== undefined, (qb) => qb.where('conferences.status', '=', f.status!))
    .$if(f.statuses !== undefined, (qb) => qb.where('conferences.status', 'in', f.statuses!.length ? [...f.statuses!] : ['-']))
    .$if(f.unitId !== undefined, (qb) => qb.where('conferences.unit_id', '=', f.unitId!))
    .$if(f.year !== undefined, (qb) => qb.where('conferences.conference_date', '>=', `${f.year}-01-01`).where('conferences.conference_date', '<=', `${f.year}-12-31`))
    .$if(f.unitPaths !== undefined && !f.unitPaths.includes(null), (qb) =>
      qb.where((eb) => eb.or((f.unitPaths as string[]).length ? (f.unitPaths as string[]).map((p) => eb('units.path', 'like', `${p}%`)) : [eb.lit(false)])),
    )
    .orderBy('conferences.starts_at', 'desc')
    .orderBy('conferences.id', 'desc')
    .limit(500)
    .execute();
}

/** A15.5: other conferences holding the venue during [startsAt, endsAt). */
export function overlappingBookings(db: Db, venueId: number, startsAt: string, endsAt: string, endedStatuses: readonly string[], exceptIds: number[] = []) {
  return db
    .selectFrom('conferences')
    .select(['id', 'title', 'starts_at', 'ends_at'])
    .where('venue_id', '=', venueId)
    .where('status', 'not in', [...endedStatuses])
    .where('starts_at', '<', endsAt)
    .where('ends_at', '>', startsAt)
    .$if(exceptIds.length > 0, (qb) => qb.where('id', 'not in', exceptIds))
    .execute();
}

export function bookingsBetween(db: Db, from: string, to: string, endedStatuses: readonly string[], venueId?: number) {
  return db
    .selectFrom('conferences')
    .innerJoin('units', 'units.id', 'conferences.unit_id')
    .innerJoin('venues', 'venues.id', 'conferences.venue_id')
    .select([
      'conferences.id',
      'conferences.title',
      'conferences.starts_at',
      'conferences.ends_at',
      'conferences.status',
      'conferences.venue_id',
      'venues.name as venue_name',
      'units.name as unit_name',
    ])
    .where('conferences.status', 'not in', [...endedStatuses])
    .where('conferences.starts_at', '<', to)
    .where('conferences.ends_at', '>', from)
    .$if(venueId !== undefined, (qb) => qb.where('conferences.venue_id', '=', venueId!))
    .orderBy('conferences.starts_at')
    .execute();
}

export function participantsOf(db: Db, conferenceId: number) {
  return db
    .selectFrom('conference_participants')
    .innerJoin('people', 'people.id', 'conference_participants.person_id')
    .select(['conference_participants.person_id', 'conference_participants.part', 'conference_participants.authorized', 'people.name'])
    .where('conference_participants.conference_id', '=', conferenceId)
    .orderBy('conference_participants.id')
    .execute();
}

export async function replaceParticipants(db: Db, conferenceId: number, participants: { personId: number; part: string; authorizedByUnit: boolean }[]) {
  await db.deleteFrom('conference_participants').where('conference_id', '=', conferenceId).execute();
  if (participants.length === 0) return;
  await db
    .insertInto('conference_participants')
    .values(participants.map((p) => ({ conference_id: conferenceId, person_id: p.personId, part: p.part, authorized: p.authorizedByUnit ? 1 : 0 })))
    .execute();
}

export function documentsOf(db: Db, conferenceId: number) {
  return db
    .selectFrom('conference_documents')
    .innerJoin('files', 'files.id', 'conference_documents.file_id')
    .leftJoin('users', 'users.id', 'conference_documents.uploaded_by')
    .select([
      'conference_documents.id',
      'conference_documents.kind',
      'conference_documents.version',
      'conference_documents.file_id',
      'conference_documents.created_at',
      'files.original_name',
      'files.size',
      'users.display_name as uploader',
    ])
    .where('conference_documents.conference_id', '=', conferenceId)
    .orderBy('conference_documents.kind')
    .orderBy('conference_documents.version', 'desc')
    .execute();
}

export function findDocument(db: Db, conferenceId: number, documentId: number) {
  return db
    .selectFrom('conference_documents')
    .innerJoin('files', 'files.id', 'conference_documents.file_id')
    .selectAll('files')
    .where('conference_documents.conference_id', '=', conferenceId)
    .where('conference_documents.id', '=', documentId)
    .executeTakeFirst();
}

export async function nextDocumentVersion(db: Db, conferenceId: number, kind: string): Promise<number> {
  const row = await db
    .selectFrom('conference_documents')
    .select((eb) => eb.fn.max('version').as('v'))
    .where('conference_id', '=', conferenceId)
    .where('kind', '=', kind)
    .executeTakeFirst();
  return Number(row?.v ?? 0) + 1;
}

export function textVersionsOf(db: Db, conferenceId: number) {
  return db
    .selectFrom('conference_text_versions')
    .leftJoin('users', 'users.id', 'conference_text_versions.created_by')
    .select(['conference_text_versions.version', 'conference_text_versions.text', 'conference_text_versions.created_at', 'users.display_name as author'])
    .where('conference_text_versions.conference_id', '=', conferenceId)
    .orderBy('conference_text_versions.version')
    .execute();
}

export function commentsOf(db: Db, conferenceId: number) {
  return db.selectFrom('conference_comments').selectAll().where('conference_id', '=', conferenceId).orderBy('id').execute();
}

export function decisionsOf(db: Db, conferenceId: number) {
  return db.selectFrom('conference_decisions').selectAll().where('conference_id', '=', conferenceId).orderBy('id').execute();
}

export function livePostsOf(db: Db, conferenceId: number) {
  return db.selectFrom('conference_live_posts').selectAll().where('conference_id', '=', conferenceId).orderBy('id', 'desc').execute();
}

/** The posts a person holds today, to tell whether they are a unit's principal or a district leader. */
export function currentPostsOf(db: Db, personId: number, on: string) {
  return db
    .selectFrom('appointments')
    .innerJoin('units', 'units.id', 'appointments.unit_id')
    .select(['appointments.unit_id', 'appointments.post', 'units.kind as unit_kind'])
    .where('appointments.person_id', '=', personId)
    .where('appointments.from_date', '<=', on)
    .where((eb) => eb.or([eb('appointments.to_date', 'is', null), eb('appointments.to_date', '>=', on)]))
    .execute();
}

/** Holders of posts in one unit on a day (principal and spokesperson, for A13.7 and A15.3). */
export function postHolders(db: Db, unitId: number, posts: string[], on: string) {
  return db
    .selectFrom('appointments')
    .innerJoin('people', 'people.id', 'appointments.person_id')
    .select(['appointments.person_id', 'appointments.post', 'people.name'])
    .where('appointments.unit_id', '=', unitId)
    .where('appointments.post', 'in', posts)
    .where('appointments.from_date', '<=', on)
    .where((eb) => eb.or([eb('appointments.to_date', 'is', null), eb('appointments.to_date', '>=', on)]))
    .execute();
}

/** Every appointment of these people with their unit's kind (A15.4 is judged on the conference day). */
export function appointmentsWithKinds(db: Db, personIds: number[]) {
  if (personIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('appointments')
    .innerJoin('units', 'units.id', 'appointments.unit_id')
    .select(['appointments.person_id', 'appointments.unit_id', 'appointments.post', 'appointments.from_date', 'appointments.to_date', 'units.kind as unit_kind'])
    .where('appointments.person_id', 'in', personIds)
    .execute();
}

export function peopleNamed(db: Db, ids: number[]) {
  if (ids.length === 0) return Promise.resolve([]);
  return db.selectFrom('people').select(['id', 'name']).where('id', 'in', ids).execute();
}

export function outletsNamed(db: Db, ids: number[]) {
  if (ids.length === 0) return Promise.resolve([]);
  return db.selectFrom('outlets').selectAll().where('id', 'in', ids).execute();
}

export function findVenue(db: Db, id: number) {
  return db.selectFrom('venues').selectAll().where('id', '=', id).executeTakeFirst();
}

/** Users of the news office, to remind about reviews. */
export function newsOfficeUserIds(db: Db) {
  return db
    .selectFrom('role_grants')
    .innerJoin('users', 'users.id', 'role_grants.user_id')
    .select('users.id')
    .where('role_grants.role', '=', 'news_office')
    .where('users.disabled', '=', 0)
    .execute();
}

/** The district head today, for the last A15.3 step. */
export function districtHeads(db: Db, on: string) {
  return db
    .selectFrom('appointments')
    .innerJoin('people', 'people.id', 'appointments.person_id')
    .innerJoin('units', 'units.id', 'appointments.unit_id')
    .select(['people.id', 'people.name'])
    .where('units.kind', '=', 'district_gov')
    .where('appointments.post', '=', 'district_head')
    .where('appointments.from_date', '<=', on)
    .where((eb) => eb.or([eb('appointments.to_date', 'is', null), eb('appointments.to_date', '>=', on)]))
    .execute();
}
