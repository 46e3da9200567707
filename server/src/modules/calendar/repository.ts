import type { CalendarData } from '@fabutong/core';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema';

type Db = Kysely<Database>;

export async function loadCalendarData(db: Db): Promise<CalendarData> {
  const [days, years] = await Promise.all([
    db.selectFrom('calendar_days').select(['date', 'kind']).execute(),
    db.selectFrom('calendar_years').select('year').execute(),
  ]);
  return {
    holidays: days.filter((d) => d.kind === 'holiday').map((d) => d.date),
    makeupWorkdays: days.filter((d) => d.kind === 'workday').map((d) => d.date),
    confirmedYears: years.map((y) => y.year),
  };
}

export function findYear(db: Db, year: number) {
  return db.selectFrom('calendar_years').selectAll().where('year', '=', year).executeTakeFirst();
}

export function listYears(db: Db) {
  return db.selectFrom('calendar_years').selectAll().orderBy('year', 'desc').execute();
}

export function daysOfYear(db: Db, year: number) {
  return db.selectFrom('calendar_days').selectAll().where('date', '>=', `${year}-01-01`).where('date', '<=', `${year}-12-31`).orderBy('date').execute();
}

export async function replaceYear(
  db: Db,
  year: number,
  days: { date: string; kind: 'holiday' | 'workday'; name: string }[],
  source: string,
  at: string,
  by: number | null,
) {
  await db.deleteFrom('calendar_days').where('date', '>=', `${year}-01-01`).where('date', '<=', `${year}-12-31`).execute();
  if (days.length > 0) await db.insertInto('calendar_days').values(days).execute();
  await db.deleteFrom('calendar_years').where('year', '=', year).execute();
  await db.insertInto('calendar_years').values({ year, source, confirmed_at: at, confirmed_by: by }).execute();
}
