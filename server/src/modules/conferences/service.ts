/**
 * Press conferences in the district government's or the news office's name (A15): drafting,
 * the principal's approval and submission (A15.1), the news office's review (A15.2), content
 * approval (A15.3), speakers and hosts (A15.4), venue (A15.5), announcement and live text
 * (A15.6), timed series (A15.7) and the release the conference becomes.
 *
 * Every change is one transaction with its audit record; the state machine is core's.
 */
import {
  CONFERENCE_STATUS_LABELS,
  ENDED_STATUSES,
  EDITABLE_STATUSES,
  REQUIRED_CONFERENCE_DOCUMENTS,
  CONFERENCE_DOCUMENT_LABELS,
  UNDER_REVIEW_STATUSES,
  approvalChain,
  availableActions,
  districtDate,
  lateSubmission,
  latestSubmissionDate,
  releaseViolations,
  reviewDueDate,
  reviewOverdue,
  ruleSetInForce,
  speakerViolations,
  speakingAuthorityViolations,
  subtractWorkdays,
  transition,
  type Actor,
  type ApprovalStep,
  type ConferenceAction,
  type ConferenceBody,
  type ConferenceDocumentKind,
  type ConferenceKind,
  type ConferenceStatus,
  type ConferenceSummaryView,
  type ConferenceView,
  type MediaParty,
  type ParticipantPart,
  type Post,
  type RuleId,
  type UnitKind,
} from '@fabutong/core';
import type { Kysely, Updateable } from 'kysely';
import type { z } from 'zod';
import type { ArchiveBody, SeriesBody } from '@fabutong/core';
import { audit } from '../../audit';
import { authorize } from '../../authorize';
import type { AppContext, RequestContext } from '../../context';
import type { Database } from '../../db/schema';
import { badRequest, conflict, notFound, ProblemError, ruleRefusal, type FieldError } from '../../errors';
import { workdays } from '../calendar/service';
import { storeUpload, type Upload } from '../files/storage';
import { replaceChildren as replaceReleaseChildren } from '../releases/repository';
import type { PendingProvider } from '../home/pending';
import { findUnit } from '../units/repository';
import { actsOnBehalf, canDraftConference, canReadConference, canRunConferences, capacitiesOf, type ActorPosts, type ConferenceContext } from './policy';
import * as repo from './repository';
import { scheduleReviewReminders } from './reminders';

type Row = NonNullable<Awaited<ReturnType<typeof repo.findConference>>>;
type Db = Kysely<Database>;

const GRASSROOTS: readonly string[] = ['township', 'subdistrict'];
const APPLYING_KINDS: readonly string[] = ['township', 'subdistrict', 'department', 'public_body', 'district_gov', 'news_office'];

/** The live channel of a conference's public page. */
export const liveChannel = (id: number) => `conference-${id}`;

const today = (app: AppContext) => districtDate(app.now());

// ---------------------------------------------------------------- reading

export async function loadConference(app: AppContext, id: number): Promise<Row> {
  const row = await repo.findConference(app.db, id);
  if (!row) throw notFound('新闻发布会申报');
  return row;
}

async function actorPosts(app: AppContext, actor: Actor): Promise<ActorPosts> {
  if (actor.personId === null) return [];
  return (await repo.currentPostsOf(app.db, actor.personId, today(app))).map((p) => ({ unitId: p.unit_id, post: p.post, unitKind: p.unit_kind }));
}

function chainOf(row: Row): ApprovalStep[] {
  return JSON.parse(row.approval_chain) as ApprovalStep[];
}

export function contextOf(row: Row): ConferenceContext {
  const chain = chainOf(row);
  return {
    unitId: row.unit_id,
    unitPath: row.unit_path,
    step: row.status === 'content_approval' ? (chain[row.approval_step] ?? null) : null,
    chargeLeaderPersonId: row.charge_leader_person_id,
  };
}

function stateOf(row: Row) {
  return { status: row.status as ConferenceStatus, approvalStep: row.approval_step, chain: chainOf(row) };
}

async function readable(app: AppContext, rc: RequestContext, id: number): Promise<Row> {
  const row = await loadConference(app, id);
  await authorize(app, rc, canReadConference(rc.actor, row.unit_path), 'conferences.read');
  return row;
}

function summaryOf(row: Row, cal: Awaited<ReturnType<typeof workdays>>, on: string): ConferenceSummaryView {
  const kind = row.kind as ConferenceKind;
  const ruleSet = ruleSetInForce(row.conference_date);
  return {
    id: row.id,
    unitId: row.unit_id,
    unitName: row.unit_name,
    title: row.title,
    inNameOf: row.in_name_of as ConferenceSummaryView['inNameOf'],
    kind,
    seriesId: row.series_id,
    startsAt: row.starts_at,
    endsAt: row.ends_at,
    date: row.conference_date,
    venueName: row.venue_name,
    status: row.status as ConferenceStatus,
    latestSubmission: kind === 'regular' ? latestSubmissionDate(cal, row.conference_date, ruleSet) : null,
    submissionDate: row.submission_date,
    reviewDue: row.review_due,
    reviewOverdue: UNDER_REVIEW_STATUSES.includes(row.status as ConferenceStatus) && reviewOverdue(row.review_due, on, row.review_passed_at !== null),
    releaseId: row.release_id,
  };
}

export async function conferenceView(app: AppContext, actor: Actor, id: number): Promise<ConferenceView> {
  const row = await loadConference(app, id);
  const [cal, posts, participants, documents, texts, comments, decisions, livePosts] = await Promise.all([
    workdays(app),
    actorPosts(app, actor),
    repo.participantsOf(app.db, id),
    repo.documentsOf(app.db, id),
    repo.textVersionsOf(app.db, id),
    repo.commentsOf(app.db, id),
    repo.decisionsOf(app.db, id),
    repo.livePostsOf(app.db, id),
  ]);
  const outletIds = JSON.parse(row.outlet_ids) as number[];
  const [outlets, leader] = await Promise.all([
    repo.outletsNamed(app.db, outletIds),
    row.charge_leader_person_id ? repo.peopleNamed(app.db, [row.charge_leader_person_id]) : Promise.resolve([]),
  ]);
  const caps = capacitiesOf(actor, contextOf(row), posts);
  const outletName = new Map(outlets.map((o) => [o.id, o.name]));
  return {
    ...summaryOf(row, cal, today(app)),
    unitKind: row.unit_kind,
    emergencyReason: row.emergency_reason,
    durationMinutes: row.duration_minutes,
    venueId: row.venue_id,
    venueAddress: row.venue_address,
    venueReason: row.venue_reason,
    venueMeetsStandard: Boolean(row.venue_meets_standard),
    participants: participants.map((p) => ({ personId: p.person_id, personName: p.name, part: p.part as ParticipantPart, authorizedByUnit: Boolean(p.authorized) })),
    guests: JSON.parse(row.guests) as ConferenceView['guests'],
    outlets: outletIds.map((o) => ({ outletId: o, outletName: outletName.get(o) ?? '（已删除）' })),
    majorMatter: Boolean(row.major_matter),
    chargeLeaderPersonId: row.charge_leader_person_id,
    chargeLeaderName: leader[0]?.name ?? null,
    categories: JSON.parse(row.categories) as ConferenceView['categories'],
    summary: row.summary,
    releaseText: row.release_text,
    riskAssessment: row.risk_assessment ? (JSON.parse(row.risk_assessment) as ConferenceView['riskAssessment']) : null,
    approvalChain: chainOf(row),
    approvalStep: row.approval_step,
    documents: documents.map((d) => ({
      id: d.id,
      kind: d.kind as ConferenceDocumentKind,
      version: d.version,
      fileName: d.original_name,
      size: d.size,
      uploadedBy: d.uploader,
      uploadedAt: d.created_at,
    })),
    textVersions: texts.map((t) => ({ version: t.version, text: t.text, createdBy: t.author, createdAt: t.created_at })),
    comments: comments.map((c) => ({
      id: c.id,
      textVersion: c.text_version,
      start: c.range_start,
      end: c.range_end,
      quote: c.quote,
      body: c.body,
      authorName: c.author_name,
      createdAt: c.created_at,
    })),
    decisions: decisions.map((d) => ({
      step: d.step,
      decision: d.decision as ConferenceView['decisions'][number]['decision'],
      opinion: d.opinion,
      actorName: d.actor_name,
      onBehalfOf: d.on_behalf_of,
      at: d.created_at,
    })),
    liveVideoUrl: row.live_video_url,
    livePosts: livePosts.map((p) => ({ id: p.id, body: p.body, pictureFileId: p.picture_file_id, authorName: p.author_name, at: p.created_at })),
    transcript: row.transcript,
    opinionReaction: row.opinion_reaction,
    availableActions: availableActions(stateOf(row), caps),
    canEdit: caps.has('unit_editor') && EDITABLE_STATUSES.includes(row.status as ConferenceStatus),
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

export async function getConference(app: AppContext, rc: RequestContext, id: number) {
  await readable(app, rc, id);
  return conferenceView(app, rc.actor, id);
}

function readableUnitPaths(actor: Actor): (string | null)[] {
  return actor.grants.filter((g) => ['news_office', 'leader', 'auditor', 'unit_editor', 'unit_approver'].includes(g.role)).map((g) => g.unitPath);
}

export async function listConferences(app: AppContext, rc: RequestContext, query: { status?: string; unitId?: number; year?: number }) {
  const [rows, cal] = await Promise.all([repo.listConferences(app.db, { ...query, unitPaths: readableUnitPaths(rc.actor) }), workdays(app)]);
  return { items: rows.map((r) => summaryOf(r, cal, today(app))), total: rows.length };
}

// ---------------------------------------------------------------- checks

interface Checked {
  unit: NonNullable<Awaited<ReturnType<typeof findUnit>>>;
  date: string;
  startsAt: string;
  endsAt: string;
}

function refuseAll(violations: { rule: RuleId; path: string; message: string }[]): never {
  throw ruleRefusal(
    violations[0]!.rule,
    violations.map((v) => v.message).join('；'),
    violations.map((v) => ({ path: v.path, message: v.message, rule: v.rule }) satisfies FieldError),
  );
}

/** What a draft must satisfy whenever it is saved: things that exist, the venue (A15.5) and no wrong speaker (A15.4). */
async function checkDraft(app: AppContext, input: ConferenceBody, exceptId?: number): Promise<Checked> {
  const unit = await findUnit(app.db, input.unitId);
  if (!unit || !unit.active) throw badRequest('单位不存在或已停用', [{ path: 'unitId', message: '单位不存在或已停用' }]);
  if (!APPLYING_KINDS.includes(unit.kind)) throw badRequest('该单位不能申报新闻发布会', [{ path: 'unitId', message: '请选择乡镇（街道）或区级部门' }]);
  if (input.kind === 'emergency' && !input.emergencyReason) {
    throw badRequest('突发事件新闻发布会须说明所涉突发事件', [{ path: 'emergencyReason', message: '请说明所涉突发事件（第十三条（四））' }]);
  }
  const start = new Date(input.startsAt);
  const startsAt = start.toISOString();
  const endsAt = new Date(start.getTime() + input.durationMinutes * 60_000).toISOString();
  const date = districtDate(start);

  const personIds = [...new Set([...input.participants.map((p) => p.personId), ...(input.chargeLeaderPersonId ? [input.chargeLeaderPersonId] : [])])];
  const people = await repo.peopleNamed(app.db, personIds);
  if (people.length !== personIds.length) throw badRequest('人员不存在', [{ path: 'participants', message: '所选人员不存在' }]);
  const outletIds = [...new Set(input.outletIds)];
  if ((await repo.outletsNamed(app.db, outletIds)).length !== outletIds.length) throw badRequest('媒体不存在', [{ path: 'outletIds', message: '所选媒体不存在' }]);

  const venue = await repo.findVenue(app.db, input.venueId);
  if (!venue || !venue.active) throw badRequest('场地不存在或已停用', [{ path: 'venueId', message: '场地不存在或已停用' }]);
  if (!venue.is_center) {
    const errors: { rule: RuleId; path: string; message: string }[] = [];
    if (!input.venueReason) errors.push({ rule: 'A15.5', path: 'venueReason', message: '不在区新闻发布中心举行，须说明特殊情况' });
    if (!input.venueMeetsStandard) errors.push({ rule: 'A15.5', path: 'venueMeetsStandard', message: '另择场地须确认满足新闻发布会场地标准' });
    if (errors.length) refuseAll(errors);
  }
  const clash = await repo.overlappingBookings(app.db, input.venueId, startsAt, endsAt, ENDED_STATUSES, exceptId ? [exceptId] : []);
  if (clash.length) {
    throw new ProblemError(409, '不符合第十五条（五）的规定', `${venue.name}在该时段已有安排：“${clash[0]!.title}”，同一场地的发布会时间不能重叠`, {
      rule: 'A15.5',
      errors: [{ path: 'startsAt', message: '与同一场地的其他发布会时间重叠', rule: 'A15.5' }],
      code: 'conflict',
    });
  }

  const wrongChoices = (await speakerCheck(app, input, date)).filter((v) => v.personId !== undefined);
  if (wrongChoices.length) refuseAll(wrongChoices.map((v) => ({ rule: v.rule, path: 'participants', message: v.message })));
  return { unit, date, startsAt, endsAt };
}

async function speakerCheck(app: AppContext, input: Pick<ConferenceBody, 'inNameOf' | 'unitId' | 'participants'>, date: string) {
  const personIds = input.participants.map((p) => p.personId);
  const [people, appointments] = await Promise.all([repo.peopleNamed(app.db, personIds), repo.appointmentsWithKinds(app.db, personIds)]);
  const names = new Map(people.map((p) => [p.id, p.name]));
  const units = new Map(appointments.map((a) => [a.unit_id, a.unit_kind as UnitKind]));
  return speakerViolations(
    {
      inNameOf: input.inNameOf,
      applyingUnitId: input.unitId,
      date,
      participants: input.participants.map((p) => ({ personId: p.personId, name: names.get(p.personId) ?? String(p.personId), part: p.part })),
      units: [...units].map(([id, kind]) => ({ id, kind })),
      appointments: appointments.map((a) => ({ personId: a.person_id, unitId: a.unit_id, post: a.post as Post, from: a.from_date, to: a.to_date })),
      authorizedPersonIds: input.participants.filter((p) => p.authorizedByUnit).map((p) => p.personId),
    },
    ruleSetInForce(date),
  );
}

function bodyOf(row: Row, participants: Awaited<ReturnType<typeof repo.participantsOf>>): ConferenceBody {
  return {
    unitId: row.unit_id,
    title: row.title,
    inNameOf: row.in_name_of as ConferenceBody['inNameOf'],
    kind: row.kind === 'emergency' ? 'emergency' : 'regular',
    emergencyReason: row.emergency_reason,
    startsAt: row.starts_at,
    durationMinutes: row.duration_minutes,
    venueId: row.venue_id,
    venueReason: row.venue_reason,
    venueMeetsStandard: Boolean(row.venue_meets_standard),
    participants: participants.map((p) => ({ personId: p.person_id, part: p.part as ParticipantPart, authorizedByUnit: Boolean(p.authorized) })),
    guests: JSON.parse(row.guests) as ConferenceBody['guests'],
    outletIds: JSON.parse(row.outlet_ids) as number[],
    majorMatter: Boolean(row.major_matter),
    chargeLeaderPersonId: row.charge_leader_person_id,
    categories: JSON.parse(row.categories) as ConferenceBody['categories'],
    summary: row.summary,
    releaseText: row.release_text,
    riskAssessment: row.risk_assessment ? (JSON.parse(row.risk_assessment) as ConferenceBody['riskAssessment']) : null,
  };
}

/** Everything the principal approves and the news office receives (A15.1, A15.3, A15.4, A13.7, A17); with `late`, the A15.1 deadline too. */
async function checkComplete(app: AppContext, row: Row, submissionDate: string | null) {
  const participants = await repo.participantsOf(app.db, row.id);
  const input = bodyOf(row, participants);
  const date = row.conference_date;
  const violations: { rule: RuleId; path: string; message: string }[] = [];

  if (submissionDate) {
    const late = lateSubmission(await workdays(app), { kind: row.kind as ConferenceKind, conferenceDate: date, submissionDate }, ruleSetInForce(date));
    if (late) violations.push({ rule: 'A15.1', path: 'startsAt', message: late.message });
  }
  const documents = await repo.documentsOf(app.db, row.id);
  for (const kind of REQUIRED_CONFERENCE_DOCUMENTS) {
    if (!documents.some((d) => d.kind === kind)) violations.push({ rule: 'A15.1', path: `documents.${kind}`, message: `尚未上传${CONFERENCE_DOCUMENT_LABELS[kind]}` });
  }
  if (!row.release_text.trim()) violations.push({ rule: 'A15.1', path: 'releaseText', message: '尚未填写发布文稿正文' });
  for (const v of await speakerCheck(app, input, date)) violations.push({ rule: v.rule, path: 'participants', message: v.message });
  if (row.major_matter && !GRASSROOTS.includes(row.unit_kind) && !row.charge_leader_person_id) {
    violations.push({ rule: 'A15.3', path: 'chargeLeaderPersonId', message: '重大事项须明确分管副区长，由其和区长审定' });
  }
  const risk = input.riskAssessment;
  if (!risk || !risk.topicReviewed || !risk.contentReviewed || !risk.formReviewed || !risk.riskLevel) {
    violations.push({ rule: 'A13.7', path: 'riskAssessment', message: '须先审核发布选题、内容、方式并开展社会稳定风险评估' });
  }
  const people = await repo.peopleNamed(app.db, input.participants.map((p) => p.personId));
  const names = new Map(people.map((p) => [p.id, p.name]));
  const appointments = await repo.appointmentsWithKinds(app.db, input.participants.map((p) => p.personId));
  for (const v of speakingAuthorityViolations(
    row.unit_id,
    date,
    input.participants.map((p) => ({ personId: p.personId, personName: names.get(p.personId) ?? '', part: p.part })),
    appointments.map((a) => ({ personId: a.person_id, unitId: a.unit_id, post: a.post as Post, from: a.from_date, to: a.to_date })),
  )) {
    // A leader the unit authorized speaks for it (A15.4), whatever post they hold.
    if (!input.participants.some((p, i) => p.authorizedByUnit && v.field === `participants[${i}]`)) violations.push({ rule: v.rule, path: 'participants', message: v.message });
  }
  for (const v of releaseViolations(
    {
      form: 'press_conference',
      status: 'planned',
      date,
      hasQa: true,
      isPublic: true,
      nonPublicReason: null,
      confidentialityReview: null,
      riskAssessment: null,
      participants: input.participants,
      media: await mediaOf(app, input.outletIds),
    },
    ruleSetInForce(date),
  )) {
    violations.push({ rule: v.rule, path: 'outletIds', message: v.message });
  }
  if (violations.length) refuseAll(violations);
}

async function mediaOf(app: AppContext, outletIds: number[]): Promise<MediaParty[]> {
  return (await repo.outletsNamed(app.db, outletIds)).map((o) => ({
    kind: o.kind === 'live_streaming' ? 'live_streaming' : 'outlet',
    name: o.name,
    qualificationValidFrom: o.licence_valid_from,
    qualificationValidTo: o.licence_valid_until,
  }));
}

// ---------------------------------------------------------------- drafting

function columns(input: ConferenceBody, c: Checked) {
  return {
    unit_id: input.unitId,
    title: input.title,
    in_name_of: input.inNameOf,
    kind: input.kind,
    emergency_reason: input.kind === 'emergency' ? input.emergencyReason : null,
    starts_at: c.startsAt,
    ends_at: c.endsAt,
    duration_minutes: input.durationMinutes,
    conference_date: c.date,
    venue_id: input.venueId,
    venue_reason: input.venueReason,
    venue_meets_standard: input.venueMeetsStandard ? 1 : 0,
    major_matter: input.majorMatter ? 1 : 0,
    charge_leader_person_id: input.chargeLeaderPersonId,
    categories: JSON.stringify([...new Set(input.categories)]),
    guests: JSON.stringify(input.guests),
    outlet_ids: JSON.stringify([...new Set(input.outletIds)]),
    summary: input.summary,
    release_text: input.releaseText,
    risk_assessment: input.riskAssessment ? JSON.stringify(input.riskAssessment) : null,
    approval_chain: JSON.stringify(approvalChain(c.unit.kind as UnitKind, input.majorMatter)),
  };
}

const auditable = (input: ConferenceBody) => ({ ...input, releaseText: `（${input.releaseText.length} 字）` });

export async function createConference(app: AppContext, rc: RequestContext, input: ConferenceBody): Promise<ConferenceView> {
  const unit = await findUnit(app.db, input.unitId);
  if (!unit) throw badRequest('单位不存在', [{ path: 'unitId', message: '单位不存在' }]);
  await authorize(app, rc, canDraftConference(rc.actor, unit.path), 'conferences.create');
  const checked = await checkDraft(app, input);
  const at = app.now().toISOString();
  const id = await app.db.transaction().execute(async (trx) => {
    const row = await trx
      .insertInto('conferences')
      .values({ ...columns(input, checked), status: 'draft', series_id: null, created_by: rc.actor.userId, created_at: at, updated_at: at })
      .returning('id')
      .executeTakeFirstOrThrow();
    await repo.replaceParticipants(trx, row.id, input.participants);
    await audit(app, rc, trx, { action: 'conference.create', entity: 'conference', entityId: row.id, unitId: input.unitId, after: auditable(input) });
    return row.id;
  });
  return conferenceView(app, rc.actor, id);
}

async function editable(app: AppContext, rc: RequestContext, row: Row, what: string) {
  const caps = capacitiesOf(rc.actor, contextOf(row), await actorPosts(app, rc.actor));
  await authorize(app, rc, caps.has('unit_editor') ? { allowed: true } : { allowed: false, rule: 'A17', reason: '只能修改本人获授权单位的申报' }, what);
  if (!EDITABLE_STATUSES.includes(row.status as ConferenceStatus)) {
    throw conflict(`申报当前为“${CONFERENCE_STATUS_LABELS[row.status as ConferenceStatus]}”，只有草稿或退回修改时可以修改`);
  }
}

export async function updateConference(app: AppContext, rc: RequestContext, id: number, input: ConferenceBody): Promise<ConferenceView> {
  const row = await readable(app, rc, id);
  await editable(app, rc, row, 'conferences.update');
  if (input.unitId !== row.unit_id) throw badRequest('不能更改申报单位', [{ path: 'unitId', message: '不能更改申报单位' }]);
  const checked = await checkDraft(app, input, id);
  // A15.1 in revision: moving the date must not make the original submission late.
  if (row.submission_date && row.kind === 'regular' && checked.date !== row.conference_date) {
    const late = lateSubmission(await workdays(app), { kind: 'regular', conferenceDate: checked.date, submissionDate: row.submission_date }, ruleSetInForce(checked.date));
    if (late) refuseAll([{ rule: 'A15.1', path: 'startsAt', message: late.message }]);
  }
  const before = bodyOf(row, await repo.participantsOf(app.db, id));
  await app.db.transaction().execute(async (trx) => {
    const changes = columns(input, checked);
    // A timed series stays one (A15.7), with the incident it was created for.
    const series = row.kind === 'series' ? { kind: 'series', emergency_reason: row.emergency_reason } : {};
    await trx
      .updateTable('conferences')
      .set({ ...changes, ...series, updated_at: app.now().toISOString() })
      .where('id', '=', id)
      .execute();
    await repo.replaceParticipants(trx, id, input.participants);
    await audit(app, rc, trx, { action: 'conference.update', entity: 'conference', entityId: id, unitId: row.unit_id, before: auditable(before), after: auditable(input) });
  });
  return conferenceView(app, rc.actor, id);
}

// ---------------------------------------------------------------- documents

export async function uploadDocument(app: AppContext, rc: RequestContext, id: number, kind: ConferenceDocumentKind, receive: () => Promise<Upload>) {
  const row = await readable(app, rc, id);
  await editable(app, rc, row, 'conferences.upload');
  const upload = await receive();
  await storeUpload(app, upload, rc.actor.userId, async (trx, file) => {
    const version = await repo.nextDocumentVersion(trx, id, kind);
    const doc = await trx
      .insertInto('conference_documents')
      .values({ conference_id: id, kind, version, file_id: file.id, uploaded_by: rc.actor.userId, created_at: app.now().toISOString() })
      .returning('id')
      .executeTakeFirstOrThrow();
    await trx.updateTable('conferences').set({ updated_at: app.now().toISOString() }).where('id', '=', id).execute();
    await audit(app, rc, trx, {
      action: 'conference.upload',
      entity: 'conference',
      entityId: id,
      unitId: row.unit_id,
      after: { documentId: doc.id, kind, version, fileName: file.original_name, size: file.size, sha256: file.sha256 },
    });
  });
  return conferenceView(app, rc.actor, id);
}

export async function documentFile(app: AppContext, rc: RequestContext, id: number, documentId: number) {
  await readable(app, rc, id);
  const file = await repo.findDocument(app.db, id, documentId);
  if (!file) throw notFound('文件');
  return file;
}

// ---------------------------------------------------------------- review comments

export async function addComment(app: AppContext, rc: RequestContext, id: number, input: { textVersion: number; start: number; end: number; body: string }) {
  const row = await readable(app, rc, id);
  await authorize(app, rc, canRunConferences(rc.actor, row.unit_path), 'conferences.comment');
  if (!(['submitted', 'in_review'] as string[]).includes(row.status)) throw conflict('只有在规范性审核期间可以批注发布文稿');
  const version = (await repo.textVersionsOf(app.db, id)).find((v) => v.version === input.textVersion);
  if (!version) throw badRequest('文稿版本不存在', [{ path: 'textVersion', message: '文稿版本不存在' }]);
  const chars = [...version.text];
  if (input.end > chars.length) throw badRequest('批注位置超出文稿范围', [{ path: 'end', message: '批注位置超出文稿范围' }]);
  const quote = chars.slice(input.start, input.end).join('');
  await app.db.transaction().execute(async (trx) => {
    const c = await trx
      .insertInto('conference_comments')
      .values({
        conference_id: id,
        text_version: input.textVersion,
        range_start: input.start,
        range_end: input.end,
        quote,
        body: input.body,
        author_id: rc.actor.userId,
        author_name: rc.actor.displayName,
        created_at: app.now().toISOString(),
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await audit(app, rc, trx, { action: 'conference.comment', entity: 'conference', entityId: id, unitId: row.unit_id, after: { commentId: c.id, ...input, quote } });
  });
  return conferenceView(app, rc.actor, id);
}

// ---------------------------------------------------------------- transitions

export interface ActInput {
  opinion?: string | null;
  liveVideoUrl?: string | null;
  archive?: z.infer<typeof ArchiveBody>;
}

/** Where each decision is recorded, and how (the paper form's 拟办意见 / 领导意见). */
export function decisionOf(
  action: ConferenceAction,
  status: ConferenceStatus,
  /** The approval step the application is at, if any. */
  approvalStep: ApprovalStep | undefined,
): { step: string; decision: ConferenceView['decisions'][number]['decision'] } | null {
  const step = approvalStep ?? 'unit';
  switch (action) {
    case 'submit':
      return { step: 'unit_principal', decision: 'approved' };
    case 'return_to_draft':
      return { step: 'unit_principal', decision: 'returned' };
    case 'request_revision':
      return { step: 'review', decision: 'revision' };
    case 'pass_review':
      return { step: 'review', decision: 'approved' };
    case 'approve':
      return { step, decision: 'approved' };
    case 'refuse':
      return { step: status === 'content_approval' ? step : 'review', decision: 'refused' };
    case 'withdraw':
      return { step: 'withdraw', decision: 'withdrawn' };
    default:
      return null;
  }
}

export async function act(app: AppContext, rc: RequestContext, id: number, action: ConferenceAction, input: ActInput = {}): Promise<ConferenceView> {
  const row = await readable(app, rc, id);
  const posts = await actorPosts(app, rc.actor);
  const context = contextOf(row);
  const caps = capacitiesOf(rc.actor, context, posts);
  const result = transition(stateOf(row), action, caps);
  if (!result.ok) {
    if (result.kind === 'forbidden') await authorize(app, rc, { allowed: false, rule: 'A17', reason: result.message }, `conferences.${action}`);
    throw conflict(result.message);
  }
  const on = today(app);
  const cal = await workdays(app);
  const at = app.now().toISOString();
  const changes: Updateable<Database['conferences']> = {};
  let releaseInput: Awaited<ReturnType<typeof releaseFor>> | null = null;

  if (action === 'request_unit_approval') await checkComplete(app, row, row.kind === 'regular' ? on : null);
  if (action === 'submit') {
    await checkComplete(app, row, on);
    const due = reviewDueDate(cal, on, ruleSetInForce(on));
    Object.assign(changes, { submitted_at: at, submission_date: on, review_due: due.date, approval_chain: JSON.stringify(approvalChain(row.unit_kind as UnitKind, Boolean(row.major_matter))) });
  }
  if (action === 'resubmit') {
    const documents = await repo.documentsOf(app.db, id);
    if (!row.release_text.trim() || !documents.some((d) => d.kind === 'release_text')) refuseAll([{ rule: 'A15.2', path: 'releaseText', message: '请先修改发布文稿' }]);
  }
  if (action === 'pass_review') Object.assign(changes, { review_passed_at: at, reviewer_name: rc.actor.displayName, approval_chain: JSON.stringify(approvalChain(row.unit_kind as UnitKind, Boolean(row.major_matter))) });
  if (action === 'announce') Object.assign(changes, { announced_at: at, ...(input.liveVideoUrl !== undefined ? { live_video_url: input.liveVideoUrl } : {}) });
  if (action === 'finish') Object.assign(changes, { held_at: at });
  if (action === 'archive') {
    releaseInput = await releaseFor(app, row, input.archive ?? { transcript: null, opinionReaction: null, coverage: [] });
    Object.assign(changes, { transcript: input.archive?.transcript ?? null, opinion_reaction: input.archive?.opinionReaction ?? null });
  }
  const decision = decisionOf(action, row.status as ConferenceStatus, chainOf(row)[row.approval_step]);
  const onBehalf = action === 'approve' || action === 'refuse' ? actsOnBehalf(rc.actor, context, posts) : false;
  const leaderName = onBehalf ? await leaderOfStep(app, row, context.step) : null;

  await app.db.transaction().execute(async (trx) => {
    const updated = await trx
      .updateTable('conferences')
      .set({ ...changes, status: result.status, approval_step: result.approvalStep, updated_at: at })
      .where('id', '=', id)
      .where('status', '=', row.status)
      .where('approval_step', '=', row.approval_step)
      .executeTakeFirst();
    if (Number(updated.numUpdatedRows) !== 1) throw conflict('该申报刚被他人处理，请刷新后重试');
    if (decision) {
      await trx
        .insertInto('conference_decisions')
        .values({
          conference_id: id,
          step: decision.step,
          decision: decision.decision,
          opinion: input.opinion ?? (decision.decision === 'approved' ? '同意' : null),
          actor_id: rc.actor.userId,
          actor_name: rc.actor.displayName,
          on_behalf_of: leaderName,
          created_at: at,
        })
        .execute();
    }
    if (action === 'submit' || action === 'resubmit') await addTextVersion(trx, id, row.release_text, rc.actor.userId, at);
    let releaseId: number | null = null;
    if (releaseInput) {
      releaseId = await insertRelease(trx, releaseInput, rc.actor.userId, at);
      await trx.updateTable('conferences').set({ release_id: releaseId }).where('id', '=', id).execute();
    }
    if (action === 'submit') await scheduleReviewReminders(app, trx, id, changes.review_due as string, cal);
    if (['announce', 'start_live', 'finish', 'withdraw'].includes(action) && (row.status === 'announced' || action === 'announce' || row.status === 'live')) {
      await app.realtime.publish(trx, liveChannel(id), 'status', { status: result.status, label: CONFERENCE_STATUS_LABELS[result.status] });
    }
    await audit(app, rc, trx, {
      action: `conference.${action}`,
      entity: 'conference',
      entityId: id,
      unitId: row.unit_id,
      before: { status: row.status, approvalStep: row.approval_step },
      after: { status: result.status, approvalStep: result.approvalStep, opinion: input.opinion ?? null, onBehalfOf: leaderName, releaseId, ...changes },
    });
  });
  return conferenceView(app, rc.actor, id);
}

async function leaderOfStep(app: AppContext, row: Row, step: ApprovalStep | null): Promise<string | null> {
  if (step === 'vice_district_head' && row.charge_leader_person_id) return (await repo.peopleNamed(app.db, [row.charge_leader_person_id]))[0]?.name ?? null;
  if (step === 'district_head') return (await repo.districtHeads(app.db, today(app)))[0]?.name ?? '区长';
  return null;
}

async function addTextVersion(trx: Db, id: number, text: string, userId: number, at: string) {
  const versions = await repo.textVersionsOf(trx, id);
  const last = versions[versions.length - 1];
  if (last && last.text === text) return;
  await trx.insertInto('conference_text_versions').values({ conference_id: id, version: (last?.version ?? 0) + 1, text, created_by: userId, created_at: at }).execute();
}

// ---------------------------------------------------------------- the release it becomes (A15.6, A6, A13.7, A18.5)

async function releaseFor(app: AppContext, row: Row, archive: z.infer<typeof ArchiveBody>) {
  const participants = await repo.participantsOf(app.db, row.id);
  const outletIds = JSON.parse(row.outlet_ids) as number[];
  const holders = await repo.postHolders(app.db, row.unit_id, ['principal', 'spokesperson'], row.conference_date);
  const main = participants.find((p) => p.part === 'main_speaker');
  const risk = row.risk_assessment ? (JSON.parse(row.risk_assessment) as NonNullable<ConferenceBody['riskAssessment']>) : null;
  const riskAssessment = risk
    ? {
        ...risk,
        principalId: holders.find((h) => h.post === 'principal')?.person_id ?? null,
        spokespersonId: holders.find((h) => h.post === 'spokesperson')?.person_id ?? null,
        mainSpeakerId: main?.person_id ?? null,
      }
    : null;
  const confidentialityReview = row.review_passed_at ? { reviewer: `区政府新闻办 ${row.reviewer_name ?? ''}`.trim(), reviewedAt: row.review_passed_at } : null;
  const violations = releaseViolations(
    {
      form: 'press_conference',
      status: 'held',
      date: row.conference_date,
      hasQa: true,
      isPublic: true,
      nonPublicReason: null,
      confidentialityReview,
      riskAssessment,
      participants: participants.map((p) => ({ personId: p.person_id, part: p.part as ParticipantPart })),
      media: await mediaOf(app, outletIds),
    },
    ruleSetInForce(row.conference_date),
  );
  if (violations.length) refuseAll(violations.map((v) => ({ rule: v.rule, path: v.field, message: v.message })));
  const platforms = await app.db.selectFrom('platforms').select(['id', 'kind']).where('active', '=', 1).execute();
  const platformIds = platforms.filter((p) => p.kind === 'website' || p.kind === 'wechat' || (p.kind === 'venue' && row.venue_is_center)).map((p) => p.id);
  return { row, archive, participants, outletIds, riskAssessment, confidentialityReview, platformIds };
}

async function insertRelease(trx: Db, r: Awaited<ReturnType<typeof releaseFor>>, userId: number, at: string): Promise<number> {
  const { row } = r;
  const release = await trx
    .insertInto('releases')
    .values({
      unit_id: row.unit_id,
      title: row.title,
      in_name_of: row.in_name_of,
      organizer: 'news_office',
      form: 'press_conference',
      categories: row.categories,
      starts_at: row.starts_at,
      release_date: row.conference_date,
      venue: row.venue_name,
      qa: 1,
      status: 'held',
      is_public: 1,
      not_public_reason: null,
      summary: row.summary,
      body: row.release_text,
      transcript: r.archive.transcript,
      platform_ids: JSON.stringify(r.platformIds),
      confidentiality_reviewer: r.confidentialityReview?.reviewer ?? null,
      confidentiality_reviewed_at: r.confidentialityReview?.reviewedAt ?? null,
      risk_assessment: r.riskAssessment ? JSON.stringify(r.riskAssessment) : null,
      opinion_reaction: r.archive.opinionReaction,
      created_by: userId,
      created_at: at,
      updated_at: at,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await replaceReleaseChildren(
    trx,
    release.id,
    r.participants.map((p) => ({ personId: p.person_id, part: p.part })),
    r.outletIds.map((outletId) => ({ outletId, journalistId: null })),
  );
  for (const c of r.archive.coverage) {
    await trx
      .insertInto('release_coverage')
      .values({ release_id: release.id, outlet_id: null, outlet_name: c.outletName, title: c.title, url: c.url, published_on: c.publishedOn, created_at: at })
      .execute();
  }
  return release.id;
}

// ---------------------------------------------------------------- announcement and live broadcast (A15.6)

export async function setLiveLink(app: AppContext, rc: RequestContext, id: number, liveVideoUrl: string | null) {
  const row = await readable(app, rc, id);
  await authorize(app, rc, canRunConferences(rc.actor, row.unit_path), 'conferences.live_link');
  if (!(['approved', 'announced', 'live'] as string[]).includes(row.status)) throw conflict('只有审定之后、结束之前可以设置视频直播链接');
  await app.db.transaction().execute(async (trx) => {
    await trx.updateTable('conferences').set({ live_video_url: liveVideoUrl, updated_at: app.now().toISOString() }).where('id', '=', id).execute();
    if (row.status !== 'approved') await app.realtime.publish(trx, liveChannel(id), 'video', { liveVideoUrl });
    await audit(app, rc, trx, { action: 'conference.live_link', entity: 'conference', entityId: id, unitId: row.unit_id, before: { liveVideoUrl: row.live_video_url }, after: { liveVideoUrl } });
  });
  return conferenceView(app, rc.actor, id);
}

const LIVE_POSTING: readonly string[] = ['announced', 'live'];

export async function uploadLivePicture(app: AppContext, rc: RequestContext, id: number, receive: () => Promise<Upload>) {
  const row = await readable(app, rc, id);
  await authorize(app, rc, canRunConferences(rc.actor, row.unit_path), 'conferences.live_picture');
  if (!LIVE_POSTING.includes(row.status)) throw conflict('只有预告之后、结束之前可以发布图文直播');
  const picture = await receive();
  return storeUpload(app, picture, rc.actor.userId, async (trx, file) => {
    await audit(app, rc, trx, { action: 'conference.live_picture', entity: 'conference', entityId: id, unitId: row.unit_id, after: { fileId: file.id, fileName: file.original_name, size: file.size } });
    return { fileId: file.id, fileName: file.original_name, size: file.size };
  });
}

export async function addLivePost(app: AppContext, rc: RequestContext, id: number, input: { body: string; pictureFileId: number | null }) {
  const row = await readable(app, rc, id);
  await authorize(app, rc, canRunConferences(rc.actor, row.unit_path), 'conferences.live_post');
  if (!LIVE_POSTING.includes(row.status)) throw conflict('只有预告之后、结束之前可以发布图文直播');
  if (input.pictureFileId !== null) {
    const file = await app.db.selectFrom('files').select(['id', 'mime']).where('id', '=', input.pictureFileId).executeTakeFirst();
    if (!file || !file.mime.startsWith('image/')) throw badRequest('图片不存在', [{ path: 'pictureFileId', message: '请先上传图片' }]);
  }
  const at = app.now().toISOString();
  await app.db.transaction().execute(async (trx) => {
    const post = await trx
      .insertInto('conference_live_posts')
      .values({ conference_id: id, body: input.body, picture_file_id: input.pictureFileId, author_id: rc.actor.userId, author_name: rc.actor.displayName, created_at: at })
      .returning('id')
      .executeTakeFirstOrThrow();
    await app.realtime.publish(trx, liveChannel(id), 'post', { id: post.id, body: input.body, pictureFileId: input.pictureFileId, at });
    await audit(app, rc, trx, { action: 'conference.live_post', entity: 'conference', entityId: id, unitId: row.unit_id, after: { postId: post.id, ...input } });
  });
  return conferenceView(app, rc.actor, id);
}

// ---------------------------------------------------------------- timed series (A15.7)

export async function createSeries(app: AppContext, rc: RequestContext, input: z.infer<typeof SeriesBody>) {
  const unit = await findUnit(app.db, input.unitId);
  if (!unit || !unit.active) throw badRequest('单位不存在或已停用', [{ path: 'unitId', message: '单位不存在或已停用' }]);
  await authorize(app, rc, canRunConferences(rc.actor, unit.path), 'conferences.series');
  const first = new Date(input.firstStartsAt).getTime();
  const sessions: { body: ConferenceBody; checked: Checked }[] = [];
  for (let n = 0; n < input.count; n++) {
    const body: ConferenceBody = {
      unitId: input.unitId,
      title: `${input.title}（第${n + 1}场）`,
      inNameOf: input.inNameOf,
      kind: 'regular',
      emergencyReason: null,
      startsAt: new Date(first + n * input.intervalDays * 86_400_000).toISOString(),
      durationMinutes: input.durationMinutes,
      venueId: input.venueId,
      venueReason: '定时发布系列（第十五条（七））',
      venueMeetsStandard: true,
      participants: [],
      guests: [],
      outletIds: [],
      majorMatter: false,
      chargeLeaderPersonId: null,
      categories: ['incident'],
      summary: input.reason,
      releaseText: '',
      riskAssessment: null,
    };
    sessions.push({ body, checked: await checkDraft(app, body) });
  }
  const at = app.now().toISOString();
  const seriesId = await app.db.transaction().execute(async (trx) => {
    const series = await trx
      .insertInto('conference_series')
      .values({ unit_id: input.unitId, title: input.title, reason: input.reason, created_by: rc.actor.userId, created_at: at })
      .returning('id')
      .executeTakeFirstOrThrow();
    for (const { body, checked } of sessions) {
      await trx
        .insertInto('conferences')
        .values({ ...columns(body, checked), kind: 'series', emergency_reason: input.reason, series_id: series.id, status: 'draft', created_by: rc.actor.userId, created_at: at, updated_at: at })
        .execute();
    }
    await audit(app, rc, trx, { action: 'conference.series', entity: 'conference_series', entityId: series.id, unitId: input.unitId, after: input });
    return series.id;
  });
  const [rows, cal] = await Promise.all([repo.listConferences(app.db, {}), workdays(app)]);
  return { seriesId, items: rows.filter((r) => r.series_id === seriesId).map((r) => summaryOf(r, cal, today(app))).reverse() };
}

// ---------------------------------------------------------------- pending items

/** What waits for the caller: the actions open to them on each application in progress. */
export async function pendingFor(app: AppContext, actor: Actor) {
  const rows = await repo.listConferences(app.db, {
    statuses: ['draft', 'unit_approval', 'submitted', 'in_review', 'revision', 'content_approval', 'approved', 'announced', 'live', 'held'],
    unitPaths: readableUnitPaths(actor),
  });
  if (rows.length === 0) return [];
  const posts = await actorPosts(app, actor);
  const items = [];
  for (const row of rows) {
    const actions = availableActions(stateOf(row), capacitiesOf(actor, contextOf(row), posts)).filter((a) => a !== 'withdraw' && a !== 'refuse');
    if (actions.length === 0 || (row.status === 'draft' && actions[0] === 'request_unit_approval' && row.kind !== 'series')) continue;
    const step = contextOf(row).step;
    items.push({
      kind: `conference.${row.status}`,
      title: `新闻发布会“${row.title}”：${step ? `待${stepLabel(step)}` : CONFERENCE_STATUS_LABELS[row.status as ConferenceStatus]}`,
      unitName: row.unit_name,
      due: UNDER_REVIEW_STATUSES.includes(row.status as ConferenceStatus) ? row.review_due : row.status === 'unit_approval' && row.kind === 'regular' ? subtractWorkdays(await workdays(app), row.conference_date, ruleSetInForce(row.conference_date).conferenceSubmissionLeadWorkdays) : null,
      rule: ruleOfStatus(row.status as ConferenceStatus),
      link: `/console/conferences/${row.id}`,
    });
  }
  return items;
}

function stepLabel(step: ApprovalStep) {
  return { unit: '单位主要负责人或新闻发言人审定', vice_district_head: '分管副区长审定', district_head: '区长审定' }[step];
}

function ruleOfStatus(status: ConferenceStatus): string | null {
  if (status === 'unit_approval' || status === 'draft') return 'A15.1';
  if (UNDER_REVIEW_STATUSES.includes(status)) return 'A15.2';
  if (status === 'content_approval') return 'A15.3';
  if (['approved', 'announced', 'live', 'held'].includes(status)) return 'A15.6';
  return null;
}

export const conferencePendingItems: PendingProvider = (app, actor) => pendingFor(app, actor);
