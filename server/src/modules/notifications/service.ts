import type { Kysely } from 'kysely';
import type { AppContext } from '../../context';
import type { Database } from '../../db/schema';

export interface NewNotification {
  title: string;
  body: string;
  link?: string | null;
  severity?: 'info' | 'warning' | 'urgent';
  /** Sent once per key and user, also when the same reminder is computed twice. */
  dedupeKey?: string;
}

export async function notifyUsers(app: AppContext, trx: Kysely<Database>, userIds: number[], n: NewNotification): Promise<number> {
  let sent = 0;
  for (const userId of new Set(userIds)) {
    const result = await trx
      .insertInto('notifications')
      .values({
        user_id: userId,
        created_at: app.now().toISOString(),
        title: n.title,
        body: n.body,
        link: n.link ?? null,
        severity: n.severity ?? 'info',
        read_at: null,
        dedupe_key: n.dedupeKey ? `${n.dedupeKey}:${userId}` : null,
      })
      .onConflict((oc) => oc.column('dedupe_key').doNothing())
      .executeTakeFirst();
    sent += Number(result.numInsertedOrUpdatedRows ?? 0);
  }
  return sent;
}
