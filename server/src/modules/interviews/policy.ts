/** Interview requests (A13.6): received and routed by the news office; accepted or declined by the unit it was routed to. */
import { decide, hasAnyRole, hasRole, type Actor, type Decision, type Role } from '@fabutong/core';

const DISTRICT: Role[] = ['news_office', 'leader', 'auditor'];

export const canRoute = (actor: Actor): Decision => decide(hasRole(actor, 'news_office'), '只有区政府新闻办可以转交采访申请');

export const canReadRequest = (actor: Actor, unitPath: string | null): Decision =>
  decide(hasAnyRole(actor, DISTRICT) || (unitPath !== null && hasAnyRole(actor, ['unit_editor', 'unit_approver'], unitPath)), '无权查看其他单位的采访申请');

/** The unit it was routed to decides; the news office may decide for it. */
export const canDecide = (actor: Actor, unitPath: string): Decision =>
  decide(hasAnyRole(actor, ['news_office', 'unit_editor', 'unit_approver'], unitPath), '只有承办单位或区政府新闻办可以答复该采访申请');

export function readableUnitPaths(actor: Actor): (string | null)[] {
  if (hasAnyRole(actor, DISTRICT)) return [null];
  return actor.grants.filter((g) => g.role === 'unit_editor' || g.role === 'unit_approver').map((g) => g.unitPath);
}
