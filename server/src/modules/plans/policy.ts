/** Who reads and files a unit's annual release plan (A17): pure. */
import { decide, hasAnyRole, type Actor, type Decision } from '@fabutong/core';

const READING_ROLES = ['news_office', 'leader', 'auditor', 'unit_editor', 'unit_approver'] as const;

export function planReadPaths(actor: Actor): (string | null)[] {
  return actor.grants.filter((g) => (READING_ROLES as readonly string[]).includes(g.role)).map((g) => g.unitPath);
}

/** The unit's press section or approver drafts and files its plan; the news office may help. */
export const canWritePlan = (actor: Actor, unitPath: string): Decision =>
  decide(hasAnyRole(actor, ['news_office', 'unit_editor', 'unit_approver'], unitPath), '只能编报本人获授权单位的年度发布计划');
