/**
 * Opinion items (A13.2) and their N61 clock: reported by hand, assigned to the responsible
 * unit, assessed by it, closed by a linked response release or a decision not to respond.
 *
 * Like the incident clocks, the N61 clock is never stored: it follows from the assessment, the
 * time first seen and the response release whenever it is read. What is stored are its alert
 * steps (the alerts module's durable jobs), scheduled when an assessment starts the clock and
 * cancelled when it is met or gone; a step that finds it overdue proposes an A18.1 candidate.
 */
import {
  ARTICLES,
  OPINION_LEVEL_LABELS,
  POST_LABELS,
  REGION_KINDS,
  ReleaseBody,
  districtDate,
  formatDistrictDateTime,
  hasAnyRole,
  hasRole,
  ruleSetInForce,
  titleKey,
  linkKey,
  type Actor,
  type DeadlineClock,
  type OpinionDetail,
  type OpinionItemBody,
  type OpinionItemView,
  type OpinionLevel,
  type Post,
  type UnitKind,
} from '@fabutong/core';
import type { Kysely } from 'kysely';
import type { z } from 'zod';
import type { AssessBody, ResponseReleaseBody } from '@fabutong/core';
import { audit } from '../../audit';
import { authorize } from '../../authorize';
import type { AppContext, RequestContext } from '../../context';
import type { Database } from '../../db/schema';
import { badRequest, conflict, notFound, ruleRefusal } from '../../errors';
import { alertSchedule, cancelClockAlerts, scheduleClockAlerts, type ClockSource, type ClockState } from '../alerts/service';
import { recipientsFor } from '../alerts/repository';
import type { PendingItemView, PendingProvider } from '../home/pending';
import { notifyUsers } from '../notifications/service';
import { canReadRelease } from '../releases/policy';
import { createRelease } from '../releases/service';
import { indexSearchDocuments } from '../search/indexer';
import { findUnit } from '../units/repository';
import { proposeViolation } from '../violations/service';
import { canAssess, canAssign, canDecideNoResponse, canReadItem, canReport, canRespond, readableUnitPaths } from './policy';
import { clockLabel, itemClock, presentItem, ruleSetOf } from './present';
import { principalAndSpokesperson } from '../people/repository';
import * as repo from './repository';
import { consultationsOfItem } from './consultations';

type Db = Kysely<Database>;
/** A time seen a little ahead of the server's clock is still "now": browsers and servers drift. */
const FUTURE_TOLERANCE_MS = 5 * 60_000;
const CLOSED = new Set(['responded', 'not_responded']);

export const clockKey = (itemId: number) => `opinion:${itemId}:N61`;
export const consoleLink = (itemId: number) => `/console/opinions/${itemId}`;

// ---------------------------------------------------------------- reading

export async function loadItem(db: Db, id: number) {
  const row = await repo.findItem(db, id);
  if (!row) throw notFound('舆情');
  return row;
}

async function releaseOf(db: Db, releaseId: number | null) {
  return releaseId === null ? undefined : (await repo.responseReleases(db, [releaseId]))[0];
}

export async function itemDetail(app: AppContext, id: number): Promise<OpinionDetail> {
  const row = await loadItem(app.db, id);
  const [release, consultations, alerts] = await Promise.all([releaseOf(app.db, row.response_release_id), consultationsOfItem(app.db, id), alertSchedule(app, `${clockKey(id)}@`)]);
  return {
    ...presentItem(row, release, app.now().toISOString()),
    responseRelease: release ? { id: release.id, title: release.title, status: release.status as 'planned', startsAt: release.starts_at, isPublic: release.is_public === 1 } : null,
    consultations,
    alerts: alerts.map((a) => ({ offsetMinutes: a.offsetMinutes, runAt: a.runAt, status: a.status, late: a.late })),
  };
}

export async function getItem(app: AppContext, rc: RequestContext, id: number): Promise<OpinionDetail> {
  const row = await loadItem(app.db, id);
  await authorize(app, rc, canReadItem(rc.actor, row.unit_path), 'opinions.read');
  return itemDetail(app, id);
}

export async function listItems(app: AppContext, rc: RequestContext, query: Omit<repo.ItemFilter, 'unitPaths'> & { page: number; pageSize: number }) {
  const { page, pageSize, ...filter } = query;
  const { rows, total } = await repo.pageOfItems(app.db, { ...filter, unitPaths: readableUnitPaths(rc.actor) }, page, pageSize);
  const releases = await repo.responseReleases(
    app.db,
    rows.map((r) => r.response_release_id).filter((x): x is number => x !== null),
  );
  const now = app.now().toISOString();
  return { total, items: rows.map((r) => presentItem(r, releases.find((x) => x.id === r.response_release_id), now)) };
}

/** Every readable item, for the register's Excel export. */
export async function registerRows(app: AppContext, rc: RequestContext, filter: Omit<repo.ItemFilter, 'unitPaths'>): Promise<OpinionItemView[]> {
  const rows = await repo.allItems(app.db, { ...filter, unitPaths: readableUnitPaths(rc.actor) });
  const releases = await repo.responseReleases(
    app.db,
    rows.map((r) => r.response_release_id).filter((x): x is number => x !== null),
  );
  const now = app.now().toISOString();
  return rows.map((r) => presentItem(r, releases.find((x) => x.id === r.response_release_id), now));
}

// ---------------------------------------------------------------- checks

async function responsibleUnit(app: AppContext, unitId: number, field: string) {
  const unit = await findUnit(app.db, unitId);
  if (!unit || !unit.active || REGION_KINDS.includes(unit.kind as UnitKind)) {
    throw badRequest('责任单位不存在、已停用或不是行政机关', [{ path: field, message: '请选择负责回应的单位' }]);
  }
  return unit;
}

/** First seen: not in the future, and within a rule set (N61 is judged by the set in force then). */
export function checkFirstSeen(app: AppContext, firstSeenAt: string, field = 'firstSeenAt') {
  if (Date.parse(firstSeenAt) > app.now().getTime() + FUTURE_TOLERANCE_MS) throw badRequest('发现时间不能晚于当前时间', [{ path: field, message: '发现时间不能晚于当前时间' }]);
  try {
    ruleSetInForce(districtDate(firstSeenAt));
  } catch (err) {
    throw badRequest(err instanceof Error ? err.message : '该时间没有生效的规则集', [{ path: field, message: '该时间没有生效的新闻发布规则' }]);
  }
}

function checkOpen(row: { status: string }) {
  if (CLOSED.has(row.status)) throw conflict('该舆情已办结，不能再修改');
}

// ---------------------------------------------------------------- the clock → alerts and candidates

type ItemRow = Awaited<ReturnType<typeof loadItem>>;

/** A18.1: a missed N61 clock is a candidate violation, with what shows it. */
async function proposeMissedClock(app: AppContext, trx: Db, item: ItemRow, clock: DeadlineClock<'N61'>) {
  if (item.unit_id === null) return;
  const now = app.now();
  const people = await principalAndSpokesperson(trx, item.unit_id, districtDate(now));
  await proposeViolation(app, trx, {
    kind: 'A18.1',
    unitId: item.unit_id,
    people: people.map((p) => ({ personId: p.id, name: p.name, post: POST_LABELS[p.post as Post] })),
    summary: `${item.title}：未在 ${ruleSetOf(item).opinionClock.hours} 小时内回应舆情（N61，截止 ${formatDistrictDateTime(clock.due)}）`,
    evidence: {
      opinionItemId: item.id,
      title: item.title,
      source: item.source,
      link: item.link,
      firstSeenAt: item.first_seen_at,
      level: item.level,
      assessedAt: item.assessed_at,
      rule: clock.rule,
      article: ARTICLES[clock.rule].article,
      requirement: clockLabel(ruleSetOf(item)),
      ruleSet: ruleSetOf(item).id,
      due: clock.due,
      detectedAt: now.toISOString(),
      responseReleaseId: item.response_release_id,
    },
    sourceType: 'opinion_clock',
    sourceId: `${item.id}:N61`,
    link: consoleLink(item.id),
  });
}

/** Brings the clock's alert steps in line after a change; an overdue clock is a candidate at once. */
async function syncClock(app: AppContext, trx: Db, itemId: number, before: DeadlineClock<'N61'> | null) {
  const item = (await repo.findItem(trx, itemId))!;
  const after = itemClock(item, await releaseOf(trx, item.response_release_id), app.now().toISOString());
  const key = clockKey(itemId);
  if (!after || after.status === 'met' || item.unit_id === null) {
    if (before && before.status !== 'met') await cancelClockAlerts(app, trx, key);
    return;
  }
  if (!before || before.due !== after.due || before.status === 'met') {
    await cancelClockAlerts(app, trx, key);
    await scheduleClockAlerts(app, trx, { source: 'opinion', ref: { itemId }, clockKey: key, due: after.due });
  }
  if (after.status === 'overdue') await proposeMissedClock(app, trx, item, after);
}

/** The alerts' view of an item's N61 clock. */
export const opinionClockSource: ClockSource = {
  async inspect(app, ref): Promise<ClockState> {
    const { itemId } = ref as { itemId: number };
    const gone: ClockState = { status: 'gone', due: '', unitId: 0, title: '', link: '' };
    const row = await repo.findItem(app.db, itemId);
    if (!row || row.unit_id === null) return gone;
    const clock = itemClock(row, await releaseOf(app.db, row.response_release_id), app.now().toISOString());
    if (!clock) return gone;
    return { status: clock.status, due: clock.due, unitId: row.unit_id, title: `舆情“${row.title}”：${clockLabel(ruleSetOf(row))}（N61）`, link: consoleLink(row.id) };
  },
  async onOverdue(app, trx, ref) {
    const { itemId } = ref as { itemId: number };
    const row = await repo.findItem(trx, itemId);
    if (!row) return;
    const clock = itemClock(row, await releaseOf(trx, row.response_release_id), app.now().toISOString());
    if (clock?.status === 'overdue') await proposeMissedClock(app, trx, row, clock);
  },
};

function clockNow(app: AppContext, row: ItemRow, release: Awaited<ReturnType<typeof releaseOf>>) {
  return itemClock(row, release, app.now().toISOString());
}

// ---------------------------------------------------------------- writes

/** A13.2: an item entered by hand — a unit's liaison reports what the 12345 hotline, petitions or staff saw. */
export async function reportItem(app: AppContext, rc: RequestContext, input: OpinionItemBody): Promise<OpinionDetail> {
  const unit = input.unitId !== null ? await responsibleUnit(app, input.unitId, 'unitId') : null;
  await authorize(app, rc, canReport(rc.actor, unit?.path ?? null), 'opinions.create');
  checkFirstSeen(app, input.firstSeenAt);
  if (input.link && (await repo.findByLinkKey(app.db, linkKey(input.link)))) {
    throw conflict('该链接的舆情已登记，请勿重复报送');
  }
  const at = app.now().toISOString();
  const id = await app.db.transaction().execute(async (trx) => {
    const row = await trx
      .insertInto('opinion_items')
      .values({
        title: input.title,
        title_key: titleKey(input.title),
        source_kind: 'manual',
        channel: input.channel,
        source: input.source,
        link: input.link,
        link_key: input.link ? linkKey(input.link) : null,
        feed_id: null,
        vendor_id: null,
        first_seen_at: new Date(input.firstSeenAt).toISOString(),
        excerpt: input.excerpt,
        matched_keywords: '[]',
        suggested_unit_id: unit?.id ?? null,
        unit_id: unit?.id ?? null,
        assigned_by: unit ? rc.actor.userId : null,
        assigned_at: unit ? at : null,
        level: null,
        sensitivity: null,
        trend_note: null,
        assessed_by: null,
        assessed_at: null,
        status: unit ? 'assigned' : 'new',
        response_release_id: null,
        no_response_reason: null,
        closed_by: null,
        closed_at: null,
        reported_by: rc.actor.userId,
        created_at: at,
        updated_at: at,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await audit(app, rc, trx, { action: 'opinion.create', entity: 'opinion_item', entityId: row.id, unitId: unit?.id ?? null, after: input });
    await indexSearchDocuments(app, trx, 'opinion', [row.id]);
    return row.id;
  });
  return itemDetail(app, id);
}

/** A13.2: the news office confirms (or changes) the responsible unit; the unit's people are told. */
export async function assignItem(app: AppContext, rc: RequestContext, id: number, unitId: number): Promise<OpinionDetail> {
  const row = await loadItem(app.db, id);
  await authorize(app, rc, canAssign(rc.actor), 'opinions.assign');
  checkOpen(row);
  const unit = await responsibleUnit(app, unitId, 'unitId');
  if (row.unit_id === unitId) return itemDetail(app, id);
  const before = clockNow(app, row, await releaseOf(app.db, row.response_release_id));
  const at = app.now().toISOString();
  await app.db.transaction().execute(async (trx) => {
    // A new unit assesses afresh: the old unit's assessment was its own.
    await trx
      .updateTable('opinion_items')
      .set({ unit_id: unitId, assigned_by: rc.actor.userId, assigned_at: at, status: 'assigned', level: null, sensitivity: null, trend_note: null, assessed_by: null, assessed_at: null, updated_at: at })
      .where('id', '=', id)
      .execute();
    await audit(app, rc, trx, { action: 'opinion.assign', entity: 'opinion_item', entityId: id, unitId, before: { unitId: row.unit_id }, after: { unitId, unitName: unit.name, suggestedUnitId: row.suggested_unit_id } });
    const recipients = await recipientsFor(trx, unitId, ['unit'], districtDate(app.now()));
    await notifyUsers(
      app,
      trx,
      recipients.map((r) => r.userId).filter((x): x is number => x !== null),
      { title: `请研判舆情：${row.title}`, body: `区政府新闻办已将该舆情交由${unit.name}研判处置（A13.2）。`, link: consoleLink(id), severity: 'warning', dedupeKey: `opinion:${id}:assigned:${unitId}` },
    );
    await syncClock(app, trx, id, before);
    await indexSearchDocuments(app, trx, 'opinion', [id]);
  });
  return itemDetail(app, id);
}

/**
 * A13.2: the unit assesses the item. A significant or major one starts the N61 clock; a major
 * one is reported at once to the unit's principal, the news office and the district leaders
 * over the unit (the "first time" report), once per item.
 */
export async function assessItem(app: AppContext, rc: RequestContext, id: number, input: z.infer<typeof AssessBody>): Promise<OpinionDetail> {
  const row = await loadItem(app.db, id);
  if (row.unit_id === null || row.unit_path === null) throw ruleRefusal('A13.2', '须先由区政府新闻办确定责任单位，再由责任单位研判', [{ path: 'unitId', message: '尚未确定责任单位', rule: 'A13.2' }], 409);
  await authorize(app, rc, canAssess(rc.actor, row.unit_path), 'opinions.assess');
  checkOpen(row);
  const before = clockNow(app, row, await releaseOf(app.db, row.response_release_id));
  const at = app.now().toISOString();
  const unitId = row.unit_id;
  await app.db.transaction().execute(async (trx) => {
    await trx
      .updateTable('opinion_items')
      .set({ level: input.level, sensitivity: input.sensitivity, trend_note: input.trendNote, assessed_by: rc.actor.userId, assessed_at: at, status: 'assessed', updated_at: at })
      .where('id', '=', id)
      .execute();
    await audit(app, rc, trx, {
      action: 'opinion.assess',
      entity: 'opinion_item',
      entityId: id,
      unitId,
      before: { level: row.level, sensitivity: row.sensitivity, trendNote: row.trend_note },
      after: input,
    });
    if (input.level === 'major') {
      const recipients = await recipientsFor(trx, unitId, ['unit', 'news_office', 'leaders'], districtDate(app.now()));
      const due = new Date(Date.parse(row.first_seen_at) + ruleSetOf(row).opinionClock.hours * 3_600_000).toISOString();
      await notifyUsers(
        app,
        trx,
        recipients.map((r) => r.userId).filter((x): x is number => x !== null),
        {
          title: `重大舆情：${row.title}`,
          body: [
            `${row.unit_name}研判为${OPINION_LEVEL_LABELS[input.level as OpinionLevel]}舆情（A13.2，第一时间报告）。`,
            `走势研判：${input.trendNote}`,
            `首次发现：${formatDistrictDateTime(row.first_seen_at)}，须于 ${formatDistrictDateTime(due)} 前回应（N61）。`,
          ].join('\n'),
          link: consoleLink(id),
          severity: 'urgent',
          dedupeKey: `opinion:${id}:major`,
        },
      );
    }
    await syncClock(app, trx, id, before);
    await indexSearchDocuments(app, trx, 'opinion', [id]);
  });
  return itemDetail(app, id);
}

async function checkResponseRelease(app: AppContext, rc: RequestContext, row: ItemRow, releaseId: number) {
  const release = await app.db
    .selectFrom('releases')
    .innerJoin('units', 'units.id', 'releases.unit_id')
    .select(['releases.id', 'releases.title', 'releases.categories', 'releases.unit_id', 'units.path as unit_path'])
    .where('releases.id', '=', releaseId)
    .executeTakeFirst();
  if (!release) throw badRequest('发布活动不存在', [{ path: 'releaseId', message: '发布活动不存在' }]);
  await authorize(app, rc, canReadRelease(rc.actor, release.unit_path), 'releases.read');
  if (!(JSON.parse(release.categories) as string[]).includes('opinion_response')) {
    throw ruleRefusal('A5.3', '只有发布内容类别含“舆情回应信息”的发布活动才能作为舆情的回应', [{ path: 'releaseId', message: '该发布活动的内容类别不含舆情回应', rule: 'A5.3' }]);
  }
  if (release.unit_id !== row.unit_id && !hasRole(rc.actor, 'news_office')) {
    throw ruleRefusal('A13.1', '谁主管、谁发布：回应须由责任单位发布', [{ path: 'releaseId', message: '该发布活动不是责任单位的', rule: 'A13.1' }]);
  }
  const other = await app.db.selectFrom('opinion_items').select('id').where('response_release_id', '=', releaseId).executeTakeFirst();
  if (other && other.id !== row.id) throw conflict('该发布活动已作为另一条舆情的回应');
  return release;
}

async function loadForResponse(app: AppContext, rc: RequestContext, id: number, what: string) {
  const row = await loadItem(app.db, id);
  if (row.unit_id === null || row.unit_path === null) throw ruleRefusal('A13.2', '须先确定责任单位', [{ path: 'unitId', message: '尚未确定责任单位', rule: 'A13.2' }], 409);
  await authorize(app, rc, canRespond(rc.actor, row.unit_path), what);
  checkOpen(row);
  return row as ItemRow & { unit_id: number; unit_path: string };
}

/** A5.3: closes the item with a release registered in the releases register. */
export async function linkResponse(app: AppContext, rc: RequestContext, id: number, releaseId: number): Promise<OpinionDetail> {
  const row = await loadForResponse(app, rc, id, 'opinions.respond');
  const release = await checkResponseRelease(app, rc, row, releaseId);
  const before = clockNow(app, row, undefined);
  const at = app.now().toISOString();
  await app.db.transaction().execute(async (trx) => {
    await trx
      .updateTable('opinion_items')
      .set({ response_release_id: releaseId, status: 'responded', closed_by: rc.actor.userId, closed_at: at, updated_at: at })
      .where('id', '=', id)
      .execute();
    await audit(app, rc, trx, { action: 'opinion.respond', entity: 'opinion_item', entityId: id, unitId: row.unit_id, after: { releaseId, title: release.title } });
    await syncClock(app, trx, id, before);
    await indexSearchDocuments(app, trx, 'opinion', [id]);
  });
  return itemDetail(app, id);
}

/**
 * Drafts the response from the item: an F5 written release of category opinion_response by the
 * responsible unit, through the releases register (its checks: A17, A18.5), then linked.
 */
export async function createResponseRelease(app: AppContext, rc: RequestContext, id: number, input: z.infer<typeof ResponseReleaseBody>): Promise<OpinionDetail> {
  const row = await loadForResponse(app, rc, id, 'opinions.respond');
  const release = await createRelease(
    app,
    rc,
    ReleaseBody.parse({
      unitId: row.unit_id,
      title: input.title,
      inNameOf: 'unit',
      organizer: 'unit',
      form: 'written_release',
      categories: ['opinion_response'],
      startsAt: app.now().toISOString(),
      status: input.status,
      isPublic: true,
      summary: input.body.slice(0, 200),
      body: input.body,
      confidentialityReview: input.confidentialityReview,
    }),
  );
  return linkResponse(app, rc, id, release.id);
}

/** Closes the item without a response, with the reason on record (its clock ends; an earlier candidate stays). */
export async function decideNoResponse(app: AppContext, rc: RequestContext, id: number, reason: string): Promise<OpinionDetail> {
  const row = await loadItem(app.db, id);
  if (row.unit_id === null || row.unit_path === null) throw ruleRefusal('A13.2', '须先确定责任单位', [{ path: 'unitId', message: '尚未确定责任单位', rule: 'A13.2' }], 409);
  await authorize(app, rc, canDecideNoResponse(rc.actor, row.unit_path), 'opinions.no_response');
  checkOpen(row);
  const at = app.now().toISOString();
  await app.db.transaction().execute(async (trx) => {
    await trx
      .updateTable('opinion_items')
      .set({ status: 'not_responded', no_response_reason: reason, closed_by: rc.actor.userId, closed_at: at, updated_at: at })
      .where('id', '=', id)
      .execute();
    await cancelClockAlerts(app, trx, clockKey(id));
    await audit(app, rc, trx, { action: 'opinion.no_response', entity: 'opinion_item', entityId: id, unitId: row.unit_id, before: { status: row.status }, after: { status: 'not_responded', reason } });
    await indexSearchDocuments(app, trx, 'opinion', [id]);
  });
  return itemDetail(app, id);
}

// ---------------------------------------------------------------- the workbench

/** New items for the news office to assign; assigned ones for the unit to assess; N61 clocks still open. */
export const opinionPendingItems: PendingProvider = async (app, actor: Actor) => {
  if (!hasAnyRole(actor, ['news_office', 'unit_editor', 'unit_approver'])) return [];
  const rows = await repo.openItems(app.db);
  const releases = await repo.responseReleases(
    app.db,
    rows.map((r) => r.response_release_id).filter((x): x is number => x !== null),
  );
  const now = app.now().toISOString();
  const items: PendingItemView[] = [];
  for (const r of rows) {
    if (r.status === 'new') {
      if (hasRole(actor, 'news_office')) items.push({ kind: 'opinion.assign', title: `待分办舆情：${r.title}`, unitName: r.suggested_unit_name, due: null, rule: 'A13.2', link: consoleLink(r.id) });
      continue;
    }
    if (!r.unit_path || !hasAnyRole(actor, ['news_office', 'unit_editor', 'unit_approver'], r.unit_path)) continue;
    const clock = itemClock(r, releases.find((x) => x.id === r.response_release_id), now);
    if (r.status === 'assigned') items.push({ kind: 'opinion.assess', title: `待研判舆情：${r.title}`, unitName: r.unit_name, due: null, rule: 'A13.2', link: consoleLink(r.id) });
    else if (clock && clock.status !== 'met')
      items.push({ kind: 'opinion_clock', title: `舆情“${r.title}”须回应${clock.status === 'overdue' ? '（已超时）' : ''}`, unitName: r.unit_name, due: clock.due, rule: 'N61', link: consoleLink(r.id) });
  }
  return items;
};
