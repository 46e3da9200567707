/**
 * The State Council schedules published so far, from the `chinese-days` package, seeded into
 * the calendar tables for every year the package covers and the database lacks. Years after
 * the package's data are entered by the news office when the State Council publishes them.
 */
import { createRequire } from 'node:module';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema';

interface ChineseDaysData {
  holidays: Record<string, string>;
  workdays: Record<string, string>;
}

const require = createRequire(import.meta.url);
export const CHINESE_DAYS_VERSION: string = (require('chinese-days/package.json') as { version: string }).version;

function load(): ChineseDaysData {
  return require('chinese-days/dist/chinese-days.json') as ChineseDaysData;
}

/** `"Spring Festival,春节,4"` → `春节` */
const chineseName = (label: string) => label.split(',')[1] ?? label;

export function chineseDaysByYear(): Map<number, { date: string; kind: 'holiday' | 'workday'; name: string }[]> {
  const data = load();
  const byYear = new Map<number, { date: string; kind: 'holiday' | 'workday'; name: string }[]>();
  const add = (date: string, kind: 'holiday' | 'workday', label: string) => {
    const year = Number(date.slice(0, 4));
    const list = byYear.get(year) ?? [];
    list.push({ date, kind, name: kind === 'workday' ? `${chineseName(label)}调休` : chineseName(label) });
    byYear.set(year, list);
  };
  for (const [date, label] of Object.entries(data.holidays)) add(date, 'holiday', label);
  for (const [date, label] of Object.entries(data.workdays)) add(date, 'workday', label);
  return byYear;
}

/** Seeds every covered year the database does not have yet; never overwrites what the news office entered. */
export async function seedCalendar(db: Kysely<Database>, at: string): Promise<number[]> {
  const have = new Set((await db.selectFrom('calendar_years').select('year').execute()).map((r) => r.year));
  const seeded: number[] = [];
  const byYear = chineseDaysByYear();
  const years = [...byYear.keys()].filter((y) => !have.has(y)).sort();
  if (years.length === 0) return seeded;
  await db.transaction().execute(async (trx) => {
    for (const year of years) {
      const days = byYear.get(year)!;
      await trx.deleteFrom('calendar_days').where('date', 'in', days.map((d) => d.date)).execute();
      await trx.insertInto('calendar_days').values(days).execute();
      await trx.insertInto('calendar_years').values({ year, source: `chinese-days ${CHINESE_DAYS_VERSION}`, confirmed_at: at, confirmed_by: null }).execute();
      seeded.push(year);
    }
  });
  return seeded;
}
