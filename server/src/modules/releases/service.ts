import {
  districtDate,
  hasAnyRole,
  releaseViolations,
  ruleSetInForce,
  speakingAuthorityViolations,
  type Actor,
  type MediaParty,
  type ReleaseBody,
  type ReleaseView,
} from '@fabutong/core';
import { audit } from '../../audit';
import { authorize } from '../../authorize';
import type { AppContext, RequestContext } from '../../context';
import { badRequest, conflict, notFound, ruleRefusal } from '../../errors';
import { isIncidentUpdate, releaseOfIncidentChanged } from '../incidents/service';
import { findUnit } from '../units/repository';
import { indexSearchDocuments } from '../search/indexer';
import { canReadRelease, canWriteRelease } from './policy';
import { presentParticipants, presentSummary } from './present';
import * as repo from './repository';

/** Held or published: the release has gone out, which needs an approver's authority (A17). */
const GOING_OUT = new Set(['held', 'published']);

/** The unit paths an actor reads releases of; undefined = the whole deployment. */
export function readableUnitPaths(actor: Actor): (string | null)[] {
  return actor.grants.filter((g) => ['news_office', 'leader', 'auditor', 'unit_editor', 'unit_approver'].includes(g.role)).map((g) => g.unitPath);
}

async function checkedInput(app: AppContext, input: ReleaseBody) {
  const unit = await findUnit(app.db, input.unitId);
  if (!unit || !unit.active) throw badRequest('单位不存在或已停用', [{ path: 'unitId', message: '单位不存在或已停用' }]);
  const date = districtDate(input.startsAt);

  const personIds = [...new Set([...input.participants.map((p) => p.personId), ...[input.riskAssessment?.principalId, input.riskAssessment?.spokespersonId, input.riskAssessment?.mainSpeakerId].filter((x): x is number => !!x)])];
  const people = new Map((await repo.peopleByIds(app.db, personIds)).map((p) => [p.id, p.name]));
  const missingPeople = personIds.filter((id) => !people.has(id));
  if (missingPeople.length) throw badRequest(`人员不存在：${missingPeople.join('、')}`, [{ path: 'participants', message: '人员不存在' }]);

  const outletIds = [...new Set(input.outlets.map((o) => o.outletId))];
  const outlets = new Map((await app.db.selectFrom('outlets').selectAll().where('id', 'in', outletIds.length ? outletIds : [-1]).execute()).map((o) => [o.id, o]));
  const journalistIds = input.outlets.map((o) => o.journalistId).filter((x): x is number => x !== null);
  const journalists = new Map(
    (await app.db.selectFrom('journalists').selectAll().where('id', 'in', journalistIds.length ? journalistIds : [-1]).execute()).map((j) => [j.id, j]),
  );
  const media: MediaParty[] = [];
  const mediaPaths: string[] = [];
  input.outlets.forEach((o, i) => {
    const outlet = outlets.get(o.outletId);
    if (!outlet) throw badRequest('媒体不存在', [{ path: `outlets.${i}.outletId`, message: '媒体不存在' }]);
    media.push({
      kind: outlet.kind === 'live_streaming' ? 'live_streaming' : 'outlet',
      name: outlet.name,
      qualificationValidFrom: outlet.licence_valid_from,
      qualificationValidTo: outlet.licence_valid_until,
    });
    mediaPaths.push(`outlets.${i}.outletId`);
    if (o.journalistId !== null) {
      const journalist = journalists.get(o.journalistId);
      if (!journalist || journalist.outlet_id !== o.outletId) throw badRequest('记者不存在或不属于该媒体', [{ path: `outlets.${i}.journalistId`, message: '记者不属于该媒体' }]);
      media.push({ kind: 'journalist', name: journalist.name, qualificationValidFrom: journalist.press_card_valid_from, qualificationValidTo: journalist.press_card_valid_until });
      mediaPaths.push(`outlets.${i}.journalistId`);
    }
  });

  if (input.platformIds.length) {
    const found = await app.db.selectFrom('platforms').select('id').where('id', 'in', input.platformIds).execute();
    if (found.length !== new Set(input.platformIds).size) throw badRequest('发布平台不存在', [{ path: 'platformIds', message: '发布平台不存在' }]);
  }

  const ruleSet = ruleSetInForce(date);
  const participants = input.participants.map((p) => ({ ...p, personName: people.get(p.personId)! }));
  const appointments = await repo.appointmentsOfPeople(app.db, participants.map((p) => p.personId));
  // Speaking without authority (A17) is the first thing to say, before the release's own gaps.
  const violations = [
    ...speakingAuthorityViolations(input.unitId, date, participants, appointments),
    ...releaseViolations(releaseFacts(input, date, media), ruleSet).map((v) => ({ ...v, field: bodyField(v.field, mediaPaths) })),
  ];
  if (violations.length > 0) {
    throw ruleRefusal(
      violations[0]!.rule,
      violations.map((v) => v.message).join('；'),
      violations.map((v) => ({ path: v.field.replace(/\[(\d+)\]/g, '.$1'), message: v.message, rule: v.rule })),
    );
  }
  return { unit, date };
}

/** The rule checks name their inputs; the form knows the body's field names. */
const BODY_FIELDS: Record<string, string> = { hasQa: 'qa', nonPublicReason: 'notPublicReason' };

function bodyField(field: string, mediaPaths: string[]): string {
  const media = /^media\[(\d+)\]$/.exec(field);
  if (media) return mediaPaths[Number(media[1])]!;
  return BODY_FIELDS[field] ?? field;
}

/** What the release rules read of a release body (the demo district's history is held to them too). */
export function releaseFacts(input: ReleaseBody, date: string, media: Parameters<typeof releaseViolations>[0]['media']): Parameters<typeof releaseViolations>[0] {
  return {
    form: input.form,
    status: input.status,
    date,
    hasQa: input.qa,
    isPublic: input.isPublic,
    nonPublicReason: input.notPublicReason,
    confidentialityReview: input.confidentialityReview,
    riskAssessment: input.riskAssessment,
    participants: input.participants,
    media,
  };
}

/** A release's columns from its body, as written on create and update (the demo district's history writes them too). */
export function releaseColumns(input: ReleaseBody, date: string) {
  return {
    unit_id: input.unitId,
    title: input.title,
    in_name_of: input.inNameOf,
    organizer: input.organizer,
    form: input.form,
    categories: JSON.stringify([...new Set(input.categories)]),
    starts_at: new Date(input.startsAt).toISOString(),
    release_date: date,
    venue: input.venue,
    qa: input.qa ? 1 : 0,
    status: input.status,
    is_public: input.isPublic ? 1 : 0,
    not_public_reason: input.isPublic ? null : input.notPublicReason,
    summary: input.summary,
    body: input.body,
    transcript: input.transcript,
    platform_ids: JSON.stringify([...new Set(input.platformIds)]),
    confidentiality_reviewer: input.confidentialityReview?.reviewer ?? null,
    confidentiality_reviewed_at: input.confidentialityReview?.reviewedAt ?? null,
    risk_assessment: input.riskAssessment ? JSON.stringify(input.riskAssessment) : null,
    opinion_reaction: input.opinionReaction,
  };
}

async function authorizeWrite(app: AppContext, rc: RequestContext, unitPath: string, status: string, what: string) {
  await authorize(app, rc, canWriteRelease(rc.actor, unitPath), what);
  if (GOING_OUT.has(status)) {
    await authorize(
      app,
      rc,
      hasAnyRole(rc.actor, ['news_office', 'unit_approver'], unitPath)
        ? { allowed: true }
        : { allowed: false, rule: 'A17', reason: '登记为“已举行”或“已发布”须由单位审批人或区政府新闻办确认' },
      `${what}.publish`,
    );
  }
}

export async function createRelease(app: AppContext, rc: RequestContext, input: ReleaseBody): Promise<ReleaseView> {
  const unit = await findUnit(app.db, input.unitId);
  if (!unit) throw badRequest('单位不存在', [{ path: 'unitId', message: '单位不存在' }]);
  await authorizeWrite(app, rc, unit.path, input.status, 'releases.create');
  const { date } = await checkedInput(app, input);
  const at = app.now().toISOString();
  const id = await app.db.transaction().execute(async (trx) => {
    const row = await trx
      .insertInto('releases')
      .values({ ...releaseColumns(input, date), created_by: rc.actor.userId, created_at: at, updated_at: at })
      .returning('id')
      .executeTakeFirstOrThrow();
    await repo.replaceChildren(trx, row.id, input.participants, input.outlets);
    await indexSearchDocuments(app, trx, 'release', [row.id]);
    await audit(app, rc, trx, { action: 'release.create', entity: 'release', entityId: row.id, unitId: input.unitId, after: { ...input, body: undefined, transcript: undefined } });
    return row.id;
  });
  return releaseView(app, id);
}

export async function updateRelease(app: AppContext, rc: RequestContext, id: number, input: ReleaseBody): Promise<ReleaseView> {
  const before = await repo.findRelease(app.db, id);
  if (!before) throw notFound('新闻发布活动');
  await authorizeWrite(app, rc, before.unit_path, before.status, 'releases.update');
  if (await isIncidentUpdate(app.db, id)) throw conflict('这是突发事件的滚动发布信息，请在突发事件页面修改', 'A13.4-d');
  const unit = await findUnit(app.db, input.unitId);
  if (!unit) throw badRequest('单位不存在', [{ path: 'unitId', message: '单位不存在' }]);
  await authorizeWrite(app, rc, unit.path, input.status, 'releases.update');
  const { date } = await checkedInput(app, input);
  const previous = await releaseView(app, id);
  await app.db.transaction().execute(async (trx) => {
    await trx
      .updateTable('releases')
      .set({ ...releaseColumns(input, date), updated_at: app.now().toISOString() })
      .where('id', '=', id)
      .execute();
    await repo.replaceChildren(trx, id, input.participants, input.outlets);
    await indexSearchDocuments(app, trx, 'release', [id]);
    await audit(app, rc, trx, {
      action: 'release.update',
      entity: 'release',
      entityId: id,
      unitId: input.unitId,
      before: { ...previous, body: undefined, transcript: undefined, coverage: undefined },
      after: { ...input, body: undefined, transcript: undefined },
    });
    // A release of an incident meets its clocks and shows on its public page: both follow the change.
    if (before.incident_id !== null) await releaseOfIncidentChanged(app, trx, before.incident_id);
  });
  return releaseView(app, id);
}

export async function releaseView(app: AppContext, id: number): Promise<ReleaseView> {
  const row = await repo.findRelease(app.db, id);
  if (!row) throw notFound('新闻发布活动');
  const [participants, outlets, coverage] = await Promise.all([repo.participantsOf(app.db, [id]), repo.outletsOf(app.db, id), repo.coverageOf(app.db, id)]);
  const summary = presentSummary(row, participants);
  return {
    ...summary,
    venue: row.venue,
    participants: presentParticipants(participants),
    outlets: outlets.map((o) => ({
      outletId: o.outlet_id,
      outletName: o.outlet_name,
      level: o.level as ReleaseView['outlets'][number]['level'],
      journalistId: o.journalist_id,
      journalistName: o.journalist_name,
    })),
    platformIds: JSON.parse(row.platform_ids) as number[],
    qa: Boolean(row.qa),
    notPublicReason: row.not_public_reason,
    summary: row.summary,
    body: row.body,
    transcript: row.transcript,
    confidentialityReview:
      row.confidentiality_reviewer && row.confidentiality_reviewed_at ? { reviewer: row.confidentiality_reviewer, reviewedAt: row.confidentiality_reviewed_at } : null,
    riskAssessment: row.risk_assessment ? (JSON.parse(row.risk_assessment) as ReleaseView['riskAssessment']) : null,
    opinionReaction: row.opinion_reaction,
    coverage: coverage.map((c) => ({ id: c.id, outletId: c.outlet_id, outletName: c.outlet_name, title: c.title, url: c.url, publishedOn: c.published_on })),
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

export async function getRelease(app: AppContext, rc: RequestContext, id: number): Promise<ReleaseView> {
  const row = await repo.findRelease(app.db, id);
  if (!row) throw notFound('新闻发布活动');
  await authorize(app, rc, canReadRelease(rc.actor, row.unit_path), 'releases.read');
  return releaseView(app, id);
}

export async function listReleases(app: AppContext, rc: RequestContext, query: repo.ReleaseFilter & { page: number; pageSize: number }) {
  const { page, pageSize, ...filter } = query;
  const { rows, total } = await repo.pageOfReleases(app.db, { ...filter, unitPaths: readableUnitPaths(rc.actor) }, page, pageSize);
  const participants = await repo.participantsOf(
    app.db,
    rows.map((r) => r.id),
  );
  return { total, items: rows.map((r) => presentSummary(r, participants.filter((p) => p.release_id === r.id))) };
}

export async function addCoverage(
  app: AppContext,
  rc: RequestContext,
  id: number,
  input: { outletId: number | null; outletName: string; title: string; url: string | null; publishedOn: string },
): Promise<ReleaseView> {
  const row = await repo.findRelease(app.db, id);
  if (!row) throw notFound('新闻发布活动');
  await authorize(app, rc, canWriteRelease(rc.actor, row.unit_path), 'releases.coverage');
  if (!GOING_OUT.has(row.status)) throw badRequest('发布活动举行或发布之后才能登记报道情况');
  await app.db.transaction().execute(async (trx) => {
    const c = await trx
      .insertInto('release_coverage')
      .values({ release_id: id, outlet_id: input.outletId, outlet_name: input.outletName, title: input.title, url: input.url, published_on: input.publishedOn, created_at: app.now().toISOString() })
      .returning('id')
      .executeTakeFirstOrThrow();
    await audit(app, rc, trx, { action: 'release.coverage', entity: 'release', entityId: id, unitId: row.unit_id, after: { coverageId: c.id, ...input } });
  });
  return releaseView(app, id);
}

export async function releaseStats(app: AppContext, rc: RequestContext, year: number) {
  const rows = await repo.allReleases(app.db, { year, unitPaths: readableUnitPaths(rc.actor) });
  const going = rows.filter((r) => GOING_OUT.has(r.status));
  const byMonth = Array.from({ length: 12 }, () => 0);
  const byForm: Record<string, number> = {};
  for (const r of going) {
    byMonth[Number(r.release_date.slice(5, 7)) - 1]!++;
    byForm[r.form] = (byForm[r.form] ?? 0) + 1;
  }
  return { year, byMonth, byForm, total: going.length };
}
