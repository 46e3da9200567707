/**
 * Important warnings (A5.5): issued with area, level and validity, updated (each change a new
 * revision, audited), lifted with a reason. While in force a warning shows on the portal home.
 * Publication needs its confidentiality review (A18.5), as every public text does.
 */
import { WARNING_LEVELS, type WarningBody, type WarningLevel, type WarningView } from '@fabutong/core';
import { audit } from '../../audit';
import { authorize } from '../../authorize';
import type { AppContext, RequestContext } from '../../context';
import { badRequest, conflict, notFound } from '../../errors';
import { findUnit } from '../units/repository';
import { canIssueWarning, warningState } from './policy';
import * as repo from './repository';

export function presentWarning(row: repo.WarningWithUnit, now: Date): WarningView {
  return {
    id: row.id,
    title: row.title,
    category: row.category,
    area: row.area,
    level: row.level as WarningLevel,
    content: row.content,
    issuingUnitId: row.issuing_unit_id,
    issuingUnitName: row.unit_name,
    validFrom: row.valid_from,
    validUntil: row.valid_until,
    state: warningState(row, now),
    revision: row.revision,
    confidentialityReview: { reviewer: row.confidentiality_reviewer, reviewedAt: row.confidentiality_reviewed_at },
    liftedAt: row.lifted_at,
    liftReason: row.lift_reason,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

/** Gravest first, then newest. */
export function byLevel(a: { level: string; valid_from: string }, b: { level: string; valid_from: string }) {
  return WARNING_LEVELS.indexOf(b.level as WarningLevel) - WARNING_LEVELS.indexOf(a.level as WarningLevel) || b.valid_from.localeCompare(a.valid_from);
}

export async function listWarnings(app: AppContext, state: string | undefined): Promise<WarningView[]> {
  const now = app.now();
  return (await repo.listWarnings(app.db)).map((r) => presentWarning(r, now)).filter((w) => !state || w.state === state);
}

export async function getWarning(app: AppContext, id: number): Promise<WarningView> {
  const row = await repo.findWarning(app.db, id);
  if (!row) throw notFound('预警信息');
  return presentWarning(row, app.now());
}

async function issuingUnit(app: AppContext, rc: RequestContext, unitId: number, what: string) {
  const unit = await findUnit(app.db, unitId);
  if (!unit || !unit.active) throw badRequest('发布单位不存在或已停用', [{ path: 'issuingUnitId', message: '发布单位不存在或已停用' }]);
  await authorize(app, rc, canIssueWarning(rc.actor, unit.path), what);
  return unit;
}

function columns(input: WarningBody) {
  return {
    title: input.title,
    category: input.category,
    area: input.area,
    level: input.level,
    content: input.content,
    issuing_unit_id: input.issuingUnitId,
    valid_from: new Date(input.validFrom).toISOString(),
    valid_until: new Date(input.validUntil).toISOString(),
    confidentiality_reviewer: input.confidentialityReview.reviewer,
    confidentiality_reviewed_at: new Date(input.confidentialityReview.reviewedAt).toISOString(),
  };
}

export async function issueWarning(app: AppContext, rc: RequestContext, input: WarningBody): Promise<WarningView> {
  await issuingUnit(app, rc, input.issuingUnitId, 'warnings.issue');
  if (Date.parse(input.validUntil) <= app.now().getTime()) throw badRequest('有效期已过，不能发布', [{ path: 'validUntil', message: '应晚于当前时间' }]);
  const at = app.now().toISOString();
  const id = await app.db.transaction().execute(async (trx) => {
    const row = await trx
      .insertInto('warnings')
      .values({ ...columns(input), lifted_at: null, lift_reason: null, revision: 1, created_by: rc.actor.userId, created_at: at, updated_at: at })
      .returning('id')
      .executeTakeFirstOrThrow();
    await audit(app, rc, trx, { action: 'warning.issue', entity: 'warning', entityId: row.id, unitId: input.issuingUnitId, after: input });
    return row.id;
  });
  return getWarning(app, id);
}

export async function updateWarning(app: AppContext, rc: RequestContext, id: number, input: WarningBody): Promise<WarningView> {
  const row = await repo.findWarning(app.db, id);
  if (!row) throw notFound('预警信息');
  await authorize(app, rc, canIssueWarning(rc.actor, row.unit_path), 'warnings.update');
  await issuingUnit(app, rc, input.issuingUnitId, 'warnings.update');
  const state = warningState(row, app.now());
  if (state === 'lifted' || state === 'expired') throw conflict(state === 'lifted' ? '预警已解除，不能再更新；如有新情况请重新发布' : '预警已过期，不能再更新；如有新情况请重新发布');
  const before = presentWarning(row, app.now());
  await app.db.transaction().execute(async (trx) => {
    await trx
      .updateTable('warnings')
      .set((eb) => ({ ...columns(input), revision: eb('revision', '+', 1), updated_at: app.now().toISOString() }))
      .where('id', '=', id)
      .execute();
    await audit(app, rc, trx, { action: 'warning.update', entity: 'warning', entityId: id, unitId: input.issuingUnitId, before, after: input });
  });
  return getWarning(app, id);
}

export async function liftWarning(app: AppContext, rc: RequestContext, id: number, reason: string): Promise<WarningView> {
  const row = await repo.findWarning(app.db, id);
  if (!row) throw notFound('预警信息');
  await authorize(app, rc, canIssueWarning(rc.actor, row.unit_path), 'warnings.lift');
  const state = warningState(row, app.now());
  if (state === 'lifted' || state === 'expired') throw conflict(state === 'lifted' ? '预警已解除' : '预警已过期，无需解除');
  const at = app.now().toISOString();
  await app.db.transaction().execute(async (trx) => {
    await trx.updateTable('warnings').set({ lifted_at: at, lift_reason: reason, updated_at: at }).where('id', '=', id).execute();
    await audit(app, rc, trx, { action: 'warning.lift', entity: 'warning', entityId: id, unitId: row.issuing_unit_id, before: { state }, after: { state: 'lifted', reason } });
  });
  return getWarning(app, id);
}
