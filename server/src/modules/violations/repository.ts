import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema';

type Db = Kysely<Database>;

export interface ViolationFilter {
  status?: string;
  kind?: string;
  unitId?: number;
  /** Paths of the units the reader may see; containing null = all. */
  unitPaths: (string | null)[];
}

function filtered(db: Db, f: ViolationFilter) {
  return db
    .selectFrom('violations')
    .leftJoin('units', 'units.id', 'violations.unit_id')
    .leftJoin('users', 'users.id', 'violations.decided_by')
    .$if(f.status !== undefined, (qb) => qb.where('violations.status', '=', f.status!))
    .$if(f.kind !== undefined, (qb) => qb.where('violations.kind', '=', f.kind!))
    .$if(f.unitId !== undefined, (qb) => qb.where('violations.unit_id', '=', f.unitId!))
    .$if(!f.unitPaths.includes(null), (qb) =>
      qb.where((eb) => (f.unitPaths.length ? eb.or((f.unitPaths as string[]).map((p) => eb('units.path', 'like', `${p}%`))) : eb.lit(false))),
    );
}

const columns = ['units.name as unit_name', 'units.path as unit_path', 'users.display_name as decided_by_name'] as const;

export async function pageOfViolations(db: Db, f: ViolationFilter, page: number, pageSize: number) {
  const [rows, total] = await Promise.all([
    filtered(db, f)
      .selectAll('violations')
      .select(columns)
      .orderBy('violations.detected_at', 'desc')
      .orderBy('violations.id', 'desc')
      .limit(pageSize)
      .offset((page - 1) * pageSize)
      .execute(),
    filtered(db, f)
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow(),
  ]);
  return { rows, total: Number(total.n) };
}

export type ViolationWithNames = Awaited<ReturnType<typeof pageOfViolations>>['rows'][number];

export function findViolation(db: Db, id: number) {
  return filtered(db, { unitPaths: [null] })
    .selectAll('violations')
    .select(columns)
    .where('violations.id', '=', id)
    .executeTakeFirst();
}

export function findViolationBySource(db: Db, sourceType: string, sourceId: string, kind: string) {
  return db
    .selectFrom('violations')
    .selectAll()
    .where('source_type', '=', sourceType)
    .where('source_id', '=', sourceId)
    .where('kind', '=', kind)
    .executeTakeFirst();
}
