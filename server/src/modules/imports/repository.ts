import { SINGLE_HOLDER_POSTS } from '@fabutong/core';
import type { Kysely } from 'kysely';
import { lockChain } from '../../db/dialect';
import type { Database } from '../../db/schema';

type Db = Kysely<Database>;

/** Rows per statement: well under the bound-parameter limits of SQLite and PostgreSQL. */
const CHUNK = 500;

function chunks<T>(items: readonly T[]): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += CHUNK) out.push(items.slice(i, i + CHUNK));
  return out;
}

/** Imports wait for one another, so the second of a double-click is checked against the first. */
const IMPORT_LOCK = 7_310_002;

export function lockImports(trx: Db) {
  return lockChain(trx, IMPORT_LOCK);
}

export function unitsForImport(db: Db) {
  return db.selectFrom('units').select(['id', 'name', 'kind', 'path', 'active']).orderBy('id').execute();
}

export async function peopleNamed(db: Db, names: readonly string[]) {
  const rows = [];
  for (const part of chunks(names)) rows.push(...(await db.selectFrom('people').select(['id', 'name']).where('name', 'in', part).execute()));
  return rows;
}

/** Spokesperson and assistant appointments, to check A8.2 against. */
export function singleHolderAppointments(db: Db) {
  return db
    .selectFrom('appointments')
    .innerJoin('people', 'people.id', 'appointments.person_id')
    .select(['appointments.id', 'appointments.unit_id', 'appointments.post', 'appointments.from_date', 'appointments.to_date', 'people.name as person_name'])
    .where('appointments.post', 'in', [...SINGLE_HOLDER_POSTS])
    .execute();
}

export interface NewPerson {
  name: string;
  office_phone: string | null;
  press_phone: string | null;
  mobile: string | null;
  email: string | null;
  note: string | null;
}

/** Inserts the people and gives their ids by name (names are unique within one import). */
export async function insertPeople(db: Db, people: readonly NewPerson[], at: string): Promise<Map<string, number>> {
  const ids = new Map<string, number>();
  for (const part of chunks(people)) {
    const rows = await db
      .insertInto('people')
      .values(part.map((p) => ({ ...p, created_at: at, updated_at: at })))
      .returning(['id', 'name'])
      .execute();
    for (const r of rows) ids.set(r.name, r.id);
  }
  return ids;
}

export interface NewAppointment {
  person_id: number;
  unit_id: number;
  post: string;
  title: string | null;
  from_date: string;
  to_date: string | null;
  filed_with_municipal_at: string | null;
}

export async function insertAppointments(db: Db, appointments: readonly NewAppointment[], at: string) {
  for (const part of chunks(appointments)) {
    await db
      .insertInto('appointments')
      .values(part.map((a) => ({ ...a, note: null, created_at: at, updated_at: at })))
      .execute();
  }
}
