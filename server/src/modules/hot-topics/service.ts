/**
 * Hot-topic linkage (A13.1): the news office opens a topic (a heavy-rain forecast, say) and
 * assigns units to release or respond by a due time; each assignment is followed to its
 * release. A durable job at the due time looks again: an assignment not carried out by then (or
 * carried out late) is a candidate under A18.4, and the unit and the news office are told.
 */
import { POST_LABELS, districtDate, formatDistrictDateTime, hasAnyRole, type AssignmentTask, type AssignmentView, type HotTopicView, type Post } from '@fabutong/core';
import type { Kysely } from 'kysely';
import { audit } from '../../audit';
import { authorize } from '../../authorize';
import type { AppContext, RequestContext } from '../../context';
import type { Database } from '../../db/schema';
import { badRequest, conflict, notFound, ruleRefusal } from '../../errors';
import { recipientsFor } from '../alerts/repository';
import type { PendingItemView, PendingProvider } from '../home/pending';
import { notifyUsers } from '../notifications/service';
import { principalAndSpokesperson } from '../people/repository';
import { findUnit } from '../units/repository';
import { proposeViolation } from '../violations/service';
import { canCarryOut, canManageTopics, canReadTopics, visibleUnitPaths } from './policy';
import * as repo from './repository';
import { assignmentState } from './state';

export const ASSIGNMENT_DUE_JOB = 'hot_topics.assignment_due';
type Db = Kysely<Database>;
const LINK = '/console/hot-topics';

const visible = (paths: (string | null)[], unitPath: string) => paths.includes(null) || paths.some((p) => p !== null && unitPath.startsWith(p));

export function presentAssignment(a: repo.AssignmentRow, now: string): AssignmentView {
  const release = a.release_id !== null ? { status: a.release_status!, starts_at: a.release_starts_at! } : undefined;
  const { state, doneAt } = assignmentState(a.due_at, release, now);
  return {
    id: a.id,
    topicId: a.topic_id,
    topicTitle: a.topic_title,
    unitId: a.unit_id,
    unitName: a.unit_name,
    task: a.task as AssignmentTask,
    instructions: a.instructions,
    dueAt: a.due_at,
    state,
    release: a.release_id !== null ? { id: a.release_id, title: a.release_title!, status: a.release_status as 'planned', startsAt: a.release_starts_at! } : null,
    doneAt,
  };
}

async function topicViews(app: AppContext, paths: (string | null)[], rows: Awaited<ReturnType<typeof repo.listTopics>>): Promise<HotTopicView[]> {
  const all = await repo.assignmentsOf(
    app.db,
    rows.map((r) => r.id),
  );
  const now = app.now().toISOString();
  return rows
    .map((t) => ({
      id: t.id,
      title: t.title,
      description: t.description,
      status: t.status as 'open' | 'closed',
      openedBy: t.opened_by_name,
      openedAt: t.opened_at,
      closedAt: t.closed_at,
      assignments: all.filter((a) => a.topic_id === t.id && visible(paths, a.unit_path)).map((a) => presentAssignment(a, now)),
    }))
    .filter((t) => paths.includes(null) || t.assignments.length > 0);
}

export async function listTopics(app: AppContext, rc: RequestContext, status?: 'open' | 'closed') {
  await authorize(app, rc, canReadTopics(rc.actor), 'hot_topics.read');
  return topicViews(app, visibleUnitPaths(rc.actor), await repo.listTopics(app.db, status));
}

/** One topic with every assignment: for the news office, which manages it. */
async function topicView(app: AppContext, id: number): Promise<HotTopicView> {
  const row = await repo.findTopic(app.db, id);
  if (!row) throw notFound('热点选题');
  return (await topicViews(app, [null], [row]))[0]!;
}

export async function openTopic(app: AppContext, rc: RequestContext, input: { title: string; description: string }) {
  await authorize(app, rc, canManageTopics(rc.actor), 'hot_topics.create');
  const at = app.now().toISOString();
  const id = await app.db.transaction().execute(async (trx) => {
    const row = await trx
      .insertInto('hot_topics')
      .values({ title: input.title, description: input.description, status: 'open', opened_by: rc.actor.userId, opened_at: at, closed_at: null, created_at: at, updated_at: at })
      .returning('id')
      .executeTakeFirstOrThrow();
    await audit(app, rc, trx, { action: 'hot_topic.open', entity: 'hot_topic', entityId: row.id, after: input });
    return row.id;
  });
  return topicView(app, id);
}

export async function closeTopic(app: AppContext, rc: RequestContext, id: number) {
  await authorize(app, rc, canManageTopics(rc.actor), 'hot_topics.close');
  const row = await repo.findTopic(app.db, id);
  if (!row) throw notFound('热点选题');
  if (row.status === 'closed') throw conflict('该热点选题已结束');
  await app.db.transaction().execute(async (trx) => {
    const at = app.now().toISOString();
    await trx.updateTable('hot_topics').set({ status: 'closed', closed_at: at, updated_at: at }).where('id', '=', id).execute();
    await audit(app, rc, trx, { action: 'hot_topic.close', entity: 'hot_topic', entityId: id, before: { status: row.status }, after: { status: 'closed' } });
  });
  return topicView(app, id);
}

const dueKey = (assignmentId: number, dueAt: string) => `assignment-due:${assignmentId}:${dueAt}`;

/** A13.1: assigns a unit to release or respond by a due time; the unit is told, and a job waits at the due time. */
export async function addAssignment(app: AppContext, rc: RequestContext, topicId: number, input: { unitId: number; task: AssignmentTask; instructions: string; dueAt: string }) {
  await authorize(app, rc, canManageTopics(rc.actor), 'hot_topics.assign');
  const topic = await repo.findTopic(app.db, topicId);
  if (!topic) throw notFound('热点选题');
  if (topic.status !== 'open') throw conflict('该热点选题已结束，不能再分派任务');
  const unit = await findUnit(app.db, input.unitId);
  if (!unit || !unit.active || unit.kind === 'city' || unit.kind === 'district') throw badRequest('承办单位不存在或已停用', [{ path: 'unitId', message: '请选择承办单位' }]);
  const dueAt = new Date(input.dueAt).toISOString();
  if (Date.parse(dueAt) <= app.now().getTime()) throw badRequest('完成时限应晚于当前时间', [{ path: 'dueAt', message: '应晚于当前时间' }]);
  const at = app.now().toISOString();
  await app.db.transaction().execute(async (trx) => {
    const row = await trx
      .insertInto('hot_topic_assignments')
      .values({ topic_id: topicId, unit_id: input.unitId, task: input.task, instructions: input.instructions, due_at: dueAt, release_id: null, created_by: rc.actor.userId, created_at: at, updated_at: at })
      .returning('id')
      .executeTakeFirstOrThrow();
    await app.jobs.schedule(trx, { kind: ASSIGNMENT_DUE_JOB, dedupeKey: dueKey(row.id, dueAt), runAt: new Date(Date.parse(dueAt) + 1000), payload: { assignmentId: row.id } });
    await audit(app, rc, trx, { action: 'hot_topic.assign', entity: 'hot_topic', entityId: topicId, unitId: input.unitId, after: { assignmentId: row.id, ...input } });
    const recipients = await recipientsFor(trx, input.unitId, ['unit'], districtDate(app.now()));
    await notifyUsers(
      app,
      trx,
      recipients.map((r) => r.userId).filter((x): x is number => x !== null),
      {
        title: `热点选题联动：${topic.title}`,
        body: `区政府新闻办请${unit.name}于 ${formatDistrictDateTime(dueAt)} 前${input.task === 'release' ? '发布' : '回应'}：${input.instructions}（A13.1）`,
        link: LINK,
        severity: 'warning',
        dedupeKey: `hot-topic-assignment:${row.id}`,
      },
    );
  });
  return topicView(app, topicId);
}

/** The release that carries the assignment out: the assigned unit's, registered in the releases register. */
export async function linkAssignmentRelease(app: AppContext, rc: RequestContext, assignmentId: number, releaseId: number) {
  const a = await repo.findAssignment(app.db, assignmentId);
  if (!a) throw notFound('联动任务');
  await authorize(app, rc, canCarryOut(rc.actor, a.unit_path), 'hot_topics.carry_out');
  const release = await app.db.selectFrom('releases').select(['id', 'title', 'unit_id']).where('id', '=', releaseId).executeTakeFirst();
  if (!release) throw badRequest('发布活动不存在', [{ path: 'releaseId', message: '发布活动不存在' }]);
  if (release.unit_id !== a.unit_id) throw ruleRefusal('A13.1', '谁主管、谁发布：须关联承办单位自己的发布活动', [{ path: 'releaseId', message: '不是承办单位的发布活动', rule: 'A13.1' }]);
  await app.db.transaction().execute(async (trx) => {
    await trx.updateTable('hot_topic_assignments').set({ release_id: releaseId, updated_at: app.now().toISOString() }).where('id', '=', assignmentId).execute();
    await audit(app, rc, trx, { action: 'hot_topic.carry_out', entity: 'hot_topic', entityId: a.topic_id, unitId: a.unit_id, before: { releaseId: a.release_id }, after: { assignmentId, releaseId, title: release.title } });
  });
  return presentAssignment((await repo.findAssignment(app.db, assignmentId))!, app.now().toISOString());
}

/** At the due time: not carried out (or carried out late) → an A18.4 candidate, and the unit and the news office are told. */
export async function checkAssignmentDue(app: AppContext, assignmentId: number): Promise<void> {
  const a = await repo.findAssignment(app.db, assignmentId);
  if (!a) return;
  const view = presentAssignment(a, app.now().toISOString());
  if (view.state !== 'overdue' && view.state !== 'done_late') return;
  const date = districtDate(app.now());
  const people = await principalAndSpokesperson(app.db, a.unit_id, date);
  const recipients = await recipientsFor(app.db, a.unit_id, ['unit', 'news_office'], date);
  await app.db.transaction().execute(async (trx: Db) => {
    await proposeViolation(app, trx, {
      kind: 'A18.4',
      unitId: a.unit_id,
      people: people.map((p) => ({ personId: p.id, name: p.name, post: POST_LABELS[p.post as Post] })),
      summary: `热点选题“${a.topic_title}”：${a.unit_name}未按时${a.task === 'release' ? '发布' : '回应'}（截止 ${formatDistrictDateTime(a.due_at)}）`,
      evidence: {
        topicId: a.topic_id,
        topicTitle: a.topic_title,
        assignmentId: a.id,
        task: a.task,
        instructions: a.instructions,
        assignedAt: a.created_at,
        dueAt: a.due_at,
        state: view.state,
        release: view.release,
        detectedAt: app.now().toISOString(),
        rule: 'A13.1',
      },
      sourceType: 'hot_topic_assignment',
      sourceId: String(a.id),
      link: LINK,
    });
    await notifyUsers(
      app,
      trx,
      recipients.map((r) => r.userId).filter((x): x is number => x !== null),
      {
        title: `联动任务逾期：${a.topic_title}`,
        body: `${a.unit_name}的${a.task === 'release' ? '发布' : '回应'}任务已于 ${formatDistrictDateTime(a.due_at)} 到期${view.state === 'overdue' ? '，尚未完成' : '，逾期完成'}。已作为违规线索记录（A18.4）。`,
        link: LINK,
        severity: 'urgent',
        dedupeKey: `hot-topic-overdue:${a.id}`,
      },
    );
  });
}

export function registerHotTopicJobs(app: AppContext): void {
  app.jobs.register(ASSIGNMENT_DUE_JOB, async (job) => checkAssignmentDue(app, (job.payload as { assignmentId: number }).assignmentId));
}

/** Assignments still to carry out, for the assigned unit's people. */
export const hotTopicPendingItems: PendingProvider = async (app, actor) => {
  if (!hasAnyRole(actor, ['unit_editor', 'unit_approver'])) return [];
  const paths = visibleUnitPaths(actor);
  const now = app.now().toISOString();
  const items: PendingItemView[] = [];
  for (const a of await repo.openAssignments(app.db)) {
    if (!visible(paths, a.unit_path)) continue;
    const v = presentAssignment(a, now);
    if (v.state !== 'pending' && v.state !== 'overdue') continue;
    items.push({ kind: 'hot_topic.assignment', title: `热点选题“${a.topic_title}”：${v.task === 'release' ? '发布' : '回应'}${v.state === 'overdue' ? '（已逾期）' : ''}`, unitName: a.unit_name, due: a.due_at, rule: 'A13.1', link: LINK });
  }
  return items;
};
