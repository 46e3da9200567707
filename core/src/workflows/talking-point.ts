/**
 * Drafting a talking point (A9.3) as a state machine: pure, no I/O. The same review loop as
 * a release text — every saved wording is a version, reviewers comment on a version, the
 * drafter revises — and the approval of the unit's principal or spokesperson (the news office
 * for district-wide lines).
 *
 *   draft → in_review → approved;  in_review → draft (changes requested);
 *   approved → draft (revised: offered no more until approved again);  any → withdrawn.
 */
import type { TalkingPointStatus } from '../rules/talking-points';

export const TALKING_POINT_STATUSES = ['draft', 'in_review', 'approved', 'withdrawn'] as const satisfies readonly TalkingPointStatus[];

export const TALKING_POINT_STATUS_LABELS: Record<TalkingPointStatus, string> = {
  draft: '起草中',
  in_review: '待审定',
  approved: '已审定',
  withdrawn: '已废止',
};

export const TALKING_POINT_ACTIONS = ['submit', 'request_changes', 'approve', 'revise', 'withdraw'] as const;
export type TalkingPointAction = (typeof TALKING_POINT_ACTIONS)[number];

export const TALKING_POINT_ACTION_LABELS: Record<TalkingPointAction, string> = {
  submit: '提交审定',
  request_changes: '退回修改',
  approve: '审定通过',
  revise: '重新修订',
  withdraw: '废止',
};

/**
 * What the caller is to one line:
 * - `drafter`: an editor or approver of the owning unit, or the news office (A9.3: the press
 *   section drafts under the spokesperson's guidance);
 * - `approver`: the owning unit's principal or spokesperson (its approver role) — for a
 *   district-wide line, the news office.
 */
export type TalkingPointCapacity = 'drafter' | 'approver';

const RULES: Record<TalkingPointAction, { from: readonly TalkingPointStatus[]; by: TalkingPointCapacity; to: TalkingPointStatus }> = {
  submit: { from: ['draft'], by: 'drafter', to: 'in_review' },
  request_changes: { from: ['in_review'], by: 'approver', to: 'draft' },
  approve: { from: ['in_review'], by: 'approver', to: 'approved' },
  revise: { from: ['approved'], by: 'drafter', to: 'draft' },
  withdraw: { from: ['draft', 'in_review', 'approved'], by: 'approver', to: 'withdrawn' },
};

/** The wording may change only while it is a draft. */
export const EDITABLE_TALKING_POINT_STATUSES: readonly TalkingPointStatus[] = ['draft'];

export type TalkingPointTransition = { ok: true; status: TalkingPointStatus } | { ok: false; kind: 'illegal' | 'forbidden'; message: string };

export function talkingPointTransition(status: TalkingPointStatus, action: TalkingPointAction, capacities: ReadonlySet<TalkingPointCapacity>): TalkingPointTransition {
  const rule = RULES[action];
  if (!rule.from.includes(status)) {
    return { ok: false, kind: 'illegal', message: `口径当前为“${TALKING_POINT_STATUS_LABELS[status]}”，不能${TALKING_POINT_ACTION_LABELS[action]}` };
  }
  if (!capacities.has(rule.by)) {
    return {
      ok: false,
      kind: 'forbidden',
      message: rule.by === 'approver' ? '口径须由本单位主要负责人或新闻发言人审定（全区性口径由区政府新闻办审定）' : '只能起草、修订本人获授权单位的口径',
    };
  }
  return { ok: true, status: rule.to };
}

/** The actions open to the caller now, for the screen's buttons. */
export function talkingPointActions(status: TalkingPointStatus, capacities: ReadonlySet<TalkingPointCapacity>): TalkingPointAction[] {
  return TALKING_POINT_ACTIONS.filter((a) => talkingPointTransition(status, a, capacities).ok);
}
