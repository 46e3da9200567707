/**
 * Release topics (A9.2, A14): proposed by a unit's spokesperson or press section, endorsed by
 * its principal, accepted into the district's pool (or merged, or declined) by the news office,
 * and started as a release or a conference application carrying their data over.
 * Every change is one transaction with its audit record and its search-index entry.
 */
import {
  ConferenceBody,
  ReleaseBody,
  addDays,
  districtDate,
  hasAnyRole,
  type Actor,
  type TopicAction,
  type TopicBody,
  type TopicStatus,
  type TopicView,
} from '@fabutong/core';
import type { Kysely } from 'kysely';
import { audit } from '../../audit';
import { authorize } from '../../authorize';
import type { AppContext, RequestContext } from '../../context';
import type { Database } from '../../db/schema';
import { badRequest, conflict, notFound } from '../../errors';
import { createConference } from '../conferences/service';
import type { PendingProvider } from '../home/pending';
import { createRelease } from '../releases/service';
import { indexSearchDocuments } from '../search/indexer';
import { findUnit } from '../units/repository';
import { canProposeTopic, canReadTopic, topicActions, topicTransition } from './policy';
import { presentTopic, presentTopicSummary } from './present';
import * as repo from './repository';

const READING_ROLES = ['news_office', 'leader', 'auditor', 'unit_editor', 'unit_approver'] as const;

export function topicReadPaths(actor: Actor): (string | null)[] {
  return actor.grants.filter((g) => (READING_ROLES as readonly string[]).includes(g.role)).map((g) => g.unitPath);
}

const scopeOf = (row: repo.TopicWithUnit) => ({ unitPath: row.unit_path, status: row.status as TopicStatus, proposedBy: row.proposed_by });

async function loadTopic(app: AppContext, id: number) {
  const row = await repo.findTopic(app.db, id);
  if (!row) throw notFound('发布选题');
  return row;
}

async function readable(app: AppContext, rc: RequestContext, id: number) {
  const row = await loadTopic(app, id);
  await authorize(app, rc, canReadTopic(rc.actor, row.unit_path), 'topics.read');
  return row;
}

/** Authorizes the action (403) and checks the topic's state allows it (409, citing the rule). */
async function acting(app: AppContext, rc: RequestContext, id: number, action: TopicAction) {
  const row = await readable(app, rc, id);
  const { decision, illegal } = topicTransition(rc.actor, scopeOf(row), action);
  await authorize(app, rc, decision, `topics.${action}`);
  if (illegal) throw conflict(illegal, ['accept', 'merge', 'decline'].includes(action) ? 'A14' : 'A9.2');
  return row;
}

export async function topicView(app: AppContext, actor: Actor, id: number): Promise<TopicView> {
  const row = await loadTopic(app, id);
  const [mergedInto, merged] = await Promise.all([row.merged_into_id ? repo.topicTitle(app.db, row.merged_into_id) : null, repo.topicsMergedInto(app.db, id)]);
  return presentTopic(row, { actions: topicActions(actor, scopeOf(row)), mergedInto: mergedInto ?? null, merged });
}

export async function getTopic(app: AppContext, rc: RequestContext, id: number): Promise<TopicView> {
  await readable(app, rc, id);
  return topicView(app, rc.actor, id);
}

export async function listTopics(app: AppContext, rc: RequestContext, query: { status?: TopicStatus; unitId?: number; year?: number; q?: string; page: number; pageSize: number }) {
  const { page, pageSize, ...filter } = query;
  const { rows, total } = await repo.pageOfTopics(app.db, { ...filter, unitPaths: topicReadPaths(rc.actor) }, page, pageSize);
  return { total, items: rows.map((r) => presentTopicSummary(r, topicActions(rc.actor, scopeOf(r)))) };
}

function columns(input: TopicBody) {
  return {
    title: input.title,
    why_now: input.whyNow,
    category: input.category,
    form: input.form,
    suggested_date: input.suggestedDate,
    links: JSON.stringify(input.links),
  };
}

/** A9.2: the spokesperson or the press section proposes a topic. */
export async function proposeTopic(app: AppContext, rc: RequestContext, input: TopicBody): Promise<TopicView> {
  const unit = await findUnit(app.db, input.unitId);
  if (!unit || !unit.active) throw badRequest('单位不存在或已停用', [{ path: 'unitId', message: '单位不存在或已停用' }]);
  await authorize(app, rc, canProposeTopic(rc.actor, unit.path), 'topics.propose');
  const at = app.now().toISOString();
  const id = await app.db.transaction().execute(async (trx) => {
    const row = await trx
      .insertInto('topics')
      .values({
        unit_id: input.unitId,
        ...columns(input),
        status: 'proposed',
        proposed_by: rc.actor.userId,
        proposed_by_name: rc.actor.displayName,
        proposed_at: at,
        created_at: at,
        updated_at: at,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await indexSearchDocuments(app, trx, 'topic', [row.id]);
    await audit(app, rc, trx, { action: 'topic.propose', entity: 'topic', entityId: row.id, unitId: input.unitId, after: input });
    return row.id;
  });
  return topicView(app, rc.actor, id);
}

export async function updateTopic(app: AppContext, rc: RequestContext, id: number, input: TopicBody): Promise<TopicView> {
  const row = await acting(app, rc, id, 'edit');
  if (input.unitId !== row.unit_id) throw badRequest('不能更改选题的单位', [{ path: 'unitId', message: '不能更改选题的单位' }]);
  await change(app, rc, row, 'edit', { ...columns(input) }, { before: presentTopic(row, { actions: [], mergedInto: null, merged: [] }), after: input });
  return topicView(app, rc.actor, id);
}

/** One state change: the row (only if no one moved it first), its index entry and its audit record, together. */
async function change(
  app: AppContext,
  rc: RequestContext,
  row: repo.TopicWithUnit,
  action: TopicAction,
  changes: Parameters<typeof repo.updateTopicFrom>[3],
  record: { before?: unknown; after?: unknown } = {},
  also?: (trx: Kysely<Database>) => Promise<void>,
) {
  await app.db.transaction().execute(async (trx) => {
    const moved = await repo.updateTopicFrom(trx, row.id, row.status, { ...changes, updated_at: app.now().toISOString() });
    if (!moved) throw conflict('选题已被他人处理，请刷新后重试');
    await also?.(trx);
    await indexSearchDocuments(app, trx, 'topic', [row.id]);
    await audit(app, rc, trx, { action: `topic.${action}`, entity: 'topic', entityId: row.id, unitId: row.unit_id, before: record.before ?? { status: row.status }, after: record.after ?? changes });
  });
}

/** A9.2: the principal endorses the proposal, which goes to the news office. */
export async function endorseTopic(app: AppContext, rc: RequestContext, id: number, input: { opinion: string | null }) {
  const row = await acting(app, rc, id, 'endorse');
  await change(app, rc, row, 'endorse', { status: 'endorsed', endorsed_by: rc.actor.userId, endorsed_by_name: rc.actor.displayName, endorsed_at: app.now().toISOString(), endorse_opinion: input.opinion });
  return topicView(app, rc.actor, id);
}

export async function withdrawTopic(app: AppContext, rc: RequestContext, id: number) {
  const row = await acting(app, rc, id, 'withdraw');
  await change(app, rc, row, 'withdraw', { status: 'withdrawn' });
  return topicView(app, rc.actor, id);
}

const decided = (app: AppContext, rc: RequestContext, reason: string | null) => ({
  decided_by: rc.actor.userId,
  decided_by_name: rc.actor.displayName,
  decided_at: app.now().toISOString(),
  decision_reason: reason,
});

/** A14: the news office takes the topic into the district's pool. */
export async function acceptTopic(app: AppContext, rc: RequestContext, id: number, input: { note: string | null }) {
  const row = await acting(app, rc, id, 'accept');
  await change(app, rc, row, 'accept', { status: 'accepted', ...decided(app, rc, input.note) });
  return topicView(app, rc.actor, id);
}

/** A14: a duplicate is merged into a topic of the pool, which takes over what it answers to. */
export async function mergeTopic(app: AppContext, rc: RequestContext, id: number, input: { intoId: number; reason: string | null }) {
  const row = await acting(app, rc, id, 'merge');
  if (input.intoId === id) throw badRequest('不能把选题合并到它自己', [{ path: 'intoId', message: '请选择另一个选题' }]);
  const into = await repo.findTopic(app.db, input.intoId);
  if (!into || !['accepted', 'started'].includes(into.status)) {
    throw badRequest('只能合并到已入选题库的选题', [{ path: 'intoId', message: '请选择已入选题库的选题' }]);
  }
  await authorize(app, rc, canReadTopic(rc.actor, into.unit_path), 'topics.merge');
  const links = [...(JSON.parse(into.links) as TopicBody['links'])];
  for (const link of JSON.parse(row.links) as TopicBody['links']) {
    if (!links.some((l) => l.kind === link.kind && l.refId === link.refId && l.label === link.label)) links.push(link);
  }
  await change(
    app,
    rc,
    row,
    'merge',
    { status: 'merged', merged_into_id: into.id, ...decided(app, rc, input.reason) },
    { after: { mergedInto: into.id, reason: input.reason } },
    async (trx) => {
      await trx.updateTable('topics').set({ links: JSON.stringify(links.slice(0, 50)), updated_at: app.now().toISOString() }).where('id', '=', into.id).execute();
      await indexSearchDocuments(app, trx, 'topic', [into.id]);
    },
  );
  return topicView(app, rc.actor, id);
}

/** A14: the news office declines, saying why. */
export async function declineTopic(app: AppContext, rc: RequestContext, id: number, input: { reason: string }) {
  const row = await acting(app, rc, id, 'decline');
  await change(app, rc, row, 'decline', { status: 'declined', ...decided(app, rc, input.reason) });
  return topicView(app, rc.actor, id);
}

/** The start time a started topic carries: the one asked for, else 10:00 on the suggested date, else a week from today. */
function startTime(app: AppContext, row: repo.TopicWithUnit, startsAt: string | null): string {
  if (startsAt) return startsAt;
  const today = districtDate(app.now());
  const date = row.suggested_date && row.suggested_date > today ? row.suggested_date : addDays(today, 7);
  return `${date}T10:00:00+08:00`;
}

/** One step: a planned release carrying the topic's data (through the releases service and its rules), then the topic marked started. */
export async function startRelease(app: AppContext, rc: RequestContext, id: number, input: { startsAt: string | null }) {
  const row = await acting(app, rc, id, 'start_release');
  const body = ReleaseBody.parse({
    unitId: row.unit_id,
    title: row.title,
    inNameOf: 'unit',
    organizer: 'unit',
    form: row.form,
    categories: [row.category],
    startsAt: startTime(app, row, input.startsAt),
    qa: row.form === 'press_conference',
    summary: row.why_now.slice(0, 2000),
    status: 'planned',
  });
  const release = await createRelease(app, rc, body);
  await change(app, rc, row, 'start_release', { status: 'started', release_id: release.id }, { after: { releaseId: release.id } });
  return { topic: await topicView(app, rc.actor, id), link: `/releases/${release.id}`, releaseId: release.id, conferenceId: null };
}

/**
 * One step: a draft conference application (A15) carrying the topic's data, at the district
 * news release center, then the topic marked started. The application is the unit's: its
 * principal still approves and submits it (A15.1). When the news office starts it (A14: it
 * manages the topics of thematic conferences), it drafts on the unit's behalf — the audit
 * trail records the news office as the author.
 */
export async function startConference(app: AppContext, rc: RequestContext, id: number, input: { startsAt: string | null }) {
  const row = await acting(app, rc, id, 'start_conference');
  const venue = await app.db.selectFrom('venues').select('id').where('is_center', '=', 1).where('active', '=', 1).orderBy('id').executeTakeFirst();
  if (!venue) throw badRequest('尚未登记区新闻发布中心，请先在场地管理中登记');
  const body = ConferenceBody.parse({
    unitId: row.unit_id,
    title: row.title,
    inNameOf: 'news_office',
    startsAt: startTime(app, row, input.startsAt),
    venueId: venue.id,
    categories: [row.category],
    summary: row.why_now.slice(0, 2000),
  });
  const drafter = hasAnyRole(rc.actor, ['unit_editor', 'unit_approver'], row.unit_path) ? rc : onBehalfOfUnit(rc, row.unit_id, row.unit_path);
  const conference = await createConference(app, drafter, body);
  await change(app, rc, row, 'start_conference', { status: 'started', conference_id: conference.id }, { after: { conferenceId: conference.id } });
  return { topic: await topicView(app, rc.actor, id), link: `/conferences/${conference.id}`, releaseId: null, conferenceId: conference.id };
}

/** The news office drafting a unit's application from a pool topic: the unit's drafting right, for this one call. */
function onBehalfOfUnit(rc: RequestContext, unitId: number, unitPath: string): RequestContext {
  return { ...rc, actor: { ...rc.actor, grants: [...rc.actor.grants, { role: 'unit_editor', unitId, unitPath }] } };
}

/** What waits for the caller: proposals to endorse (principal), endorsed proposals to decide (news office). */
export const topicPendingItems: PendingProvider = async (app, actor) => {
  const rows = await repo.allTopics(app.db, { statuses: ['proposed', 'endorsed'], unitPaths: topicReadPaths(actor) });
  return rows
    .filter((r) => topicActions(actor, scopeOf(r)).some((a) => a === 'endorse' || a === 'accept'))
    .map((r) => ({
      kind: `topic.${r.status}`,
      title: r.status === 'proposed' ? `发布选题“${r.title}”待审核` : `发布选题“${r.title}”待受理`,
      unitName: r.unit_name,
      due: r.suggested_date,
      rule: r.status === 'proposed' ? 'A9.2' : 'A14',
      link: `/console/topics?id=${r.id}`,
    }));
};
