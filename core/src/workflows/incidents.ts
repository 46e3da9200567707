/**
 * Rolling releases of an incident (A13.4-d): each update is drafted in the four parts of
 * 早讲事实、重讲态度、多讲措施、慎讲原因, reviewed by the responsible unit (with the
 * confidentiality review of A18.5), then published; a published update is never edited — a
 * correction is the next update. Pure: time comes in as an argument.
 */
import { deadlineClock, type ClockRelease, type DeadlineClock } from '../rules/incidents';
import type { RuleId } from '../rules/articles';

export const INCIDENT_UPDATE_STATUSES = ['draft', 'reviewed', 'published'] as const;
export type IncidentUpdateStatus = (typeof INCIDENT_UPDATE_STATUSES)[number];

export const INCIDENT_UPDATE_STATUS_LABELS: Record<IncidentUpdateStatus, string> = {
  draft: '草稿',
  reviewed: '已审核',
  published: '已发布',
};

export type IncidentUpdateAction = 'edit' | 'review' | 'publish';

/** The four parts, in the order of the principle. */
export const INCIDENT_UPDATE_PARTS = ['facts', 'attitude', 'measures', 'causes'] as const;
export type IncidentUpdatePart = (typeof INCIDENT_UPDATE_PARTS)[number];

export const INCIDENT_UPDATE_PART_LABELS: Record<IncidentUpdatePart, string> = {
  facts: '基本事实',
  attitude: '态度立场',
  measures: '处置措施',
  causes: '原因分析',
};

/** What causes show until someone has checked them ("慎讲原因"). */
export const CAUSES_UNCONFIRMED_LABEL = '待核实';

export interface UpdateParts {
  facts: string;
  attitude: string | null;
  measures: string | null;
  causes: string | null;
  causesConfirmed: boolean;
}

export type TransitionCheck = { allowed: true; next: IncidentUpdateStatus } | { allowed: false; rule: RuleId; reason: string };

/**
 * Edit: a draft or a reviewed update (which goes back to draft: what was reviewed is no
 * longer what will go out). Review: a draft. Publish: a reviewed update only, and never one
 * without its confidentiality review (A18.5 is prevented, not detected).
 */
export function updateTransition(status: IncidentUpdateStatus, action: IncidentUpdateAction, hasConfidentialityReview: boolean): TransitionCheck {
  switch (action) {
    case 'edit':
      return status === 'published'
        ? { allowed: false, rule: 'A13.4-d', reason: '已发布的滚动信息不能修改，如需更正请发布新的一条' }
        : { allowed: true, next: 'draft' };
    case 'review':
      return status === 'draft'
        ? { allowed: true, next: 'reviewed' }
        : { allowed: false, rule: 'A13.4-d', reason: status === 'reviewed' ? '该条信息已审核' : '已发布的滚动信息不能再审核' };
    case 'publish':
      if (status === 'published') return { allowed: false, rule: 'A13.4-d', reason: '该条信息已发布' };
      if (status !== 'reviewed') return { allowed: false, rule: 'A13.4-d', reason: '滚动信息须经责任单位审核后才能发布' };
      if (!hasConfidentialityReview) return { allowed: false, rule: 'A18.5', reason: '未经保密审查，不得发布' };
      return { allowed: true, next: 'published' };
  }
}

/** The update as one text, for the release register and the release's public page. */
export function composeUpdateText(parts: UpdateParts): string {
  const sections: string[] = [];
  for (const part of INCIDENT_UPDATE_PARTS) {
    const text = parts[part]?.trim();
    if (!text) continue;
    const label = part === 'causes' && !parts.causesConfirmed ? `${INCIDENT_UPDATE_PART_LABELS.causes}（${CAUSES_UNCONFIRMED_LABEL}）` : INCIDENT_UPDATE_PART_LABELS[part];
    sections.push(`【${label}】${text}`);
  }
  return sections.join('\n');
}

export interface PublishedUpdate {
  publishedAt: string;
  nextUpdateBy: string | null;
}

/**
 * A promise made with a published update ("下一次发布预计在 … 前"), tracked like a clock:
 * due at the promised time, met by the first release of the incident that went out after
 * the promise was made. Null when the update promised nothing.
 */
export function promiseClock(update: PublishedUpdate, releases: readonly ClockRelease[], now: string): DeadlineClock<'A13.4-d'> | null {
  if (!update.nextUpdateBy) return null;
  const promisedAt = Date.parse(update.publishedAt);
  const later = releases.filter((r) => r.publishedAt !== null && Date.parse(r.publishedAt) > promisedAt);
  return deadlineClock('A13.4-d', update.nextUpdateBy, 0, now, later, null);
}
