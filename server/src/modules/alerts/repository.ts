import { pathCovers, type AlertLevel } from '@fabutong/core';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema';

type Db = Kysely<Database>;

export function listChannels(db: Db) {
  return db.selectFrom('alert_channels').selectAll().orderBy('id').execute();
}

export function findChannel(db: Db, id: number) {
  return db.selectFrom('alert_channels').selectAll().where('id', '=', id).executeTakeFirst();
}

export function enabledChannels(db: Db) {
  return db.selectFrom('alert_channels').selectAll().where('enabled', '=', 1).orderBy('id').execute();
}

export interface DeliveryFilter {
  status?: string;
  channel?: string;
  clockKey?: string;
}

function deliveries(db: Db, f: DeliveryFilter) {
  return db
    .selectFrom('alert_deliveries')
    .leftJoin('alert_channels', 'alert_channels.id', 'alert_deliveries.channel_id')
    .$if(f.status !== undefined, (qb) => qb.where('alert_deliveries.status', '=', f.status!))
    .$if(f.channel !== undefined, (qb) => qb.where('alert_deliveries.channel', '=', f.channel!))
    .$if(f.clockKey !== undefined, (qb) => qb.where('alert_deliveries.clock_key', '=', f.clockKey!));
}

export async function pageOfDeliveries(db: Db, f: DeliveryFilter, page: number, pageSize: number) {
  const [rows, total] = await Promise.all([
    deliveries(db, f)
      .selectAll('alert_deliveries')
      .select('alert_channels.name as channel_name')
      .orderBy('alert_deliveries.id', 'desc')
      .limit(pageSize)
      .offset((page - 1) * pageSize)
      .execute(),
    deliveries(db, f)
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow(),
  ]);
  return { rows, total: Number(total.n) };
}

export type DeliveryWithChannel = Awaited<ReturnType<typeof pageOfDeliveries>>['rows'][number];

export function findDelivery(db: Db, id: number) {
  return deliveries(db, {}).selectAll('alert_deliveries').select('alert_channels.name as channel_name').where('alert_deliveries.id', '=', id).executeTakeFirst();
}

export interface Recipient {
  level: AlertLevel;
  userId: number | null;
  personId: number | null;
  name: string;
  email: string | null;
}

/**
 * Who hears an alert about a unit's clock, by level: the unit's principal and spokesperson
 * (by appointment, so a new appointee hears the next alert) and the unit's release accounts;
 * the news office accounts over the unit; the leaders' accounts over it.
 */
export async function recipientsFor(db: Db, unitId: number, levels: AlertLevel[], date: string): Promise<Recipient[]> {
  const unit = await db.selectFrom('units').select('path').where('id', '=', unitId).executeTakeFirst();
  if (!unit) return [];
  const found: Recipient[] = [];

  if (levels.includes('unit')) {
    const people = await db
      .selectFrom('appointments')
      .innerJoin('people', 'people.id', 'appointments.person_id')
      .select(['people.id', 'people.name', 'people.email'])
      .where('appointments.unit_id', '=', unitId)
      .where('appointments.post', 'in', ['principal', 'spokesperson'])
      .where('appointments.from_date', '<=', date)
      .where((eb) => eb.or([eb('appointments.to_date', 'is', null), eb('appointments.to_date', '>=', date)]))
      .execute();
    const accounts = people.length
      ? await db.selectFrom('users').select(['id', 'person_id']).where('person_id', 'in', people.map((p) => p.id)).where('disabled', '=', 0).execute()
      : [];
    for (const p of people) {
      const users = accounts.filter((a) => a.person_id === p.id);
      if (users.length === 0) found.push({ level: 'unit', userId: null, personId: p.id, name: p.name, email: p.email });
      for (const u of users) found.push({ level: 'unit', userId: u.id, personId: p.id, name: p.name, email: p.email });
    }
    const holders = await grantHolders(db, ['unit_approver', 'unit_editor']);
    for (const h of holders.filter((h) => h.unit_id === unitId)) found.push(recipientOf('unit', h));
  }
  for (const [level, role] of [
    ['news_office', 'news_office'],
    ['leaders', 'leader'],
  ] as const) {
    if (!levels.includes(level)) continue;
    for (const h of (await grantHolders(db, [role])).filter((h) => pathCovers(h.unit_path, unit.path))) found.push(recipientOf(level, h));
  }

  // One entry per account (or per person without one), at the first level that reached them.
  const seen = new Set<string>();
  return found.filter((r) => {
    const key = r.userId !== null ? `u${r.userId}` : `p${r.personId}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function grantHolders(db: Db, roles: string[]) {
  return db
    .selectFrom('role_grants')
    .innerJoin('users', 'users.id', 'role_grants.user_id')
    .leftJoin('units', 'units.id', 'role_grants.unit_id')
    .leftJoin('people', 'people.id', 'users.person_id')
    .select(['users.id as user_id', 'users.display_name', 'users.person_id', 'people.email', 'role_grants.unit_id', 'units.path as unit_path'])
    .where('role_grants.role', 'in', roles)
    .where('users.disabled', '=', 0)
    .orderBy('users.id')
    .execute();
}

function recipientOf(level: AlertLevel, h: { user_id: number; display_name: string; person_id: number | null; email: string | null }): Recipient {
  return { level, userId: h.user_id, personId: h.person_id, name: h.display_name, email: h.email };
}
