/** Writing to the audit trail from a service, with who did it and from where. */
import type { Kysely } from 'kysely';
import type { AppContext, RequestContext } from './context';
import type { Database } from './db/schema';
import type { AuditEntry } from './modules/audit/trail';

export function audit(app: AppContext, rc: Pick<RequestContext, 'ip'> & { actor: RequestContext['actor'] | null }, trx: Kysely<Database>, entry: AuditEntry) {
  return app.audit.record(
    trx,
    { actorId: rc.actor?.userId ?? null, actorName: rc.actor?.displayName ?? null, ip: rc.ip },
    entry,
    app.now().toISOString(),
  );
}
