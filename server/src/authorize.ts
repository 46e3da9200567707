import type { Decision } from '@fabutong/core';
import { audit } from './audit';
import type { AppContext, RequestContext } from './context';
import { forbidden } from './errors';

/**
 * Applies a policy decision: a refusal is audited (in its own transaction, since the
 * request itself changes nothing) and answered 403 with the rule that refuses it.
 */
export async function authorize(app: AppContext, rc: RequestContext, decision: Decision, what: string): Promise<void> {
  if (decision.allowed) return;
  await app.db.transaction().execute((trx) =>
    audit(app, rc, trx, { action: 'auth.denied', entity: 'permission', after: { what, reason: decision.reason, rule: decision.rule } }),
  );
  throw forbidden(decision.reason, decision.rule);
}
