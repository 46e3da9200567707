/**
 * The talking-points library (口径库, A9.3): lines drafted in a review loop (every wording a
 * version, comments on a version, a diff between any two), approved by the unit's principal or
 * spokesperson (the news office for district-wide lines), offered only while approved and in
 * force, with reminders before the review date and a flag on every use after it.
 * Every change is one transaction with its audit record, its search-index entry and its timers.
 */
import {
  TALKING_POINT_ACTION_LABELS,
  addDays,
  canReadUnit,
  datesViolation,
  diffText,
  districtDate,
  reminderDays,
  standingOn,
  talkingPointActions,
  talkingPointTransition,
  usedAfterReview,
  type Actor,
  type Sensitivity,
  type TalkingPointAction,
  type TalkingPointBody,
  type TalkingPointStanding,
  type TalkingPointStatus,
  type TalkingPointSummaryView,
  type TalkingPointUseKind,
  type TalkingPointView,
} from '@fabutong/core';
import type { Kysely } from 'kysely';
import { audit } from '../../audit';
import { authorize } from '../../authorize';
import type { AppContext, RequestContext } from '../../context';
import type { Database } from '../../db/schema';
import { badRequest, conflict, notFound, ruleRefusal } from '../../errors';
import type { PendingItemView, PendingProvider } from '../home/pending';
import { notifyUsers } from '../notifications/service';
import { indexSearchDocuments } from '../search/indexer';
import { findUnit } from '../units/repository';
import { canDraftTalkingPoint, canReadTalkingPoint, canRecordUse, talkingPointCapacities, talkingPointReadPaths, type PointScope } from './policy';
import * as repo from './repository';

export const REVIEW_REMINDER_JOB = 'talking_point.review_reminder';

const today = (app: AppContext) => districtDate(app.now());

function scopeOf(row: { unit_path: string; district_wide: number; status: string; sensitivity: string }): PointScope {
  return {
    unitPath: row.unit_path,
    districtWide: row.district_wide === 1,
    openToAll: row.status === 'approved' && (row.sensitivity === 'quotable' || row.district_wide === 1),
  };
}

async function loadPoint(app: AppContext, id: number) {
  const row = await repo.findPoint(app.db, id);
  if (!row) throw notFound('发布口径');
  return row;
}

async function readable(app: AppContext, rc: RequestContext, id: number) {
  const row = await loadPoint(app, id);
  await authorize(app, rc, canReadTalkingPoint(rc.actor, scopeOf(row)), 'talking_points.read');
  return row;
}

function summaryOf(row: repo.PointListRow | (repo.PointRow & { flagged_uses: number }), on: string): TalkingPointSummaryView {
  const status = row.status as TalkingPointStatus;
  return {
    id: row.id,
    unitId: row.unit_id,
    unitName: row.unit_name,
    districtWide: row.district_wide === 1,
    topicId: row.topic_id,
    subject: row.subject,
    questions: JSON.parse(row.questions) as string[],
    answer: row.answer,
    effectiveFrom: row.effective_from,
    reviewBy: row.review_by,
    sensitivity: row.sensitivity as Sensitivity,
    status,
    standing: standingOn({ status, effectiveFrom: row.effective_from, reviewBy: row.review_by }, on),
    version: row.version,
    flaggedUses: Number(row.flagged_uses ?? 0),
    updatedAt: row.updated_at,
  };
}

export async function talkingPointView(app: AppContext, actor: Actor, id: number): Promise<TalkingPointView> {
  const row = await loadPoint(app, id);
  const [versions, comments, uses] = await Promise.all([repo.versionsOf(app.db, id), repo.commentsOf(app.db, id), repo.usesOf(app.db, id)]);
  const caps = talkingPointCapacities(actor, scopeOf(row));
  const status = row.status as TalkingPointStatus;
  return {
    ...summaryOf({ ...row, flagged_uses: uses.filter((u) => u.flagged === 1).length }, today(app)),
    topicTitle: row.topic_title,
    facts: row.facts,
    draftedByName: row.drafted_by_name,
    approvedByName: row.approved_by_name,
    approvedAt: row.approved_at,
    versions: versions.map((v) => ({
      version: v.version,
      subject: v.subject,
      questions: JSON.parse(v.questions) as string[],
      answer: v.answer,
      facts: v.facts,
      createdByName: v.created_by_name,
      createdAt: v.created_at,
    })),
    comments: comments.map((c) => ({ id: c.id, version: c.version, quote: c.quote, body: c.body, authorName: c.author_name, createdAt: c.created_at })),
    uses: uses.map((u) => ({
      id: u.id,
      kind: u.kind as TalkingPointUseKind,
      refId: u.ref_id,
      label: u.label,
      usedOn: u.used_on,
      usedByName: u.used_by_name,
      flagged: u.flagged === 1,
      createdAt: u.created_at,
    })),
    actions: talkingPointActions(status, caps),
    editable: status === 'draft' && caps.has('drafter'),
    createdAt: row.created_at,
  };
}

export async function getTalkingPoint(app: AppContext, rc: RequestContext, id: number) {
  await readable(app, rc, id);
  return talkingPointView(app, rc.actor, id);
}

export async function listTalkingPoints(
  app: AppContext,
  rc: RequestContext,
  query: { unitId?: number; standing?: TalkingPointStanding; topicId?: number; q?: string; page: number; pageSize: number },
) {
  const { page, pageSize, ...filter } = query;
  const on = today(app);
  const { rows, total } = await repo.pageOfPoints(app.db, { ...filter, today: on, unitPaths: talkingPointReadPaths(rc.actor) }, page, pageSize);
  return { total, items: rows.map((r) => summaryOf(r, on)) };
}

/** A9.3: what a spokesperson of the unit may use today — its own lines and the district-wide ones, approved and in force. */
export async function usableTalkingPoints(app: AppContext, rc: RequestContext, query: { unitId: number; topicId?: number; q?: string }) {
  const unit = await findUnit(app.db, query.unitId);
  if (!unit) throw notFound('单位');
  await authorize(app, rc, canReadUnit(rc.actor, unit.path) ? { allowed: true } : { allowed: false, rule: 'A17', reason: '只能查看本人获授权单位可用的口径' }, 'talking_points.usable');
  const on = today(app);
  const { rows } = await repo.pageOfPoints(app.db, { forUnitId: query.unitId, topicId: query.topicId, q: query.q, standing: 'in_force', today: on, unitPaths: [null] }, 1, 200);
  return { items: rows.map((r) => summaryOf(r, on)) };
}

async function checkInput(app: AppContext, input: TalkingPointBody) {
  const unit = await findUnit(app.db, input.unitId);
  if (!unit || !unit.active) throw badRequest('单位不存在或已停用', [{ path: 'unitId', message: '单位不存在或已停用' }]);
  const dates = datesViolation(input.effectiveFrom, input.reviewBy);
  if (dates) throw ruleRefusal(dates.rule, dates.message, [{ path: dates.field, message: dates.message, rule: dates.rule }]);
  if (input.topicId !== null) {
    const topic = await app.db.selectFrom('topics').select('id').where('id', '=', input.topicId).executeTakeFirst();
    if (!topic) throw badRequest('关联的选题不存在', [{ path: 'topicId', message: '关联的选题不存在' }]);
  }
  return unit;
}

const content = (input: Pick<TalkingPointBody, 'subject' | 'questions' | 'answer' | 'facts'>) => ({
  subject: input.subject,
  questions: JSON.stringify(input.questions),
  answer: input.answer,
  facts: input.facts,
});

export async function createTalkingPoint(app: AppContext, rc: RequestContext, input: TalkingPointBody): Promise<TalkingPointView> {
  const unit = await checkInput(app, input);
  await authorize(app, rc, canDraftTalkingPoint(rc.actor, unit.path), 'talking_points.create');
  const at = app.now().toISOString();
  const id = await app.db.transaction().execute(async (trx) => {
    const row = await trx
      .insertInto('talking_points')
      .values({
        unit_id: input.unitId,
        district_wide: input.districtWide ? 1 : 0,
        topic_id: input.topicId,
        ...content(input),
        effective_from: input.effectiveFrom,
        review_by: input.reviewBy,
        sensitivity: input.sensitivity,
        status: 'draft',
        version: 1,
        drafted_by: rc.actor.userId,
        drafted_by_name: rc.actor.displayName,
        created_at: at,
        updated_at: at,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await trx
      .insertInto('talking_point_versions')
      .values({ talking_point_id: row.id, version: 1, ...content(input), created_by: rc.actor.userId, created_by_name: rc.actor.displayName, created_at: at })
      .execute();
    await indexSearchDocuments(app, trx, 'talking_point', [row.id]);
    await audit(app, rc, trx, { action: 'talking_point.create', entity: 'talking_point', entityId: row.id, unitId: input.unitId, after: input });
    return row.id;
  });
  return talkingPointView(app, rc.actor, id);
}

/** A changed wording is a new version; the earlier ones stay, to compare. Only a draft is edited. */
export async function updateTalkingPoint(app: AppContext, rc: RequestContext, id: number, input: TalkingPointBody): Promise<TalkingPointView> {
  const row = await readable(app, rc, id);
  const caps = talkingPointCapacities(rc.actor, scopeOf(row));
  await authorize(app, rc, caps.has('drafter') ? { allowed: true } : { allowed: false, rule: 'A17', reason: '只能修改本人获授权单位的口径' }, 'talking_points.update');
  if (row.status !== 'draft') throw conflict('口径只有在起草中（含退回修改）时可以修改；已审定的口径请先“重新修订”', 'A9.3');
  if (input.unitId !== row.unit_id) throw badRequest('不能更改口径所属单位', [{ path: 'unitId', message: '不能更改口径所属单位' }]);
  await checkInput(app, input);
  const at = app.now().toISOString();
  const changed = row.subject !== input.subject || row.questions !== JSON.stringify(input.questions) || row.answer !== input.answer || row.facts !== input.facts;
  const version = changed ? row.version + 1 : row.version;
  await app.db.transaction().execute(async (trx) => {
    await trx
      .updateTable('talking_points')
      .set({
        district_wide: input.districtWide ? 1 : 0,
        topic_id: input.topicId,
        ...content(input),
        effective_from: input.effectiveFrom,
        review_by: input.reviewBy,
        sensitivity: input.sensitivity,
        version,
        updated_at: at,
      })
      .where('id', '=', id)
      .execute();
    if (changed) {
      await trx
        .insertInto('talking_point_versions')
        .values({ talking_point_id: id, version, ...content(input), created_by: rc.actor.userId, created_by_name: rc.actor.displayName, created_at: at })
        .execute();
    }
    await indexSearchDocuments(app, trx, 'talking_point', [id]);
    await audit(app, rc, trx, { action: 'talking_point.update', entity: 'talking_point', entityId: id, unitId: row.unit_id, before: { version: row.version }, after: { ...input, version } });
  });
  return talkingPointView(app, rc.actor, id);
}

/** A step of the review loop (A9.3): submit, request changes, approve, revise, withdraw. */
export async function actOnTalkingPoint(app: AppContext, rc: RequestContext, id: number, action: TalkingPointAction, input: { comment: string | null }) {
  const row = await readable(app, rc, id);
  const result = talkingPointTransition(row.status as TalkingPointStatus, action, talkingPointCapacities(rc.actor, scopeOf(row)));
  if (!result.ok && result.kind === 'forbidden') await authorize(app, rc, { allowed: false, rule: 'A17', reason: result.message }, `talking_points.${action}`);
  if (!result.ok) throw conflict(result.message, 'A9.3');
  if (action === 'request_changes' && !input.comment) throw badRequest('退回修改须写明意见', [{ path: 'comment', message: '请写明修改意见' }]);
  const at = app.now().toISOString();
  await app.db.transaction().execute(async (trx) => {
    const moved = await trx
      .updateTable('talking_points')
      .set({
        status: result.status,
        ...(action === 'approve' ? { approved_by: rc.actor.userId, approved_by_name: rc.actor.displayName, approved_at: at } : {}),
        updated_at: at,
      })
      .where('id', '=', id)
      .where('status', '=', row.status)
      .executeTakeFirst();
    if (Number(moved.numUpdatedRows) !== 1) throw conflict('口径已被他人处理，请刷新后重试');
    if (input.comment) {
      await trx
        .insertInto('talking_point_comments')
        .values({ talking_point_id: id, version: row.version, quote: null, body: `【${TALKING_POINT_ACTION_LABELS[action]}】${input.comment}`, author_id: rc.actor.userId, author_name: rc.actor.displayName, created_at: at })
        .execute();
    }
    if (action === 'approve') await scheduleReviewReminders(app, trx, id, row.review_by);
    if (action === 'revise' || action === 'withdraw') await app.jobs.cancel(trx, `talking-point-review:${id}:`);
    await indexSearchDocuments(app, trx, 'talking_point', [id]);
    await audit(app, rc, trx, { action: `talking_point.${action}`, entity: 'talking_point', entityId: id, unitId: row.unit_id, before: { status: row.status }, after: { status: result.status, version: row.version, comment: input.comment } });
  });
  return talkingPointView(app, rc.actor, id);
}

export async function commentOnTalkingPoint(app: AppContext, rc: RequestContext, id: number, input: { version: number; quote: string | null; body: string }) {
  const row = await readable(app, rc, id);
  const caps = talkingPointCapacities(rc.actor, scopeOf(row));
  await authorize(app, rc, caps.size > 0 ? { allowed: true } : { allowed: false, rule: 'A17', reason: '只有口径的起草人和审定人可以提意见' }, 'talking_points.comment');
  const version = await app.db.selectFrom('talking_point_versions').select('id').where('talking_point_id', '=', id).where('version', '=', input.version).executeTakeFirst();
  if (!version) throw badRequest('该版本不存在', [{ path: 'version', message: '该版本不存在' }]);
  await app.db.transaction().execute(async (trx) => {
    const c = await trx
      .insertInto('talking_point_comments')
      .values({ talking_point_id: id, version: input.version, quote: input.quote, body: input.body, author_id: rc.actor.userId, author_name: rc.actor.displayName, created_at: app.now().toISOString() })
      .returning('id')
      .executeTakeFirstOrThrow();
    await audit(app, rc, trx, { action: 'talking_point.comment', entity: 'talking_point', entityId: id, unitId: row.unit_id, after: { commentId: c.id, ...input } });
  });
  return talkingPointView(app, rc.actor, id);
}

/** Records where a line was used; a use after its review date is flagged (A9.3) and its unit told. */
export async function recordUse(app: AppContext, rc: RequestContext, id: number, input: { kind: TalkingPointUseKind; refId: number | null; label: string; usedOn: string }) {
  const row = await readable(app, rc, id);
  await authorize(app, rc, canRecordUse(rc.actor), 'talking_points.use');
  if (row.status !== 'approved') throw conflict('只有已审定的口径可以使用', 'A9.3');
  if (input.usedOn < row.effective_from) throw ruleRefusal('A9.3', `口径自 ${row.effective_from} 起生效，不能登记在此之前的使用`, [{ path: 'usedOn', message: '早于口径生效日期', rule: 'A9.3' }]);
  const late = usedAfterReview(row.review_by, input.usedOn);
  const recipients = late ? await repo.usersToRemind(app.db, row.unit_id, row.district_wide === 1, [row.drafted_by]) : [];
  await app.db.transaction().execute(async (trx) => {
    const use = await trx
      .insertInto('talking_point_uses')
      .values({ talking_point_id: id, kind: input.kind, ref_id: input.refId, label: input.label, used_on: input.usedOn, used_by: rc.actor.userId, used_by_name: rc.actor.displayName, flagged: late ? 1 : 0, created_at: app.now().toISOString() })
      .returning('id')
      .executeTakeFirstOrThrow();
    if (late) {
      await notifyUsers(app, trx, recipients, {
        title: `口径“${row.subject}”在复核日期后被使用`,
        body: `${rc.actor.displayName}登记：${input.label}（${input.usedOn}）。${late.message}，请尽快复核。`,
        link: `/console/talking-points?id=${id}`,
        severity: 'warning',
        dedupeKey: `talking-point-late-use:${use.id}`,
      });
    }
    await audit(app, rc, trx, { action: 'talking_point.use', entity: 'talking_point', entityId: id, unitId: row.unit_id, after: { ...input, useId: use.id, flagged: Boolean(late) } });
  });
  return talkingPointView(app, rc.actor, id);
}

export async function diffTalkingPoint(app: AppContext, rc: RequestContext, id: number, from: number, to: number) {
  await readable(app, rc, id);
  const versions = await repo.versionsOf(app.db, id);
  const a = versions.find((v) => v.version === from);
  const b = versions.find((v) => v.version === to);
  if (!a || !b) throw badRequest('版本不存在', [{ path: !a ? 'from' : 'to', message: '版本不存在' }]);
  const lines = (q: string) => (JSON.parse(q) as string[]).join('\n');
  return {
    from,
    to,
    fields: [
      { field: 'subject' as const, ops: diffText(a.subject, b.subject) },
      { field: 'questions' as const, ops: diffText(lines(a.questions), lines(b.questions)) },
      { field: 'answer' as const, ops: diffText(a.answer, b.answer) },
      { field: 'facts' as const, ops: diffText(a.facts, b.facts) },
    ],
  };
}

// ---------------------------------------------------------------- reminders

/** Reminders before the review date, once each: the key carries the date, so a new date gets its own. */
async function scheduleReviewReminders(app: AppContext, trx: Kysely<Database>, id: number, reviewBy: string) {
  for (const r of reminderDays(reviewBy, today(app))) {
    await app.jobs.schedule(trx, {
      kind: REVIEW_REMINDER_JOB,
      dedupeKey: `talking-point-review:${id}:${reviewBy}:${r.daysBefore}`,
      runAt: new Date(`${r.on}T09:00:00+08:00`),
      payload: { id, reviewBy, daysBefore: r.daysBefore },
    });
  }
}

export async function sendReviewReminder(app: AppContext, payload: { id: number; reviewBy: string; daysBefore: number }): Promise<number> {
  const row = await repo.findPoint(app.db, payload.id);
  // Withdrawn, revised or given another date since: this reminder is no longer due.
  if (!row || row.status !== 'approved' || row.review_by !== payload.reviewBy) return 0;
  const userIds = await repo.usersToRemind(app.db, row.unit_id, row.district_wide === 1, [row.drafted_by, row.approved_by]);
  return app.db.transaction().execute((trx) =>
    notifyUsers(app, trx, userIds, {
      title: `口径“${row.subject}”将于 ${row.review_by} 到期`,
      body: `请在 ${row.review_by} 前复核该口径：到期后不再提供给新闻发言人使用（第九条（三））。`,
      link: `/console/talking-points?id=${row.id}`,
      severity: payload.daysBefore <= 1 ? 'warning' : 'info',
      dedupeKey: `talking-point-review:${row.id}:${row.review_by}:${payload.daysBefore}`,
    }),
  );
}

export function registerTalkingPointJobs(app: AppContext): void {
  app.jobs.register(REVIEW_REMINDER_JOB, async (job) => {
    await sendReviewReminder(app, job.payload as { id: number; reviewBy: string; daysBefore: number });
  });
}

/** What waits for the caller: lines to approve, and their units' lines that run out within a week. */
export const talkingPointPendingItems: PendingProvider = async (app, actor) => {
  const on = today(app);
  const rows = await app.db
    .selectFrom('talking_points')
    .innerJoin('units', 'units.id', 'talking_points.unit_id')
    .selectAll('talking_points')
    .select(['units.name as unit_name', 'units.path as unit_path'])
    .where((eb) => eb.or([eb('talking_points.status', '=', 'in_review'), eb.and([eb('talking_points.status', '=', 'approved'), eb('talking_points.review_by', '>=', on), eb('talking_points.review_by', '<=', addDays(on, 7))])]))
    .execute();
  return rows.flatMap((r): PendingItemView[] => {
    const caps = talkingPointCapacities(actor, scopeOf(r));
    if (r.status === 'in_review' && caps.has('approver')) {
      return [{ kind: 'talking_point.in_review', title: `口径“${r.subject}”待审定`, unitName: r.unit_name, due: null, rule: 'A9.3', link: `/console/talking-points?id=${r.id}` }];
    }
    if (r.status === 'approved' && caps.has('drafter')) {
      return [{ kind: 'talking_point.expiring', title: `口径“${r.subject}”即将到期，请复核`, unitName: r.unit_name, due: r.review_by, rule: 'A9.3', link: `/console/talking-points?id=${r.id}` }];
    }
    return [];
  });
};
