import { decide, hasAnyRole, hasRole, type Actor, type Decision, type Role } from '@fabutong/core';

export const DISTRICT_READERS: readonly Role[] = ['news_office', 'leader', 'auditor'];
const READERS: readonly Role[] = [...DISTRICT_READERS, 'unit_editor', 'unit_approver'];

/** A12: training records are read by the district roles and by the units' release staff. */
export const canReadTraining = (actor: Actor): Decision => decide(hasAnyRole(actor, READERS), '无权查看培训记录');

/** A12: the news office records training sessions and who attended. */
export const canManageTraining = (actor: Actor): Decision => decide(hasRole(actor, 'news_office'), '只有区政府新闻办可以登记培训');

/** Unit paths whose units the actor may see listed; null in the list = everywhere. */
export function readableUnitPaths(actor: Actor): (string | null)[] {
  return actor.grants.filter((g) => READERS.includes(g.role)).map((g) => g.unitPath);
}

export function pathReadable(paths: readonly (string | null)[], unitPath: string): boolean {
  return paths.some((p) => p === null || unitPath.startsWith(p));
}
