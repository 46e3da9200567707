import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema';

type Db = Kysely<Database>;

export function listOutlets(db: Db, q?: string) {
  return db
    .selectFrom('outlets')
    .selectAll('outlets')
    .select((eb) => [
      eb.selectFrom('journalists').select((e) => e.fn.countAll<number>().as('n')).whereRef('journalists.outlet_id', '=', 'outlets.id').as('journalist_count'),
      eb.selectFrom('outlet_findings').select((e) => e.fn.countAll<number>().as('n')).whereRef('outlet_findings.outlet_id', '=', 'outlets.id').as('finding_count'),
    ])
    .$if(!!q, (qb) => qb.where('outlets.name', 'like', `%${q!.replace(/[%_]/g, '')}%`))
    .orderBy('outlets.level')
    .orderBy('outlets.name')
    .execute();
}

export type OutletWithCounts = Awaited<ReturnType<typeof listOutlets>>[number];

export function findOutlet(db: Db, id: number) {
  return listOutletsById(db, [id]).then((rows) => rows[0]);
}

export function listOutletsById(db: Db, ids: number[]) {
  if (ids.length === 0) return Promise.resolve([] as OutletWithCounts[]);
  return db
    .selectFrom('outlets')
    .selectAll('outlets')
    .select((eb) => [
      eb.selectFrom('journalists').select((e) => e.fn.countAll<number>().as('n')).whereRef('journalists.outlet_id', '=', 'outlets.id').as('journalist_count'),
      eb.selectFrom('outlet_findings').select((e) => e.fn.countAll<number>().as('n')).whereRef('outlet_findings.outlet_id', '=', 'outlets.id').as('finding_count'),
    ])
    .where('outlets.id', 'in', ids)
    .execute();
}

export function listJournalists(db: Db, filter: { outletId?: number; q?: string; ids?: number[] }) {
  return db
    .selectFrom('journalists')
    .innerJoin('outlets', 'outlets.id', 'journalists.outlet_id')
    .selectAll('journalists')
    .select('outlets.name as outlet_name')
    .$if(filter.outletId !== undefined, (qb) => qb.where('journalists.outlet_id', '=', filter.outletId!))
    .$if(filter.ids !== undefined, (qb) => qb.where('journalists.id', 'in', filter.ids!.length ? filter.ids! : [-1]))
    .$if(!!filter.q, (qb) => qb.where('journalists.name', 'like', `%${filter.q!.replace(/[%_]/g, '')}%`))
    .orderBy('journalists.name')
    .execute();
}

export type JournalistWithOutlet = Awaited<ReturnType<typeof listJournalists>>[number];

export function findingsOf(db: Db, outletId: number) {
  return db.selectFrom('outlet_findings').selectAll().where('outlet_id', '=', outletId).orderBy('found_on', 'desc').execute();
}
