import type { ContentCategory, ReleaseForm, TopicAction, TopicStatus, TopicView } from '@fabutong/core';
import type { TopicWithUnit } from './repository';

export function presentTopic(
  row: TopicWithUnit,
  extra: { actions: TopicAction[]; mergedInto: { id: number; title: string } | null; merged: { id: number; title: string; unit_name: string }[] },
): TopicView {
  return {
    id: row.id,
    unitId: row.unit_id,
    unitName: row.unit_name,
    title: row.title,
    whyNow: row.why_now,
    category: row.category as ContentCategory,
    form: row.form as ReleaseForm,
    suggestedDate: row.suggested_date,
    links: JSON.parse(row.links) as TopicView['links'],
    status: row.status as TopicStatus,
    proposedByName: row.proposed_by_name,
    proposedAt: row.proposed_at,
    endorsedByName: row.endorsed_by_name,
    endorsedAt: row.endorsed_at,
    endorseOpinion: row.endorse_opinion,
    decidedByName: row.decided_by_name,
    decidedAt: row.decided_at,
    decisionReason: row.decision_reason,
    mergedInto: extra.mergedInto,
    merged: extra.merged.map((m) => ({ id: m.id, title: m.title, unitName: m.unit_name })),
    releaseId: row.release_id,
    conferenceId: row.conference_id,
    actions: extra.actions,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

export function presentTopicSummary(row: TopicWithUnit, actions: TopicAction[]) {
  return {
    id: row.id,
    unitId: row.unit_id,
    unitName: row.unit_name,
    title: row.title,
    category: row.category as ContentCategory,
    form: row.form as ReleaseForm,
    suggestedDate: row.suggested_date,
    status: row.status as TopicStatus,
    proposedAt: row.proposed_at,
    releaseId: row.release_id,
    conferenceId: row.conference_id,
    actions,
  };
}
