/** Test data with defaults and overrides. Sessions are made directly, without the slow password hash. */
import crypto from 'node:crypto';
import type { Role, UnitKind } from '@fabutong/core';
import type { Kysely } from 'kysely';
import type { Database } from '../src/db/schema';
import { hashPassword } from '../src/modules/auth/passwords';
import { SESSION_COOKIE, sessionIdOf } from '../src/modules/auth/service';

export const TEST_PASSWORD = 'Test-Passw0rd';
let testPasswordHash: Promise<string> | null = null;
export const passwordHash = () => (testPasswordHash ??= hashPassword(TEST_PASSWORD));

let sequence = 0;
const next = () => ++sequence;

export interface UnitOverrides {
  kind?: UnitKind;
  name?: string;
  parentId?: number | null;
  livelihoodRelated?: boolean;
}

export async function createUnit(db: Kysely<Database>, at: string, o: UnitOverrides = {}) {
  const parent = o.parentId ? await db.selectFrom('units').select('path').where('id', '=', o.parentId).executeTakeFirstOrThrow() : null;
  const row = await db
    .insertInto('units')
    .values({
      parent_id: o.parentId ?? null,
      path: '',
      kind: o.kind ?? 'department',
      name: o.name ?? `测试单位${next()}`,
      short_name: null,
      press_section_name: '办公室',
      livelihood_related: o.livelihoodRelated ? 1 : 0,
      created_at: at,
      updated_at: at,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
  const path = `${parent?.path ?? '/'}${row.id}/`;
  await db.updateTable('units').set({ path }).where('id', '=', row.id).execute();
  return { ...row, path };
}

/** A district with its news office and two units: what most tests need. */
export async function createDistrict(db: Kysely<Database>, at: string) {
  const district = await createUnit(db, at, { kind: 'district', name: '武隆区' });
  const newsOffice = await createUnit(db, at, { kind: 'news_office', name: '区政府新闻办', parentId: district.id });
  const township = await createUnit(db, at, { kind: 'township', name: '白马镇', parentId: district.id });
  const department = await createUnit(db, at, { kind: 'department', name: '区交通局', parentId: district.id, livelihoodRelated: true });
  return { district, newsOffice, township, department };
}

export interface UserOverrides {
  username?: string;
  displayName?: string;
  grants?: { role: Role; unitId: number | null }[];
  password?: string;
}

export async function createUser(db: Kysely<Database>, at: string, o: UserOverrides = {}) {
  const user = await db
    .insertInto('users')
    .values({
      username: o.username ?? `user${next()}`,
      display_name: o.displayName ?? '测试用户',
      person_id: null,
      password_hash: o.password ? await hashPassword(o.password) : await passwordHash(),
      password_changed_at: at,
      created_at: at,
      updated_at: at,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
  for (const g of o.grants ?? []) {
    await db.insertInto('role_grants').values({ user_id: user.id, role: g.role, unit_id: g.unitId }).execute();
  }
  return user;
}

/** A logged-in session for the user; returns the Cookie header to send. */
export async function sessionCookie(db: Kysely<Database>, userId: number, at: string): Promise<string> {
  const token = crypto.randomBytes(24).toString('base64url');
  const expires = new Date(new Date(at).getTime() + 12 * 3_600_000).toISOString();
  await db
    .insertInto('sessions')
    .values({ id: sessionIdOf(token), user_id: userId, created_at: at, last_seen_at: at, expires_at: expires, revoked_at: null, ip: '127.0.0.1', user_agent: 'test' })
    .execute();
  return `${SESSION_COOKIE}=${token}`;
}

/** A user with one grant, logged in. */
export async function loginAs(db: Kysely<Database>, at: string, role: Role, unitId: number | null, o: UserOverrides = {}) {
  const user = await createUser(db, at, { ...o, grants: [{ role, unitId }] });
  return { user, cookie: await sessionCookie(db, user.id, at) };
}

export async function createPerson(db: Kysely<Database>, at: string, o: { name?: string; pressPhone?: string } = {}) {
  return db
    .insertInto('people')
    .values({ name: o.name ?? `测试人员${next()}`, office_phone: null, press_phone: o.pressPhone ?? '023-77700000', mobile: null, email: null, note: null, created_at: at, updated_at: at })
    .returningAll()
    .executeTakeFirstOrThrow();
}

/** Appoints a (new, unless given) person to a post; `unique` skips when the post is already held. */
export async function appoint(
  db: Kysely<Database>,
  at: string,
  o: { unitId: number; post: string; from: string; to?: string | null; personId?: number; title?: string; unique?: boolean; filedWithMunicipalAt?: string },
) {
  if (o.unique) {
    const held = await db.selectFrom('appointments').select('id').where('unit_id', '=', o.unitId).where('post', '=', o.post).executeTakeFirst();
    if (held) return held;
  }
  const personId = o.personId ?? (await createPerson(db, at)).id;
  return db
    .insertInto('appointments')
    .values({
      person_id: personId,
      unit_id: o.unitId,
      post: o.post,
      title: o.title ?? null,
      from_date: o.from,
      to_date: o.to ?? null,
      filed_with_municipal_at: o.filedWithMunicipalAt ?? null,
      note: null,
      created_at: at,
      updated_at: at,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
}

export async function createOutlet(
  db: Kysely<Database>,
  at: string,
  o: { name?: string; level?: string; validFrom?: string | null; validUntil?: string | null; kind?: string } = {},
) {
  return db
    .insertInto('outlets')
    .values({
      name: o.name ?? `测试媒体${next()}`,
      kind: o.kind ?? 'outlet',
      level: o.level ?? 'district',
      licence_no: null,
      licence_valid_from: o.validFrom === undefined ? '2020-01-01' : o.validFrom,
      licence_valid_until: o.validUntil === undefined ? null : o.validUntil,
      contact: null,
      note: null,
      created_at: at,
      updated_at: at,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
}

export async function createJournalist(db: Kysely<Database>, at: string, outletId: number, o: { name?: string; validFrom?: string | null; validUntil?: string | null } = {}) {
  return db
    .insertInto('journalists')
    .values({
      outlet_id: outletId,
      name: o.name ?? `记者${next()}`,
      press_card_no: `B${next()}`,
      press_card_valid_from: o.validFrom === undefined ? '2020-01-01' : o.validFrom,
      press_card_valid_until: o.validUntil === undefined ? null : o.validUntil,
      contact: null,
      note: null,
      created_at: at,
      updated_at: at,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
}

export interface ReleaseOverrides {
  unitId: number;
  title?: string;
  form?: string;
  categories?: string[];
  organizer?: string;
  inNameOf?: string;
  date?: string;
  status?: string;
  isPublic?: boolean;
  participants?: { personId: number; part: string }[];
  body?: string;
}

/** A release written straight to the database (no validation): for tests about what reads releases. */
export async function createRelease(db: Kysely<Database>, at: string, o: ReleaseOverrides) {
  const date = o.date ?? '2026-05-20';
  const row = await db
    .insertInto('releases')
    .values({
      unit_id: o.unitId,
      title: o.title ?? `测试发布${next()}`,
      in_name_of: o.inNameOf ?? 'unit',
      organizer: o.organizer ?? 'unit',
      form: o.form ?? 'press_conference',
      categories: JSON.stringify(o.categories ?? ['disclosure']),
      starts_at: `${date}T02:00:00.000Z`,
      release_date: date,
      venue: null,
      qa: 1,
      status: o.status ?? 'held',
      is_public: o.isPublic === false ? 0 : 1,
      not_public_reason: o.isPublic === false ? '涉及未公开信息' : null,
      summary: null,
      body: o.body ?? null,
      transcript: null,
      platform_ids: '[]',
      confidentiality_reviewer: '保密员',
      confidentiality_reviewed_at: at,
      risk_assessment: null,
      opinion_reaction: null,
      created_by: null,
      created_at: at,
      updated_at: at,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
  for (const p of o.participants ?? []) {
    await db.insertInto('release_participants').values({ release_id: row.id, person_id: p.personId, part: p.part }).execute();
  }
  return row;
}
