import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema';

type Db = Kysely<Database>;

const appointmentColumns = [
  'appointments.id',
  'appointments.person_id',
  'appointments.unit_id',
  'appointments.post',
  'appointments.title',
  'appointments.from_date',
  'appointments.to_date',
  'appointments.filed_with_municipal_at',
  'appointments.note',
  'people.name as person_name',
  'people.press_phone',
  'people.office_phone',
  'units.name as unit_name',
] as const;

function appointmentsQuery(db: Db) {
  return db
    .selectFrom('appointments')
    .innerJoin('people', 'people.id', 'appointments.person_id')
    .innerJoin('units', 'units.id', 'appointments.unit_id')
    .select(appointmentColumns);
}

export type AppointmentWithNames = Awaited<ReturnType<typeof appointmentsOfUnits>>[number];

export function appointmentsOfUnits(db: Db, unitIds: number[]) {
  return appointmentsQuery(db).where('appointments.unit_id', 'in', unitIds).orderBy('appointments.from_date', 'desc').orderBy('appointments.id', 'desc').execute();
}

export function appointmentsOfPerson(db: Db, personId: number) {
  return appointmentsQuery(db).where('appointments.person_id', '=', personId).orderBy('appointments.from_date', 'desc').execute();
}

export function allAppointments(db: Db) {
  return appointmentsQuery(db).orderBy('appointments.id').execute();
}

export function findAppointment(db: Db, id: number) {
  return appointmentsQuery(db).where('appointments.id', '=', id).executeTakeFirst();
}

/** Appointments to the same post in the same unit, to check A8.2 against. */
export function samePostAppointments(db: Db, unitId: number, post: string) {
  return db.selectFrom('appointments').selectAll().where('unit_id', '=', unitId).where('post', '=', post).execute();
}

export function listPeople(db: Db, q: string | undefined) {
  return db
    .selectFrom('people')
    .selectAll()
    .$if(!!q, (qb) => qb.where('name', 'like', `%${q!.replace(/[%_]/g, '')}%`))
    .orderBy('name')
    .limit(500)
    .execute();
}

export function findPerson(db: Db, id: number) {
  return db.selectFrom('people').selectAll().where('id', '=', id).executeTakeFirst();
}

/** The unit's principal and spokesperson on a date: who answers for a missed clock or an assignment. */
export function principalAndSpokesperson(db: Db, unitId: number, date: string) {
  return db
    .selectFrom('appointments')
    .innerJoin('people', 'people.id', 'appointments.person_id')
    .select(['people.id', 'people.name', 'appointments.post'])
    .where('appointments.unit_id', '=', unitId)
    .where('appointments.post', 'in', ['principal', 'spokesperson'])
    .where('appointments.from_date', '<=', date)
    .where((eb) => eb.or([eb('appointments.to_date', 'is', null), eb('appointments.to_date', '>=', date)]))
    .execute();
}
