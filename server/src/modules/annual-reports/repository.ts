import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema';

type Db = Kysely<Database>;

export function reportsOfYear(db: Db, year: number) {
  return db
    .selectFrom('annual_reports')
    .leftJoin('users as ack', 'ack.id', 'annual_reports.acknowledged_by')
    .leftJoin('people as sp', 'sp.id', 'annual_reports.spokesperson_person_id')
    .selectAll('annual_reports')
    .select(['ack.display_name as acknowledged_by_name', 'sp.name as spokesperson_name'])
    .where('annual_reports.year', '=', year)
    .execute();
}

export type ReportRow = Awaited<ReturnType<typeof reportsOfYear>>[number];

export async function findReport(db: Db, year: number, unitId: number): Promise<ReportRow | undefined> {
  return (await reportsOfYear(db, year)).find((r) => r.unit_id === unitId);
}

export async function dueDateOf(db: Db, year: number): Promise<string | null> {
  const row = await db.selectFrom('annual_report_dues').select('due_date').where('year', '=', year).executeTakeFirst();
  return row?.due_date ?? null;
}

export async function setDueYears(db: Db): Promise<number[]> {
  return (await db.selectFrom('annual_report_dues').select('year').execute()).map((r) => r.year);
}

export function findUnit(db: Db, id: number) {
  return db.selectFrom('units').select(['id', 'name', 'path', 'kind']).where('id', '=', id).executeTakeFirst();
}

/** The unit's releases of the year that took place, with how often each was covered (A15.6). */
export async function releasesWithCoverage(db: Db, unitId: number, year: number, statuses: readonly string[]) {
  const releases = await db
    .selectFrom('releases')
    .select(['id', 'title', 'form', 'release_date'])
    .where('unit_id', '=', unitId)
    .where('release_date', '>=', `${year}-01-01`)
    .where('release_date', '<=', `${year}-12-31`)
    .where('status', 'in', [...statuses])
    .orderBy('release_date')
    .execute();
  const ids = releases.map((r) => r.id);
  const coverage = ids.length
    ? await db
        .selectFrom('release_coverage')
        .select(['release_id', (eb) => eb.fn.countAll<number>().as('n')])
        .where('release_id', 'in', ids)
        .groupBy('release_id')
        .execute()
    : [];
  const count = new Map(coverage.map((c) => [c.release_id, Number(c.n)]));
  return releases.map((r) => ({ ...r, coverage: count.get(r.id) ?? 0 }));
}
