/**
 * Annual release plans: each unit files the topics it expects to release, by quarter (A9.2);
 * the news office reads every plan as one calendar, and plan against actual per unit — the
 * figures the quota dashboard's "on track" reading can use (`GET /release-plans/progress`).
 */
import { districtDate, type Actor, type PlanBody, type PlanProgress, type PlanReading, type PlanView } from '@fabutong/core';
import { audit } from '../../audit';
import { authorize } from '../../authorize';
import type { AppContext, RequestContext } from '../../context';
import { badRequest, conflict, notFound } from '../../errors';
import { findUnit } from '../units/repository';
import { canWritePlan, planReadPaths } from './policy';
import * as repo from './repository';

type ItemRow = Awaited<ReturnType<typeof repo.itemsOf>>[number];

function present(plan: repo.PlanRow, items: ItemRow[]): PlanView {
  return {
    id: plan.id,
    unitId: plan.unit_id,
    unitName: plan.unit_name,
    year: plan.year,
    status: plan.status as PlanView['status'],
    note: plan.note,
    revision: plan.revision,
    filedAt: plan.filed_at,
    filedByName: plan.filed_by_name,
    items: items
      .filter((i) => i.plan_id === plan.id)
      .map((i) => ({
        id: i.id,
        quarter: i.quarter,
        title: i.title,
        form: i.form as PlanView['items'][number]['form'],
        category: i.category as PlanView['items'][number]['category'],
        topicId: i.topic_id,
      })),
    updatedAt: plan.updated_at,
  };
}

export async function listPlans(app: AppContext, rc: RequestContext, query: { year: number; unitId?: number }): Promise<{ items: PlanView[] }> {
  const plans = await repo.plansOfYear(app.db, query.year, planReadPaths(rc.actor), query.unitId);
  const items = await repo.itemsOf(
    app.db,
    plans.map((p) => p.id),
  );
  return { items: plans.map((p) => present(p, items)) };
}

async function planView(app: AppContext, id: number): Promise<PlanView> {
  const plan = await repo.findPlan(app.db, id);
  if (!plan) throw notFound('年度发布计划');
  return present(plan, await repo.itemsOf(app.db, [id]));
}

/** Saves a unit's plan for a year (creating it the first time); a filed plan stays filed and counts a revision. */
export async function savePlan(app: AppContext, rc: RequestContext, input: PlanBody): Promise<PlanView> {
  const unit = await findUnit(app.db, input.unitId);
  if (!unit || !unit.active) throw badRequest('单位不存在或已停用', [{ path: 'unitId', message: '单位不存在或已停用' }]);
  await authorize(app, rc, canWritePlan(rc.actor, unit.path), 'plans.save');
  const topicIds = [...new Set(input.items.map((i) => i.topicId).filter((x): x is number => x !== null))];
  if (topicIds.length) {
    const found = await app.db.selectFrom('topics').select('id').where('id', 'in', topicIds).where('unit_id', '=', input.unitId).execute();
    if (found.length !== topicIds.length) throw badRequest('关联的选题不存在或不属于本单位', [{ path: 'items', message: '关联的选题不存在或不属于本单位' }]);
  }
  const at = app.now().toISOString();
  const existing = await repo.findPlanOf(app.db, input.unitId, input.year);
  const id = await app.db.transaction().execute(async (trx) => {
    let planId: number;
    if (existing) {
      planId = existing.id;
      await trx
        .updateTable('release_plans')
        .set({ note: input.note, revision: existing.status === 'filed' ? existing.revision + 1 : existing.revision, updated_at: at })
        .where('id', '=', planId)
        .execute();
      await trx.deleteFrom('release_plan_items').where('plan_id', '=', planId).execute();
    } else {
      planId = (
        await trx
          .insertInto('release_plans')
          .values({ unit_id: input.unitId, year: input.year, status: 'draft', note: input.note, created_at: at, updated_at: at })
          .returning('id')
          .executeTakeFirstOrThrow()
      ).id;
    }
    if (input.items.length) {
      await trx
        .insertInto('release_plan_items')
        .values(input.items.map((i, n) => ({ plan_id: planId, quarter: i.quarter, title: i.title, form: i.form, category: i.category, topic_id: i.topicId, sort_order: n })))
        .execute();
    }
    await audit(app, rc, trx, { action: existing ? 'plan.update' : 'plan.create', entity: 'release_plan', entityId: planId, unitId: input.unitId, after: input });
    return planId;
  });
  return planView(app, id);
}

/** The unit files its plan with the news office. */
export async function filePlan(app: AppContext, rc: RequestContext, id: number): Promise<PlanView> {
  const plan = await repo.findPlan(app.db, id);
  if (!plan) throw notFound('年度发布计划');
  await authorize(app, rc, canWritePlan(rc.actor, plan.unit_path), 'plans.file');
  if (plan.status === 'filed') throw conflict('该年度发布计划已报送');
  const items = await repo.itemsOf(app.db, [id]);
  if (items.length === 0) throw badRequest('计划中还没有选题，不能报送', [{ path: 'items', message: '请至少列出一个选题' }]);
  await app.db.transaction().execute(async (trx) => {
    await trx.updateTable('release_plans').set({ status: 'filed', filed_at: app.now().toISOString(), filed_by_name: rc.actor.displayName, updated_at: app.now().toISOString() }).where('id', '=', id).execute();
    await audit(app, rc, trx, { action: 'plan.file', entity: 'release_plan', entityId: id, unitId: plan.unit_id, before: { status: plan.status }, after: { status: 'filed' } });
  });
  return planView(app, id);
}

const quarterOfMonth = (month: number) => Math.ceil(month / 3);

/** Plan against actual for every unit the caller reads, as of today. */
export async function planProgress(app: AppContext, actor: Actor, year: number): Promise<PlanProgress> {
  const asOf = districtDate(app.now());
  const paths = planReadPaths(actor);
  const [units, plans, counts] = await Promise.all([repo.releasingUnits(app.db, paths), repo.plansOfYear(app.db, year, paths), repo.releasesPerUnitMonth(app.db, year)]);
  const items = await repo.itemsOf(
    app.db,
    plans.map((p) => p.id),
  );
  // Quarters ended by today: all of a past year, none of a future one.
  const thisYear = Number(asOf.slice(0, 4));
  const endedQuarters = year < thisYear ? 4 : year > thisYear ? 0 : quarterOfMonth(Number(asOf.slice(5, 7))) - 1;
  return {
    year,
    asOf,
    units: units.map((u) => {
      const plan = plans.find((p) => p.unit_id === u.id);
      const planned = [1, 2, 3, 4].map((q) => items.filter((i) => i.plan_id === plan?.id && i.quarter === q).length);
      const actual = [1, 2, 3, 4].map((q) => counts.filter((c) => c.unit_id === u.id && quarterOfMonth(Number(c.month)) === q).reduce((a, c) => a + Number(c.n), 0));
      const plannedDue = planned.slice(0, endedQuarters).reduce((a, b) => a + b, 0);
      const actualToDate = actual.reduce((a, b) => a + b, 0);
      const reading: PlanReading = plan?.status !== 'filed' ? 'no_plan' : actualToDate >= plannedDue ? 'on_track' : 'behind';
      return {
        unitId: u.id,
        unitName: u.name,
        planStatus: (plan?.status ?? 'none') as 'none' | 'draft' | 'filed',
        quarters: [1, 2, 3, 4].map((q) => ({ quarter: q, planned: planned[q - 1]!, actual: actual[q - 1]! })),
        planned: planned.reduce((a, b) => a + b, 0),
        actual: actualToDate,
        plannedDue,
        actualToDate,
        reading,
      };
    }),
  };
}
