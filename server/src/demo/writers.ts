/**
 * Writers for the demo district's history. The services write through `app.db` in transactions
 * of their own, for a signed-in actor, at the present time; a demo history happened in the past,
 * inside the seed's one transaction. So these write the rows in the shape the services write
 * them, with the modules' repository functions, and hold them to the same rules first (the
 * core's checks, the state machines, the contract schemas): a story that breaks a rule stops
 * the seed, and nothing of it stays.
 */
import {
  ConferenceBody,
  ENDED_STATUSES,
  IncidentBody,
  IncidentUpdateBody,
  OpinionItemBody,
  QUALIFIED_PRESS_CARD_STATES,
  REGION_KINDS,
  ReleaseBody,
  approvalChain,
  composeUpdateText,
  districtDate,
  lateSubmission,
  linkKey,
  releaseViolations,
  reviewDueDate,
  ruleSetInForce,
  speakerViolations,
  speakingAuthorityViolations,
  titleKey,
  transition,
  updateTransition,
  type AssignmentTask,
  type ConferenceAction,
  type ConferenceCapacity,
  type ConferenceDocumentKind,
  type ConferenceStatus,
  type IncidentUpdateStatus,
  type MediaParty,
  type OpinionChannel,
  type OpinionLevel,
  type OpinionSensitivity,
  type ParticipantPart,
  type Post,
  type TrainingKind,
  type UnitKind,
  type WorkdayCalendar,
} from '@fabutong/core';
import type { Kysely, Updateable } from 'kysely';
import type { z } from 'zod';
import type { Database } from '../db/schema';
import * as conferences from '../modules/conferences/repository';
import { decisionOf } from '../modules/conferences/service';
import { assignmentState } from '../modules/hot-topics/state';
import { statutoryClocks } from '../modules/incidents/present';
import * as incidents from '../modules/incidents/repository';
import { newIncidentColumns } from '../modules/incidents/service';
import * as interviews from '../modules/interviews/repository';
import { pressCardState } from '../modules/interviews/service';
import { itemClock } from '../modules/opinions/present';
import * as opinions from '../modules/opinions/repository';
import * as releases from '../modules/releases/repository';
import { releaseColumns, releaseFacts } from '../modules/releases/service';
import { indexSearchDocuments } from '../modules/search/indexer';
import { releasePostsOn } from '../modules/training/repository';
import { findUnit } from '../modules/units/repository';
import { wordFile, type PendingUploads } from './documents';

type Db = Kysely<Database>;

/** Who did something in the story: a demo login, or a person of a unit without one (the record keeps the name). */
export interface Actor {
  userId: number | null;
  name: string;
}

/** Everything the writers share: the seed's transaction, its time, the workday calendar and the files it writes. */
export interface DemoWriter {
  trx: Db;
  at: string;
  cal: WorkdayCalendar;
  uploads: PendingUploads;
  /** Ids of what was written, by kind: the seed's audit record lists them, and the search index is built from them. */
  written: Record<'releases' | 'conferences' | 'incidents' | 'opinions' | 'hotTopics' | 'interviews' | 'trainings' | 'outlets', number[]>;
}

/** A story that breaks a rule is a bug in the demo data: say which rule, in the words the API would use. */
function refuse(what: string, messages: string[]): never {
  throw new Error(`演示数据不符合规则（${what}）：${messages.join('；')}`);
}

function inPast(w: DemoWriter, instant: string, what: string) {
  if (Date.parse(instant) > Date.parse(w.at)) refuse(what, [`${instant} 晚于载入时间 ${w.at}`]);
}

// ---------------------------------------------------------------- media (A13.7)

export interface OutletSeed {
  name: string;
  level: 'district' | 'municipal' | 'central' | 'overseas';
  licenceNo: string;
  validFrom: string;
  validUntil: string;
  contact: string | null;
  journalists: { name: string; pressCardNo: string; validFrom: string; validUntil: string; contact: string | null }[];
}

export async function writeOutlet(w: DemoWriter, o: OutletSeed, createdAt: string): Promise<{ id: number; journalists: Map<string, number> }> {
  const row = await w.trx
    .insertInto('outlets')
    .values({
      name: o.name,
      kind: 'outlet',
      level: o.level,
      licence_no: o.licenceNo,
      licence_valid_from: o.validFrom,
      licence_valid_until: o.validUntil,
      contact: o.contact,
      note: null,
      created_at: createdAt,
      updated_at: createdAt,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  const journalists = new Map<string, number>();
  for (const j of o.journalists) {
    const jr = await w.trx
      .insertInto('journalists')
      .values({
        outlet_id: row.id,
        name: j.name,
        press_card_no: j.pressCardNo,
        press_card_valid_from: j.validFrom,
        press_card_valid_until: j.validUntil,
        contact: j.contact,
        note: null,
        created_at: createdAt,
        updated_at: createdAt,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    journalists.set(j.name, jr.id);
  }
  w.written.outlets.push(row.id);
  return { id: row.id, journalists };
}

// ---------------------------------------------------------------- releases (A6, A13.7, A17, A18.5)

export interface ReleaseSeed {
  body: z.input<typeof ReleaseBody>;
  createdBy: number | null;
  createdAt: string;
  updatedAt?: string;
  incidentId?: number | null;
}

/** The checks of releases/service.ts `checkedInput`, on the release as it stands when written. */
async function checkRelease(w: DemoWriter, input: ReleaseBody): Promise<string> {
  const unit = await findUnit(w.trx, input.unitId);
  if (!unit || !unit.active) refuse(input.title, ['单位不存在或已停用']);
  const date = districtDate(input.startsAt);
  const personIds = [
    ...new Set([
      ...input.participants.map((p) => p.personId),
      ...[input.riskAssessment?.principalId, input.riskAssessment?.spokespersonId, input.riskAssessment?.mainSpeakerId].filter((x): x is number => !!x),
    ]),
  ];
  const people = new Map((await releases.peopleByIds(w.trx, personIds)).map((p) => [p.id, p.name]));
  if (personIds.some((id) => !people.has(id))) refuse(input.title, ['人员不存在']);

  const media: MediaParty[] = [];
  for (const o of input.outlets) {
    const outlet = await w.trx.selectFrom('outlets').selectAll().where('id', '=', o.outletId).executeTakeFirst();
    if (!outlet) refuse(input.title, ['媒体不存在']);
    media.push({ kind: outlet.kind === 'live_streaming' ? 'live_streaming' : 'outlet', name: outlet.name, qualificationValidFrom: outlet.licence_valid_from, qualificationValidTo: outlet.licence_valid_until });
    if (o.journalistId !== null) {
      const j = await w.trx.selectFrom('journalists').selectAll().where('id', '=', o.journalistId).executeTakeFirst();
      if (!j || j.outlet_id !== o.outletId) refuse(input.title, ['记者不存在或不属于该媒体']);
      media.push({ kind: 'journalist', name: j.name, qualificationValidFrom: j.press_card_valid_from, qualificationValidTo: j.press_card_valid_until });
    }
  }
  if (input.platformIds.length) {
    const found = await w.trx.selectFrom('platforms').select('id').where('id', 'in', input.platformIds).execute();
    if (found.length !== new Set(input.platformIds).size) refuse(input.title, ['发布平台不存在']);
  }

  const appointments = await releases.appointmentsOfPeople(w.trx, input.participants.map((p) => p.personId));
  const violations = [
    ...speakingAuthorityViolations(
      input.unitId,
      date,
      input.participants.map((p) => ({ ...p, personName: people.get(p.personId)! })),
      appointments,
    ),
    ...releaseViolations(releaseFacts(input, date, media), ruleSetInForce(date)),
  ];
  if (violations.length) refuse(input.title, violations.map((v) => `${v.message}（${v.rule}）`));
  return date;
}

/** A release in the register, as releases/service.ts `createRelease` writes it (its participants and outlets with it). */
export async function writeRelease(w: DemoWriter, seed: ReleaseSeed): Promise<number> {
  const input = ReleaseBody.parse(seed.body);
  inPast(w, seed.createdAt, input.title);
  if (['held', 'published'].includes(input.status)) inPast(w, input.startsAt, input.title);
  const date = await checkRelease(w, input);
  const row = await w.trx
    .insertInto('releases')
    .values({
      ...releaseColumns(input, date),
      incident_id: seed.incidentId ?? null,
      created_by: seed.createdBy,
      created_at: seed.createdAt,
      updated_at: seed.updatedAt ?? seed.createdAt,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await releases.replaceChildren(w.trx, row.id, input.participants, input.outlets);
  w.written.releases.push(row.id);
  return row.id;
}

export async function addCoverage(w: DemoWriter, releaseId: number, items: { outletId: number | null; outletName: string; title: string; publishedOn: string }[], at: string) {
  for (const c of items) {
    await w.trx
      .insertInto('release_coverage')
      .values({ release_id: releaseId, outlet_id: c.outletId, outlet_name: c.outletName, title: c.title, url: null, published_on: c.publishedOn, created_at: at })
      .execute();
  }
}

// ---------------------------------------------------------------- press conferences (A15)

/** One step of an application's life: the action, when, by whom, with the opinion the form records. */
export interface ConferenceStep {
  action: ConferenceAction;
  at: string;
  by: Actor;
  opinion?: string;
  /** A15.2: the news office's comment on a passage of the latest text version (the quote must occur in it). */
  comment?: { quote: string; body: string };
}

export interface ConferenceSeed {
  body: z.input<typeof ConferenceBody>;
  drafter: Actor;
  createdAt: string;
  /** The text first submitted, when the review asked for a revision; the body's text is the final one. */
  firstDraft?: string;
  /** The work plan (工作方案), as paragraphs. */
  workPlan: string[];
  steps: ConferenceStep[];
  livePosts?: { at: string; body: string }[];
  archive?: { transcript: string; opinionReaction: string; coverage: { outletName: string; title: string; publishedOn: string }[] };
}

const ALL_CAPACITIES: ReadonlySet<ConferenceCapacity> = new Set(['unit_editor', 'unit_principal', 'news_office', 'step_approver']);


/**
 * An application walked through the A15 state machine step by step, with the checks the
 * service makes at each (A15.1 on submission, A15.4, A15.5, A13.7, A17 and, when archived, the
 * release it becomes), its materials, text versions, comments, decisions and live posts.
 */
export async function writeConference(w: DemoWriter, seed: ConferenceSeed): Promise<{ id: number; releaseId: number | null }> {
  const input = ConferenceBody.parse(seed.body);
  const unit = await findUnit(w.trx, input.unitId);
  if (!unit || !unit.active) refuse(input.title, ['单位不存在']);
  const venue = await conferences.findVenue(w.trx, input.venueId);
  if (!venue || !venue.active) refuse(input.title, ['场地不存在']);
  if (!venue.is_center && (!input.venueReason || !input.venueMeetsStandard)) refuse(input.title, ['另择场地须说明理由并确认满足标准（A15.5）']);
  const startsAt = new Date(input.startsAt).toISOString();
  const endsAt = new Date(Date.parse(startsAt) + input.durationMinutes * 60_000).toISOString();
  const date = districtDate(startsAt);
  const ruleSet = ruleSetInForce(date);
  const clash = await conferences.overlappingBookings(w.trx, input.venueId, startsAt, endsAt, ENDED_STATUSES);
  if (clash.length) refuse(input.title, [`${venue.name}在该时段已有安排：“${clash[0]!.title}”（A15.5）`]);

  // A15.4 and A17: who may speak and host, as the service judges it on the conference day.
  const personIds = input.participants.map((p) => p.personId);
  const [people, appointments] = await Promise.all([conferences.peopleNamed(w.trx, personIds), conferences.appointmentsWithKinds(w.trx, personIds)]);
  const names = new Map(people.map((p) => [p.id, p.name]));
  const speakers = speakerViolations(
    {
      inNameOf: input.inNameOf,
      applyingUnitId: input.unitId,
      date,
      participants: input.participants.map((p) => ({ personId: p.personId, name: names.get(p.personId) ?? String(p.personId), part: p.part })),
      units: [...new Map(appointments.map((a) => [a.unit_id, a.unit_kind as UnitKind]))].map(([id, kind]) => ({ id, kind })),
      appointments: appointments.map((a) => ({ personId: a.person_id, unitId: a.unit_id, post: a.post as Post, from: a.from_date, to: a.to_date })),
      authorizedPersonIds: input.participants.filter((p) => p.authorizedByUnit).map((p) => p.personId),
    },
    ruleSet,
  );
  const authority = speakingAuthorityViolations(
    input.unitId,
    date,
    input.participants.map((p) => ({ personId: p.personId, personName: names.get(p.personId) ?? '', part: p.part })),
    appointments.map((a) => ({ personId: a.person_id, unitId: a.unit_id, post: a.post as Post, from: a.from_date, to: a.to_date })),
  ).filter((v) => !input.participants.some((p, i) => p.authorizedByUnit && v.field === `participants[${i}]`));
  const outlets = await conferences.outletsNamed(w.trx, input.outletIds);
  const media: MediaParty[] = outlets.map((o) => ({ kind: o.kind === 'live_streaming' ? 'live_streaming' : 'outlet', name: o.name, qualificationValidFrom: o.licence_valid_from, qualificationValidTo: o.licence_valid_until }));
  const risk = input.riskAssessment;
  const problems = [
    ...speakers.map((v) => v.message),
    ...authority.map((v) => v.message),
    ...(!risk || !risk.topicReviewed || !risk.contentReviewed || !risk.formReviewed || !risk.riskLevel ? ['须先审核发布选题、内容、方式并开展社会稳定风险评估（A13.7）'] : []),
    ...(outlets.length !== new Set(input.outletIds).size ? ['媒体不存在'] : []),
    ...releaseViolations(
      { form: 'press_conference', status: 'planned', date, hasQa: true, isPublic: true, nonPublicReason: null, confidentialityReview: null, riskAssessment: null, participants: input.participants, media },
      ruleSet,
    ).map((v) => v.message),
  ];
  if (problems.length) refuse(input.title, problems);

  inPast(w, seed.createdAt, input.title);
  const chain = approvalChain(unit.kind as UnitKind, input.majorMatter);
  const row = await w.trx
    .insertInto('conferences')
    .values({
      unit_id: input.unitId,
      title: input.title,
      in_name_of: input.inNameOf,
      kind: input.kind,
      emergency_reason: input.kind === 'emergency' ? input.emergencyReason : null,
      series_id: null,
      starts_at: startsAt,
      ends_at: endsAt,
      duration_minutes: input.durationMinutes,
      conference_date: date,
      venue_id: input.venueId,
      venue_reason: input.venueReason,
      venue_meets_standard: input.venueMeetsStandard ? 1 : 0,
      major_matter: input.majorMatter ? 1 : 0,
      charge_leader_person_id: input.chargeLeaderPersonId,
      categories: JSON.stringify([...new Set(input.categories)]),
      guests: JSON.stringify(input.guests),
      outlet_ids: JSON.stringify([...new Set(input.outletIds)]),
      summary: input.summary,
      release_text: seed.firstDraft ?? input.releaseText,
      risk_assessment: risk ? JSON.stringify(risk) : null,
      approval_chain: JSON.stringify(chain),
      status: 'draft',
      created_by: seed.drafter.userId,
      created_at: seed.createdAt,
      updated_at: seed.createdAt,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  const id = row.id;
  await conferences.replaceParticipants(w.trx, id, input.participants);

  const upload = async (kind: ConferenceDocumentKind, fileName: string, data: Buffer, at: string) => {
    const fileId = await w.uploads.store(w.trx, fileName, data, seed.drafter.userId, at);
    const version = await conferences.nextDocumentVersion(w.trx, id, kind);
    await w.trx.insertInto('conference_documents').values({ conference_id: id, kind, version, file_id: fileId, uploaded_by: seed.drafter.userId, created_at: at }).execute();
  };
  const paragraphs = (text: string) => text.split(/\n+/);
  const addTextVersion = async (text: string, userId: number | null, at: string) => {
    const versions = await conferences.textVersionsOf(w.trx, id);
    const last = versions[versions.length - 1];
    if (last && last.text === text) return;
    await w.trx.insertInto('conference_text_versions').values({ conference_id: id, version: (last?.version ?? 0) + 1, text, created_by: userId, created_at: at }).execute();
  };

  let state = { status: 'draft' as ConferenceStatus, approvalStep: 0, chain };
  let text = seed.firstDraft ?? input.releaseText;
  const changes: Updateable<Database['conferences']> = {};
  let releaseId: number | null = null;
  let lastAt = seed.createdAt;
  for (const step of seed.steps) {
    if (step.at < lastAt) refuse(input.title, [`${step.action} 早于上一步`]);
    inPast(w, step.at, `${input.title}：${step.action}`);
    lastAt = step.at;
    const result = transition(state, step.action, ALL_CAPACITIES);
    if (!result.ok) refuse(input.title, [result.message]);
    const on = districtDate(step.at);

    if (step.action === 'request_unit_approval') {
      // A15.1: the three materials, uploaded by the applying unit before its principal approves.
      await upload('application_form', '申报表.docx', await wordFile('武隆区新闻发布会申报表', [], applicationForm(input, unit.name, venue.name, names)), step.at);
      await upload('work_plan', '工作方案.docx', await wordFile(`${input.title}工作方案`, seed.workPlan), step.at);
      await upload('release_text', '发布文稿.docx', await wordFile(input.title, paragraphs(text)), step.at);
    }
    if (step.action === 'submit') {
      const late = lateSubmission(w.cal, { kind: input.kind, conferenceDate: date, submissionDate: on }, ruleSet);
      if (late) refuse(input.title, [late.message]);
      Object.assign(changes, { submitted_at: step.at, submission_date: on, review_due: reviewDueDate(w.cal, on, ruleSetInForce(on)).date });
    }
    if (step.action === 'resubmit') {
      text = input.releaseText;
      await w.trx.updateTable('conferences').set({ release_text: text }).where('id', '=', id).execute();
      await upload('release_text', '发布文稿（修改稿）.docx', await wordFile(input.title, paragraphs(text)), step.at);
    }
    if (step.action === 'pass_review') {
      if (changes.review_due && on > (changes.review_due as string)) refuse(input.title, [`规范性审核应于 ${String(changes.review_due)} 前完成（A15.2）`]);
      Object.assign(changes, { review_passed_at: step.at, reviewer_name: step.by.name });
    }
    if (step.action === 'announce') Object.assign(changes, { announced_at: step.at, live_video_url: null });
    if (step.action === 'finish') {
      if ((seed.livePosts ?? []).some((p) => p.at > step.at)) refuse(input.title, ['图文直播须在发布会结束之前']);
      Object.assign(changes, { held_at: step.at });
    }

    const decision = decisionOf(step.action, state.status, chain[state.approvalStep]);
    if (decision) {
      await w.trx
        .insertInto('conference_decisions')
        .values({
          conference_id: id,
          step: decision.step,
          decision: decision.decision,
          opinion: step.opinion ?? (decision.decision === 'approved' ? '同意' : null),
          actor_id: step.by.userId,
          actor_name: step.by.name,
          on_behalf_of: null,
          created_at: step.at,
        })
        .execute();
    }
    if (step.action === 'submit' || step.action === 'resubmit') await addTextVersion(text, step.by.userId, step.at);
    if (step.comment) {
      const versions = await conferences.textVersionsOf(w.trx, id);
      const latest = versions[versions.length - 1];
      if (!latest || !latest.text.includes(step.comment.quote)) refuse(input.title, [`批注引文不在文稿中：${step.comment.quote}`]);
      // Positions count characters, as the console's selection does (conferences/service.ts addComment).
      const chars = [...latest.text];
      const start = [...latest.text.slice(0, latest.text.indexOf(step.comment.quote))].length;
      await w.trx
        .insertInto('conference_comments')
        .values({
          conference_id: id,
          text_version: latest.version,
          range_start: start,
          range_end: start + [...step.comment.quote].length,
          quote: chars.slice(start, start + [...step.comment.quote].length).join(''),
          body: step.comment.body,
          author_id: step.by.userId,
          author_name: step.by.name,
          created_at: step.at,
        })
        .execute();
    }
    if (step.action === 'start_live') {
      for (const post of seed.livePosts ?? []) {
        if (post.at < step.at) refuse(input.title, ['图文直播须在开始直播之后']);
        inPast(w, post.at, input.title);
        await w.trx
          .insertInto('conference_live_posts')
          .values({ conference_id: id, body: post.body, picture_file_id: null, author_id: step.by.userId, author_name: step.by.name, created_at: post.at })
          .execute();
      }
    }
    if (step.action === 'archive') {
      releaseId = await archiveRelease(w, { id, input, date, venueName: venue.name, venueIsCenter: venue.is_center === 1, unitId: unit.id, reviewPassedAt: changes.review_passed_at as string | undefined, reviewerName: changes.reviewer_name as string | undefined, step, archive: seed.archive });
      Object.assign(changes, { transcript: seed.archive?.transcript ?? null, opinion_reaction: seed.archive?.opinionReaction ?? null, release_id: releaseId });
    }
    state = { status: result.status, approvalStep: result.approvalStep, chain };
  }
  await w.trx
    .updateTable('conferences')
    .set({ ...changes, status: state.status, approval_step: state.approvalStep, updated_at: lastAt })
    .where('id', '=', id)
    .execute();
  w.written.conferences.push(id);
  return { id, releaseId };
}

function applicationForm(input: ConferenceBody, unitName: string, venueName: string, names: Map<number, string>): [string, string][] {
  const named = (part: ParticipantPart) =>
    input.participants
      .filter((p) => p.part === part)
      .map((p) => names.get(p.personId) ?? '')
      .join('、');
  return [
    ['发布会名称', input.title],
    ['申报单位', unitName],
    ['发布名义', input.inNameOf === 'district_gov' ? '以区政府名义' : '以区政府新闻办名义'],
    ['拟举行时间', `${districtDate(input.startsAt)} ${new Date(input.startsAt).toLocaleTimeString('zh-CN', { timeZone: 'Asia/Shanghai', hour: '2-digit', minute: '2-digit', hour12: false })}（${input.durationMinutes} 分钟）`],
    ['地点', venueName],
    ['主发布人', named('main_speaker')],
    ['主持人', named('host')],
    ['其他发布人', named('speaker')],
    ['发布内容摘要', input.summary ?? ''],
  ];
}

/** The release a conference becomes when archived, as conferences/service.ts `releaseFor` and `insertRelease` write it. */
async function archiveRelease(
  w: DemoWriter,
  c: {
    id: number;
    input: ConferenceBody;
    date: string;
    venueName: string;
    venueIsCenter: boolean;
    unitId: number;
    reviewPassedAt: string | undefined;
    reviewerName: string | undefined;
    step: ConferenceStep;
    archive: ConferenceSeed['archive'];
  },
): Promise<number> {
  const participants = await conferences.participantsOf(w.trx, c.id);
  const holders = await conferences.postHolders(w.trx, c.unitId, ['principal', 'spokesperson'], c.date);
  const main = participants.find((p) => p.part === 'main_speaker');
  const platforms = await w.trx.selectFrom('platforms').select(['id', 'kind']).where('active', '=', 1).execute();
  const archive = c.archive ?? { transcript: '', opinionReaction: '', coverage: [] };
  const releaseId = await writeRelease(w, {
    body: {
      unitId: c.unitId,
      title: c.input.title,
      inNameOf: c.input.inNameOf,
      organizer: 'news_office',
      form: 'press_conference',
      categories: c.input.categories,
      startsAt: new Date(c.input.startsAt).toISOString(),
      venue: c.venueName,
      participants: participants.map((p) => ({ personId: p.person_id, part: p.part as ParticipantPart })),
      outlets: c.input.outletIds.map((outletId) => ({ outletId, journalistId: null })),
      platformIds: platforms.filter((p) => p.kind === 'website' || p.kind === 'wechat' || (p.kind === 'venue' && c.venueIsCenter)).map((p) => p.id),
      qa: true,
      status: 'held',
      summary: c.input.summary,
      body: c.input.releaseText,
      transcript: archive.transcript || null,
      confidentialityReview: c.reviewPassedAt ? { reviewer: `区政府新闻办 ${c.reviewerName ?? ''}`.trim(), reviewedAt: c.reviewPassedAt } : null,
      riskAssessment: c.input.riskAssessment
        ? {
            ...c.input.riskAssessment,
            principalId: holders.find((h) => h.post === 'principal')?.person_id ?? null,
            spokespersonId: holders.find((h) => h.post === 'spokesperson')?.person_id ?? null,
            mainSpeakerId: main?.person_id ?? null,
          }
        : null,
      opinionReaction: archive.opinionReaction || null,
    },
    createdBy: c.step.by.userId,
    createdAt: c.step.at,
  });
  await addCoverage(
    w,
    releaseId,
    archive.coverage.map((v) => ({ outletId: null, ...v })),
    c.step.at,
  );
  return releaseId;
}

// ---------------------------------------------------------------- incidents (A13.4)

export interface IncidentUpdateSeed {
  body: z.input<typeof IncidentUpdateBody>;
  draftedAt: string;
  reviewedAt: string;
  reviewer: string;
  publishedAt: string;
}

export interface IncidentSeed {
  body: z.input<typeof IncidentBody>;
  registeredAt: string;
  by: Actor;
  updates: IncidentUpdateSeed[];
  closed: { at: string; reason: string } | null;
}

/** Registration, rolling updates drafted → reviewed → published (each an F5 release of the incident), and closing. */
export async function writeIncident(w: DemoWriter, seed: IncidentSeed): Promise<{ id: number; releaseIds: number[] }> {
  const input = IncidentBody.parse(seed.body);
  const unit = await findUnit(w.trx, input.responsibleUnitId);
  if (!unit || !unit.active || REGION_KINDS.includes(unit.kind as UnitKind)) refuse(input.title, ['责任单位不存在或不是行政机关']);
  if (!input.isPublic && !input.notPublicReason) refuse(input.title, ['不予公开须说明理由（A4.2）']);
  inPast(w, input.occurredAt, input.title);
  if (seed.registeredAt < new Date(input.occurredAt).toISOString()) refuse(input.title, ['登记时间早于事发时间']);
  ruleSetInForce(districtDate(input.occurredAt));
  const row = await w.trx
    .insertInto('incidents')
    .values({
      ...newIncidentColumns(input),
      created_by: seed.by.userId,
      created_at: seed.registeredAt,
      updated_at: seed.registeredAt,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  const id = row.id;
  const releaseIds: number[] = [];
  let lastAt = seed.registeredAt;

  for (const u of seed.updates) {
    const parts = IncidentUpdateBody.parse(u.body);
    if (!(lastAt <= u.draftedAt && u.draftedAt <= u.reviewedAt && u.reviewedAt <= u.publishedAt)) refuse(parts.title, ['起草、审核、发布的时间须依次在后']);
    inPast(w, u.publishedAt, parts.title);
    let status: IncidentUpdateStatus = 'draft';
    for (const action of ['review', 'publish'] as const) {
      const check = updateTransition(status, action, true);
      if (!check.allowed) refuse(parts.title, [check.reason]);
      status = check.next;
    }
    if (parts.nextUpdateBy && Date.parse(parts.nextUpdateBy) <= Date.parse(u.publishedAt)) refuse(parts.title, ['下一次发布的预计时间应晚于发布时间']);
    const causesConfirmed = Boolean(parts.causes) && parts.causesConfirmed;
    // A5.4 and A6: a rolling update is a written release (F5) of the incident's category.
    const releaseId = await writeRelease(w, {
      body: {
        unitId: input.responsibleUnitId,
        title: parts.title,
        inNameOf: parts.inNameOf,
        organizer: 'unit',
        form: 'written_release',
        categories: ['incident'],
        startsAt: u.publishedAt,
        status: 'published',
        isPublic: parts.isPublic,
        notPublicReason: parts.isPublic ? null : parts.notPublicReason,
        summary: parts.facts.slice(0, 200),
        body: composeUpdateText({ ...parts, causesConfirmed }),
        confidentialityReview: { reviewer: u.reviewer, reviewedAt: u.reviewedAt },
      },
      incidentId: id,
      createdBy: seed.by.userId,
      createdAt: u.draftedAt,
      updatedAt: u.publishedAt,
    });
    await w.trx
      .insertInto('incident_updates')
      .values({
        incident_id: id,
        release_id: releaseId,
        sequence: await incidents.nextSequence(w.trx, id),
        facts: parts.facts,
        attitude: parts.attitude || null,
        measures: parts.measures || null,
        causes: parts.causes || null,
        causes_confirmed: causesConfirmed ? 1 : 0,
        source: parts.source,
        next_update_by: parts.nextUpdateBy ? new Date(parts.nextUpdateBy).toISOString() : null,
        status,
        drafted_by: seed.by.userId,
        reviewed_by: seed.by.userId,
        reviewed_at: u.reviewedAt,
        published_by: seed.by.userId,
        published_at: u.publishedAt,
        created_at: u.draftedAt,
        updated_at: u.publishedAt,
      })
      .execute();
    releaseIds.push(releaseId);
    lastAt = u.publishedAt;
  }

  if (seed.closed) {
    inPast(w, seed.closed.at, input.title);
    const incident = (await incidents.findIncident(w.trx, id))!;
    const running = statutoryClocks(incident, await incidents.releasesOfIncidents(w.trx, [id]), seed.closed.at).filter((c) => c.status === 'running');
    if (running.length) refuse(input.title, [`${running[0]!.rule} 的期限尚未届满，不能结束事件`]);
    await w.trx.updateTable('incidents').set({ status: 'closed', closed_at: seed.closed.at, closed_reason: seed.closed.reason, updated_at: seed.closed.at }).where('id', '=', id).execute();
  }
  w.written.incidents.push(id);
  return { id, releaseIds };
}

// ---------------------------------------------------------------- opinion items (A13.2, N61)

export interface OpinionSeed {
  body: z.input<typeof OpinionItemBody>;
  reportedBy: Actor;
  assigned?: { unitId: number; at: string; by: Actor };
  assessed?: { level: OpinionLevel; sensitivity: OpinionSensitivity; trendNote: string; at: string; by: Actor };
  responded?: { releaseId: number; at: string; by: Actor };
  notResponded?: { reason: string; at: string; by: Actor };
}

/** An item reported by hand, assigned, assessed and closed — by a linked response release or a reasoned decision not to respond. */
export async function writeOpinion(w: DemoWriter, seed: OpinionSeed): Promise<number> {
  const input = OpinionItemBody.parse(seed.body);
  const firstSeen = new Date(input.firstSeenAt).toISOString();
  inPast(w, firstSeen, input.title);
  const assigned = seed.assigned;
  const assessed = seed.assessed;
  const closed = seed.responded ?? seed.notResponded;
  const times = [firstSeen, assigned?.at, assessed?.at, closed?.at].filter((t): t is string => !!t);
  if (times.some((t, i) => i > 0 && t < times[i - 1]!)) refuse(input.title, ['发现、分办、研判、办结的时间须依次在后']);
  for (const t of times) inPast(w, t, input.title);
  if (assessed && !assigned) refuse(input.title, ['须先确定责任单位，再由责任单位研判（A13.2）']);
  if (seed.responded) {
    const release = await w.trx.selectFrom('releases').select(['unit_id', 'categories']).where('id', '=', seed.responded.releaseId).executeTakeFirst();
    if (!release || !(JSON.parse(release.categories) as string[]).includes('opinion_response')) refuse(input.title, ['回应须为舆情回应类发布活动（A5.3）']);
    if (release.unit_id !== assigned?.unitId) refuse(input.title, ['谁主管、谁发布：回应须由责任单位发布（A13.1）']);
  }
  const status = seed.responded ? 'responded' : seed.notResponded ? 'not_responded' : assessed ? 'assessed' : assigned ? 'assigned' : 'new';
  const updatedAt = times[times.length - 1]!;
  const row = await w.trx
    .insertInto('opinion_items')
    .values({
      title: input.title,
      title_key: titleKey(input.title),
      source_kind: 'manual',
      channel: input.channel as OpinionChannel,
      source: input.source,
      link: input.link,
      link_key: input.link ? linkKey(input.link) : null,
      feed_id: null,
      vendor_id: null,
      first_seen_at: firstSeen,
      excerpt: input.excerpt,
      matched_keywords: '[]',
      suggested_unit_id: input.unitId ?? assigned?.unitId ?? null,
      unit_id: assigned?.unitId ?? null,
      assigned_by: assigned?.by.userId ?? null,
      assigned_at: assigned?.at ?? null,
      level: assessed?.level ?? null,
      sensitivity: assessed?.sensitivity ?? null,
      trend_note: assessed?.trendNote ?? null,
      assessed_by: assessed?.by.userId ?? null,
      assessed_at: assessed?.at ?? null,
      status,
      response_release_id: seed.responded?.releaseId ?? null,
      no_response_reason: seed.notResponded?.reason ?? null,
      closed_by: closed?.by.userId ?? null,
      closed_at: closed?.at ?? null,
      reported_by: seed.reportedBy.userId,
      created_at: firstSeen,
      updated_at: updatedAt,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  // N61: an answered item's clock must read met, never late — the demo shows the rule kept.
  const item = (await opinions.findItem(w.trx, row.id))!;
  const response = seed.responded ? (await opinions.responseReleases(w.trx, [seed.responded.releaseId]))[0] : undefined;
  const clock = itemClock(item, response, w.at);
  if (clock && clock.status !== 'met' && status !== 'assessed') refuse(input.title, [`N61 时限为“${clock.status}”`]);
  if (clock?.late) refuse(input.title, ['回应晚于 N61 时限']);
  w.written.opinions.push(row.id);
  return row.id;
}

// ---------------------------------------------------------------- hot-topic linkage (A13.1)

export interface HotTopicSeed {
  title: string;
  description: string;
  openedAt: string;
  by: Actor;
  assignments: { unitId: number; task: AssignmentTask; instructions: string; dueAt: string; releaseId: number; assignedAt: string }[];
  closedAt: string | null;
}

export async function writeHotTopic(w: DemoWriter, seed: HotTopicSeed): Promise<number> {
  inPast(w, seed.openedAt, seed.title);
  const topic = await w.trx
    .insertInto('hot_topics')
    .values({ title: seed.title, description: seed.description, status: seed.closedAt ? 'closed' : 'open', opened_by: seed.by.userId, opened_at: seed.openedAt, closed_at: seed.closedAt, created_at: seed.openedAt, updated_at: seed.closedAt ?? seed.openedAt })
    .returning('id')
    .executeTakeFirstOrThrow();
  for (const a of seed.assignments) {
    if (!(seed.openedAt <= a.assignedAt && a.assignedAt < a.dueAt)) refuse(seed.title, ['完成时限应晚于分派时间']);
    const release = await w.trx.selectFrom('releases').select(['unit_id', 'status', 'starts_at']).where('id', '=', a.releaseId).executeTakeFirst();
    if (!release || release.unit_id !== a.unitId) refuse(seed.title, ['谁主管、谁发布：须关联承办单位自己的发布活动（A13.1）']);
    // Carried out on time: the demo shows no A18.4 candidate.
    if (assignmentState(a.dueAt, release, w.at).state !== 'done') refuse(seed.title, ['联动任务未按时完成']);
    await w.trx
      .insertInto('hot_topic_assignments')
      .values({ topic_id: topic.id, unit_id: a.unitId, task: a.task, instructions: a.instructions, due_at: a.dueAt, release_id: a.releaseId, created_by: seed.by.userId, created_at: a.assignedAt, updated_at: release.starts_at })
      .execute();
  }
  w.written.hotTopics.push(topic.id);
  return topic.id;
}

// ---------------------------------------------------------------- interview requests (A13.6)

export interface InterviewSeed {
  trackingNo: string;
  outlet: string;
  journalist: string;
  pressCardNo: string;
  topic: string;
  wishedAt: string;
  contact: string;
  submittedAt: string;
  routed: { unitId: number; at: string; by: Actor; background: string; leads: string | null; safetyNotes: string | null };
  accepted: { at: string; by: Actor; note: string; releaseId: number };
}

export async function writeInterview(w: DemoWriter, seed: InterviewSeed): Promise<number> {
  for (const t of [seed.submittedAt, seed.routed.at, seed.accepted.at]) inPast(w, t, seed.topic);
  const [journalist] = await interviews.journalistsByCard(w.trx, [seed.pressCardNo]);
  const state = pressCardState(journalist, districtDate(seed.wishedAt));
  if (!QUALIFIED_PRESS_CARD_STATES.includes(state)) refuse(seed.topic, [`记者证“${seed.pressCardNo}”不能通过核验（A13.7）`]);
  const release = await w.trx.selectFrom('releases').select(['unit_id', 'form']).where('id', '=', seed.accepted.releaseId).executeTakeFirst();
  if (!release || release.unit_id !== seed.routed.unitId || release.form !== 'interview') refuse(seed.topic, ['采访须由承办单位以新闻媒体专访（F4）安排']);
  const row = await w.trx
    .insertInto('interview_requests')
    .values({
      tracking_no: seed.trackingNo,
      outlet: seed.outlet,
      journalist: seed.journalist,
      press_card_no: seed.pressCardNo.toUpperCase(),
      topic: seed.topic,
      wished_at: seed.wishedAt,
      contact: seed.contact,
      status: 'accepted',
      unit_id: seed.routed.unitId,
      background: seed.routed.background,
      leads: seed.routed.leads,
      safety_notes: seed.routed.safetyNotes,
      public_interest: 1,
      routed_by: seed.routed.by.userId,
      routed_at: seed.routed.at,
      decision_reason: seed.accepted.note,
      decided_by: seed.accepted.by.userId,
      decided_at: seed.accepted.at,
      release_id: seed.accepted.releaseId,
      client_ip: null,
      created_at: seed.submittedAt,
      updated_at: seed.accepted.at,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  w.written.interviews.push(row.id);
  return row.id;
}

// ---------------------------------------------------------------- training (A12)

export async function writeTraining(
  w: DemoWriter,
  seed: { topic: string; heldOn: string; organizer: string; kind: TrainingKind; note: string; personIds: number[]; by: Actor; recordedAt: string },
): Promise<number> {
  inPast(w, seed.recordedAt, seed.topic);
  const unique = [...new Set(seed.personIds)];
  const posts = await releasePostsOn(w.trx, unique, seed.heldOn);
  const session = await w.trx
    .insertInto('training_sessions')
    .values({ topic: seed.topic, held_on: seed.heldOn, organizer: seed.organizer, kind: seed.kind, note: seed.note, created_by: seed.by.userId, created_at: seed.recordedAt, updated_at: seed.recordedAt })
    .returning('id')
    .executeTakeFirstOrThrow();
  const rows = unique.map((personId) => {
    const held = posts.find((p) => p.person_id === personId && p.post === 'spokesperson') ?? posts.find((p) => p.person_id === personId);
    return { session_id: session.id, person_id: personId, unit_id: held?.unit_id ?? null, post: held?.post ?? null };
  });
  if (rows.length) await w.trx.insertInto('training_attendance').values(rows).execute();
  w.written.trainings.push(session.id);
  return session.id;
}

// ---------------------------------------------------------------- the search index

/** Indexes what was written, in the seed's transaction, as each service does in its own. */
export async function indexWritten(w: DemoWriter): Promise<void> {
  const app = { now: () => new Date(w.at) };
  await indexSearchDocuments(app, w.trx, 'release', w.written.releases);
  await indexSearchDocuments(app, w.trx, 'incident', w.written.incidents);
  await indexSearchDocuments(app, w.trx, 'opinion', w.written.opinions);
}
