import { decide, hasAnyRole, hasRole, type Actor, type Decision, type Role } from '@fabutong/core';

const DISTRICT_READERS: readonly Role[] = ['news_office', 'leader', 'auditor'];
const UNIT_ROLES: readonly Role[] = ['unit_editor', 'unit_approver'];

/** A13.8: the district roles and the units' release staff read the evaluation. */
export const canReadEvaluation = (actor: Actor): Decision => decide(hasAnyRole(actor, [...DISTRICT_READERS, ...UNIT_ROLES]), '无权查看年度评估');

/** A unit's figures and scores: the district roles, and the unit's own staff. */
export const canReadUnitEvaluation = (actor: Actor, unitPath: string): Decision =>
  decide(hasAnyRole(actor, [...DISTRICT_READERS, ...UNIT_ROLES], unitPath), '无权查看其他单位的评估结果');

/** A13.8: every unit evaluates itself. */
export const canSelfEvaluate = (actor: Actor, unitPath: string): Decision => decide(hasAnyRole(actor, UNIT_ROLES, unitPath), '只能为本人获授权的单位填写自评');

/** The news office runs the evaluation: template, review, adjustments, publication. */
export const canRunEvaluation = (actor: Actor): Decision => decide(hasRole(actor, 'news_office'), '只有区政府新闻办可以进行此操作');

/** A13.8: results are published after the district government approves; a district leader decides. */
export const canDecideEvaluation = (actor: Actor): Decision => decide(hasRole(actor, 'leader'), '只有区领导可以审定年度评估结果');

/** The year's figures leave the system (Word, Excel) for the district roles only. */
export const canExportEvaluation = (actor: Actor): Decision => decide(hasAnyRole(actor, DISTRICT_READERS), '无权导出年度评估');

export function unitReadable(actor: Actor, unitPath: string): boolean {
  return hasAnyRole(actor, [...DISTRICT_READERS, ...UNIT_ROLES], unitPath);
}
