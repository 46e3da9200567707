import type { Kysely } from 'kysely';
import { containsText } from '../../db/dialect';
import type { Database } from '../../db/schema';

type Db = Kysely<Database>;

export interface PointFilter {
  unitId?: number;
  /** The owning unit, or a district-wide line (the lines a unit may use). */
  forUnitId?: number;
  topicId?: number;
  q?: string;
  standing?: string;
  today: string;
  /** Units whose internal lines the reader sees (null = all); other lines only when open to all. */
  unitPaths: (string | null)[];
}

function points(db: Db, f: PointFilter) {
  return db
    .selectFrom('talking_points')
    .innerJoin('units', 'units.id', 'talking_points.unit_id')
    .$if(f.unitId !== undefined, (qb) => qb.where('talking_points.unit_id', '=', f.unitId!))
    .$if(f.forUnitId !== undefined, (qb) => qb.where((eb) => eb.or([eb('talking_points.unit_id', '=', f.forUnitId!), eb('talking_points.district_wide', '=', 1)])))
    .$if(f.topicId !== undefined, (qb) => qb.where('talking_points.topic_id', '=', f.topicId!))
    .$if(!!f.q, (qb) =>
      qb.where((eb) => eb.or([containsText(db, eb.ref('talking_points.subject'), f.q!), containsText(db, eb.ref('talking_points.questions'), f.q!), containsText(db, eb.ref('talking_points.answer'), f.q!)])),
    )
    .$if(f.standing !== undefined, (qb) => {
      switch (f.standing) {
        case 'not_yet_effective':
          return qb.where('talking_points.status', '=', 'approved').where('talking_points.effective_from', '>', f.today);
        case 'in_force':
          return qb.where('talking_points.status', '=', 'approved').where('talking_points.effective_from', '<=', f.today).where('talking_points.review_by', '>=', f.today);
        case 'expired':
          return qb.where('talking_points.status', '=', 'approved').where('talking_points.review_by', '<', f.today);
        default:
          return qb.where('talking_points.status', '=', f.standing!);
      }
    })
    .$if(!f.unitPaths.includes(null), (qb) =>
      qb.where((eb) =>
        eb.or([
          eb.and([eb('talking_points.status', '=', 'approved'), eb.or([eb('talking_points.sensitivity', '=', 'quotable'), eb('talking_points.district_wide', '=', 1)])]),
          ...(f.unitPaths as string[]).map((p) => eb('units.path', 'like', `${p}%`)),
        ]),
      ),
    );
}

const UNIT_COLUMNS = ['units.name as unit_name', 'units.path as unit_path'] as const;

export async function pageOfPoints(db: Db, f: PointFilter, page: number, pageSize: number) {
  const [rows, total] = await Promise.all([
    points(db, f)
      .selectAll('talking_points')
      .select(UNIT_COLUMNS)
      .select((eb) => eb.selectFrom('talking_point_uses').select((e) => e.fn.countAll<number>().as('n')).whereRef('talking_point_uses.talking_point_id', '=', 'talking_points.id').where('flagged', '=', 1).as('flagged_uses'))
      .orderBy('talking_points.updated_at', 'desc')
      .orderBy('talking_points.id', 'desc')
      .limit(pageSize)
      .offset((page - 1) * pageSize)
      .execute(),
    points(db, f)
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow(),
  ]);
  return { rows, total: Number(total.n) };
}

export type PointListRow = Awaited<ReturnType<typeof pageOfPoints>>['rows'][number];

export function findPoint(db: Db, id: number) {
  return db
    .selectFrom('talking_points')
    .innerJoin('units', 'units.id', 'talking_points.unit_id')
    .leftJoin('topics', 'topics.id', 'talking_points.topic_id')
    .selectAll('talking_points')
    .select([...UNIT_COLUMNS, 'topics.title as topic_title'])
    .where('talking_points.id', '=', id)
    .executeTakeFirst();
}

export type PointRow = NonNullable<Awaited<ReturnType<typeof findPoint>>>;

export function versionsOf(db: Db, id: number) {
  return db.selectFrom('talking_point_versions').selectAll().where('talking_point_id', '=', id).orderBy('version').execute();
}

export function commentsOf(db: Db, id: number) {
  return db.selectFrom('talking_point_comments').selectAll().where('talking_point_id', '=', id).orderBy('id').execute();
}

export function usesOf(db: Db, id: number) {
  return db.selectFrom('talking_point_uses').selectAll().where('talking_point_id', '=', id).orderBy('used_on', 'desc').orderBy('id', 'desc').execute();
}

/** Users to remind about a unit's line: its editors and approvers (and the news office for a district-wide line). */
export async function usersToRemind(db: Db, unitId: number, districtWide: boolean, also: (number | null)[]) {
  const unitUsers = await db
    .selectFrom('role_grants')
    .innerJoin('users', 'users.id', 'role_grants.user_id')
    .select('users.id')
    .where('users.disabled', '=', 0)
    .where((eb) => eb.or([eb.and([eb('role_grants.unit_id', '=', unitId), eb('role_grants.role', 'in', ['unit_editor', 'unit_approver'])]), ...(districtWide ? [eb('role_grants.role', '=', 'news_office')] : [])]))
    .execute();
  return [...new Set([...unitUsers.map((u) => u.id), ...also.filter((x): x is number => x !== null)])];
}
