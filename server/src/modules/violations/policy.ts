import { decide, hasAnyRole, hasRole, type Actor, type Decision, type Role } from '@fabutong/core';

const DISTRICT_READERS: Role[] = ['news_office', 'leader', 'auditor'];

/** The district roles read every candidate; a unit's own people read those of their unit. */
export const canReadViolation = (actor: Actor, unitPath: string | null): Decision =>
  decide(
    unitPath === null ? hasAnyRole(actor, DISTRICT_READERS) : hasAnyRole(actor, [...DISTRICT_READERS, 'unit_editor', 'unit_approver'], unitPath),
    '无权查看该单位的违规线索',
  );

/** A18: the system proposes; the news office decides. */
export const canDecideViolation = (actor: Actor, unitPath: string | null): Decision =>
  decide(unitPath === null ? hasRole(actor, 'news_office') : hasRole(actor, 'news_office', unitPath), '只有区政府新闻办可以认定或排除违规线索');

/** Unit paths whose candidates the actor may list; null in the list = everywhere. */
export function readableUnitPaths(actor: Actor): (string | null)[] {
  return actor.grants.filter((g) => [...DISTRICT_READERS, 'unit_editor', 'unit_approver'].includes(g.role)).map((g) => g.unitPath);
}
