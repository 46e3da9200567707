/**
 * The two clocks of A15: the latest submission day (A15.1) and the review due day (A15.2),
 * both counted in workdays with the rule set's numbers. The console and the server call
 * these same functions, so the date a form shows is the date the server enforces.
 */
import { offsetWorkdays, type IsoDate, type WorkdayCalendar, type WorkdayOffset } from '../rules/calendar';
import type { RuleSet } from '../rules/ruleset';

/** Emergency conferences (A13.4) and timed series (A15.7) are exempt from A15.1. */
export const CONFERENCE_KINDS = ['regular', 'emergency', 'series'] as const;
export type ConferenceKind = (typeof CONFERENCE_KINDS)[number];
export const CONFERENCE_KIND_LABELS: Record<ConferenceKind, string> = {
  regular: '常规发布会',
  emergency: '突发事件发布会（第十三条（四），不受提前10个工作日限制）',
  series: '定时发布系列（第十五条（七），不受提前10个工作日限制）',
};

/** A15.1: the conference date minus the lead in workdays (the date itself not counted). */
export function latestSubmissionDate(cal: WorkdayCalendar, conferenceDate: IsoDate, ruleSet: RuleSet): WorkdayOffset {
  return offsetWorkdays(cal, conferenceDate, -ruleSet.conferenceSubmissionLeadWorkdays);
}

/** A15.2: the submission date plus the review period in workdays. */
export function reviewDueDate(cal: WorkdayCalendar, submissionDate: IsoDate, ruleSet: RuleSet): WorkdayOffset {
  return offsetWorkdays(cal, submissionDate, ruleSet.conferenceReviewWorkdays);
}

export interface SubmissionCheck {
  kind: ConferenceKind;
  conferenceDate: IsoDate;
  submissionDate: IsoDate;
}

/** A15.1 verdict on a submission: null when in time or exempt. */
export function lateSubmission(cal: WorkdayCalendar, input: SubmissionCheck, ruleSet: RuleSet): { rule: 'A15.1'; latest: IsoDate; message: string } | null {
  if (input.kind !== 'regular') return null;
  const latest = latestSubmissionDate(cal, input.conferenceDate, ruleSet).date;
  if (input.submissionDate <= latest) return null;
  return {
    rule: 'A15.1',
    latest,
    message: `${input.conferenceDate}举行的新闻发布会，申报材料最迟应于${latest}报送（提前${ruleSet.conferenceSubmissionLeadWorkdays}个工作日），${input.submissionDate}报送已逾期`,
  };
}

/** Review is overdue once its due day has passed without it being complete. */
export function reviewOverdue(reviewDue: IsoDate | null, today: IsoDate, reviewComplete: boolean): boolean {
  return reviewDue !== null && !reviewComplete && today > reviewDue;
}
