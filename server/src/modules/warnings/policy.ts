/** Warnings (A5.5): issued by the unit that owns the warning (its approver) or by the news office. Pure. */
import { decide, hasAnyRole, type Actor, type Decision, type WarningState } from '@fabutong/core';

export const canIssueWarning = (actor: Actor, unitPath: string): Decision =>
  decide(hasAnyRole(actor, ['news_office', 'unit_approver'], unitPath), '只有发布单位审批人或区政府新闻办可以发布、更新、解除预警');

/** Where a warning stands at `now`: lifted is final; otherwise its validity decides. */
export function warningState(w: { lifted_at: string | null; valid_from: string; valid_until: string }, now: Date): WarningState {
  if (w.lifted_at) return 'lifted';
  const t = now.getTime();
  if (t < Date.parse(w.valid_from)) return 'pending';
  if (t >= Date.parse(w.valid_until)) return 'expired';
  return 'in_force';
}
