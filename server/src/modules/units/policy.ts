import { decide, hasRole, type Actor, type Decision } from '@fabutong/core';

/** The news office keeps the organization of its district; the administrator everywhere. */
export const canManageUnits = (actor: Actor, unitPath: string): Decision =>
  decide(hasRole(actor, 'admin') || hasRole(actor, 'news_office', unitPath), '只有区政府新闻办和系统管理员可以维护单位');
