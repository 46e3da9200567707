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
 * Which district leaders the `leaders` level reaches:
 * - `in_charge` — the leader in charge of the unit (分管区领导, the vice district head of
 *   A15.3, kept per unit with history in `unit_leaders_in_charge`; the nearest unit up the
 *   tree that has one), for a report about one unit's matter such as the "first time" report
 *   of a major opinion item (A13.2). When nobody is in charge on the day, or the leader in
 *   charge has no working account, every leader account over the unit hears it instead, so
 *   the report never stops short of the leaders.
 * - `all` — every leader account over the unit: the escalation ladder of a missed clock
 *   ("then the district leaders", issue 6 §3).
 */
export type LeaderReach = 'in_charge' | 'all';

/**
 * Who hears an alert about a unit, by level: the unit's principal and spokesperson
 * (by appointment, so a new appointee hears the next alert) and the unit's release accounts;
 * the news office accounts over the unit; the leader in charge of the unit, or the leaders'
 * accounts over it (see `LeaderReach`; the clock escalation asks for `all`).
 */
export async function recipientsFor(
  db: Db,
  unitId: number,
  levels: AlertLevel[],
  date: string,
  options: { leaders?: LeaderReach } = {},
): Promise<Recipient[]> {
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
  if (levels.includes('news_office')) {
    for (const h of (await grantHolders(db, ['news_office'])).filter((h) => pathCovers(h.unit_path, unit.path))) found.push(recipientOf('news_office', h));
  }
  if (levels.includes('leaders')) {
    const inCharge = (options.leaders ?? 'in_charge') === 'in_charge' ? await leaderInChargeRecipients(db, unit.path, date) : [];
    found.push(...inCharge);
    if (!inCharge.some((r) => r.userId !== null)) {
      for (const h of (await grantHolders(db, ['leader'])).filter((h) => pathCovers(h.unit_path, unit.path))) found.push(recipientOf('leaders', h));
    }
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

/**
 * The leader in charge of the unit on `date` — of the nearest unit up the tree (itself
 * first) that has one — as recipients: one per working account of that person, or the
 * person alone (for e-mail) when they have none.
 */
async function leaderInChargeRecipients(db: Db, unitPath: string, date: string): Promise<Recipient[]> {
  const lineage = unitPath.split('/').filter(Boolean).map(Number).reverse();
  if (lineage.length === 0) return [];
  const rows = await db
    .selectFrom('unit_leaders_in_charge')
    .innerJoin('people', 'people.id', 'unit_leaders_in_charge.person_id')
    .select(['unit_leaders_in_charge.unit_id', 'people.id', 'people.name', 'people.email'])
    .where('unit_leaders_in_charge.unit_id', 'in', lineage)
    .where('unit_leaders_in_charge.from_date', '<=', date)
    .where((eb) => eb.or([eb('unit_leaders_in_charge.to_date', 'is', null), eb('unit_leaders_in_charge.to_date', '>=', date)]))
    .orderBy('unit_leaders_in_charge.from_date', 'desc')
    .orderBy('unit_leaders_in_charge.id', 'desc')
    .execute();
  const nearest = lineage.find((id) => rows.some((r) => r.unit_id === id));
  if (nearest === undefined) return [];
  // One leader in charge at a time; should two spans overlap, the later appointment wins.
  const person = rows.find((r) => r.unit_id === nearest)!;
  const accounts = await db.selectFrom('users').select('id').where('person_id', '=', person.id).where('disabled', '=', 0).orderBy('id').execute();
  if (accounts.length === 0) return [{ level: 'leaders', userId: null, personId: person.id, name: person.name, email: person.email }];
  return accounts.map((a) => ({ level: 'leaders' as const, userId: a.id, personId: person.id, name: person.name, email: person.email }));
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
