import { ARTICLES, type ViolationKind, type ViolationStatus, type ViolationView } from '@fabutong/core';
import type { ViolationWithNames } from './repository';

export function presentViolation(row: ViolationWithNames): ViolationView {
  return {
    id: row.id,
    kind: row.kind as ViolationKind,
    article: ARTICLES[row.kind as ViolationKind].article,
    status: row.status as ViolationStatus,
    unitId: row.unit_id,
    unitName: row.unit_name,
    people: JSON.parse(row.people) as ViolationView['people'],
    summary: row.summary,
    evidence: JSON.parse(row.evidence) as Record<string, unknown>,
    sourceType: row.source_type,
    sourceId: row.source_id,
    link: row.link,
    detectedAt: row.detected_at,
    decidedBy: row.decided_by_name,
    decidedAt: row.decided_at,
    decisionReason: row.decision_reason,
  };
}
