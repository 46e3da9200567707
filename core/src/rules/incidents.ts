/**
 * Deadline clocks of emergencies (A13.4-a, A13.4-b), in clock hours from the moment the
 * incident occurred. Pure: `now` comes in as an argument.
 *
 * Reading of a clock's state:
 * - it is met by the first qualifying release published at or before `now`, whenever that
 *   was; published after `due` it is `met` with `late: true` — the deadline was missed, then
 *   the duty was done, and the record keeps both;
 * - without such a release it is `running` until `due` (a release exactly at `due` is on
 *   time) and `overdue` after it;
 * - `late` is true for an overdue clock and for one met late: exactly the clocks that are
 *   candidate A18.1 violations ("未在规定时间内发布"). An incident registered after its
 *   deadline is overdue at once.
 */
import type { RuleId } from './articles';
import type { RuleSet } from './ruleset';
import type { IncidentGrade, ReleaseForm } from './vocabulary';

export interface ClockRelease {
  id: number;
  /** ISO instant it went out (for a conference: when it was held); null while unpublished. */
  publishedAt: string | null;
  form?: ReleaseForm;
}

export type ClockStatus = 'running' | 'met' | 'overdue';

export interface DeadlineClock<R extends RuleId = RuleId> {
  rule: R;
  /** ISO instant (UTC). */
  due: string;
  status: ClockStatus;
  late: boolean;
  metBy?: number;
  metAt?: string;
}

const HOUR_MS = 3_600_000;

/** One clock: `hours` after `startAt`, met by the first release of `forms` (null: any). */
export function deadlineClock<R extends RuleId>(
  rule: R,
  startAt: string,
  hours: number,
  now: string,
  releases: readonly ClockRelease[],
  forms: readonly ReleaseForm[] | null,
): DeadlineClock<R> {
  const dueMs = Date.parse(startAt) + hours * HOUR_MS;
  const nowMs = Date.parse(now);
  if (Number.isNaN(dueMs) || Number.isNaN(nowMs)) throw new RangeError('时间应为 ISO 8601 格式');
  const due = new Date(dueMs).toISOString();

  let first: { release: ClockRelease; at: number } | undefined;
  for (const release of releases) {
    if (release.publishedAt === null) continue;
    if (forms && (!release.form || !forms.includes(release.form))) continue;
    const at = Date.parse(release.publishedAt);
    if (at > nowMs) continue;
    if (!first || at < first.at) first = { release, at };
  }

  if (first) {
    return { rule, due, status: 'met', late: first.at > dueMs, metBy: first.release.id, metAt: new Date(first.at).toISOString() };
  }
  return nowMs > dueMs ? { rule, due, status: 'overdue', late: true } : { rule, due, status: 'running', late: false };
}

export interface IncidentClockInput {
  grade: IncidentGrade;
  /** ISO instant the incident occurred. */
  occurredAt: string;
  /** 造成重大人员伤亡或较大社会影响. */
  majorCasualtiesOrImpact: boolean;
  ruleSet: RuleSet;
  now: string;
  /** The releases of this incident. */
  releases: readonly ClockRelease[];
}

/** The clocks that apply to the incident; none for a grade without a clock. */
export function incidentClocks(input: IncidentClockInput): DeadlineClock<'A13.4-a' | 'A13.4-b'>[] {
  const { ruleSet, grade } = input;
  const clocks: DeadlineClock<'A13.4-a' | 'A13.4-b'>[] = [];

  const info = ruleSet.incidentInfoClock;
  if (info.grades.includes(grade)) {
    clocks.push(deadlineClock(info.rule, input.occurredAt, info.hours, input.now, input.releases, info.metByForms));
  }

  const conference = ruleSet.incidentConferenceClock;
  const conferenceGrades = ruleSet.conferenceClockForLowerGrades
    ? [...conference.grades, ...ruleSet.lowerIncidentGrades]
    : conference.grades;
  if (input.majorCasualtiesOrImpact && conferenceGrades.includes(grade)) {
    clocks.push(deadlineClock(conference.rule, input.occurredAt, conference.hours, input.now, input.releases, conference.metByForms));
  }
  return clocks;
}
