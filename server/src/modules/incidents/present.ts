import {
  ARTICLES,
  districtDate,
  incidentClocks,
  promiseClock,
  ruleSetInForce,
  type ClockRelease,
  type ClockView,
  type DeadlineClock,
  type IncidentGrade,
  type IncidentKind,
  type IncidentStatus,
  type IncidentUpdateView,
  type IncidentView,
  type InNameOf,
  type ReleaseForm,
  type RuleSet,
} from '@fabutong/core';
import type { IncidentRelease, IncidentWithUnit, UpdateWithRelease } from './repository';

/** Releases that went out, to the public: what meets a clock (A13.4-a reads "发布权威信息"). */
export function clockReleases(releases: IncidentRelease[]): ClockRelease[] {
  return releases
    .filter((r) => (r.status === 'held' || r.status === 'published') && r.is_public === 1)
    .map((r) => ({ id: r.id, publishedAt: r.starts_at, form: r.form as ReleaseForm }));
}

export function ruleSetOf(incident: Pick<IncidentWithUnit, 'occurred_at'>): RuleSet {
  return ruleSetInForce(districtDate(incident.occurred_at));
}

export function clockLabel(rule: string, ruleSet: RuleSet): string {
  if (rule === 'A13.4-a') return `${ruleSet.incidentInfoClock.hours} 小时内发布权威信息`;
  if (rule === 'A13.4-b') return `${ruleSet.incidentConferenceClock.hours} 小时内召开新闻发布会`;
  return '按承诺时间发布下一条信息';
}

export function presentClock(clock: DeadlineClock, ruleSet: RuleSet): ClockView {
  return {
    rule: clock.rule,
    article: ARTICLES[clock.rule].article,
    label: clockLabel(clock.rule, ruleSet),
    due: clock.due,
    status: clock.status,
    late: clock.late,
    metBy: clock.metBy ?? null,
    metAt: clock.metAt ?? null,
  };
}

export function statutoryClocks(incident: Pick<IncidentWithUnit, 'grade' | 'occurred_at' | 'major_casualties_or_impact'>, releases: IncidentRelease[], now: string) {
  return incidentClocks({
    grade: incident.grade as IncidentGrade,
    occurredAt: incident.occurred_at,
    majorCasualtiesOrImpact: incident.major_casualties_or_impact === 1,
    ruleSet: ruleSetOf(incident),
    now,
    releases: clockReleases(releases),
  });
}

/** The promise of the latest published update, if it made one. */
export function latestPromise(updates: { id: number; published_at: string | null; next_update_by: string | null }[], releases: IncidentRelease[], now: string) {
  const latest = updates.filter((u) => u.published_at).sort((a, b) => b.published_at!.localeCompare(a.published_at!))[0];
  if (!latest) return null;
  const clock = promiseClock({ publishedAt: latest.published_at!, nextUpdateBy: latest.next_update_by }, clockReleases(releases), now);
  return clock ? { updateId: latest.id, clock } : null;
}

export function presentIncident(
  row: IncidentWithUnit,
  releases: IncidentRelease[],
  updates: { id: number; published_at: string | null; next_update_by: string | null }[],
  now: string,
): IncidentView {
  const ruleSet = ruleSetOf(row);
  const promise = row.status === 'active' ? latestPromise(updates, releases, now) : null;
  return {
    id: row.id,
    title: row.title,
    kind: row.kind as IncidentKind,
    grade: row.grade as IncidentGrade,
    occurredAt: row.occurred_at,
    majorCasualtiesOrImpact: row.major_casualties_or_impact === 1,
    responsibleUnitId: row.responsible_unit_id,
    responsibleUnitName: row.unit_name,
    fieldCommand: row.field_command,
    location: row.location,
    summary: row.summary,
    isPublic: row.is_public === 1,
    notPublicReason: row.not_public_reason,
    confidentialityReview:
      row.confidentiality_reviewer && row.confidentiality_reviewed_at ? { reviewer: row.confidentiality_reviewer, reviewedAt: row.confidentiality_reviewed_at } : null,
    status: row.status as IncidentStatus,
    closedAt: row.closed_at,
    ruleSet: ruleSet.id,
    clocks: statutoryClocks(row, releases, now).map((c) => presentClock(c, ruleSet)),
    nextUpdate: promise ? presentClock(promise.clock, ruleSet) : null,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

export function presentUpdate(row: UpdateWithRelease): IncidentUpdateView {
  return {
    id: row.id,
    incidentId: row.incident_id,
    releaseId: row.release_id,
    sequence: row.sequence,
    title: row.title,
    facts: row.facts,
    attitude: row.attitude,
    measures: row.measures,
    causes: row.causes,
    causesConfirmed: row.causes_confirmed === 1,
    source: row.source,
    nextUpdateBy: row.next_update_by,
    inNameOf: row.in_name_of as InNameOf,
    isPublic: row.is_public === 1,
    notPublicReason: row.not_public_reason,
    status: row.status as IncidentUpdateView['status'],
    confidentialityReview:
      row.confidentiality_reviewer && row.confidentiality_reviewed_at ? { reviewer: row.confidentiality_reviewer, reviewedAt: row.confidentiality_reviewed_at } : null,
    draftedBy: row.drafted_by_name,
    reviewedBy: row.reviewed_by_name,
    reviewedAt: row.reviewed_at,
    publishedBy: row.published_by_name,
    publishedAt: row.published_at,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}
