import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema';

type Db = Kysely<Database>;

function warnings(db: Db) {
  return db.selectFrom('warnings').innerJoin('units', 'units.id', 'warnings.issuing_unit_id').selectAll('warnings').select(['units.name as unit_name', 'units.path as unit_path']);
}

export type WarningWithUnit = Awaited<ReturnType<typeof findWarning>> & object;

export function findWarning(db: Db, id: number) {
  return warnings(db).where('warnings.id', '=', id).executeTakeFirst();
}

export function listWarnings(db: Db, limit = 500) {
  return warnings(db).orderBy('warnings.valid_from', 'desc').orderBy('warnings.id', 'desc').limit(limit).execute();
}

/** Not lifted and valid at `at`: what the portal shows. */
export function warningsInForce(db: Db, at: string) {
  return warnings(db).where('warnings.lifted_at', 'is', null).where('warnings.valid_from', '<=', at).where('warnings.valid_until', '>', at).orderBy('warnings.valid_from', 'desc').execute();
}
