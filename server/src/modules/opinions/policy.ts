/** Who may do what with opinion items (A13.2, A17): pure, one function per action. */
import { decide, hasAnyRole, hasRole, type Actor, type Decision, type Role } from '@fabutong/core';

const DISTRICT: Role[] = ['news_office', 'leader', 'auditor'];
const UNIT: Role[] = ['unit_editor', 'unit_approver'];

/** The district roles read every item, assigned or not; a unit's people read the items assigned to their unit. */
export const canReadItem = (actor: Actor, unitPath: string | null): Decision =>
  decide(hasAnyRole(actor, DISTRICT) || (unitPath !== null && hasAnyRole(actor, UNIT, unitPath)), '无权查看其他单位的舆情');

/** Items are reported by the news office, or by a unit's liaison for their own unit. */
export const canReport = (actor: Actor, unitPath: string | null): Decision =>
  decide(
    hasRole(actor, 'news_office') || (unitPath !== null && hasAnyRole(actor, UNIT, unitPath)),
    unitPath === null ? '只有区政府新闻办可以报送未指定责任单位的舆情' : '只能为本单位报送舆情',
  );

/** A13.2: the news office confirms the responsible unit. */
export const canAssign = (actor: Actor): Decision => decide(hasRole(actor, 'news_office'), '只有区政府新闻办可以确定舆情的责任单位');

/** A13.2: the responsible unit assesses (研判) its item; the news office may too. */
export const canAssess = (actor: Actor, unitPath: string): Decision =>
  decide(hasRole(actor, 'news_office') || hasAnyRole(actor, UNIT, unitPath), '只有责任单位或区政府新闻办可以研判该舆情');

/** Responding (a linked release, a consultation, the experts' opinions): the responsible unit or the news office. */
export const canRespond = canAssess;

/** Deciding not to respond is a decision for the unit's approver (principal or spokesperson) or the news office. */
export const canDecideNoResponse = (actor: Actor, unitPath: string): Decision =>
  decide(hasAnyRole(actor, ['news_office', 'unit_approver'], unitPath), '不予回应须由责任单位审批人或区政府新闻办决定');

/** Feeds, keyword rules and vendor keys are the news office's (and the administrator's) to configure. */
export const canManageSources = (actor: Actor): Decision => decide(hasAnyRole(actor, ['admin', 'news_office']), '只有系统管理员或区政府新闻办可以配置舆情监测来源');

/** Unit paths whose items the actor reads; null in the list = every item, unassigned ones too. */
export function readableUnitPaths(actor: Actor): (string | null)[] {
  if (hasAnyRole(actor, DISTRICT)) return [null];
  return actor.grants.filter((g) => UNIT.includes(g.role)).map((g) => g.unitPath);
}
