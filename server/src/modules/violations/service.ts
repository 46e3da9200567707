/**
 * Candidate violations (A18, A19): the system proposes what it can detect — a missed
 * deadline is a candidate under A18.1 — with its evidence; a person of the news office
 * confirms or dismisses it, giving the reason. Nothing is ever judged automatically.
 */
import { hasRole, type ViolationKind, type ViolationView } from '@fabutong/core';
import type { Kysely } from 'kysely';
import { audit } from '../../audit';
import { authorize } from '../../authorize';
import type { AppContext, RequestContext } from '../../context';
import type { Database } from '../../db/schema';
import { conflict, notFound } from '../../errors';
import type { PendingProvider } from '../home/pending';
import { canDecideViolation, canReadViolation, readableUnitPaths } from './policy';
import { presentViolation } from './present';
import * as repo from './repository';

export interface ProposedViolation {
  kind: ViolationKind;
  unitId: number | null;
  people: { personId: number | null; name: string; post: string | null }[];
  summary: string;
  evidence: Record<string, unknown>;
  /** What it was detected on, e.g. `incident_clock` and `5:A13.4-a`: one candidate per source and kind. */
  sourceType: string;
  sourceId: string;
  link: string | null;
}

/**
 * Records a candidate inside the caller's transaction, once per source and kind; returns its
 * id, or null when that matter is already on record. Audited as the system's own act.
 */
export async function proposeViolation(app: AppContext, trx: Kysely<Database>, v: ProposedViolation): Promise<number | null> {
  const at = app.now().toISOString();
  const row = await trx
    .insertInto('violations')
    .values({
      kind: v.kind,
      status: 'candidate',
      unit_id: v.unitId,
      people: JSON.stringify(v.people),
      summary: v.summary,
      evidence: JSON.stringify(v.evidence),
      source_type: v.sourceType,
      source_id: v.sourceId,
      link: v.link,
      detected_at: at,
      decided_by: null,
      decided_at: null,
      decision_reason: null,
      created_at: at,
      updated_at: at,
    })
    .onConflict((oc) => oc.columns(['source_type', 'source_id', 'kind']).doNothing())
    .returning('id')
    .executeTakeFirst();
  if (!row) return null;
  await audit(app, { actor: null, ip: null }, trx, {
    action: 'violation.propose',
    entity: 'violation',
    entityId: row.id,
    unitId: v.unitId,
    after: { kind: v.kind, summary: v.summary, sourceType: v.sourceType, sourceId: v.sourceId },
  });
  return row.id;
}

export async function listViolations(
  app: AppContext,
  rc: RequestContext,
  query: { status?: string; kind?: string; unitId?: number; page: number; pageSize: number },
): Promise<{ items: ViolationView[]; total: number }> {
  const { page, pageSize, ...filter } = query;
  const { rows, total } = await repo.pageOfViolations(app.db, { ...filter, unitPaths: readableUnitPaths(rc.actor) }, page, pageSize);
  return { items: rows.map(presentViolation), total };
}

export async function getViolation(app: AppContext, rc: RequestContext, id: number): Promise<ViolationView> {
  const row = await repo.findViolation(app.db, id);
  if (!row) throw notFound('违规线索');
  await authorize(app, rc, canReadViolation(rc.actor, row.unit_path), 'violations.read');
  return presentViolation(row);
}

/** Confirms or dismisses a candidate; a decided matter is not decided again. */
export async function decideViolation(app: AppContext, rc: RequestContext, id: number, decision: 'confirmed' | 'dismissed', reason: string): Promise<ViolationView> {
  const row = await repo.findViolation(app.db, id);
  if (!row) throw notFound('违规线索');
  await authorize(app, rc, canDecideViolation(rc.actor, row.unit_path), 'violations.decide');
  const at = app.now().toISOString();
  await app.db.transaction().execute(async (trx) => {
    const result = await trx
      .updateTable('violations')
      .set({ status: decision, decided_by: rc.actor.userId, decided_at: at, decision_reason: reason, updated_at: at })
      .where('id', '=', id)
      .where('status', '=', 'candidate')
      .executeTakeFirst();
    if (Number(result.numUpdatedRows) === 0) throw conflict('该线索已经认定或排除，不能再次处理', row.kind as ViolationKind);
    await audit(app, rc, trx, {
      action: decision === 'confirmed' ? 'violation.confirm' : 'violation.dismiss',
      entity: 'violation',
      entityId: id,
      unitId: row.unit_id,
      before: { status: row.status },
      after: { status: decision, reason },
    });
  });
  return getViolation(app, rc, id);
}

/** Candidates waiting for a decision, on the news office's workbench. */
export const violationPendingItems: PendingProvider = async (app, actor) => {
  if (!hasRole(actor, 'news_office')) return [];
  const { rows } = await repo.pageOfViolations(app.db, { status: 'candidate', unitPaths: readableUnitPaths(actor) }, 1, 50);
  return rows.map((r) => ({
    kind: 'violation.candidate',
    title: `待认定违规线索：${r.summary}`,
    unitName: r.unit_name,
    due: null,
    rule: r.kind,
    link: '/console/violations',
  }));
};
