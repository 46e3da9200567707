import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema';

type Db = Kysely<Database>;

export function listVenues(db: Db) {
  return db.selectFrom('venues').selectAll().orderBy('is_center', 'desc').orderBy('id').execute();
}

export function findVenueByName(db: Db, name: string) {
  return db.selectFrom('venues').select('id').where('name', '=', name).executeTakeFirst();
}
