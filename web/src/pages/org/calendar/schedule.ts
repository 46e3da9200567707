/** A year's days as people read a schedule: holidays as runs (春节 2月15日至23日，9天), make-up workdays by occasion. */
import { addDays } from '@fabutong/core/rules/calendar';
import { t } from '../../../locales';

interface Day {
  date: string;
  name: string;
}

export interface HolidayRun {
  name: string;
  from: string;
  to: string;
  days: number;
}

export function holidayRuns(holidays: readonly Day[]): HolidayRun[] {
  const runs: HolidayRun[] = [];
  for (const day of [...holidays].sort((a, b) => a.date.localeCompare(b.date))) {
    const last = runs.at(-1);
    if (last && last.name === day.name && addDays(last.to, 1) === day.date) {
      last.to = day.date;
      last.days += 1;
    } else {
      runs.push({ name: day.name, from: day.date, to: day.date, days: 1 });
    }
  }
  return runs;
}

export function workdaysByName(workdays: readonly Day[]): { name: string; dates: string[] }[] {
  const byName = new Map<string, string[]>();
  for (const day of [...workdays].sort((a, b) => a.date.localeCompare(b.date))) byName.set(day.name, [...(byName.get(day.name) ?? []), day.date]);
  return [...byName].map(([name, dates]) => ({ name, dates }));
}

/** `2026-02-15` → 2月15日 (with the year when it is not the one shown). */
export function monthDay(date: string, year?: number): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const text = t('org.calendar.monthDay', { month: m, day: d });
  return year === undefined || y === year ? text : t('org.calendar.yearMonthDay', { year: y, text });
}
