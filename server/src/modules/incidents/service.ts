/**
 * Incidents (A13.4, A5.4): registration, the statutory clocks and their alerts, regrading,
 * rolling updates in four parts (A13.4-d) and their publication.
 *
 * Clocks are never stored: they are computed from the grade, the time of occurrence and the
 * incident's releases whenever they are read, so a regrade or a release changes them at
 * once. What is stored are the alert steps (durable jobs), rescheduled when a deadline moves
 * and cancelled when a clock is met.
 */
import {
  ARTICLES,
  POST_LABELS,
  REGION_KINDS,
  composeUpdateText,
  districtDate,
  formatDistrictDateTime,
  hasAnyRole,
  ruleSetInForce,
  updateTransition,
  type Actor,
  type DeadlineClock,
  type IncidentBody,
  type IncidentDetail,
  type IncidentUpdateBody,
  type IncidentUpdateStatus,
  type IncidentUpdateView,
  type Post,
  type ReleaseForm,
  type UnitKind,
} from '@fabutong/core';
import type { Kysely } from 'kysely';
import type { z } from 'zod';
import type { IncidentPatchBody, RegradeBody, ReviewUpdateBody } from '@fabutong/core';
import { audit } from '../../audit';
import { authorize } from '../../authorize';
import type { AppContext, RequestContext } from '../../context';
import type { Database } from '../../db/schema';
import { badRequest, conflict, notFound, ruleRefusal } from '../../errors';
import { incidentChannel, renderTimelineItem, updateItem } from '../../portal/pages/incidents';
import { alertSchedule, cancelClockAlerts, scheduleClockAlerts, type ClockSource, type ClockState } from '../alerts/service';
import type { PendingItemView, PendingProvider } from '../home/pending';
import { findUnit } from '../units/repository';
import { proposeViolation } from '../violations/service';
import { canDraftUpdate, canManageIncident, canPublishUpdate, canReadIncident, canReviewUpdate, readableUnitPaths } from './policy';
import { clockLabel, latestPromise, presentIncident, presentUpdate, ruleSetOf, statutoryClocks } from './present';
import { principalAndSpokesperson } from '../people/repository';
import * as repo from './repository';

type Db = Kysely<Database>;
type StatutoryRule = 'A13.4-a' | 'A13.4-b';
const STATUTORY: StatutoryRule[] = ['A13.4-a', 'A13.4-b'];
/** A clock seen a little ahead of the server's clock is still "now": browsers and servers drift. */
const FUTURE_TOLERANCE_MS = 5 * 60_000;

const clockKey = (incidentId: number, rule: StatutoryRule) => `incident:${incidentId}:${rule}`;
const promiseKey = (incidentId: number, updateId: number) => `incident:${incidentId}:promise:${updateId}`;
const consoleLink = (incidentId: number) => `/console/incidents/${incidentId}`;

/** What an alert step carries to find its clock again. */
export type IncidentClockRef = { incidentId: number; rule: StatutoryRule } | { incidentId: number; rule: 'promise'; updateId: number };

// ---------------------------------------------------------------- reading

async function loadIncident(db: Db, id: number) {
  const row = await repo.findIncident(db, id);
  if (!row) throw notFound('突发事件');
  return row;
}

export async function incidentDetail(app: AppContext, id: number): Promise<IncidentDetail> {
  const row = await loadIncident(app.db, id);
  const [releases, updates, alerts] = await Promise.all([repo.releasesOfIncidents(app.db, [id]), repo.updatesOfIncident(app.db, id), alertSchedule(app, `incident:${id}:`)]);
  return {
    ...presentIncident(row, releases, updates, app.now().toISOString()),
    updates: updates.map(presentUpdate),
    releases: releases.map((r) => ({
      id: r.id,
      title: r.title,
      form: r.form as ReleaseForm,
      status: r.status as IncidentDetail['releases'][number]['status'],
      startsAt: r.starts_at,
      isPublic: r.is_public === 1,
      isUpdate: r.update_id !== null,
    })),
    alerts,
  };
}

export async function getIncident(app: AppContext, rc: RequestContext, id: number): Promise<IncidentDetail> {
  const row = await loadIncident(app.db, id);
  await authorize(app, rc, canReadIncident(rc.actor, row.unit_path), 'incidents.read');
  return incidentDetail(app, id);
}

export async function listIncidents(app: AppContext, rc: RequestContext, query: { status?: string; grade?: string; page: number; pageSize: number }) {
  const { page, pageSize, ...filter } = query;
  const { rows, total } = await repo.pageOfIncidents(app.db, { ...filter, unitPaths: readableUnitPaths(rc.actor) }, page, pageSize);
  const ids = rows.map((r) => r.id);
  const [releases, updates] = await Promise.all([
    repo.releasesOfIncidents(app.db, ids),
    ids.length ? app.db.selectFrom('incident_updates').select(['id', 'incident_id', 'published_at', 'next_update_by']).where('incident_id', 'in', ids).execute() : [],
  ]);
  const now = app.now().toISOString();
  return {
    total,
    items: rows.map((r) =>
      presentIncident(
        r,
        releases.filter((x) => x.incident_id === r.id),
        updates.filter((u) => u.incident_id === r.id),
        now,
      ),
    ),
  };
}

// ---------------------------------------------------------------- checks shared by the writes

async function responsibleUnit(app: AppContext, unitId: number, field: string) {
  const unit = await findUnit(app.db, unitId);
  if (!unit || !unit.active || REGION_KINDS.includes(unit.kind as UnitKind)) {
    throw badRequest('责任单位不存在、已停用或不是行政机关', [{ path: field, message: '请选择负责发布的单位' }]);
  }
  return unit;
}

function checkPublicness(isPublic: boolean, reason: string | null | undefined, field = 'notPublicReason') {
  if (!isPublic && !reason?.trim()) throw ruleRefusal('A4.2', '不予公开须说明依据的例外情形', [{ path: field, message: '请说明不予公开的理由', rule: 'A4.2' }]);
}

function checkOccurredAt(app: AppContext, occurredAt: string) {
  if (Date.parse(occurredAt) > app.now().getTime() + FUTURE_TOLERANCE_MS) {
    throw badRequest('事件发生时间不能晚于当前时间', [{ path: 'occurredAt', message: '事件发生时间不能晚于当前时间' }]);
  }
  try {
    ruleSetInForce(districtDate(occurredAt));
  } catch (err) {
    throw badRequest(err instanceof Error ? err.message : '该时间没有生效的规则集', [{ path: 'occurredAt', message: '该时间没有生效的新闻发布规则' }]);
  }
}

/** Every change to an incident is a live event: the public page and its readers follow it. */
function announce(app: AppContext, trx: Db, incidentId: number) {
  return app.realtime.publish(trx, incidentChannel(incidentId), 'changed', {});
}

// ---------------------------------------------------------------- clocks → alerts and candidates

interface ClockSubject {
  id: number;
  title: string;
  grade: string;
  occurred_at: string;
  major_casualties_or_impact: number;
  responsible_unit_id: number;
  created_at: string;
}

/** A18.1: a missed statutory deadline is a candidate violation, with what shows it. */
async function proposeMissedClock(app: AppContext, trx: Db, incident: ClockSubject, clock: DeadlineClock, releases: repo.IncidentRelease[]) {
  const now = app.now();
  const ruleSet = ruleSetOf(incident);
  const people = await principalAndSpokesperson(trx, incident.responsible_unit_id, districtDate(now));
  const label = clockLabel(clock.rule, ruleSet);
  await proposeViolation(app, trx, {
    kind: 'A18.1',
    unitId: incident.responsible_unit_id,
    people: people.map((p) => ({ personId: p.id, name: p.name, post: POST_LABELS[p.post as Post] })),
    summary: `${incident.title}：未在规定时间内${label.replace(/^\d+ 小时内/, '')}（${clock.rule}，截止 ${formatDistrictDateTime(clock.due)}）`,
    evidence: {
      incidentId: incident.id,
      incidentTitle: incident.title,
      grade: incident.grade,
      majorCasualtiesOrImpact: incident.major_casualties_or_impact === 1,
      occurredAt: incident.occurred_at,
      registeredAt: incident.created_at,
      rule: clock.rule,
      article: ARTICLES[clock.rule].article,
      requirement: label,
      ruleSet: ruleSet.id,
      due: clock.due,
      detectedAt: now.toISOString(),
      releasesAtDetection: releases.map((r) => ({ id: r.id, title: r.title, form: r.form, status: r.status, at: r.starts_at, isPublic: r.is_public === 1 })),
    },
    sourceType: 'incident_clock',
    sourceId: `${incident.id}:${clock.rule}`,
    link: consoleLink(incident.id),
  });
}

/**
 * Brings the alert steps in line with the clocks after a change: a clock met or gone loses its
 * steps; a new clock, or one whose deadline moved, gets a fresh set; an overdue one is a candidate.
 */
async function syncStatutoryAlerts(app: AppContext, trx: Db, incident: ClockSubject, before: DeadlineClock[], after: DeadlineClock[], releases: repo.IncidentRelease[]) {
  for (const rule of STATUTORY) {
    const was = before.find((c) => c.rule === rule);
    const now = after.find((c) => c.rule === rule);
    const key = clockKey(incident.id, rule);
    if (!now || now.status === 'met') {
      if (was && was.status !== 'met') await cancelClockAlerts(app, trx, key);
      continue;
    }
    if (!was || was.due !== now.due || was.status === 'met') {
      await cancelClockAlerts(app, trx, key);
      await scheduleClockAlerts(app, trx, { source: 'incident', ref: { incidentId: incident.id, rule } satisfies IncidentClockRef, clockKey: key, due: now.due });
    }
    if (now.status === 'overdue') await proposeMissedClock(app, trx, incident, now, releases);
  }
}

/** The alerts' view of an incident clock. */
export const incidentClockSource: ClockSource = {
  async inspect(app, ref): Promise<ClockState> {
    const r = ref as IncidentClockRef;
    const gone: ClockState = { status: 'gone', due: '', unitId: 0, title: '', link: '' };
    const row = await repo.findIncident(app.db, r.incidentId);
    if (!row || row.status !== 'active') return gone;
    const releases = await repo.releasesOfIncidents(app.db, [row.id]);
    const now = app.now().toISOString();
    const ruleSet = ruleSetOf(row);
    let clock: DeadlineClock | null | undefined;
    if (r.rule === 'promise') {
      const update = (await repo.publishedUpdates(app.db, row.id)).find((u) => u.id === r.updateId);
      clock = update ? latestPromise([update], releases, now)?.clock : null;
    } else {
      clock = statutoryClocks(row, releases, now).find((c) => c.rule === r.rule);
    }
    if (!clock) return gone;
    return { status: clock.status, due: clock.due, unitId: row.responsible_unit_id, title: `${row.title}：${clockLabel(clock.rule, ruleSet)}（${clock.rule}）`, link: consoleLink(row.id) };
  },
  async onOverdue(app, trx, ref) {
    const r = ref as IncidentClockRef;
    // A missed promise is chased like a deadline, but the measures make only the statutory ones a duty (A18.1).
    if (r.rule === 'promise') return;
    const row = await repo.findIncident(trx, r.incidentId);
    if (!row) return;
    const releases = await repo.releasesOfIncidents(trx, [row.id]);
    const clock = statutoryClocks(row, releases, app.now().toISOString()).find((c) => c.rule === r.rule);
    if (clock?.status === 'overdue') await proposeMissedClock(app, trx, row, clock, releases);
  },
};

// ---------------------------------------------------------------- incidents

/** A newly registered incident's columns from its body (the demo district's history registers one too). */
export function newIncidentColumns(input: IncidentBody) {
  return {
    title: input.title,
    kind: input.kind,
    grade: input.grade,
    occurred_at: new Date(input.occurredAt).toISOString(),
    major_casualties_or_impact: input.majorCasualtiesOrImpact ? 1 : 0,
    responsible_unit_id: input.responsibleUnitId,
    field_command: input.fieldCommand || null,
    location: input.location,
    summary: input.summary || null,
    is_public: input.isPublic ? 1 : 0,
    not_public_reason: input.isPublic ? null : input.notPublicReason,
    confidentiality_reviewer: input.confidentialityReview?.reviewer ?? null,
    confidentiality_reviewed_at: input.confidentialityReview ? new Date(input.confidentialityReview.reviewedAt).toISOString() : null,
    status: 'active',
    closed_at: null,
    closed_reason: null,
  };
}

export async function registerIncident(app: AppContext, rc: RequestContext, input: IncidentBody): Promise<IncidentDetail> {
  const unit = await responsibleUnit(app, input.responsibleUnitId, 'responsibleUnitId');
  await authorize(app, rc, canManageIncident(rc.actor, unit.path), 'incidents.create');
  checkOccurredAt(app, input.occurredAt);
  checkPublicness(input.isPublic, input.notPublicReason);
  const at = app.now().toISOString();
  const id = await app.db.transaction().execute(async (trx) => {
    const row = await trx
      .insertInto('incidents')
      .values({
        ...newIncidentColumns(input),
        created_by: rc.actor.userId,
        created_at: at,
        updated_at: at,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    await audit(app, rc, trx, { action: 'incident.create', entity: 'incident', entityId: row.id, unitId: row.responsible_unit_id, after: input });
    // Registered after a deadline: overdue at once, and a candidate at once.
    await syncStatutoryAlerts(app, trx, row, [], statutoryClocks(row, [], at), []);
    await announce(app, trx, row.id);
    return row.id;
  });
  return incidentDetail(app, id);
}

export async function patchIncident(app: AppContext, rc: RequestContext, id: number, patch: z.infer<typeof IncidentPatchBody>): Promise<IncidentDetail> {
  const row = await loadIncident(app.db, id);
  await authorize(app, rc, canManageIncident(rc.actor, row.unit_path), 'incidents.update');
  if (patch.responsibleUnitId !== undefined && patch.responsibleUnitId !== row.responsible_unit_id) {
    const unit = await responsibleUnit(app, patch.responsibleUnitId, 'responsibleUnitId');
    await authorize(app, rc, canManageIncident(rc.actor, unit.path), 'incidents.update');
  }
  const isPublic = patch.isPublic ?? row.is_public === 1;
  const reason = patch.notPublicReason !== undefined ? patch.notPublicReason : row.not_public_reason;
  checkPublicness(isPublic, reason);
  const changes = {
    ...(patch.title !== undefined && { title: patch.title }),
    ...(patch.responsibleUnitId !== undefined && { responsible_unit_id: patch.responsibleUnitId }),
    ...(patch.fieldCommand !== undefined && { field_command: patch.fieldCommand || null }),
    ...(patch.location !== undefined && { location: patch.location }),
    ...(patch.summary !== undefined && { summary: patch.summary || null }),
    is_public: isPublic ? 1 : 0,
    not_public_reason: isPublic ? null : reason,
    ...(patch.confidentialityReview !== undefined && {
      confidentiality_reviewer: patch.confidentialityReview?.reviewer ?? null,
      confidentiality_reviewed_at: patch.confidentialityReview ? new Date(patch.confidentialityReview.reviewedAt).toISOString() : null,
    }),
  };
  await app.db.transaction().execute(async (trx) => {
    await trx
      .updateTable('incidents')
      .set({ ...changes, updated_at: app.now().toISOString() })
      .where('id', '=', id)
      .execute();
    await audit(app, rc, trx, { action: 'incident.update', entity: 'incident', entityId: id, unitId: row.responsible_unit_id, before: row, after: patch });
    await announce(app, trx, id);
  });
  return incidentDetail(app, id);
}

/** A13.4: the grade (and the scale of casualties or impact) decides the clocks; a regrade recomputes them. */
export async function regradeIncident(app: AppContext, rc: RequestContext, id: number, input: z.infer<typeof RegradeBody>): Promise<IncidentDetail> {
  const row = await loadIncident(app.db, id);
  await authorize(app, rc, canManageIncident(rc.actor, row.unit_path), 'incidents.regrade');
  if (row.status !== 'active') throw conflict('事件已结束，不能调整等级');
  const major = input.majorCasualtiesOrImpact ? 1 : 0;
  if (input.grade === row.grade && major === row.major_casualties_or_impact) throw badRequest('等级和人员伤亡、社会影响情况均未变化', [{ path: 'grade', message: '与当前等级相同' }]);
  const releases = await repo.releasesOfIncidents(app.db, [id]);
  const now = app.now().toISOString();
  const before = statutoryClocks(row, releases, now);
  const regraded = { ...row, grade: input.grade, major_casualties_or_impact: major };
  const after = statutoryClocks(regraded, releases, now);
  await app.db.transaction().execute(async (trx) => {
    await trx.updateTable('incidents').set({ grade: input.grade, major_casualties_or_impact: major, updated_at: now }).where('id', '=', id).execute();
    await audit(app, rc, trx, {
      action: 'incident.regrade',
      entity: 'incident',
      entityId: id,
      unitId: row.responsible_unit_id,
      before: { grade: row.grade, majorCasualtiesOrImpact: row.major_casualties_or_impact === 1, clocks: before },
      after: { grade: input.grade, majorCasualtiesOrImpact: input.majorCasualtiesOrImpact, reason: input.reason, clocks: after },
    });
    await syncStatutoryAlerts(app, trx, regraded, before, after, releases);
    await announce(app, trx, id);
  });
  return incidentDetail(app, id);
}

/** Closing stops the alerts; it may not be used to stop a deadline that is still running. */
export async function closeIncident(app: AppContext, rc: RequestContext, id: number, reason: string): Promise<IncidentDetail> {
  const row = await loadIncident(app.db, id);
  await authorize(app, rc, canManageIncident(rc.actor, row.unit_path), 'incidents.close');
  if (row.status !== 'active') throw conflict('事件已结束');
  const releases = await repo.releasesOfIncidents(app.db, [id]);
  const running = statutoryClocks(row, releases, app.now().toISOString()).find((c) => c.status === 'running');
  if (running) throw ruleRefusal(running.rule, `${clockLabel(running.rule, ruleSetOf(row))}的期限尚未届满，须先按期发布，不能结束事件`, undefined, 409);
  const updates = await repo.publishedUpdates(app.db, id);
  await app.db.transaction().execute(async (trx) => {
    const at = app.now().toISOString();
    await trx.updateTable('incidents').set({ status: 'closed', closed_at: at, closed_reason: reason, updated_at: at }).where('id', '=', id).execute();
    for (const rule of STATUTORY) await cancelClockAlerts(app, trx, clockKey(id, rule));
    for (const u of updates) await cancelClockAlerts(app, trx, promiseKey(id, u.id));
    await audit(app, rc, trx, { action: 'incident.close', entity: 'incident', entityId: id, unitId: row.responsible_unit_id, before: { status: row.status }, after: { status: 'closed', reason } });
    await announce(app, trx, id);
  });
  return incidentDetail(app, id);
}

/** A release registered in the register (a press conference, say) becomes one of the incident's (A5.4). */
export async function linkRelease(app: AppContext, rc: RequestContext, id: number, releaseId: number): Promise<IncidentDetail> {
  const row = await loadIncident(app.db, id);
  await authorize(app, rc, canManageIncident(rc.actor, row.unit_path), 'incidents.link_release');
  const release = await app.db.selectFrom('releases').select(['id', 'title', 'categories', 'incident_id']).where('id', '=', releaseId).executeTakeFirst();
  if (!release) throw badRequest('发布活动不存在', [{ path: 'releaseId', message: '发布活动不存在' }]);
  if (!(JSON.parse(release.categories) as string[]).includes('incident')) {
    throw ruleRefusal('A5.4', '只有发布内容类别含“突发事件信息”的发布活动才能关联到突发事件', [{ path: 'releaseId', message: '该发布活动的内容类别不含突发事件', rule: 'A5.4' }]);
  }
  if (release.incident_id === id) return incidentDetail(app, id);
  if (release.incident_id !== null) throw conflict('该发布活动已关联到另一起突发事件');
  const before = statutoryClocks(row, await repo.releasesOfIncidents(app.db, [id]), app.now().toISOString());
  await app.db.transaction().execute(async (trx) => {
    await trx.updateTable('releases').set({ incident_id: id }).where('id', '=', releaseId).execute();
    const releases = await repo.releasesOfIncidents(trx, [id]);
    await syncStatutoryAlerts(app, trx, row, before, statutoryClocks(row, releases, app.now().toISOString()), releases);
    await audit(app, rc, trx, { action: 'incident.link_release', entity: 'incident', entityId: id, unitId: row.responsible_unit_id, after: { releaseId, title: release.title } });
    await announce(app, trx, id);
  });
  return incidentDetail(app, id);
}

/** The releases module tells us when a release of an incident changed: clocks, alerts and the public page follow. */
export async function releaseOfIncidentChanged(app: AppContext, trx: Db, incidentId: number): Promise<void> {
  const row = await repo.findIncident(trx, incidentId);
  if (!row) return;
  if (row.status === 'active') {
    const releases = await repo.releasesOfIncidents(trx, [incidentId]);
    const now = app.now().toISOString();
    const after = statutoryClocks(row, releases, now);
    // Only what the change met: the steps of clocks still open stay as they are.
    for (const c of after) if (c.status === 'met') await cancelClockAlerts(app, trx, clockKey(incidentId, c.rule));
  }
  await announce(app, trx, incidentId);
}

// ---------------------------------------------------------------- rolling updates (A13.4-d)

async function loadUpdate(app: AppContext, id: number) {
  const update = await repo.findUpdate(app.db, id);
  if (!update) throw notFound('滚动发布信息');
  return { update, incident: await loadIncident(app.db, update.incident_id) };
}

function checkTransition(status: string, action: 'edit' | 'review' | 'publish', hasReview: boolean) {
  const check = updateTransition(status as IncidentUpdateStatus, action, hasReview);
  if (!check.allowed) throw ruleRefusal(check.rule, check.reason, undefined, 409);
}

function releaseColumns(input: IncidentUpdateBody) {
  return {
    title: input.title,
    in_name_of: input.inNameOf,
    is_public: input.isPublic ? 1 : 0,
    not_public_reason: input.isPublic ? null : input.notPublicReason,
    summary: input.facts.slice(0, 200),
    body: composeUpdateText(input),
  };
}

function partColumns(input: IncidentUpdateBody) {
  return {
    facts: input.facts,
    attitude: input.attitude || null,
    measures: input.measures || null,
    causes: input.causes || null,
    causes_confirmed: input.causes && input.causesConfirmed ? 1 : 0,
    source: input.source,
    next_update_by: input.nextUpdateBy ? new Date(input.nextUpdateBy).toISOString() : null,
  };
}

function checkPromise(app: AppContext, nextUpdateBy: string | null) {
  if (nextUpdateBy && Date.parse(nextUpdateBy) <= app.now().getTime()) {
    throw badRequest('下一次发布的预计时间应晚于当前时间', [{ path: 'nextUpdateBy', message: '应晚于当前时间' }]);
  }
}

export async function updateView(app: AppContext, id: number): Promise<IncidentUpdateView> {
  return presentUpdate((await repo.findUpdate(app.db, id))!);
}

export async function createUpdate(app: AppContext, rc: RequestContext, incidentId: number, input: IncidentUpdateBody): Promise<IncidentUpdateView> {
  const incident = await loadIncident(app.db, incidentId);
  await authorize(app, rc, canDraftUpdate(rc.actor, incident.unit_path), 'incidents.updates.create');
  if (incident.status !== 'active') throw conflict('事件已结束，不能再起草发布信息');
  checkPublicness(input.isPublic, input.notPublicReason);
  checkPromise(app, input.nextUpdateBy);
  const now = app.now();
  const at = now.toISOString();
  const id = await app.db.transaction().execute(async (trx) => {
    // A5.4 and A6: a rolling update is a written release (F5) of the incident's category.
    const release = await trx
      .insertInto('releases')
      .values({
        ...releaseColumns(input),
        unit_id: incident.responsible_unit_id,
        organizer: 'unit',
        form: 'written_release',
        categories: JSON.stringify(['incident']),
        starts_at: at,
        release_date: districtDate(now),
        venue: null,
        qa: 0,
        status: 'planned',
        transcript: null,
        platform_ids: '[]',
        confidentiality_reviewer: null,
        confidentiality_reviewed_at: null,
        risk_assessment: null,
        opinion_reaction: null,
        incident_id: incidentId,
        created_by: rc.actor.userId,
        created_at: at,
        updated_at: at,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const row = await trx
      .insertInto('incident_updates')
      .values({
        ...partColumns(input),
        incident_id: incidentId,
        release_id: release.id,
        sequence: await repo.nextSequence(trx, incidentId),
        status: 'draft',
        drafted_by: rc.actor.userId,
        reviewed_by: null,
        reviewed_at: null,
        published_by: null,
        published_at: null,
        created_at: at,
        updated_at: at,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await audit(app, rc, trx, { action: 'incident_update.create', entity: 'incident_update', entityId: row.id, unitId: incident.responsible_unit_id, after: { incidentId, releaseId: release.id, ...input } });
    return row.id;
  });
  return updateView(app, id);
}

/** Editing a reviewed update sends it back to draft: what was reviewed is no longer what would go out. */
export async function editUpdate(app: AppContext, rc: RequestContext, id: number, input: IncidentUpdateBody): Promise<IncidentUpdateView> {
  const { update, incident } = await loadUpdate(app, id);
  await authorize(app, rc, canDraftUpdate(rc.actor, incident.unit_path), 'incidents.updates.edit');
  checkTransition(update.status, 'edit', false);
  checkPublicness(input.isPublic, input.notPublicReason);
  checkPromise(app, input.nextUpdateBy);
  const at = app.now().toISOString();
  await app.db.transaction().execute(async (trx) => {
    await trx
      .updateTable('releases')
      .set({ ...releaseColumns(input), confidentiality_reviewer: null, confidentiality_reviewed_at: null, updated_at: at })
      .where('id', '=', update.release_id)
      .execute();
    await trx
      .updateTable('incident_updates')
      .set({ ...partColumns(input), status: 'draft', reviewed_by: null, reviewed_at: null, updated_at: at })
      .where('id', '=', id)
      .execute();
    await audit(app, rc, trx, { action: 'incident_update.edit', entity: 'incident_update', entityId: id, unitId: incident.responsible_unit_id, before: presentUpdate(update), after: input });
  });
  return updateView(app, id);
}

/** The responsible unit reviews the update, recording the confidentiality review (A18.5). */
export async function reviewUpdate(app: AppContext, rc: RequestContext, id: number, input: z.infer<typeof ReviewUpdateBody>): Promise<IncidentUpdateView> {
  const { update, incident } = await loadUpdate(app, id);
  await authorize(app, rc, canReviewUpdate(rc.actor, incident.unit_path), 'incidents.updates.review');
  checkTransition(update.status, 'review', false);
  const at = app.now().toISOString();
  const causesConfirmed = input.causesConfirmed ?? update.causes_confirmed === 1;
  const parts = { ...update, causesConfirmed: Boolean(update.causes) && causesConfirmed };
  await app.db.transaction().execute(async (trx) => {
    await trx
      .updateTable('releases')
      .set({
        confidentiality_reviewer: input.confidentialityReview.reviewer,
        confidentiality_reviewed_at: new Date(input.confidentialityReview.reviewedAt).toISOString(),
        body: composeUpdateText(parts),
        updated_at: at,
      })
      .where('id', '=', update.release_id)
      .execute();
    await trx
      .updateTable('incident_updates')
      .set({ status: 'reviewed', causes_confirmed: parts.causesConfirmed ? 1 : 0, reviewed_by: rc.actor.userId, reviewed_at: at, updated_at: at })
      .where('id', '=', id)
      .execute();
    await audit(app, rc, trx, { action: 'incident_update.review', entity: 'incident_update', entityId: id, unitId: incident.responsible_unit_id, after: input });
  });
  return updateView(app, id);
}

/**
 * Publication: the release goes out now; clocks it meets lose their alerts, a promise it makes
 * gets its own, and — when public — the update is pushed to every reader of the incident page.
 */
export async function publishUpdate(app: AppContext, rc: RequestContext, id: number): Promise<IncidentUpdateView> {
  const { update, incident } = await loadUpdate(app, id);
  await authorize(app, rc, canPublishUpdate(rc.actor, incident.unit_path), 'incidents.updates.publish');
  checkTransition(update.status, 'publish', Boolean(update.confidentiality_reviewed_at));
  if (incident.status !== 'active') throw conflict('事件已结束，不能再发布');
  checkPromise(app, update.next_update_by);
  const now = app.now();
  const at = now.toISOString();
  const releasesBefore = await repo.releasesOfIncidents(app.db, [incident.id]);
  const clocksBefore = statutoryClocks(incident, releasesBefore, at);
  const promisesBefore = await repo.publishedUpdates(app.db, incident.id);
  await app.db.transaction().execute(async (trx) => {
    await trx.updateTable('releases').set({ status: 'published', starts_at: at, release_date: districtDate(now), updated_at: at }).where('id', '=', update.release_id).execute();
    await trx.updateTable('incident_updates').set({ status: 'published', published_by: rc.actor.userId, published_at: at, updated_at: at }).where('id', '=', id).execute();
    await audit(app, rc, trx, { action: 'incident_update.publish', entity: 'incident_update', entityId: id, unitId: incident.responsible_unit_id, after: { releaseId: update.release_id, publishedAt: at } });

    const releases = await repo.releasesOfIncidents(trx, [incident.id]);
    await syncStatutoryAlerts(app, trx, incident, clocksBefore, statutoryClocks(incident, releases, at), releases);
    // A public update went out: whatever earlier promise was open is kept now.
    if (update.is_public === 1) for (const p of promisesBefore) await cancelClockAlerts(app, trx, promiseKey(incident.id, p.id));
    if (update.next_update_by) {
      const ref: IncidentClockRef = { incidentId: incident.id, rule: 'promise', updateId: id };
      await scheduleClockAlerts(app, trx, { source: 'incident', ref, clockKey: promiseKey(incident.id, id), due: update.next_update_by });
    }

    if (update.is_public === 1) {
      const item = updateItem({ ...update, published_at: at });
      await app.realtime.publish(trx, incidentChannel(incident.id), 'update', { key: item.key, html: renderTimelineItem(item).value });
    } else {
      await announce(app, trx, incident.id);
    }
  });
  return updateView(app, id);
}

// ---------------------------------------------------------------- the workbench

/** Open clocks for those who must act on them, and updates waiting for review or publication. */
export const incidentPendingItems: PendingProvider = async (app, actor: Actor) => {
  if (!hasAnyRole(actor, ['news_office', 'unit_editor', 'unit_approver'])) return [];
  const acts = (path: string) => hasAnyRole(actor, ['news_office', 'unit_editor', 'unit_approver'], path);
  const incidents = (await repo.activeIncidents(app.db)).filter((i) => acts(i.unit_path));
  const releases = await repo.releasesOfIncidents(
    app.db,
    incidents.map((i) => i.id),
  );
  const now = app.now().toISOString();
  const items: PendingItemView[] = incidents.flatMap((i) =>
    statutoryClocks(
      i,
      releases.filter((r) => r.incident_id === i.id),
      now,
    )
      .filter((c) => c.status !== 'met')
      .map((c) => ({
        kind: 'incident_clock',
        title: `${i.title}：${clockLabel(c.rule, ruleSetOf(i))}${c.status === 'overdue' ? '（已超时）' : ''}`,
        unitName: i.unit_name,
        due: c.due,
        rule: c.rule,
        link: consoleLink(i.id),
      })),
  );
  for (const u of await repo.updatesAwaiting(app.db)) {
    if (!hasAnyRole(actor, ['news_office', 'unit_approver'], u.unit_path)) continue;
    items.push({
      kind: u.status === 'draft' ? 'incident_update.review' : 'incident_update.publish',
      title: `${u.incident_title}：“${u.title}”${u.status === 'draft' ? '待审核' : '已审核，待发布'}`,
      unitName: u.unit_name,
      due: null,
      rule: 'A13.4-d',
      link: consoleLink(u.incident_id),
    });
  }
  return items;
};

/** A rolling update is edited only through the incident (four parts, review, A18.5), never as a plain release. */
export async function isIncidentUpdate(db: Db, releaseId: number): Promise<boolean> {
  return Boolean(await db.selectFrom('incident_updates').select('id').where('release_id', '=', releaseId).executeTakeFirst());
}
