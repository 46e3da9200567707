/**
 * The talking-points library (口径库, A9.3): when an approved line may be used, when it has
 * run out, and when its owners are reminded. Pure; today's date comes in as an argument.
 */
import type { RuleId } from './articles';
import { addDays } from './calendar';

/** Reminders go out this many days before a line's review date (and none once it has passed). */
export const TALKING_POINT_REMINDER_DAYS = [7, 1] as const;

export type TalkingPointStatus = 'draft' | 'in_review' | 'approved' | 'withdrawn';

/** What a line is on a given day: its workflow status, or for an approved line whether it is in force. */
export const TALKING_POINT_STANDINGS = ['draft', 'in_review', 'not_yet_effective', 'in_force', 'expired', 'withdrawn'] as const;
export type TalkingPointStanding = (typeof TALKING_POINT_STANDINGS)[number];

export const TALKING_POINT_STANDING_LABELS: Record<TalkingPointStanding, string> = {
  draft: '起草中',
  in_review: '待审定',
  not_yet_effective: '已审定，未生效',
  in_force: '有效',
  expired: '已过期',
  withdrawn: '已废止',
};

export interface TalkingPointDates {
  status: TalkingPointStatus;
  effectiveFrom: string;
  /** The date by which the line must be reviewed: the last day it may be used. */
  reviewBy: string;
}

export function standingOn(p: TalkingPointDates, today: string): TalkingPointStanding {
  if (p.status !== 'approved') return p.status;
  if (today < p.effectiveFrom) return 'not_yet_effective';
  return today > p.reviewBy ? 'expired' : 'in_force';
}

/** A9.3: only an approved line in force is offered to a spokesperson preparing Q&A or an opinion response. */
export function usableOn(p: TalkingPointDates, today: string): boolean {
  return standingOn(p, today) === 'in_force';
}

export interface DatesVerdict {
  rule: RuleId;
  field: 'reviewBy';
  message: string;
}

/** A line takes effect before it must be reviewed. */
export function datesViolation(effectiveFrom: string, reviewBy: string): DatesVerdict | null {
  return reviewBy < effectiveFrom ? { rule: 'A9.3', field: 'reviewBy', message: '复核（失效）日期不能早于生效日期' } : null;
}

/** A use recorded after the review date is flagged: the line may have gone stale (A9.3). */
export function usedAfterReview(reviewBy: string, usedOn: string): { rule: RuleId; message: string } | null {
  return usedOn > reviewBy ? { rule: 'A9.3', message: `使用日期 ${usedOn} 晚于口径复核日期 ${reviewBy}，口径可能已过时` } : null;
}

/** The days the owners are reminded, today or later only: a reminder whose day has passed is not sent late. */
export function reminderDays(reviewBy: string, today: string): { daysBefore: number; on: string }[] {
  return TALKING_POINT_REMINDER_DAYS.map((d) => ({ daysBefore: d, on: addDays(reviewBy, -d) })).filter((r) => r.on >= today);
}
