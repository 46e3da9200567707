import { EVALUATED_UNIT_KINDS } from '@fabutong/core';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema';

type Db = Kysely<Database>;

export function sessionsBetween(db: Db, from: string, to: string) {
  return db.selectFrom('training_sessions').selectAll().where('held_on', '>=', from).where('held_on', '<=', to).orderBy('held_on', 'desc').orderBy('id', 'desc').execute();
}

export function findSession(db: Db, id: number) {
  return db.selectFrom('training_sessions').selectAll().where('id', '=', id).executeTakeFirst();
}

export type SessionRow = NonNullable<Awaited<ReturnType<typeof findSession>>>;

export function attendanceOfSessions(db: Db, sessionIds: number[]) {
  if (sessionIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('training_attendance')
    .innerJoin('people', 'people.id', 'training_attendance.person_id')
    .leftJoin('units', 'units.id', 'training_attendance.unit_id')
    .select(['training_attendance.session_id', 'training_attendance.person_id', 'people.name', 'training_attendance.unit_id', 'units.name as unit_name', 'training_attendance.post'])
    .where('training_attendance.session_id', 'in', sessionIds)
    .orderBy('training_attendance.id')
    .execute();
}

export function sessionsOfPerson(db: Db, personId: number) {
  return db
    .selectFrom('training_attendance')
    .innerJoin('training_sessions', 'training_sessions.id', 'training_attendance.session_id')
    .leftJoin('units', 'units.id', 'training_attendance.unit_id')
    .select([
      'training_sessions.id',
      'training_sessions.topic',
      'training_sessions.held_on',
      'training_sessions.organizer',
      'training_sessions.kind',
      'training_attendance.post',
      'units.name as unit_name',
    ])
    .where('training_attendance.person_id', '=', personId)
    .orderBy('training_sessions.held_on', 'desc')
    .execute();
}

export function findPerson(db: Db, id: number) {
  return db.selectFrom('people').select(['id', 'name']).where('id', '=', id).executeTakeFirst();
}

export function existingPeople(db: Db, ids: number[]) {
  if (ids.length === 0) return Promise.resolve([]);
  return db.selectFrom('people').select('id').where('id', 'in', ids).execute();
}

/** The release posts the people held on a day (A8.2), spokesperson first. */
export function releasePostsOn(db: Db, personIds: number[], date: string) {
  if (personIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('appointments')
    .select(['person_id', 'unit_id', 'post'])
    .where('person_id', 'in', personIds)
    .where('post', 'in', ['spokesperson', 'spokesperson_assistant'])
    .where('from_date', '<=', date)
    .where((eb) => eb.or([eb('to_date', 'is', null), eb('to_date', '>=', date)]))
    .orderBy('post')
    .execute();
}

/** The units evaluated each year, with their spokesperson and assistant on the day (A8.2). */
export async function evaluatedUnitsWithPosts(db: Db, date: string) {
  const [units, posts] = await Promise.all([
    db
      .selectFrom('units')
      .select(['id', 'name', 'path', 'kind'])
      .where('active', '=', 1)
      .where('kind', 'in', [...EVALUATED_UNIT_KINDS])
      .orderBy('sort_order')
      .orderBy('id')
      .execute(),
    db
      .selectFrom('appointments')
      .innerJoin('people', 'people.id', 'appointments.person_id')
      .select(['appointments.unit_id', 'appointments.post', 'appointments.person_id', 'people.name'])
      .where('appointments.post', 'in', ['spokesperson', 'spokesperson_assistant', 'principal'])
      .where('appointments.from_date', '<=', date)
      .where((eb) => eb.or([eb('appointments.to_date', 'is', null), eb('appointments.to_date', '>=', date)]))
      .execute(),
  ]);
  return units.map((u) => ({
    ...u,
    spokesperson: posts.find((p) => p.unit_id === u.id && p.post === 'spokesperson') ?? null,
    assistant: posts.find((p) => p.unit_id === u.id && p.post === 'spokesperson_assistant') ?? null,
    principal: posts.find((p) => p.unit_id === u.id && p.post === 'principal') ?? null,
  }));
}

export type EvaluatedUnit = Awaited<ReturnType<typeof evaluatedUnitsWithPosts>>[number];

/** People who attended any session in the period. */
export async function trainedPeople(db: Db, from: string, to: string): Promise<Set<number>> {
  const rows = await db
    .selectFrom('training_attendance')
    .innerJoin('training_sessions', 'training_sessions.id', 'training_attendance.session_id')
    .select('training_attendance.person_id')
    .where('training_sessions.held_on', '>=', from)
    .where('training_sessions.held_on', '<=', to)
    .execute();
  return new Set(rows.map((r) => r.person_id));
}
