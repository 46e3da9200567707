/**
 * Workday arithmetic over the State Council holiday schedule (工作日, with 调休 make-up days).
 *
 * Dates are calendar dates in Asia/Shanghai written `YYYY-MM-DD`; nothing here reads a clock.
 * A year without a confirmed schedule falls back to "weekends are rest days" and every
 * answer that crosses it is marked provisional, so screens can warn.
 */

export type IsoDate = string;

export interface CalendarData {
  /** Statutory rest days (法定节假日 and the days moved next to them). */
  holidays: Iterable<IsoDate>;
  /** Weekend days that are workdays (调休上班). */
  makeupWorkdays: Iterable<IsoDate>;
  /** Years whose schedule has been published and entered. */
  confirmedYears: Iterable<number>;
}

export interface WorkdayCalendar {
  readonly holidays: ReadonlySet<IsoDate>;
  readonly makeupWorkdays: ReadonlySet<IsoDate>;
  readonly confirmedYears: ReadonlySet<number>;
}

export interface WorkdayOffset {
  date: IsoDate;
  /** True when a year the count crosses has no confirmed schedule. */
  provisional: boolean;
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DAY_MS = 86_400_000;

export function workdayCalendar(data: CalendarData): WorkdayCalendar {
  return {
    holidays: new Set(data.holidays),
    makeupWorkdays: new Set(data.makeupWorkdays),
    confirmedYears: new Set(data.confirmedYears),
  };
}

export function isIsoDate(value: string): boolean {
  const m = ISO_DATE.exec(value);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.getUTCFullYear() === Number(m[1]) && d.getUTCMonth() === Number(m[2]) - 1 && d.getUTCDate() === Number(m[3]);
}

function toDayNumber(date: IsoDate): number {
  if (!isIsoDate(date)) throw new RangeError(`不是有效的日期：${date}`);
  return Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10))) / DAY_MS;
}

function fromDayNumber(day: number): IsoDate {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

export function addDays(date: IsoDate, days: number): IsoDate {
  return fromDayNumber(toDayNumber(date) + days);
}

export function yearOf(date: IsoDate): number {
  return Number(date.slice(0, 4));
}

export function isWeekend(date: IsoDate): boolean {
  const weekday = (toDayNumber(date) + 4) % 7; // 1970-01-01 was a Thursday
  return weekday === 0 || weekday === 6;
}

export function isWorkday(cal: WorkdayCalendar, date: IsoDate): boolean {
  if (cal.makeupWorkdays.has(date)) return true;
  if (cal.holidays.has(date)) return false;
  return !isWeekend(date);
}

/** True when every year from `a` to `b` (either order) has a confirmed schedule. */
export function isConfirmedSpan(cal: WorkdayCalendar, a: IsoDate, b: IsoDate): boolean {
  const [from, to] = a <= b ? [yearOf(a), yearOf(b)] : [yearOf(b), yearOf(a)];
  for (let y = from; y <= to; y++) if (!cal.confirmedYears.has(y)) return false;
  return true;
}

function step(cal: WorkdayCalendar, date: IsoDate, n: number): IsoDate {
  if (!Number.isInteger(n)) throw new RangeError('工作日数必须是整数');
  const direction = n < 0 ? -1 : 1;
  let day = toDayNumber(date);
  for (let remaining = Math.abs(n); remaining > 0; ) {
    day += direction;
    if (isWorkday(cal, fromDayNumber(day))) remaining--;
  }
  return fromDayNumber(day);
}

/** The n-th workday after `date` (`date` itself not counted); n = 0 gives `date`. */
export function addWorkdays(cal: WorkdayCalendar, date: IsoDate, n: number): IsoDate {
  if (n < 0) return subtractWorkdays(cal, date, -n);
  return step(cal, date, n);
}

/** The n-th workday before `date` (`date` itself not counted): A15.1's latest submission day. */
export function subtractWorkdays(cal: WorkdayCalendar, date: IsoDate, n: number): IsoDate {
  if (n < 0) return addWorkdays(cal, date, -n);
  return step(cal, date, -n);
}

/** `addWorkdays` (negative n counts back) with a flag for unconfirmed years on the way. */
export function offsetWorkdays(cal: WorkdayCalendar, from: IsoDate, n: number): WorkdayOffset {
  const date = addWorkdays(cal, from, n);
  return { date, provisional: !isConfirmedSpan(cal, from, date) };
}

/**
 * Workday steps from `a` to `b`: the workdays d with a < d ≤ b, or minus those with
 * b ≤ d < a when `b` is earlier. So `workdaysBetween(a, addWorkdays(a, n)) === n` for any n.
 */
export function workdaysBetween(cal: WorkdayCalendar, a: IsoDate, b: IsoDate): number {
  const from = toDayNumber(a);
  const to = toDayNumber(b);
  let count = 0;
  if (from < to) {
    for (let day = from + 1; day <= to; day++) if (isWorkday(cal, fromDayNumber(day))) count++;
    return count;
  }
  for (let day = to; day < from; day++) if (isWorkday(cal, fromDayNumber(day))) count--;
  return count;
}
