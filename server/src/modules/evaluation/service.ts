/**
 * The annual evaluation (A13.8, A16): the news office sets the year's template, the
 * platform computes the built-in indicators with their evidence, every unit fills its
 * self-evaluation beside them, the news office reviews and adjusts (with a reason, audited),
 * a district leader approves, and the news office publishes a frozen, ranked snapshot.
 */
import {
  EVALUATION_ACTION_LABELS,
  EVALUATION_ACTOR,
  EVALUATION_SOURCES,
  EVALUATION_STATUS_LABELS,
  defaultEvaluationTemplate,
  evaluationTransition,
  hasAnyRole,
  hasRole,
  rankTotals,
  round1,
  scoreUnit,
  scoresEditable,
  templateEditable,
  validateTemplate,
  type Actor,
  type EvaluationAction,
  type EvaluationIndicator,
  type EvaluationStatus,
  type EvaluationView,
  type IndicatorFigure,
  type PublicationView,
  type UnitEvaluationView,
} from '@fabutong/core';
import { audit } from '../../audit';
import { authorize } from '../../authorize';
import type { AppContext, RequestContext } from '../../context';
import { badRequest, conflict, notFound, ruleRefusal } from '../../errors';
import type { PendingItemView, PendingProvider } from '../home/pending';
import { referenceDateOf } from '../training/service';
import { canDecideEvaluation, canExportEvaluation, canReadEvaluation, canReadUnitEvaluation, canRunEvaluation, canSelfEvaluate, unitReadable } from './policy';
import * as repo from './repository';
import { BUILT_IN_SOURCES, type SourceRegistry } from './sources';

const indicatorsOf = (row: { indicators: string }) => JSON.parse(row.indicators) as EvaluationIndicator[];

function present(row: repo.EvaluationRow, sources: SourceRegistry = BUILT_IN_SOURCES): EvaluationView {
  return {
    id: row.id,
    year: row.year,
    title: row.title,
    status: row.status as EvaluationStatus,
    indicators: indicatorsOf(row),
    submittedAt: row.submitted_at,
    decidedAt: row.decided_at,
    decidedBy: row.decided_by_name,
    decisionNote: row.decision_note,
    versions: Number(row.versions ?? 0),
    publishedAt: (row.published_at as string | null) ?? null,
    availableSources: EVALUATION_SOURCES.filter((s) => sources[s] !== undefined),
  };
}

async function load(app: AppContext, id: number) {
  const row = await repo.findEvaluation(app.db, id);
  if (!row) throw notFound('年度评估');
  return row;
}

function checkTemplate(indicators: EvaluationIndicator[]) {
  const problems = validateTemplate(indicators);
  if (problems.length) throw ruleRefusal('A13.8', problems.map((p) => p.message).join('；'), problems);
}

export async function listEvaluations(app: AppContext, rc: RequestContext): Promise<EvaluationView[]> {
  await authorize(app, rc, canReadEvaluation(rc.actor), 'evaluation.read');
  return (await repo.allEvaluations(app.db)).map((r) => present(r));
}

export async function getEvaluation(app: AppContext, rc: RequestContext, id: number): Promise<EvaluationView> {
  await authorize(app, rc, canReadEvaluation(rc.actor), 'evaluation.read');
  return present(await load(app, id));
}

export async function createEvaluation(app: AppContext, rc: RequestContext, body: { year: number; title: string; indicators?: EvaluationIndicator[] }): Promise<EvaluationView> {
  await authorize(app, rc, canRunEvaluation(rc.actor), 'evaluation.run');
  const indicators = body.indicators ?? defaultEvaluationTemplate();
  checkTemplate(indicators);
  if (await repo.findEvaluationByYear(app.db, body.year)) throw conflict(`${body.year}年度评估已经建立`, 'A13.8');
  const at = app.now().toISOString();
  const id = await app.db.transaction().execute(async (trx) => {
    const row = await trx
      .insertInto('evaluations')
      .values({
        year: body.year,
        title: body.title,
        status: 'draft',
        indicators: JSON.stringify(indicators),
        submitted_at: null,
        submitted_by: null,
        decided_at: null,
        decided_by: null,
        decision_note: null,
        correction_reason: null,
        created_by: rc.actor.userId,
        created_at: at,
        updated_at: at,
      })
      .onConflict((oc) => oc.column('year').doNothing())
      .returning('id')
      .executeTakeFirst();
    if (!row) throw conflict(`${body.year}年度评估已经建立`, 'A13.8');
    await audit(app, rc, trx, { action: 'evaluation.create', entity: 'evaluation', entityId: row.id, after: { year: body.year, title: body.title, indicators: indicators.map((i) => `${i.key}:${i.weight}`) } });
    return row.id;
  });
  return present(await load(app, id));
}

export async function updateTemplate(app: AppContext, rc: RequestContext, id: number, body: { title: string; indicators: EvaluationIndicator[] }): Promise<EvaluationView> {
  await authorize(app, rc, canRunEvaluation(rc.actor), 'evaluation.run');
  const row = await load(app, id);
  if (!templateEditable(row.status as EvaluationStatus)) throw conflict('评估已启动，模板不能再修改', 'A13.8');
  checkTemplate(body.indicators);
  const at = app.now().toISOString();
  await app.db.transaction().execute(async (trx) => {
    await trx.updateTable('evaluations').set({ title: body.title, indicators: JSON.stringify(body.indicators), updated_at: at }).where('id', '=', id).where('status', '=', 'draft').execute();
    await audit(app, rc, trx, {
      action: 'evaluation.template',
      entity: 'evaluation',
      entityId: id,
      before: { title: row.title, indicators: indicatorsOf(row).map((i) => `${i.key}:${i.weight}`) },
      after: { title: body.title, indicators: body.indicators.map((i) => `${i.key}:${i.weight}`) },
    });
  });
  return present(await load(app, id));
}

// ---------------------------------------------------------------- scores

/** Every source of the template, once per evaluation read; a source not registered gives every unit "no data". */
async function computeFigures(app: AppContext, year: number, indicators: EvaluationIndicator[], unitIds: number[], sources: SourceRegistry) {
  const input = { year, referenceDate: referenceDateOf(app, year), now: app.now().toISOString(), unitIds };
  const wanted = [...new Set(indicators.flatMap((i) => (i.kind === 'computed' && i.source ? [i.source] : [])))];
  const computed = await Promise.all(wanted.map(async (s) => [s, sources[s] ? await sources[s](app, input) : null] as const));
  const bySource = new Map(computed);
  const figures = new Map<number, Record<string, IndicatorFigure | null>>();
  for (const unitId of unitIds) {
    figures.set(unitId, Object.fromEntries(indicators.map((i) => [i.key, (i.source && bySource.get(i.source)?.get(unitId)) ?? null])));
  }
  return figures;
}

/** The live scoreboard of every evaluated unit, ranked. */
export async function computeScoreboard(app: AppContext, row: repo.EvaluationRow, sources: SourceRegistry = BUILT_IN_SOURCES) {
  const indicators = indicatorsOf(row);
  const units = await repo.evaluatedUnits(app.db);
  const [figures, entries] = await Promise.all([computeFigures(app, row.year, indicators, units.map((u) => u.id), sources), repo.entriesOf(app.db, row.id)]);
  const rows = units.map((u) => {
    const mine = entries.filter((e) => e.unit_id === u.id);
    const entry = (key: string) => mine.find((e) => e.indicator_key === key);
    const unitFigures = figures.get(u.id) ?? {};
    const score = scoreUnit(indicators, unitFigures, Object.fromEntries(indicators.map((i) => [i.key, { reviewScore: entry(i.key)?.review_score ?? null }])));
    const selfScores = mine.map((e) => e.self_score).filter((s): s is number => s !== null);
    const selfTimes = mine.map((e) => e.self_at).filter((s): s is string => s !== null).sort();
    return {
      unitId: u.id,
      unitName: u.name,
      unitKind: u.kind,
      unitPath: u.path,
      indicators: indicators.map((ind, i) => {
        const e = entry(ind.key);
        const s = score.indicators[i]!;
        return {
          key: ind.key,
          figure: unitFigures[ind.key] ?? null,
          computedScore: s.computedScore,
          selfScore: e?.self_score ?? null,
          selfComment: e?.self_comment ?? null,
          reviewScore: e?.review_score ?? null,
          reviewReason: e?.review_reason ?? null,
          reviewedBy: e?.reviewed_by_name ?? null,
          finalScore: s.finalScore,
          adjusted: s.adjusted,
        };
      }),
      points: score.points,
      scoredWeight: score.scoredWeight,
      total: score.total,
      selfTotal: selfScores.length ? round1(selfScores.reduce((a, b) => a + b, 0)) : null,
      selfSubmittedAt: selfTimes.at(-1) ?? null,
    };
  });
  return rankTotals(rows);
}

type BoardRow = Awaited<ReturnType<typeof computeScoreboard>>[number];
const toView = ({ unitPath: _, ...r }: BoardRow): UnitEvaluationView => r;

export async function scoreboard(app: AppContext, rc: RequestContext, id: number) {
  await authorize(app, rc, canReadEvaluation(rc.actor), 'evaluation.read');
  const row = await load(app, id);
  const board = await computeScoreboard(app, row);
  return { evaluation: present(row), units: board.filter((r) => unitReadable(rc.actor, r.unitPath)).map(toView) };
}

async function unitRow(app: AppContext, row: repo.EvaluationRow, unitId: number) {
  const found = (await computeScoreboard(app, row)).find((r) => r.unitId === unitId);
  if (!found) throw notFound('参评单位');
  return found;
}

async function loadUnit(app: AppContext, unitId: number) {
  const unit = await app.db.selectFrom('units').select(['id', 'path']).where('id', '=', unitId).executeTakeFirst();
  if (!unit) throw notFound('单位');
  return unit;
}

export async function unitEvaluation(app: AppContext, rc: RequestContext, id: number, unitId: number): Promise<UnitEvaluationView> {
  const unit = await loadUnit(app, unitId);
  await authorize(app, rc, canReadUnitEvaluation(rc.actor, unit.path), 'evaluation.read');
  return toView(await unitRow(app, await load(app, id), unitId));
}

function indicatorFor(indicators: EvaluationIndicator[], key: string, path: string) {
  const ind = indicators.find((i) => i.key === key);
  if (!ind) throw badRequest(`评估模板中没有指标“${key}”`, [{ path, message: '指标不存在' }]);
  return ind;
}

function checkScore(ind: EvaluationIndicator, score: number | null, path: string) {
  if (score !== null && score > ind.weight) throw ruleRefusal('A13.8', `指标“${ind.name}”满分为${ind.weight}分，不能评${score}分`, [{ path, message: `不能超过${ind.weight}分` }]);
}

/** A13.8: the unit's own scores and comments, beside the computed figures, while the evaluation is open. */
export async function selfEvaluate(
  app: AppContext,
  rc: RequestContext,
  id: number,
  unitId: number,
  entries: { key: string; score: number | null; comment?: string | null }[],
): Promise<UnitEvaluationView> {
  const unit = await loadUnit(app, unitId);
  await authorize(app, rc, canSelfEvaluate(rc.actor, unit.path), 'evaluation.self');
  const row = await load(app, id);
  if (!scoresEditable(row.status as EvaluationStatus)) throw conflict(`评估处于“${EVALUATION_STATUS_LABELS[row.status as EvaluationStatus]}”阶段，不能填写自评`, 'A13.8');
  const indicators = indicatorsOf(row);
  entries.forEach((e, i) => checkScore(indicatorFor(indicators, e.key, `entries.${i}.key`), e.score, `entries.${i}.score`));
  const at = app.now().toISOString();
  await app.db.transaction().execute(async (trx) => {
    for (const e of entries) {
      const values = { self_score: e.score, self_comment: e.comment ?? null, self_by: rc.actor.userId, self_at: at };
      await trx
        .insertInto('evaluation_entries')
        .values({ evaluation_id: id, unit_id: unitId, indicator_key: e.key, ...values, review_score: null, review_reason: null, reviewed_by: null, reviewed_at: null })
        .onConflict((oc) => oc.columns(['evaluation_id', 'unit_id', 'indicator_key']).doUpdateSet(values))
        .execute();
    }
    await audit(app, rc, trx, { action: 'evaluation.self', entity: 'evaluation', entityId: id, unitId, after: { entries: entries.map((e) => ({ key: e.key, score: e.score })) } });
  });
  return unitEvaluation(app, rc, id, unitId);
}

/** The news office scores a manual indicator, or adjusts a computed one, always with its reason (audited). */
export async function adjustScore(app: AppContext, rc: RequestContext, id: number, unitId: number, body: { key: string; score: number | null; reason: string }): Promise<UnitEvaluationView> {
  await authorize(app, rc, canRunEvaluation(rc.actor), 'evaluation.run');
  const unit = await loadUnit(app, unitId);
  const row = await load(app, id);
  if (!scoresEditable(row.status as EvaluationStatus)) throw conflict(`评估处于“${EVALUATION_STATUS_LABELS[row.status as EvaluationStatus]}”阶段，不能调整得分`, 'A13.8');
  const ind = indicatorFor(indicatorsOf(row), body.key, 'key');
  checkScore(ind, body.score, 'score');
  const before = (await unitRow(app, row, unit.id)).indicators.find((i) => i.key === body.key)!;
  const at = app.now().toISOString();
  await app.db.transaction().execute(async (trx) => {
    const values = { review_score: body.score, review_reason: body.reason, reviewed_by: rc.actor.userId, reviewed_at: at };
    await trx
      .insertInto('evaluation_entries')
      .values({ evaluation_id: id, unit_id: unitId, indicator_key: body.key, self_score: null, self_comment: null, self_by: null, self_at: null, ...values })
      .onConflict((oc) => oc.columns(['evaluation_id', 'unit_id', 'indicator_key']).doUpdateSet(values))
      .execute();
    await audit(app, rc, trx, {
      action: 'evaluation.adjust',
      entity: 'evaluation',
      entityId: id,
      unitId,
      before: { key: body.key, computedScore: before.computedScore, reviewScore: before.reviewScore },
      after: { key: body.key, reviewScore: body.score, reason: body.reason },
    });
  });
  return unitEvaluation(app, rc, id, unitId);
}

// ---------------------------------------------------------------- stages

function snapshotOf(row: repo.EvaluationRow, board: BoardRow[], version: number, decidedBy: string | null) {
  const indicators = indicatorsOf(row);
  return {
    version,
    year: row.year,
    title: row.title,
    approvedBy: decidedBy,
    correctionReason: row.correction_reason,
    indicators: indicators.map((i) => ({ key: i.key, name: i.name, dimension: i.dimension, weight: i.weight })),
    rows: board.map((r) => ({
      rank: r.rank,
      unitId: r.unitId,
      unitName: r.unitName,
      total: r.total,
      scoredWeight: r.scoredWeight,
      scores: Object.fromEntries(r.indicators.map((i) => [i.key, i.finalScore])),
    })),
  };
}

/** Moves the evaluation a stage on; publication freezes the ranked table as the next version. */
export async function transition(app: AppContext, rc: RequestContext, id: number, action: EvaluationAction, note: string | null): Promise<EvaluationView> {
  await authorize(app, rc, EVALUATION_ACTOR[action] === 'leader' ? canDecideEvaluation(rc.actor) : canRunEvaluation(rc.actor), `evaluation.${action}`);
  const row = await load(app, id);
  const from = row.status as EvaluationStatus;
  const to = evaluationTransition(from, action);
  if (!to) throw conflict(`评估处于“${EVALUATION_STATUS_LABELS[from]}”阶段，不能${EVALUATION_ACTION_LABELS[action]}`, 'A13.8');
  if ((action === 'return' || action === 'reopen') && !note?.trim()) throw badRequest(`${EVALUATION_ACTION_LABELS[action]}须说明理由`, [{ path: 'note', message: '请填写理由' }]);
  const board = action === 'publish' ? await computeScoreboard(app, row) : [];
  const at = app.now().toISOString();
  await app.db.transaction().execute(async (trx) => {
    const changes: Record<string, unknown> = { status: to, updated_at: at };
    if (action === 'submit') Object.assign(changes, { submitted_at: at, submitted_by: rc.actor.userId, decided_at: null, decided_by: null, decision_note: null });
    if (action === 'approve' || action === 'return') Object.assign(changes, { decided_at: at, decided_by: rc.actor.userId, decision_note: note });
    if (action === 'reopen') Object.assign(changes, { correction_reason: note });
    const result = await trx.updateTable('evaluations').set(changes).where('id', '=', id).where('status', '=', from).executeTakeFirst();
    if (Number(result.numUpdatedRows) === 0) throw conflict('评估已被他人处理，请刷新后重试', 'A13.8');
    let version: number | null = null;
    if (action === 'publish') {
      const last = await trx.selectFrom('evaluation_publications').select((eb) => eb.fn.max('version').as('v')).where('evaluation_id', '=', id).executeTakeFirst();
      version = Number(last?.v ?? 0) + 1;
      await trx.updateTable('evaluation_publications').set({ superseded_at: at }).where('evaluation_id', '=', id).where('superseded_at', 'is', null).execute();
      await trx
        .insertInto('evaluation_publications')
        .values({ evaluation_id: id, year: row.year, version, snapshot: JSON.stringify(snapshotOf(row, board, version, row.decided_by_name)), published_at: at, published_by: rc.actor.userId, superseded_at: null })
        .execute();
    }
    await audit(app, rc, trx, { action: `evaluation.${action}`, entity: 'evaluation', entityId: id, before: { status: from }, after: { status: to, note, ...(version ? { version } : {}) } });
  });
  return present(await load(app, id));
}

// ---------------------------------------------------------------- publications

export function presentPublication(p: repo.PublicationRow): PublicationView {
  const snap = JSON.parse(p.snapshot) as Omit<PublicationView, 'publishedAt' | 'publishedBy' | 'supersededAt'>;
  return { ...snap, version: p.version, year: p.year, publishedAt: p.published_at, publishedBy: p.published_by_name, supersededAt: p.superseded_at };
}

export async function publications(app: AppContext, rc: RequestContext, id: number): Promise<PublicationView[]> {
  await authorize(app, rc, canReadEvaluation(rc.actor), 'evaluation.read');
  await load(app, id);
  return (await repo.publicationsOf(app.db, id)).map(presentPublication);
}

/** The portal's view: every published version of a year, newest first. */
export async function publishedOfYear(app: AppContext, year: number): Promise<PublicationView[]> {
  return (await repo.publicationsOfYear(app.db, year)).map(presentPublication);
}

export const publishedYears = (app: AppContext) => repo.publishedYears(app.db);

export async function latestPublication(app: AppContext, rc: RequestContext, id: number): Promise<PublicationView> {
  await authorize(app, rc, canExportEvaluation(rc.actor), 'evaluation.export');
  await load(app, id);
  const [latest] = await repo.publicationsOf(app.db, id);
  if (!latest) throw conflict('评估结果尚未通报，暂无评估报告', 'A13.8');
  return presentPublication(latest);
}

/** The year's figures for the A16 export: the live scoreboard with each unit's releases counted. */
export async function exportData(app: AppContext, rc: RequestContext, id: number) {
  await authorize(app, rc, canExportEvaluation(rc.actor), 'evaluation.export');
  const row = await load(app, id);
  const [board, releases] = await Promise.all([computeScoreboard(app, row), repo.releasesOfYear(app.db, row.year, ['held', 'published'])]);
  const counts = new Map<number, { all: number; conferences: number; interpretation: number; response: number }>();
  for (const r of releases) {
    const c = counts.get(r.unit_id) ?? { all: 0, conferences: 0, interpretation: 0, response: 0 };
    const categories = JSON.parse(r.categories) as string[];
    c.all += 1;
    if (r.form === 'press_conference') c.conferences += 1;
    if (categories.includes('policy_interpretation')) c.interpretation += 1;
    if (categories.includes('opinion_response')) c.response += 1;
    counts.set(r.unit_id, c);
  }
  return { evaluation: present(row), board, counts };
}

// ---------------------------------------------------------------- workbench

/** A leader sees results awaiting approval; a unit sees an open evaluation it has not filled in. */
export const evaluationPendingItems: PendingProvider = async (app, actor: Actor) => {
  const items: PendingItemView[] = [];
  const leader = hasRole(actor, 'leader');
  const unitPaths = actor.grants.filter((g) => g.role === 'unit_editor' || g.role === 'unit_approver').map((g) => g.unitPath);
  if (!leader && unitPaths.length === 0 && !hasRole(actor, 'news_office')) return items;
  const evaluations = (await repo.allEvaluations(app.db)).filter((e) => ['open', 'submitted', 'approved'].includes(e.status));
  for (const e of evaluations) {
    if (leader && e.status === 'submitted') items.push({ kind: 'evaluation.approve', title: `待审定：${e.title}`, unitName: null, due: null, rule: 'A13.8', link: `/console/evaluation/${e.id}` });
    if (hasRole(actor, 'news_office') && e.status === 'approved') items.push({ kind: 'evaluation.publish', title: `区政府已同意，待通报：${e.title}`, unitName: null, due: null, rule: 'A13.8', link: `/console/evaluation/${e.id}` });
    if (e.status === 'open' && unitPaths.length && hasAnyRole(actor, ['unit_editor', 'unit_approver'])) {
      const units = (await repo.evaluatedUnits(app.db)).filter((u) => unitPaths.some((p) => p === null || u.path.startsWith(p)));
      const filled = new Set((await repo.entriesOf(app.db, e.id)).filter((x) => x.self_at !== null).map((x) => x.unit_id));
      for (const u of units.filter((u) => !filled.has(u.id)).slice(0, 20)) {
        items.push({ kind: 'evaluation.self', title: `请填写${e.title}自评`, unitName: u.name, due: null, rule: 'A13.8', link: `/console/evaluation/${e.id}/units/${u.id}` });
      }
    }
  }
  return items;
};
