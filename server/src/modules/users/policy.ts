import { decide, hasRole, type Actor, type Decision } from '@fabutong/core';

/** Accounts are the system administrator's; the auditor may look. (等保: 三员分立) */
export const canListUsers = (actor: Actor): Decision =>
  decide(hasRole(actor, 'admin') || hasRole(actor, 'auditor'), '只有系统管理员和安全审计员可以查看账户', 'SEC');

export const canManageUsers = (actor: Actor): Decision => decide(hasRole(actor, 'admin'), '只有系统管理员可以管理账户', 'SEC');
