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

export interface IncidentOverrides {
  unitId: number;
  title?: string;
  kind?: string;
  grade?: string;
  occurredAt?: string;
  majorCasualtiesOrImpact?: boolean;
  isPublic?: boolean;
  status?: string;
}

/** An incident written straight to the database (no clocks scheduled): for tests about what reads incidents. */
export async function createIncident(db: Kysely<Database>, at: string, o: IncidentOverrides) {
  return db
    .insertInto('incidents')
    .values({
      title: o.title ?? `测试突发事件${next()}`,
      kind: o.kind ?? 'accident',
      grade: o.grade ?? 'IV',
      occurred_at: o.occurredAt ?? at,
      major_casualties_or_impact: o.majorCasualtiesOrImpact ? 1 : 0,
      responsible_unit_id: o.unitId,
      field_command: null,
      location: '武隆区白马镇',
      summary: null,
      is_public: o.isPublic === false ? 0 : 1,
      not_public_reason: o.isPublic === false ? '涉及未公开信息' : null,
      confidentiality_reviewer: '保密员',
      confidentiality_reviewed_at: at,
      status: o.status ?? 'active',
      closed_at: null,
      closed_reason: null,
      created_by: null,
      created_at: at,
      updated_at: at,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
}

/** A rolling update of an incident with its release; `reviewed` and `published` carry a confidentiality review. */
export async function createIncidentUpdate(db: Kysely<Database>, at: string, o: { incidentId: number; status?: 'draft' | 'reviewed' | 'published'; facts?: string; isPublic?: boolean }) {
  const incident = await db.selectFrom('incidents').selectAll().where('id', '=', o.incidentId).executeTakeFirstOrThrow();
  const status = o.status ?? 'draft';
  const reviewed = status !== 'draft';
  const release = await db
    .insertInto('releases')
    .values({
      unit_id: incident.responsible_unit_id,
      title: `测试滚动发布${next()}`,
      in_name_of: 'unit',
      organizer: 'unit',
      form: 'written_release',
      categories: JSON.stringify(['incident']),
      starts_at: at,
      release_date: at.slice(0, 10),
      venue: null,
      qa: 0,
      status: status === 'published' ? 'published' : 'planned',
      is_public: o.isPublic === false ? 0 : 1,
      not_public_reason: o.isPublic === false ? '涉及未公开信息' : null,
      summary: null,
      body: o.facts ?? '事实',
      transcript: null,
      platform_ids: '[]',
      confidentiality_reviewer: reviewed ? '保密员' : null,
      confidentiality_reviewed_at: reviewed ? at : null,
      risk_assessment: null,
      opinion_reaction: null,
      incident_id: o.incidentId,
      created_by: null,
      created_at: at,
      updated_at: at,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  const count = await db.selectFrom('incident_updates').select((eb) => eb.fn.countAll<number>().as('n')).where('incident_id', '=', o.incidentId).executeTakeFirstOrThrow();
  return db
    .insertInto('incident_updates')
    .values({
      incident_id: o.incidentId,
      release_id: release.id,
      sequence: Number(count.n) + 1,
      facts: o.facts ?? '事实',
      attitude: null,
      measures: null,
      causes: null,
      causes_confirmed: 0,
      source: '现场指挥部',
      next_update_by: null,
      status,
      drafted_by: null,
      reviewed_by: null,
      reviewed_at: reviewed ? at : null,
      published_by: null,
      published_at: status === 'published' ? at : null,
      created_at: at,
      updated_at: at,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
}

export async function createWarning(db: Kysely<Database>, at: string, o: { unitId: number; level?: string; validFrom?: string; validUntil?: string; title?: string }) {
  return db
    .insertInto('warnings')
    .values({
      title: o.title ?? `测试预警${next()}`,
      category: '气象',
      area: '武隆区全境',
      level: o.level ?? 'yellow',
      content: '请注意防范。',
      issuing_unit_id: o.unitId,
      valid_from: o.validFrom ?? at,
      valid_until: o.validUntil ?? new Date(Date.parse(at) + 24 * 3_600_000).toISOString(),
      lifted_at: null,
      lift_reason: null,
      revision: 1,
      confidentiality_reviewer: '保密员',
      confidentiality_reviewed_at: at,
      created_by: null,
      created_at: at,
      updated_at: at,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
}

export async function createViolation(db: Kysely<Database>, at: string, o: { unitId: number; kind?: string }) {
  return db
    .insertInto('violations')
    .values({
      kind: o.kind ?? 'A18.1',
      status: 'candidate',
      unit_id: o.unitId,
      people: '[]',
      summary: '测试违规线索',
      evidence: '{}',
      source_type: 'test',
      source_id: String(next()),
      link: null,
      detected_at: at,
      decided_by: null,
      decided_at: null,
      decision_reason: null,
      created_at: at,
      updated_at: at,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
}

/** An alert channel; secrets and addresses as given (tests point them at local servers). */
export async function createAlertChannel(db: Kysely<Database>, at: string, o: { kind: string; settings: object; levels?: string[]; name?: string; enabled?: boolean }) {
  return db
    .insertInto('alert_channels')
    .values({
      kind: o.kind,
      name: o.name ?? `测试渠道${next()}`,
      enabled: o.enabled === false ? 0 : 1,
      levels: JSON.stringify(o.levels ?? ['unit', 'news_office', 'leaders']),
      settings: JSON.stringify(o.settings),
      created_at: at,
      updated_at: at,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
}

/** A release topic written straight to the database, in any state (A9.2, A14). */
export async function createTopic(
  db: Kysely<Database>,
  at: string,
  o: { unitId: number; status?: string; title?: string; whyNow?: string; form?: string; category?: string; suggestedDate?: string | null },
) {
  return db
    .insertInto('topics')
    .values({
      unit_id: o.unitId,
      title: o.title ?? `测试选题${next()}`,
      why_now: o.whyNow ?? '群众关注度高，需要及时发布权威信息。',
      category: o.category ?? 'policy_interpretation',
      form: o.form ?? 'press_conference',
      suggested_date: o.suggestedDate ?? null,
      links: '[]',
      status: o.status ?? 'proposed',
      proposed_by: null,
      proposed_by_name: '测试用户',
      proposed_at: at,
      created_at: at,
      updated_at: at,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
}

/** A talking point (A9.3) with its first version, written straight to the database. */
export async function createTalkingPoint(
  db: Kysely<Database>,
  at: string,
  o: {
    unitId: number;
    status?: string;
    subject?: string;
    questions?: string[];
    answer?: string;
    sensitivity?: 'internal' | 'quotable';
    districtWide?: boolean;
    effectiveFrom?: string;
    reviewBy?: string;
  },
) {
  const questions = JSON.stringify(o.questions ?? ['记者关心的问题是什么？']);
  const subject = o.subject ?? `测试口径${next()}`;
  const answer = o.answer ?? '我们高度重视，正在依法依规处理。';
  const row = await db
    .insertInto('talking_points')
    .values({
      unit_id: o.unitId,
      district_wide: o.districtWide ? 1 : 0,
      topic_id: null,
      subject,
      questions,
      answer,
      facts: '',
      effective_from: o.effectiveFrom ?? '2026-01-01',
      review_by: o.reviewBy ?? '2026-12-31',
      sensitivity: o.sensitivity ?? 'internal',
      status: o.status ?? 'draft',
      version: 1,
      drafted_by: null,
      drafted_by_name: '测试用户',
      approved_by: null,
      approved_by_name: o.status === 'approved' ? '测试审定人' : null,
      approved_at: o.status === 'approved' ? at : null,
      created_at: at,
      updated_at: at,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
  await db
    .insertInto('talking_point_versions')
    .values({ talking_point_id: row.id, version: 1, subject, questions, answer, facts: '', created_by: null, created_by_name: '测试用户', created_at: at })
    .execute();
  return row;
}

/** A unit's annual release plan with its topics by quarter, not yet filed. */
export async function createPlan(db: Kysely<Database>, at: string, o: { unitId: number; year: number; items?: { quarter: number; title: string }[]; status?: string }) {
  const plan = await db
    .insertInto('release_plans')
    .values({ unit_id: o.unitId, year: o.year, status: o.status ?? 'draft', note: null, filed_at: o.status === 'filed' ? at : null, filed_by_name: null, created_at: at, updated_at: at })
    .returningAll()
    .executeTakeFirstOrThrow();
  const items = o.items ?? [{ quarter: 1, title: '一季度重点工作发布' }];
  if (items.length) {
    await db
      .insertInto('release_plan_items')
      .values(items.map((i, n) => ({ plan_id: plan.id, quarter: i.quarter, title: i.title, form: null, category: null, topic_id: null, sort_order: n })))
      .execute();
  }
  return plan;
}

export interface OpinionItemOverrides {
  title?: string;
  unitId?: number | null;
  level?: 'general' | 'significant' | 'major' | null;
  firstSeenAt?: string;
  status?: string;
  link?: string | null;
}

/** An opinion item written straight to the database (no clock alerts scheduled): for tests about what reads items. */
export async function createOpinionItem(db: Kysely<Database>, at: string, o: OpinionItemOverrides = {}) {
  const title = o.title ?? `测试舆情${next()}`;
  const unitId = o.unitId === undefined ? null : o.unitId;
  const level = o.level ?? null;
  return db
    .insertInto('opinion_items')
    .values({
      title,
      title_key: title,
      source_kind: 'manual',
      channel: 'hotline_12345',
      source: '12345 热线',
      link: o.link ?? null,
      link_key: o.link ?? null,
      feed_id: null,
      vendor_id: null,
      first_seen_at: o.firstSeenAt ?? at,
      excerpt: '群众反映情况',
      matched_keywords: '[]',
      suggested_unit_id: unitId,
      unit_id: unitId,
      assigned_by: null,
      assigned_at: unitId === null ? null : at,
      level,
      sensitivity: level ? 'medium' : null,
      trend_note: level ? '关注度上升' : null,
      assessed_by: null,
      assessed_at: level ? at : null,
      status: o.status ?? (level ? 'assessed' : unitId === null ? 'new' : 'assigned'),
      response_release_id: null,
      no_response_reason: null,
      closed_by: null,
      closed_at: null,
      reported_by: null,
      created_at: at,
      updated_at: at,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
}

/** A monitoring vendor with a known secret, for signing inbound requests. */
export async function createOpinionVendor(db: Kysely<Database>, at: string, o: { name?: string; secret?: string; enabled?: boolean } = {}) {
  return db
    .insertInto('opinion_vendors')
    .values({ name: o.name ?? `监测服务商${next()}`, key_id: `ov_test${next()}`, secret: o.secret ?? 'test-vendor-secret', enabled: o.enabled === false ? 0 : 1, created_at: at, updated_at: at })
    .returningAll()
    .executeTakeFirstOrThrow();
}

export async function createExpert(db: Kysely<Database>, at: string, o: { name?: string; fields?: string[]; kind?: string; personId?: number | null } = {}) {
  return db
    .insertInto('experts')
    .values({
      name: o.name ?? `专家${next()}`,
      affiliation: '重庆大学',
      kind: o.kind ?? 'field_expert',
      fields: JSON.stringify(o.fields ?? ['防汛减灾']),
      contact: '13800000000',
      availability: null,
      person_id: o.personId ?? null,
      active: 1,
      created_at: at,
      updated_at: at,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
}

/** An open hot topic with one assignment to the unit, due `dueAt` (no due job scheduled). */
export async function createHotTopicAssignment(db: Kysely<Database>, at: string, o: { unitId: number; dueAt?: string; title?: string }) {
  const topic = await db
    .insertInto('hot_topics')
    .values({ title: o.title ?? `热点选题${next()}`, description: '强降雨天气', status: 'open', opened_by: null, opened_at: at, closed_at: null, created_at: at, updated_at: at })
    .returningAll()
    .executeTakeFirstOrThrow();
  const assignment = await db
    .insertInto('hot_topic_assignments')
    .values({
      topic_id: topic.id,
      unit_id: o.unitId,
      task: 'release',
      instructions: '发布防汛提示',
      due_at: o.dueAt ?? new Date(Date.parse(at) + 24 * 3_600_000).toISOString(),
      release_id: null,
      created_by: null,
      created_at: at,
      updated_at: at,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
  return { topic, assignment };
}

export async function createInterviewRequest(db: Kysely<Database>, at: string, o: { unitId?: number | null; pressCardNo?: string; status?: string; publicInterest?: boolean } = {}) {
  const unitId = o.unitId ?? null;
  return db
    .insertInto('interview_requests')
    .values({
      tracking_no: `CFTEST-${next()}`,
      outlet: '重庆日报',
      journalist: '王记者',
      press_card_no: o.pressCardNo ?? 'B11000000001',
      topic: '汛期道路通行保障',
      wished_at: new Date(Date.parse(at) + 2 * 24 * 3_600_000).toISOString(),
      contact: '13900000000',
      status: o.status ?? (unitId === null ? 'received' : 'routed'),
      unit_id: unitId,
      background: unitId === null ? null : '背景',
      leads: null,
      safety_notes: null,
      public_interest: o.publicInterest === false ? 0 : 1,
      routed_by: null,
      routed_at: unitId === null ? null : at,
      decision_reason: null,
      decided_by: null,
      decided_at: null,
      release_id: null,
      client_ip: '127.0.0.1',
      created_at: at,
      updated_at: at,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
}
