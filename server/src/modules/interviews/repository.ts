import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema';

type Db = Kysely<Database>;

function requests(db: Db, f: { status?: string; unitPaths: (string | null)[] }) {
  return db
    .selectFrom('interview_requests')
    .leftJoin('units', 'units.id', 'interview_requests.unit_id')
    .leftJoin('users as decider', 'decider.id', 'interview_requests.decided_by')
    .leftJoin('releases', 'releases.id', 'interview_requests.release_id')
    .$if(f.status !== undefined, (qb) => qb.where('interview_requests.status', '=', f.status!))
    .$if(!f.unitPaths.includes(null), (qb) =>
      qb.where((eb) => (f.unitPaths.length ? eb.or((f.unitPaths as string[]).map((p) => eb('units.path', 'like', `${p}%`))) : eb.lit(false))),
    );
}

const columns = [
  'units.name as unit_name',
  'units.path as unit_path',
  'decider.display_name as decided_by_name',
  'releases.title as release_title',
  'releases.status as release_status',
  'releases.starts_at as release_starts_at',
] as const;

export async function pageOfRequests(db: Db, f: { status?: string; unitPaths: (string | null)[] }, page: number, pageSize: number) {
  const [rows, total] = await Promise.all([
    requests(db, f)
      .selectAll('interview_requests')
      .select(columns)
      .orderBy('interview_requests.created_at', 'desc')
      .orderBy('interview_requests.id', 'desc')
      .limit(pageSize)
      .offset((page - 1) * pageSize)
      .execute(),
    requests(db, f)
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow(),
  ]);
  return { rows, total: Number(total.n) };
}

export type RequestRow = Awaited<ReturnType<typeof pageOfRequests>>['rows'][number];

export function findRequest(db: Db, id: number) {
  return requests(db, { unitPaths: [null] }).selectAll('interview_requests').select(columns).where('interview_requests.id', '=', id).executeTakeFirst();
}

export function findByTracking(db: Db, trackingNo: string) {
  return requests(db, { unitPaths: [null] }).selectAll('interview_requests').select(columns).where('interview_requests.tracking_no', '=', trackingNo).executeTakeFirst();
}

/** The registry's journalists holding this press card number (case and spaces ignored). */
export function journalistsByCard(db: Db, pressCardNos: string[]) {
  const keys = [...new Set(pressCardNos.map((n) => n.trim().toUpperCase()))];
  if (keys.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('journalists')
    .select(['id', 'outlet_id', 'name', 'press_card_no', 'press_card_valid_from', 'press_card_valid_until'])
    .where((eb) => eb(eb.fn('upper', [eb.fn('trim', ['press_card_no'])]), 'in', keys))
    .execute();
}

export function newsOfficeUserIds(db: Db) {
  return db
    .selectFrom('role_grants')
    .innerJoin('users', 'users.id', 'role_grants.user_id')
    .select('users.id')
    .where('role_grants.role', '=', 'news_office')
    .where('users.disabled', '=', 0)
    .execute()
    .then((rows) => rows.map((r) => r.id));
}
