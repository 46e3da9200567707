import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CALENDAR_2026 as cal } from '../../test/chinese-days';
import { addDays, addWorkdays, isWorkday, offsetWorkdays, subtractWorkdays, workdaysBetween } from './calendar';

describe('workdays around the 2026 Spring Festival', () => {
  it.each([
    ['2026-02-13', true, 'Friday before the holiday'],
    ['2026-02-14', true, 'Saturday make-up workday (调休上班)'],
    ['2026-02-15', false, 'first day of the holiday'],
    ['2026-02-16', false, 'Monday inside the holiday'],
    ['2026-02-23', false, 'last day of the holiday, a Monday'],
    ['2026-02-24', true, 'first workday after'],
    ['2026-02-28', true, 'Saturday make-up workday'],
    ['2026-03-01', false, 'an ordinary Sunday'],
  ])('%s is a workday: %s (%s)', (date, expected) => {
    expect(isWorkday(cal, date)).toBe(expected);
  });

  it('counts the 10th workday before a conference on 2 March back across the holiday (A15.1)', () => {
    // Feb 28 (Sat, make-up), 27, 26, 25, 24, then the holiday, Feb 14 (Sat, make-up), 13, 12, 11, 10.
    expect(subtractWorkdays(cal, '2026-03-02', 10)).toBe('2026-02-10');
  });

  it('gives a review due date 10 workdays after a submission before the holiday (A15.2)', () => {
    // Feb 11, 12, 13, 14 (make-up), 24, 25, 26, 27, 28 (make-up), Mar 2.
    expect(addWorkdays(cal, '2026-02-10', 10)).toBe('2026-03-02');
  });
});

describe('workdays around the 2026 Mid-Autumn Festival and National Day', () => {
  it('skips the holidays and counts the Sunday make-up day', () => {
    // Sep 20 (Sun, make-up), 21, 22, 23, 24, (25–27 Mid-Autumn), 28, 29, 30, (Oct 1–7), Oct 8, 9.
    expect(addWorkdays(cal, '2026-09-18', 10)).toBe('2026-10-09');
  });

  it('finds the first workday after National Day', () => {
    expect(addWorkdays(cal, '2026-09-30', 1)).toBe('2026-10-08');
  });

  it('treats Saturday 10 October as a workday and counts back over the week-long holiday', () => {
    expect(isWorkday(cal, '2026-10-10')).toBe(true);
    expect(subtractWorkdays(cal, '2026-10-12', 2)).toBe('2026-10-09');
    expect(subtractWorkdays(cal, '2026-10-12', 4)).toBe('2026-09-30');
  });

  it('counts the workdays between two dates, the first not counted', () => {
    expect(workdaysBetween(cal, '2026-09-30', '2026-10-08')).toBe(1);
    expect(workdaysBetween(cal, '2026-10-08', '2026-09-30')).toBe(-1);
    expect(workdaysBetween(cal, '2026-10-09', '2026-09-30')).toBe(-2);
    expect(workdaysBetween(cal, '2026-09-18', '2026-10-09')).toBe(10);
  });
});

describe('provisional answers', () => {
  it('is not provisional inside a confirmed year', () => {
    expect(offsetWorkdays(cal, '2026-09-18', 10)).toEqual({ date: '2026-10-09', provisional: false });
  });

  it('is provisional when the count crosses into a year without a published schedule, counting weekends only', () => {
    // 2027-01-01 is a Friday; without a schedule it counts as a workday.
    expect(offsetWorkdays(cal, '2026-12-31', 1)).toEqual({ date: '2027-01-01', provisional: true });
    expect(offsetWorkdays(cal, '2027-01-15', -10)).toEqual({ date: '2027-01-01', provisional: true });
    expect(offsetWorkdays(cal, '2027-01-15', -11)).toEqual({ date: '2026-12-31', provisional: true });
  });
});

const dateInRange = fc.integer({ min: 0, max: 2 * 365 }).map((n) => addDays('2025-07-01', n));

describe('inverse relations (property tests)', () => {
  it('workdaysBetween(d, addWorkdays(d, n)) === n', () => {
    fc.assert(
      fc.property(dateInRange, fc.integer({ min: 0, max: 60 }), (d, n) => {
        expect(workdaysBetween(cal, d, addWorkdays(cal, d, n))).toBe(n);
      }),
    );
  });

  it('subtractWorkdays undoes addWorkdays from a workday', () => {
    fc.assert(
      fc.property(dateInRange.filter((d) => isWorkday(cal, d)), fc.integer({ min: 0, max: 60 }), (d, n) => {
        expect(subtractWorkdays(cal, addWorkdays(cal, d, n), n)).toBe(d);
        expect(addWorkdays(cal, subtractWorkdays(cal, d, n), n)).toBe(d);
      }),
    );
  });

  it('lands on a workday strictly after (before) the date for n ≥ 1', () => {
    fc.assert(
      fc.property(dateInRange, fc.integer({ min: 1, max: 60 }), (d, n) => {
        const later = addWorkdays(cal, d, n);
        const earlier = subtractWorkdays(cal, d, n);
        expect(isWorkday(cal, later) && later > d).toBe(true);
        expect(isWorkday(cal, earlier) && earlier < d).toBe(true);
      }),
    );
  });

  it('is monotonic: more workdays never give an earlier date', () => {
    fc.assert(
      fc.property(dateInRange, fc.integer({ min: 0, max: 40 }), fc.integer({ min: 0, max: 40 }), (d, a, b) => {
        const [lo, hi] = a <= b ? [a, b] : [b, a];
        expect(addWorkdays(cal, d, lo) <= addWorkdays(cal, d, hi)).toBe(true);
      }),
    );
  });

  it('negative offsets count backwards', () => {
    fc.assert(
      fc.property(dateInRange, fc.integer({ min: 0, max: 40 }), (d, n) => {
        expect(addWorkdays(cal, d, -n)).toBe(subtractWorkdays(cal, d, n));
        expect(workdaysBetween(cal, d, subtractWorkdays(cal, d, n)) + n).toBe(0);
      }),
    );
  });
});
