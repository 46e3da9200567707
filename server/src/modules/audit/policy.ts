import { decide, hasRole, type Actor, type Decision } from '@fabutong/core';

/** The audit trail is the auditor's to read (等保: 三员分立), not the administrator's. */
export const canReadAuditTrail = (actor: Actor): Decision => decide(hasRole(actor, 'auditor'), '只有安全审计员可以查看审计记录', 'SEC');

/** Both the administrator and the auditor may check that the chain is unbroken. */
export const canVerifyAuditTrail = (actor: Actor): Decision =>
  decide(hasRole(actor, 'admin') || hasRole(actor, 'auditor'), '只有系统管理员和安全审计员可以校验审计链', 'SEC');
