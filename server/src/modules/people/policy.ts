import { decide, hasRole, type Actor, type Decision } from '@fabutong/core';

/** People and appointments are kept by the news office (A7, A8) and the administrator. */
export const canManagePeople = (actor: Actor): Decision =>
  decide(hasRole(actor, 'admin') || hasRole(actor, 'news_office'), '只有区政府新闻办和系统管理员可以维护人员');

export const canManageAppointments = (actor: Actor, unitPath: string): Decision =>
  decide(hasRole(actor, 'admin') || hasRole(actor, 'news_office', unitPath), '只有区政府新闻办和系统管理员可以任免新闻发言人及其他职务');
