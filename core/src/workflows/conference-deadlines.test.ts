import { describe, expect, it } from 'vitest';
import { workdayCalendar } from '../rules/calendar';
import { WULONG_2021 } from '../rules/ruleset';
import { lateSubmission, latestSubmissionDate, reviewDueDate, reviewOverdue } from './conference-deadlines';

// 2026: National Day holiday 10-01…10-07 with make-up workdays 09-20 (Sun) and 10-10 (Sat).
const cal = workdayCalendar({
  holidays: ['2026-10-01', '2026-10-02', '2026-10-03', '2026-10-04', '2026-10-05', '2026-10-06', '2026-10-07'],
  makeupWorkdays: ['2026-09-20', '2026-10-10'],
  confirmedYears: [2026],
});

describe('the A15.1 and A15.2 clocks', () => {
  it('puts the latest submission 10 workdays before the conference, the day itself not counted (A15.1)', () => {
    expect(latestSubmissionDate(cal, '2026-12-14', WULONG_2021)).toEqual({ date: '2026-11-30', provisional: false });
    // Across the National Day holiday: the make-up Saturday 10-10 counts, the holiday does not.
    expect(latestSubmissionDate(cal, '2026-10-14', WULONG_2021).date).toBe('2026-09-24');
  });

  it('refuses a submission 9 workdays ahead and accepts one 10 ahead (A15.1)', () => {
    const input = { kind: 'regular' as const, conferenceDate: '2026-12-14' };
    expect(lateSubmission(cal, { ...input, submissionDate: '2026-11-30' }, WULONG_2021)).toBeNull();
    expect(lateSubmission(cal, { ...input, submissionDate: '2026-12-01' }, WULONG_2021)).toMatchObject({ rule: 'A15.1', latest: '2026-11-30' });
  });

  it('exempts emergency conferences and timed series (A13.4, A15.7)', () => {
    for (const kind of ['emergency', 'series'] as const) expect(lateSubmission(cal, { kind, conferenceDate: '2026-12-14', submissionDate: '2026-12-13' }, WULONG_2021)).toBeNull();
  });

  it('marks a date across an unconfirmed year provisional', () => {
    expect(latestSubmissionDate(cal, '2027-01-08', WULONG_2021).provisional).toBe(true);
  });

  it('makes the review due 10 workdays after submission and flags it overdue the day after (A15.2)', () => {
    expect(reviewDueDate(cal, '2026-09-28', WULONG_2021).date).toBe('2026-10-16');
    expect(reviewOverdue('2026-10-13', '2026-10-13', false)).toBe(false);
    expect(reviewOverdue('2026-10-13', '2026-10-14', false)).toBe(true);
    expect(reviewOverdue('2026-10-13', '2026-10-14', true)).toBe(false);
  });
});
