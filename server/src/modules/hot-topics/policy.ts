/** Hot-topic linkage (A13.1): the news office opens topics and assigns; the assigned unit carries its assignment out. */
import { decide, hasAnyRole, hasRole, type Actor, type Decision, type Role } from '@fabutong/core';

const DISTRICT: Role[] = ['news_office', 'leader', 'auditor'];

export const canManageTopics = (actor: Actor): Decision => decide(hasRole(actor, 'news_office'), '只有区政府新闻办可以发起热点选题联动、分派任务');

/** The assigned unit (or the news office) records the release that carries the assignment out. */
export const canCarryOut = (actor: Actor, unitPath: string): Decision =>
  decide(hasAnyRole(actor, ['news_office', 'unit_editor', 'unit_approver'], unitPath), '只有承办单位或区政府新闻办可以登记该任务的发布');

export const canReadTopics = (actor: Actor): Decision => decide(hasAnyRole(actor, [...DISTRICT, 'unit_editor', 'unit_approver']), '无权查看热点选题');

/** District roles see every assignment; a unit's people see their units'. null in the list = all. */
export function visibleUnitPaths(actor: Actor): (string | null)[] {
  if (hasAnyRole(actor, DISTRICT)) return [null];
  return actor.grants.filter((g) => g.role === 'unit_editor' || g.role === 'unit_approver').map((g) => g.unitPath);
}
