/** The expert pool (A13.5) is kept by the news office; everyone working on releases may consult it. */
import { decide, hasAnyRole, hasRole, type Actor, type Decision } from '@fabutong/core';

export const canManageExperts = (actor: Actor): Decision => decide(hasRole(actor, 'news_office'), '只有区政府新闻办可以维护专家库');

/** Contacts are personal data: read by those who may invite an expert or oversee the work. */
export const canReadExperts = (actor: Actor): Decision =>
  decide(hasAnyRole(actor, ['news_office', 'leader', 'auditor', 'unit_editor', 'unit_approver']), '无权查看专家库');
