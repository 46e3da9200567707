/**
 * A13.2: a major item may call an expert consultation — experts of the pool (A13.5) are invited,
 * their written opinions are recorded, and the conclusion is kept with the item.
 */
import type { ConsultationView } from '@fabutong/core';
import type { Kysely } from 'kysely';
import { audit } from '../../audit';
import { authorize } from '../../authorize';
import type { AppContext, RequestContext } from '../../context';
import type { Database } from '../../db/schema';
import { badRequest, conflict, notFound, ruleRefusal } from '../../errors';
import { canRespond } from './policy';
import * as repo from './repository';
import { itemDetail, loadItem } from './service';

export async function consultationsOfItem(db: Kysely<Database>, itemId: number): Promise<ConsultationView[]> {
  const rows = await repo.consultationsOf(db, itemId);
  const experts = await repo.consultationExperts(
    db,
    rows.map((r) => r.id),
  );
  return rows.map((r) => ({
    id: r.id,
    question: r.question,
    status: r.status as 'open' | 'concluded',
    conclusion: r.conclusion,
    concludedBy: r.concluded_by_name,
    concludedAt: r.concluded_at,
    createdAt: r.created_at,
    experts: experts
      .filter((e) => e.consultation_id === r.id)
      .map((e) => ({ expertId: e.expert_id, name: e.name, affiliation: e.affiliation, opinion: e.opinion, opinionAt: e.opinion_at })),
  }));
}

async function loadForConsultation(app: AppContext, rc: RequestContext, itemId: number, what: string) {
  const item = await loadItem(app.db, itemId);
  if (item.unit_path === null) throw ruleRefusal('A13.2', '须先确定责任单位', undefined, 409);
  await authorize(app, rc, canRespond(rc.actor, item.unit_path), what);
  return item;
}

export async function startConsultation(app: AppContext, rc: RequestContext, itemId: number, input: { question: string; expertIds: number[] }) {
  const item = await loadForConsultation(app, rc, itemId, 'opinions.consult');
  if (item.level !== 'major') throw ruleRefusal('A13.2', '研判为重大舆情的，方可启动专家会商', [{ path: 'level', message: '该舆情未研判为重大', rule: 'A13.2' }], 409);
  const ids = [...new Set(input.expertIds)];
  const experts = await app.db.selectFrom('experts').select(['id', 'name', 'active']).where('id', 'in', ids).execute();
  const missing = ids.filter((id) => !experts.some((e) => e.id === id && e.active === 1));
  if (missing.length) throw badRequest(`专家不存在或已停用：${missing.join('、')}`, [{ path: 'expertIds', message: '专家不存在或已停用' }]);
  const at = app.now().toISOString();
  await app.db.transaction().execute(async (trx) => {
    const row = await trx
      .insertInto('opinion_consultations')
      .values({ item_id: itemId, question: input.question, status: 'open', conclusion: null, concluded_by: null, concluded_at: null, created_by: rc.actor.userId, created_at: at })
      .returning('id')
      .executeTakeFirstOrThrow();
    for (const id of ids) await trx.insertInto('opinion_consultation_experts').values({ consultation_id: row.id, expert_id: id, opinion: null, opinion_at: null, recorded_by: null }).execute();
    await audit(app, rc, trx, { action: 'opinion.consultation.start', entity: 'opinion_item', entityId: itemId, unitId: item.unit_id, after: { consultationId: row.id, ...input } });
  });
  return itemDetail(app, itemId);
}

async function loadConsultation(app: AppContext, rc: RequestContext, id: number, what: string) {
  const consultation = await repo.findConsultation(app.db, id);
  if (!consultation) throw notFound('专家会商');
  const item = await loadForConsultation(app, rc, consultation.item_id, what);
  if (consultation.status !== 'open') throw conflict('会商已形成结论，不能再修改');
  return { consultation, item };
}

/** An invited expert's written opinion, recorded by the staff who received it. */
export async function recordExpertOpinion(app: AppContext, rc: RequestContext, consultationId: number, expertId: number, opinion: string) {
  const { consultation, item } = await loadConsultation(app, rc, consultationId, 'opinions.consult');
  const invited = await app.db.selectFrom('opinion_consultation_experts').select('id').where('consultation_id', '=', consultationId).where('expert_id', '=', expertId).executeTakeFirst();
  if (!invited) throw badRequest('该专家未受邀参加此次会商', [{ path: 'expertId', message: '未受邀' }]);
  const at = app.now().toISOString();
  await app.db.transaction().execute(async (trx) => {
    await trx.updateTable('opinion_consultation_experts').set({ opinion, opinion_at: at, recorded_by: rc.actor.userId }).where('id', '=', invited.id).execute();
    await audit(app, rc, trx, { action: 'opinion.consultation.opinion', entity: 'opinion_item', entityId: consultation.item_id, unitId: item.unit_id, after: { consultationId, expertId, opinion } });
  });
  return itemDetail(app, consultation.item_id);
}

export async function concludeConsultation(app: AppContext, rc: RequestContext, consultationId: number, conclusion: string) {
  const { consultation, item } = await loadConsultation(app, rc, consultationId, 'opinions.consult');
  const at = app.now().toISOString();
  await app.db.transaction().execute(async (trx) => {
    await trx.updateTable('opinion_consultations').set({ status: 'concluded', conclusion, concluded_by: rc.actor.userId, concluded_at: at }).where('id', '=', consultationId).execute();
    await audit(app, rc, trx, { action: 'opinion.consultation.conclude', entity: 'opinion_item', entityId: consultation.item_id, unitId: item.unit_id, after: { consultationId, conclusion } });
  });
  return itemDetail(app, consultation.item_id);
}
