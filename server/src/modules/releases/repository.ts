import type { Post } from '@fabutong/core';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema';

type Db = Kysely<Database>;

export interface ReleaseFilter {
  year?: number;
  unitId?: number;
  form?: string;
  category?: string;
  personId?: number;
  status?: string;
  /** Paths of the units the reader may see; undefined = all. */
  unitPaths?: (string | null)[];
}

function filtered(db: Db, f: ReleaseFilter) {
  return db
    .selectFrom('releases')
    .innerJoin('units', 'units.id', 'releases.unit_id')
    .$if(f.year !== undefined, (qb) => qb.where('releases.release_date', '>=', `${f.year}-01-01`).where('releases.release_date', '<=', `${f.year}-12-31`))
    .$if(f.unitId !== undefined, (qb) => qb.where('releases.unit_id', '=', f.unitId!))
    .$if(f.form !== undefined, (qb) => qb.where('releases.form', '=', f.form!))
    .$if(f.category !== undefined, (qb) => qb.where('releases.categories', 'like', `%"${f.category}"%`))
    .$if(f.status !== undefined, (qb) => qb.where('releases.status', '=', f.status!))
    .$if(f.personId !== undefined, (qb) =>
      qb.where('releases.id', 'in', (eb) => eb.selectFrom('release_participants').select('release_id').where('person_id', '=', f.personId!)),
    )
    .$if(f.unitPaths !== undefined && !f.unitPaths.includes(null), (qb) =>
      qb.where((eb) => eb.or((f.unitPaths as string[]).map((p) => eb('units.path', 'like', `${p}%`)))),
    );
}

export async function pageOfReleases(db: Db, f: ReleaseFilter, page: number, pageSize: number) {
  const [rows, total] = await Promise.all([
    filtered(db, f)
      .selectAll('releases')
      .select('units.name as unit_name')
      .orderBy('releases.starts_at', 'desc')
      .orderBy('releases.id', 'desc')
      .limit(pageSize)
      .offset((page - 1) * pageSize)
      .execute(),
    filtered(db, f)
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow(),
  ]);
  return { rows, total: Number(total.n) };
}

export function allReleases(db: Db, f: ReleaseFilter) {
  return filtered(db, f).selectAll('releases').select('units.name as unit_name').orderBy('releases.starts_at').execute();
}

export type ReleaseWithUnit = Awaited<ReturnType<typeof allReleases>>[number];

export function findRelease(db: Db, id: number) {
  return db
    .selectFrom('releases')
    .innerJoin('units', 'units.id', 'releases.unit_id')
    .selectAll('releases')
    .select(['units.name as unit_name', 'units.path as unit_path'])
    .where('releases.id', '=', id)
    .executeTakeFirst();
}

export function participantsOf(db: Db, releaseIds: number[]) {
  if (releaseIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('release_participants')
    .innerJoin('people', 'people.id', 'release_participants.person_id')
    .select(['release_participants.release_id', 'release_participants.person_id', 'release_participants.part', 'people.name'])
    .where('release_participants.release_id', 'in', releaseIds)
    .orderBy('release_participants.id')
    .execute();
}

export function outletsOf(db: Db, releaseId: number) {
  return db
    .selectFrom('release_outlets')
    .innerJoin('outlets', 'outlets.id', 'release_outlets.outlet_id')
    .leftJoin('journalists', 'journalists.id', 'release_outlets.journalist_id')
    .select([
      'release_outlets.outlet_id',
      'outlets.name as outlet_name',
      'outlets.level',
      'release_outlets.journalist_id',
      'journalists.name as journalist_name',
    ])
    .where('release_outlets.release_id', '=', releaseId)
    .orderBy('release_outlets.id')
    .execute();
}

export function coverageOf(db: Db, releaseId: number) {
  return db.selectFrom('release_coverage').selectAll().where('release_id', '=', releaseId).orderBy('published_on').orderBy('id').execute();
}

export async function replaceChildren(
  db: Db,
  releaseId: number,
  participants: { personId: number; part: string }[],
  outlets: { outletId: number; journalistId: number | null }[],
) {
  await db.deleteFrom('release_participants').where('release_id', '=', releaseId).execute();
  await db.deleteFrom('release_outlets').where('release_id', '=', releaseId).execute();
  if (participants.length) {
    await db
      .insertInto('release_participants')
      .values(participants.map((p) => ({ release_id: releaseId, person_id: p.personId, part: p.part })))
      .execute();
  }
  if (outlets.length) {
    await db
      .insertInto('release_outlets')
      .values(outlets.map((o) => ({ release_id: releaseId, outlet_id: o.outletId, journalist_id: o.journalistId })))
      .execute();
  }
}

/** The posts these people hold or held, as the speaking-authority rule (A17) reads them. */
export async function appointmentsOfPeople(db: Db, personIds: number[]) {
  if (personIds.length === 0) return [];
  const rows = await db
    .selectFrom('appointments')
    .select(['person_id', 'unit_id', 'post', 'from_date', 'to_date'])
    .where('person_id', 'in', personIds)
    .execute();
  return rows.map((a) => ({ personId: a.person_id, unitId: a.unit_id, post: a.post as Post, from: a.from_date, to: a.to_date }));
}

export function peopleByIds(db: Db, ids: number[]) {
  if (ids.length === 0) return Promise.resolve([]);
  return db.selectFrom('people').select(['id', 'name']).where('id', 'in', ids).execute();
}
