import { describe, expect, it } from 'vitest';
import { reminderDays, standingOn, usableOn, usedAfterReview, datesViolation } from '../rules/talking-points';
import { talkingPointActions, talkingPointTransition, type TalkingPointCapacity } from './talking-point';

const caps = (...c: TalkingPointCapacity[]) => new Set(c);

describe('talking-point review loop (A9.3)', () => {
  it.each([
    ['draft', 'submit', ['drafter'], 'in_review'],
    ['in_review', 'request_changes', ['approver'], 'draft'],
    ['in_review', 'approve', ['approver'], 'approved'],
    ['approved', 'revise', ['drafter'], 'draft'],
    ['approved', 'withdraw', ['approver'], 'withdrawn'],
  ] as const)('from %s, %s by %j leads to %s', (from, action, by, to) => {
    expect(talkingPointTransition(from, action, caps(...by))).toEqual({ ok: true, status: to });
  });

  it('refuses approval by a drafter who is not the principal or spokesperson (A9.3)', () => {
    const r = talkingPointTransition('in_review', 'approve', caps('drafter'));
    expect(r).toMatchObject({ ok: false, kind: 'forbidden' });
  });

  it('refuses an action not open in the state', () => {
    expect(talkingPointTransition('draft', 'approve', caps('approver'))).toMatchObject({ ok: false, kind: 'illegal' });
    expect(talkingPointTransition('withdrawn', 'revise', caps('drafter'))).toMatchObject({ ok: false, kind: 'illegal' });
  });

  it('lists the actions open to the caller', () => {
    expect(talkingPointActions('in_review', caps('drafter', 'approver'))).toEqual(['request_changes', 'approve', 'withdraw']);
    expect(talkingPointActions('in_review', caps('drafter'))).toEqual([]);
  });
});

describe('when a talking point may be used (A9.3)', () => {
  const line = { status: 'approved' as const, effectiveFrom: '2026-06-01', reviewBy: '2026-08-31' };

  it('is in force from its effective date through its review date, and expired after', () => {
    expect(standingOn(line, '2026-05-31')).toBe('not_yet_effective');
    expect(standingOn(line, '2026-06-01')).toBe('in_force');
    expect(standingOn(line, '2026-08-31')).toBe('in_force');
    expect(standingOn(line, '2026-09-01')).toBe('expired');
    expect(usableOn(line, '2026-09-01')).toBe(false);
    expect(usableOn({ ...line, status: 'in_review' }, '2026-07-01')).toBe(false);
  });

  it('flags a use after the review date', () => {
    expect(usedAfterReview('2026-08-31', '2026-08-31')).toBeNull();
    expect(usedAfterReview('2026-08-31', '2026-09-02')).toMatchObject({ rule: 'A9.3' });
  });

  it('refuses a review date before the effective date', () => {
    expect(datesViolation('2026-06-01', '2026-05-31')).toMatchObject({ rule: 'A9.3', field: 'reviewBy' });
    expect(datesViolation('2026-06-01', '2026-06-01')).toBeNull();
  });

  it('reminds 7 days and 1 day before the review date, never for a day already past', () => {
    expect(reminderDays('2026-08-31', '2026-06-01')).toEqual([
      { daysBefore: 7, on: '2026-08-24' },
      { daysBefore: 1, on: '2026-08-30' },
    ]);
    expect(reminderDays('2026-08-31', '2026-08-27')).toEqual([{ daysBefore: 1, on: '2026-08-30' }]);
  });
});
