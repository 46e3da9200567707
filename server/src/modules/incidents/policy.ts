/** Who may do what with an incident (A17): pure, one function per action. */
import { decide, hasAnyRole, hasRole, type Actor, type Decision, type Role } from '@fabutong/core';

const READERS: Role[] = ['news_office', 'leader', 'auditor', 'unit_editor', 'unit_approver'];

/** The news office manages incidents district-wide: registers, regrades, closes, links releases. */
export const canManageIncident = (actor: Actor, unitPath: string): Decision =>
  decide(hasRole(actor, 'news_office', unitPath), '只有区政府新闻办可以登记、调整或结束突发事件');

/** The district roles read every incident; a responsible unit's own people read its incidents. */
export const canReadIncident = (actor: Actor, unitPath: string): Decision => decide(hasAnyRole(actor, READERS, unitPath), '无权查看其他单位的突发事件');

/** A13.4-d: the responsible unit's press section (and the news office) drafts the rolling updates. */
export const canDraftUpdate = (actor: Actor, unitPath: string): Decision =>
  decide(hasAnyRole(actor, ['news_office', 'unit_editor', 'unit_approver'], unitPath), '只有责任单位或区政府新闻办可以起草该事件的发布信息');

/** Reviewed by the responsible unit (its approver: principal or spokesperson), or the news office. */
export const canReviewUpdate = (actor: Actor, unitPath: string): Decision =>
  decide(hasAnyRole(actor, ['news_office', 'unit_approver'], unitPath), '发布信息须由责任单位审批人或区政府新闻办审核');

export const canPublishUpdate = (actor: Actor, unitPath: string): Decision =>
  decide(hasAnyRole(actor, ['news_office', 'unit_approver'], unitPath), '发布须由责任单位审批人或区政府新闻办确认');

export function readableUnitPaths(actor: Actor): (string | null)[] {
  return actor.grants.filter((g) => READERS.includes(g.role)).map((g) => g.unitPath);
}
