import {
  ARTICLES,
  districtDate,
  opinionClocks,
  ruleSetInForce,
  type ClockRelease,
  type ClockView,
  type DeadlineClock,
  type OpinionChannel,
  type OpinionItemView,
  type OpinionLevel,
  type OpinionSensitivity,
  type OpinionSourceKind,
  type OpinionStatus,
  type RuleSet,
} from '@fabutong/core';
import type { ItemWithNames, ResponseRelease } from './repository';

export function ruleSetOf(item: { first_seen_at: string }): RuleSet {
  return ruleSetInForce(districtDate(item.first_seen_at));
}

export function clockLabel(ruleSet: RuleSet): string {
  return `${ruleSet.opinionClock.hours} 小时内回应舆情关切`;
}

/** A response counts once it went out to the public (held or published, public). */
function clockResponses(release: ResponseRelease | undefined): ClockRelease[] {
  if (!release || (release.status !== 'held' && release.status !== 'published') || release.is_public !== 1) return [];
  return [{ id: release.id, publishedAt: release.starts_at }];
}

/**
 * N61 as of `now`. A decision not to respond ends the clock: the item needed no response. A
 * decision taken after the deadline does not undo a candidate already proposed.
 */
export function itemClock(item: Pick<ItemWithNames, 'level' | 'first_seen_at' | 'status'>, release: ResponseRelease | undefined, now: string): DeadlineClock<'N61'> | null {
  if (item.status === 'not_responded') return null;
  return (
    opinionClocks({ level: (item.level as OpinionLevel | null) ?? null, firstSeenAt: item.first_seen_at, ruleSet: ruleSetOf(item), now, responses: clockResponses(release) })[0] ?? null
  );
}

export function presentClock(clock: DeadlineClock<'N61'>, ruleSet: RuleSet): ClockView {
  return {
    rule: clock.rule,
    article: ARTICLES[clock.rule].article,
    label: clockLabel(ruleSet),
    due: clock.due,
    status: clock.status,
    late: clock.late,
    metBy: clock.metBy ?? null,
    metAt: clock.metAt ?? null,
  };
}

export function presentItem(row: ItemWithNames, release: ResponseRelease | undefined, now: string): OpinionItemView {
  const clock = itemClock(row, release, now);
  return {
    id: row.id,
    title: row.title,
    sourceKind: row.source_kind as OpinionSourceKind,
    channel: row.channel as OpinionChannel | null,
    source: row.source,
    link: row.link,
    firstSeenAt: row.first_seen_at,
    excerpt: row.excerpt,
    matchedKeywords: JSON.parse(row.matched_keywords) as string[],
    suggestedUnitId: row.suggested_unit_id,
    suggestedUnitName: row.suggested_unit_name,
    unitId: row.unit_id,
    unitName: row.unit_name,
    assignedAt: row.assigned_at,
    level: row.level as OpinionLevel | null,
    sensitivity: row.sensitivity as OpinionSensitivity | null,
    trendNote: row.trend_note,
    assessedBy: row.assessed_by_name,
    assessedAt: row.assessed_at,
    status: row.status as OpinionStatus,
    responseReleaseId: row.response_release_id,
    noResponseReason: row.no_response_reason,
    closedAt: row.closed_at,
    clock: clock ? presentClock(clock, ruleSetOf(row)) : null,
    createdAt: row.created_at,
  };
}
