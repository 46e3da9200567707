import { decide, hasAnyRole, hasRole, type Actor, type Decision } from '@fabutong/core';

/** A9.8: the report goes from the spokesperson to the principal; the district roles read it. */
export const canReadAnnualReport = (actor: Actor, unitPath: string): Decision =>
  decide(hasAnyRole(actor, ['news_office', 'leader', 'auditor', 'unit_editor', 'unit_approver'], unitPath), '无权查看其他单位的新闻发言人年度工作报告');

export const canListAnnualReports = (actor: Actor): Decision =>
  decide(hasAnyRole(actor, ['news_office', 'leader', 'auditor', 'unit_editor', 'unit_approver']), '无权查看新闻发言人年度工作报告');

/**
 * **Reading**: the unit's release staff (the spokesperson and the press section, granted
 * `unit_editor` or `unit_approver`) write and submit the report in the spokesperson's name.
 */
export const canWriteAnnualReport = (actor: Actor, unitPath: string): Decision =>
  decide(hasAnyRole(actor, ['unit_editor', 'unit_approver'], unitPath), '只有本单位新闻发言人及新闻发布工作科室可以填报年度工作报告');

/** The principal (granted `unit_approver` on the unit) acknowledges it. */
export const canAcknowledgeAnnualReport = (actor: Actor, unitPath: string): Decision =>
  decide(hasRole(actor, 'unit_approver', unitPath), '只有本单位主要负责人可以签阅年度工作报告');

/** The news office sets the date by which the year's reports are due. */
export const canSetAnnualReportDue = (actor: Actor): Decision => decide(hasRole(actor, 'news_office'), '只有区政府新闻办可以设定报告提交期限');

export function readableUnitPaths(actor: Actor): (string | null)[] {
  return actor.grants.filter((g) => ['news_office', 'leader', 'auditor', 'unit_editor', 'unit_approver'].includes(g.role)).map((g) => g.unitPath);
}
