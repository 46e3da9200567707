/**
 * The escalation ladder of a deadline clock, and who may configure and read alerts. Pure.
 *
 * Reading of issue 6 §3 ("reminders at due − 2 h, due − 30 min and at due, then escalation
 * every 30 minutes while overdue: to the responsible unit's principal and spokesperson, the
 * news office, then the district leaders"): each step adds the next level and keeps the
 * ones before, so nobody who was told is left out later —
 *   due − 2 h     the unit (principal, spokesperson, the unit's release accounts)
 *   due − 30 min  + the news office
 *   due           the same two, now urgent: the deadline is missed
 *   due + 30 min, + 60 min, … every 30 min while overdue   + the district leaders
 */
import { decide, hasAnyRole, type Actor, type AlertLevel, type Decision } from '@fabutong/core';

const MINUTE = 60_000;
export const REMINDER_OFFSETS = [-120, -30, 0] as const;
export const ESCALATION_EVERY_MINUTES = 30;

export function levelsAt(offsetMinutes: number): AlertLevel[] {
  if (offsetMinutes < -30) return ['unit'];
  if (offsetMinutes <= 0) return ['unit', 'news_office'];
  return ['unit', 'news_office', 'leaders'];
}

/** Urgent (a sound and a red badge in the console) from half an hour before the deadline on. */
export function severityAt(offsetMinutes: number): 'warning' | 'urgent' {
  return offsetMinutes < -30 ? 'warning' : 'urgent';
}

/**
 * When the step at `offsetMinutes` fires. The step at the deadline fires a second after it,
 * when the clock is overdue: a release exactly at the deadline is still on time (A13.4).
 */
export function stepTime(due: string, offsetMinutes: number): Date {
  return new Date(Date.parse(due) + offsetMinutes * MINUTE + (offsetMinutes === 0 ? 1000 : 0));
}

/**
 * The steps to schedule for a clock seen at `now`: those still ahead, and — when some have
 * already passed (an incident registered late) — only the latest passed one, at once, rather
 * than a burst of stale reminders. Overdue steps after it are chained by the alert itself.
 */
export function stepsToSchedule(due: string, now: Date): { offsetMinutes: number; runAt: Date }[] {
  const nowMs = now.getTime();
  const ahead = REMINDER_OFFSETS.filter((o) => stepTime(due, o).getTime() > nowMs).map((o) => ({ offsetMinutes: o, runAt: stepTime(due, o) }));
  if (ahead.length === REMINDER_OFFSETS.length) return ahead;
  return [{ offsetMinutes: latestPassedStep(due, now), runAt: now }, ...ahead];
}

/** The latest step whose time has come: a reminder offset, or a multiple of 30 minutes after the deadline. */
export function latestPassedStep(due: string, now: Date): number {
  const sinceDue = (now.getTime() - Date.parse(due)) / MINUTE;
  if (sinceDue < ESCALATION_EVERY_MINUTES) {
    return [...REMINDER_OFFSETS].reverse().find((o) => stepTime(due, o).getTime() <= now.getTime()) ?? REMINDER_OFFSETS[0];
  }
  return Math.floor(sinceDue / ESCALATION_EVERY_MINUTES) * ESCALATION_EVERY_MINUTES;
}

/** SMTP servers and group robots are the news office's (and the administrator's) to set up. */
export const canManageChannels = (actor: Actor): Decision => decide(hasAnyRole(actor, ['admin', 'news_office']), '只有系统管理员或区政府新闻办可以配置提醒渠道');

/** The delivery log: those who configure the channels and those who oversee the district. */
export const canReadDeliveries = (actor: Actor): Decision =>
  decide(hasAnyRole(actor, ['admin', 'news_office', 'leader', 'auditor']), '无权查看提醒发送记录');
