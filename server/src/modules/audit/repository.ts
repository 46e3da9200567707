import type { Kysely } from 'kysely';
import { districtDayStart } from '@fabutong/core';
import type { Database } from '../../db/schema';

export interface AuditFilter {
  action?: string;
  entity?: string;
  actorId?: number;
  from?: string;
  to?: string;
}

function filtered(db: Kysely<Database>, f: AuditFilter) {
  return db
    .selectFrom('audit_log')
    .$if(!!f.action, (qb) => qb.where('action', 'like', `${f.action}%`))
    .$if(!!f.entity, (qb) => qb.where('entity', '=', f.entity!))
    .$if(!!f.actorId, (qb) => qb.where('actor_id', '=', f.actorId!))
    .$if(!!f.from, (qb) => qb.where('at', '>=', districtDayStart(f.from!).toISOString()))
    .$if(!!f.to, (qb) => qb.where('at', '<', new Date(districtDayStart(f.to!).getTime() + 86_400_000).toISOString()));
}

export async function pageOfRecords(db: Kysely<Database>, f: AuditFilter, page: number, pageSize: number) {
  const [items, total] = await Promise.all([
    filtered(db, f)
      .selectAll()
      .orderBy('id', 'desc')
      .limit(pageSize)
      .offset((page - 1) * pageSize)
      .execute(),
    filtered(db, f)
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow(),
  ]);
  return { items, total: Number(total.n) };
}
