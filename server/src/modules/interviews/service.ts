/**
 * Interview requests (A13.6). A journalist asks on the portal and gets a tracking number; the
 * news office routes the request to a unit with background, leads and safety notes; the unit
 * accepts (an F4 interview is arranged as a planned release) or declines. The press card is
 * looked up in the media registry every time the request is read (A13.7), so registering the
 * journalist later clears the flag. A lawful request (valid card) on a public-interest matter
 * declined without a reason is a candidate under A18.2; with a reason, the reason is the evidence.
 */
import crypto from 'node:crypto';
import {
  INTERVIEW_STATUS_LABELS,
  POST_LABELS,
  PRESS_CARD_STATE_LABELS,
  QUALIFIED_PRESS_CARD_STATES,
  ReleaseBody,
  districtDate,
  formatDistrictDateTime,
  qualificationState,
  type InterviewStatus,
  type InterviewView,
  type Post,
  type PressCardState,
} from '@fabutong/core';
import type { Kysely } from 'kysely';
import type { z } from 'zod';
import type { InterviewRequestForm } from '@fabutong/core';
import { audit } from '../../audit';
import { authorize } from '../../authorize';
import type { AppContext, RequestContext } from '../../context';
import type { Database } from '../../db/schema';
import { badRequest, conflict, notFound, ruleRefusal } from '../../errors';
import { recipientsFor } from '../alerts/repository';
import type { PendingProvider } from '../home/pending';
import { notifyUsers } from '../notifications/service';
import { principalAndSpokesperson } from '../people/repository';
import { createRelease } from '../releases/service';
import { findUnit } from '../units/repository';
import { proposeViolation } from '../violations/service';
import { canDecide, canReadRequest, canRoute, readableUnitPaths } from './policy';
import * as repo from './repository';

type Db = Kysely<Database>;
const LINK = '/console/interviews';
/** Crockford's base32 without I, L, O, U: read out on the phone without mistakes. */
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

export function trackingNumber(now: Date): string {
  const bytes = crypto.randomBytes(8);
  const tail = [...bytes].map((b) => ALPHABET[b % 32]).join('');
  return `CF${districtDate(now).replace(/-/g, '')}-${tail}`;
}

type Journalist = Awaited<ReturnType<typeof repo.journalistsByCard>>[number];

/** A13.7: the card's state on the day of the interview, by the registry. */
export function pressCardState(journalist: Journalist | undefined, onDate: string): PressCardState {
  return journalist ? qualificationState(journalist.press_card_valid_from, journalist.press_card_valid_until, onDate) : 'unregistered';
}

const cardKey = (no: string) => no.trim().toUpperCase();

function present(row: repo.RequestRow, journalists: Journalist[]): InterviewView {
  const journalist = journalists.find((j) => j.press_card_no && cardKey(j.press_card_no) === cardKey(row.press_card_no));
  const state = pressCardState(journalist, districtDate(row.wished_at));
  return {
    id: row.id,
    trackingNo: row.tracking_no,
    outlet: row.outlet,
    journalist: row.journalist,
    pressCardNo: row.press_card_no,
    pressCard: state,
    flagged: !QUALIFIED_PRESS_CARD_STATES.includes(state),
    journalistId: journalist?.id ?? null,
    topic: row.topic,
    wishedAt: row.wished_at,
    contact: row.contact,
    status: row.status as InterviewStatus,
    unitId: row.unit_id,
    unitName: row.unit_name,
    background: row.background,
    leads: row.leads,
    safetyNotes: row.safety_notes,
    publicInterest: row.public_interest === 1,
    routedAt: row.routed_at,
    decisionReason: row.decision_reason,
    decidedBy: row.decided_by_name,
    decidedAt: row.decided_at,
    release: row.release_id !== null ? { id: row.release_id, title: row.release_title!, status: row.release_status as 'planned', startsAt: row.release_starts_at! } : null,
    createdAt: row.created_at,
  };
}

async function view(app: AppContext, id: number): Promise<InterviewView> {
  const row = await repo.findRequest(app.db, id);
  if (!row) throw notFound('采访申请');
  return present(row, await repo.journalistsByCard(app.db, [row.press_card_no]));
}

export async function listRequests(app: AppContext, rc: RequestContext, query: { status?: string; page: number; pageSize: number }) {
  const { page, pageSize, ...filter } = query;
  const { rows, total } = await repo.pageOfRequests(app.db, { ...filter, unitPaths: readableUnitPaths(rc.actor) }, page, pageSize);
  const journalists = await repo.journalistsByCard(
    app.db,
    rows.map((r) => r.press_card_no),
  );
  return { total, items: rows.map((r) => present(r, journalists)) };
}

export async function getRequest(app: AppContext, rc: RequestContext, id: number) {
  const row = await repo.findRequest(app.db, id);
  if (!row) throw notFound('采访申请');
  await authorize(app, rc, canReadRequest(rc.actor, row.unit_path), 'interviews.read');
  return view(app, id);
}

/** From the portal: stored, the news office told, the tracking number returned. */
export async function submitRequest(app: AppContext, form: z.infer<typeof InterviewRequestForm>, ip: string | null): Promise<{ trackingNo: string }> {
  const now = app.now();
  const at = now.toISOString();
  const trackingNo = trackingNumber(now);
  const office = await repo.newsOfficeUserIds(app.db);
  await app.db.transaction().execute(async (trx) => {
    const row = await trx
      .insertInto('interview_requests')
      .values({
        tracking_no: trackingNo,
        outlet: form.outlet,
        journalist: form.journalist,
        press_card_no: form.pressCardNo.toUpperCase(),
        topic: form.topic,
        wished_at: new Date(`${form.wishedAt}:00+08:00`).toISOString(),
        contact: form.contact,
        status: 'received',
        unit_id: null,
        background: null,
        leads: null,
        safety_notes: null,
        public_interest: 1,
        routed_by: null,
        routed_at: null,
        decision_reason: null,
        decided_by: null,
        decided_at: null,
        release_id: null,
        client_ip: ip,
        created_at: at,
        updated_at: at,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await audit(app, { actor: null, ip }, trx, { action: 'interview.submit', entity: 'interview_request', entityId: row.id, after: { trackingNo, ...form } });
    await notifyUsers(app, trx, office, {
      title: `新的采访申请：${form.outlet} ${form.journalist}`,
      body: `采访主题：${form.topic}（受理编号 ${trackingNo}，A13.6）`,
      link: LINK,
      severity: 'info',
      dedupeKey: `interview:${trackingNo}`,
    });
  });
  return { trackingNo };
}

/** What the journalist sees on the portal, by tracking number and the contact they gave. */
export async function publicStatus(app: AppContext, trackingNo: string, contact: string) {
  const row = await repo.findByTracking(app.db, trackingNo.trim().toUpperCase());
  if (!row || row.contact.replace(/\s/g, '') !== contact.replace(/\s/g, '')) return null;
  return {
    trackingNo: row.tracking_no,
    outlet: row.outlet,
    journalist: row.journalist,
    topic: row.topic,
    wishedAt: row.wished_at,
    submittedAt: row.created_at,
    status: row.status as InterviewStatus,
    statusLabel: INTERVIEW_STATUS_LABELS[row.status as InterviewStatus],
    unitName: row.status === 'received' ? null : row.unit_name,
    arrangedAt: row.status === 'accepted' ? row.release_starts_at : null,
    reason: row.status === 'declined' ? row.decision_reason : null,
  };
}

async function load(app: AppContext, id: number) {
  const row = await repo.findRequest(app.db, id);
  if (!row) throw notFound('采访申请');
  return row;
}

function checkUndecided(row: { status: string }) {
  if (row.status === 'accepted' || row.status === 'declined') throw conflict('该采访申请已答复，不能再修改');
}

export async function routeRequest(
  app: AppContext,
  rc: RequestContext,
  id: number,
  input: { unitId: number; background: string; leads: string | null; safetyNotes: string | null; publicInterest: boolean },
) {
  const row = await load(app, id);
  await authorize(app, rc, canRoute(rc.actor), 'interviews.route');
  checkUndecided(row);
  const unit = await findUnit(app.db, input.unitId);
  if (!unit || !unit.active || unit.kind === 'city' || unit.kind === 'district') throw badRequest('承办单位不存在或已停用', [{ path: 'unitId', message: '请选择承办单位' }]);
  const at = app.now().toISOString();
  await app.db.transaction().execute(async (trx) => {
    await trx
      .updateTable('interview_requests')
      .set({
        unit_id: input.unitId,
        background: input.background,
        leads: input.leads,
        safety_notes: input.safetyNotes,
        public_interest: input.publicInterest ? 1 : 0,
        status: 'routed',
        routed_by: rc.actor.userId,
        routed_at: at,
        updated_at: at,
      })
      .where('id', '=', id)
      .execute();
    await audit(app, rc, trx, { action: 'interview.route', entity: 'interview_request', entityId: id, unitId: input.unitId, before: { unitId: row.unit_id, status: row.status }, after: input });
    const recipients = await recipientsFor(trx, input.unitId, ['unit'], districtDate(app.now()));
    await notifyUsers(
      app,
      trx,
      recipients.map((r) => r.userId).filter((x): x is number => x !== null),
      { title: `请答复采访申请：${row.outlet} ${row.journalist}`, body: `采访主题：${row.topic}\n背景：${input.background}`, link: LINK, severity: 'warning', dedupeKey: `interview:${id}:routed:${input.unitId}` },
    );
  });
  return view(app, id);
}

async function loadForDecision(app: AppContext, rc: RequestContext, id: number, what: string) {
  const row = await load(app, id);
  if (row.status !== 'routed' || row.unit_id === null || row.unit_path === null) {
    if (row.status === 'received') throw ruleRefusal('A13.6', '采访申请须先由区政府新闻办转交承办单位', undefined, 409);
    checkUndecided(row);
  }
  await authorize(app, rc, canDecide(rc.actor, row.unit_path!), what);
  return row as typeof row & { unit_id: number };
}

/** Accepts: an F4 interview is arranged as a planned release of the unit, with the journalist when registered and qualified (A13.7). */
export async function acceptRequest(app: AppContext, rc: RequestContext, id: number, input: { startsAt: string; venue: string | null; note: string | null }) {
  const row = await loadForDecision(app, rc, id, 'interviews.accept');
  const [journalist] = await repo.journalistsByCard(app.db, [row.press_card_no]);
  const state = pressCardState(journalist, districtDate(input.startsAt));
  if (!QUALIFIED_PRESS_CARD_STATES.includes(state)) {
    throw ruleRefusal('A13.7', `记者证“${row.press_card_no}”${PRESS_CARD_STATE_LABELS[state]}：须在媒体库登记有效资质后方可安排采访`, [{ path: 'pressCardNo', message: PRESS_CARD_STATE_LABELS[state], rule: 'A13.7' }]);
  }
  const release = await createRelease(
    app,
    rc,
    ReleaseBody.parse({
      unitId: row.unit_id,
      title: `接受${row.outlet}专访：${row.topic}`.slice(0, 200),
      inNameOf: 'unit',
      organizer: 'unit',
      form: 'interview',
      categories: ['other'],
      startsAt: input.startsAt,
      venue: input.venue,
      status: 'planned',
      summary: [`采访申请 ${row.tracking_no}：${row.outlet} ${row.journalist}`, input.note].filter(Boolean).join('\n').slice(0, 2000),
      outlets: [{ outletId: journalist!.outlet_id, journalistId: journalist!.id }],
    }),
  );
  const at = app.now().toISOString();
  await app.db.transaction().execute(async (trx) => {
    await trx
      .updateTable('interview_requests')
      .set({ status: 'accepted', release_id: release.id, decision_reason: input.note, decided_by: rc.actor.userId, decided_at: at, updated_at: at })
      .where('id', '=', id)
      .where('status', '=', 'routed')
      .execute();
    await audit(app, rc, trx, { action: 'interview.accept', entity: 'interview_request', entityId: id, unitId: row.unit_id, after: { ...input, releaseId: release.id } });
  });
  return view(app, id);
}

/** A18.2: refusing a lawful interview on a public-interest matter needs a reason; without one it is a candidate. */
export async function declineRequest(app: AppContext, rc: RequestContext, id: number, reason: string | null) {
  const row = await loadForDecision(app, rc, id, 'interviews.decline');
  const [journalist] = await repo.journalistsByCard(app.db, [row.press_card_no]);
  const lawful = QUALIFIED_PRESS_CARD_STATES.includes(pressCardState(journalist, districtDate(row.wished_at)));
  const reasoned = Boolean(reason?.trim());
  const date = districtDate(app.now());
  const people = await principalAndSpokesperson(app.db, row.unit_id, date);
  const at = app.now().toISOString();
  await app.db.transaction().execute(async (trx: Db) => {
    await trx
      .updateTable('interview_requests')
      .set({ status: 'declined', decision_reason: reasoned ? reason!.trim() : null, decided_by: rc.actor.userId, decided_at: at, updated_at: at })
      .where('id', '=', id)
      .execute();
    await audit(app, rc, trx, { action: 'interview.decline', entity: 'interview_request', entityId: id, unitId: row.unit_id, after: { reason, lawful, publicInterest: row.public_interest === 1 } });
    if (lawful && row.public_interest === 1 && !reasoned) {
      await proposeViolation(app, trx, {
        kind: 'A18.2',
        unitId: row.unit_id,
        people: people.map((p) => ({ personId: p.id, name: p.name, post: POST_LABELS[p.post as Post] })),
        summary: `${row.unit_name}未说明理由拒绝${row.outlet}记者${row.journalist}就公共事务的采访申请（${row.tracking_no}）`,
        evidence: {
          interviewRequestId: id,
          trackingNo: row.tracking_no,
          outlet: row.outlet,
          journalist: row.journalist,
          pressCardNo: row.press_card_no,
          topic: row.topic,
          wishedAt: row.wished_at,
          submittedAt: row.created_at,
          routedAt: row.routed_at,
          background: row.background,
          publicInterest: true,
          declinedBy: rc.actor.displayName,
          declinedAt: at,
          reason: null,
          rule: 'A18.2',
        },
        sourceType: 'interview_request',
        sourceId: String(id),
        link: LINK,
      });
    }
  });
  return view(app, id);
}

/** Requests waiting for the news office to route, or for a unit to answer. */
export const interviewPendingItems: PendingProvider = async (app, actor) => {
  const paths = readableUnitPaths(actor);
  if (paths.length === 0) return [];
  const office = actor.grants.some((g) => g.role === 'news_office');
  const { rows } = await repo.pageOfRequests(app.db, { unitPaths: [null] }, 1, 200);
  return rows
    .filter((r) => (r.status === 'received' && office) || (r.status === 'routed' && r.unit_path !== null && actor.grants.some((g) => (g.role === 'unit_editor' || g.role === 'unit_approver') && g.unitPath !== null && r.unit_path!.startsWith(g.unitPath))))
    .map((r) => ({
      kind: r.status === 'received' ? 'interview.route' : 'interview.answer',
      title: `${r.status === 'received' ? '待转交' : '待答复'}采访申请：${r.outlet} ${r.journalist}（希望 ${formatDistrictDateTime(r.wished_at)}）`,
      unitName: r.unit_name,
      due: null,
      rule: 'A13.6',
      link: LINK,
    }));
};
