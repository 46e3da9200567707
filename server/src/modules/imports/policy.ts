import { decide, hasRole, type Actor, type Decision } from '@fabutong/core';
import { canManageUnits } from '../units/policy';

/** The news office keeps its district's organization (A7, A8); the administrator everywhere. */
export const canImportOrganization = (actor: Actor): Decision =>
  decide(hasRole(actor, 'admin') || hasRole(actor, 'news_office'), '只有区政府新闻办和系统管理员可以导入单位、人员和任职');

/** An import may refer to, and add under, only the units the importer keeps (A17). */
export const importReaches = (actor: Actor, unitPath: string): boolean => canManageUnits(actor, unitPath).allowed;
