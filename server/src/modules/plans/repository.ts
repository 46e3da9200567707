import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema';

type Db = Kysely<Database>;

export function plansOfYear(db: Db, year: number, unitPaths: (string | null)[], unitId?: number) {
  return db
    .selectFrom('release_plans')
    .innerJoin('units', 'units.id', 'release_plans.unit_id')
    .selectAll('release_plans')
    .select(['units.name as unit_name', 'units.path as unit_path'])
    .where('release_plans.year', '=', year)
    .$if(unitId !== undefined, (qb) => qb.where('release_plans.unit_id', '=', unitId!))
    .$if(!unitPaths.includes(null), (qb) =>
      qb.where((eb) => (unitPaths.length ? eb.or((unitPaths as string[]).map((p) => eb('units.path', 'like', `${p}%`))) : eb.lit(false))),
    )
    .orderBy('units.sort_order')
    .orderBy('units.id')
    .execute();
}

export type PlanRow = Awaited<ReturnType<typeof plansOfYear>>[number];

export function findPlan(db: Db, id: number) {
  return db
    .selectFrom('release_plans')
    .innerJoin('units', 'units.id', 'release_plans.unit_id')
    .selectAll('release_plans')
    .select(['units.name as unit_name', 'units.path as unit_path'])
    .where('release_plans.id', '=', id)
    .executeTakeFirst();
}

export function findPlanOf(db: Db, unitId: number, year: number) {
  return db.selectFrom('release_plans').selectAll().where('unit_id', '=', unitId).where('year', '=', year).executeTakeFirst();
}

export function itemsOf(db: Db, planIds: number[]) {
  if (planIds.length === 0) return Promise.resolve([]);
  return db.selectFrom('release_plan_items').selectAll().where('plan_id', 'in', planIds).orderBy('quarter').orderBy('sort_order').execute();
}

/** Units that release (not the city or district nodes), active, within the reader's units. */
export function releasingUnits(db: Db, unitPaths: (string | null)[]) {
  return db
    .selectFrom('units')
    .select(['id', 'name', 'path'])
    .where('active', '=', 1)
    .where('kind', 'not in', ['city', 'district'])
    .$if(!unitPaths.includes(null), (qb) =>
      qb.where((eb) => (unitPaths.length ? eb.or((unitPaths as string[]).map((p) => eb('path', 'like', `${p}%`))) : eb.lit(false))),
    )
    .orderBy('sort_order')
    .orderBy('id')
    .execute();
}

/** Releases that went out in the year, counted per unit and month (the actual against the plan). */
export function releasesPerUnitMonth(db: Db, year: number) {
  return db
    .selectFrom('releases')
    .select(['unit_id', (eb) => eb.fn<string>('substr', ['release_date', eb.lit(6), eb.lit(2)]).as('month'), (eb) => eb.fn.countAll<number>().as('n')])
    .where('status', 'in', ['held', 'published'])
    .where('release_date', '>=', `${year}-01-01`)
    .where('release_date', '<=', `${year}-12-31`)
    .groupBy(['unit_id', (eb) => eb.fn<string>('substr', ['release_date', eb.lit(6), eb.lit(2)])])
    .execute();
}
