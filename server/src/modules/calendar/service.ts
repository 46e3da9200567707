import {
  isWeekend,
  offsetWorkdays,
  parseHolidaySchedule,
  workdayCalendar,
  type WorkdayCalendar,
  type WorkdayOffset,
} from '@fabutong/core';
import { audit } from '../../audit';
import { authorize } from '../../authorize';
import type { AppContext, RequestContext } from '../../context';
import { badRequest } from '../../errors';
import { canEditCalendar } from './policy';
import * as repo from './repository';

/**
 * The calendar is read on every deadline computation, so each server keeps it in memory;
 * it reloads after a local change at once and after another server's change within a minute.
 */
const RELOAD_AFTER_MS = 60_000;
const cache = new WeakMap<AppContext, { calendar: WorkdayCalendar; loadedAt: number }>();

export async function workdays(app: AppContext): Promise<WorkdayCalendar> {
  const hit = cache.get(app);
  if (hit && Date.now() - hit.loadedAt < RELOAD_AFTER_MS) return hit.calendar;
  const calendar = workdayCalendar(await repo.loadCalendarData(app.db));
  cache.set(app, { calendar, loadedAt: Date.now() });
  return calendar;
}

export async function offset(app: AppContext, from: string, n: number): Promise<WorkdayOffset> {
  return offsetWorkdays(await workdays(app), from, n);
}

export async function yearView(app: AppContext, year: number) {
  const [meta, days] = await Promise.all([repo.findYear(app.db, year), repo.daysOfYear(app.db, year)]);
  return {
    year,
    confirmed: Boolean(meta),
    source: meta?.source ?? null,
    confirmedAt: meta?.confirmed_at ?? null,
    days: days.map((d) => ({ date: d.date, kind: d.kind, name: d.name })),
  };
}

export async function listYears(app: AppContext) {
  const [years, data] = await Promise.all([repo.listYears(app.db), repo.loadCalendarData(app.db)]);
  const count = (dates: Iterable<string>, year: number) => [...dates].filter((d) => d.startsWith(`${year}-`)).length;
  return years.map((y) => ({
    year: y.year,
    source: y.source,
    confirmedAt: y.confirmed_at,
    holidays: count(data.holidays, y.year),
    makeupWorkdays: count(data.makeupWorkdays, y.year),
  }));
}

export async function previewSchedule(app: AppContext, rc: RequestContext, year: number, text: string) {
  await authorize(app, rc, canEditCalendar(rc.actor), 'calendar.preview');
  return parseHolidaySchedule(year, text);
}

export async function confirmSchedule(
  app: AppContext,
  rc: RequestContext,
  year: number,
  input: { holidays: { date: string; name: string }[]; makeupWorkdays: { date: string; name: string }[] },
) {
  await authorize(app, rc, canEditCalendar(rc.actor), 'calendar.confirm');
  const errors: { path: string; message: string }[] = [];
  const seen = new Set<string>();
  const inYear = (d: string) => d.startsWith(`${year}-`) || d.startsWith(`${year - 1}-12-`);
  input.holidays.forEach((d, i) => {
    if (!inYear(d.date)) errors.push({ path: `holidays.${i}.date`, message: `${d.date} 不属于 ${year} 年` });
    if (seen.has(d.date)) errors.push({ path: `holidays.${i}.date`, message: `${d.date} 重复` });
    seen.add(d.date);
  });
  input.makeupWorkdays.forEach((d, i) => {
    if (!inYear(d.date)) errors.push({ path: `makeupWorkdays.${i}.date`, message: `${d.date} 不属于 ${year} 年` });
    if (!isWeekend(d.date)) errors.push({ path: `makeupWorkdays.${i}.date`, message: `${d.date} 不是周末，不需要调休上班` });
    if (seen.has(d.date)) errors.push({ path: `makeupWorkdays.${i}.date`, message: `${d.date} 重复或既放假又上班` });
    seen.add(d.date);
  });
  if (errors.length > 0) throw badRequest(`放假安排有 ${errors.length} 处问题：${errors.map((e) => e.message).join('；')}`, errors);

  const before = await yearView(app, year);
  const days = [
    ...input.holidays.map((d) => ({ ...d, kind: 'holiday' as const })),
    ...input.makeupWorkdays.map((d) => ({ ...d, kind: 'workday' as const })),
  ].sort((a, b) => a.date.localeCompare(b.date));
  await app.db.transaction().execute(async (trx) => {
    await repo.replaceYear(trx, year, days, '区政府新闻办录入', app.now().toISOString(), rc.actor.userId);
    await audit(app, rc, trx, {
      action: 'calendar.confirm_year',
      entity: 'calendar_year',
      entityId: year,
      before: before.confirmed ? { source: before.source, days: before.days } : null,
      after: { days },
    });
  });
  cache.delete(app);
  return yearView(app, year);
}
