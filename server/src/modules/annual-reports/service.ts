/**
 * Spokesperson annual reports (A9.8): each spokesperson submits a work report and next
 * year's plan to the principal, on a template prefilled with the year's releases, quota
 * results and coverage; the principal acknowledges it. Reports still missing after the due
 * date are on the news office's workbench.
 */
import {
  defaultAnnualReportDue,
  districtDate,
  hasRole,
  ruleSetForYear,
  type Actor,
  type AnnualReportStatus,
  type AnnualReportView,
} from '@fabutong/core';
import type { z } from 'zod';
import type { AnnualReportPrefill } from '@fabutong/core';
import { audit } from '../../audit';
import { authorize } from '../../authorize';
import type { AppContext, RequestContext } from '../../context';
import { conflict, notFound, ruleRefusal } from '../../errors';
import type { PendingItemView, PendingProvider } from '../home/pending';
import { quotaReport } from '../quotas/service';
import { evaluatedUnitsWithPosts, type EvaluatedUnit } from '../training/repository';
import { referenceDateOf } from '../training/service';
import { canAcknowledgeAnnualReport, canListAnnualReports, canReadAnnualReport, canSetAnnualReportDue, canWriteAnnualReport, readableUnitPaths } from './policy';
import * as repo from './repository';

type Prefill = z.infer<typeof AnnualReportPrefill>;
type Summary = Omit<AnnualReportView, 'prefill' | 'workReport' | 'nextYearPlan'>;

export async function dueDate(app: AppContext, year: number): Promise<string> {
  return (await repo.dueDateOf(app.db, year)) ?? defaultAnnualReportDue(year);
}

/** What the template is prefilled with: the unit's releases and their coverage, its quota results. */
export async function prefillFor(app: AppContext, year: number, unitId: number): Promise<Prefill> {
  const [releases, quotas] = await Promise.all([repo.releasesWithCoverage(app.db, unitId, year, ruleSetForYear(year).readings.countingStatuses), quotaReport(app, year)]);
  return {
    releases: releases.map((r) => ({ id: r.id, title: r.title, form: r.form, date: r.release_date, coverage: r.coverage })),
    coverage: releases.reduce((s, r) => s + r.coverage, 0),
    quotas: quotas.results
      .filter((q) => q.subject.unitId === unitId)
      .map((q) => ({ rule: q.rule, subject: q.subject.kind === 'person' ? q.subject.name : q.subject.unitName, status: q.status, explanation: q.explanation })),
  };
}

function summarize(year: number, due: string, today: string, unit: Pick<EvaluatedUnit, 'id' | 'name' | 'spokesperson'>, row: repo.ReportRow | undefined): Summary {
  const status = (row?.status ?? 'missing') as AnnualReportStatus;
  const spokesperson = row?.spokesperson_person_id
    ? { personId: row.spokesperson_person_id, name: row.spokesperson_name ?? '' }
    : unit.spokesperson
      ? { personId: unit.spokesperson.person_id, name: unit.spokesperson.name }
      : null;
  return {
    year,
    unitId: unit.id,
    unitName: unit.name,
    status,
    spokesperson,
    submittedAt: row?.submitted_at ?? null,
    acknowledgedAt: row?.acknowledged_at ?? null,
    acknowledgedBy: row?.acknowledged_by_name ?? null,
    acknowledgementNote: row?.acknowledgement_note ?? null,
    dueDate: due,
    overdue: (status === 'missing' || status === 'draft') && today > due,
  };
}

/** Every evaluated unit's report of the year, a missing one included; used by the evaluation too. */
export async function reportsOfYear(app: AppContext, year: number): Promise<(Summary & { unitPath: string })[]> {
  const [units, rows, due] = await Promise.all([evaluatedUnitsWithPosts(app.db, referenceDateOf(app, year)), repo.reportsOfYear(app.db, year), dueDate(app, year)]);
  const today = districtDate(app.now());
  return units.map((u) => ({ ...summarize(year, due, today, u, rows.find((r) => r.unit_id === u.id)), unitPath: u.path }));
}

export async function listReports(app: AppContext, rc: RequestContext, year: number) {
  await authorize(app, rc, canListAnnualReports(rc.actor), 'annual_reports.read');
  const paths = readableUnitPaths(rc.actor);
  const all = await reportsOfYear(app, year);
  const items = all.filter((r) => paths.some((p) => p === null || r.unitPath.startsWith(p))).map(({ unitPath: _, ...r }) => r);
  return { year, dueDate: await dueDate(app, year), items };
}

async function loadUnit(app: AppContext, unitId: number) {
  const unit = await repo.findUnit(app.db, unitId);
  if (!unit) throw notFound('单位');
  return unit;
}

export async function getReport(app: AppContext, rc: RequestContext, year: number, unitId: number): Promise<AnnualReportView> {
  const unit = await loadUnit(app, unitId);
  await authorize(app, rc, canReadAnnualReport(rc.actor, unit.path), 'annual_reports.read');
  return reportView(app, year, unit.id);
}

async function reportView(app: AppContext, year: number, unitId: number): Promise<AnnualReportView> {
  const unit = await loadUnit(app, unitId);
  const [units, row, due] = await Promise.all([evaluatedUnitsWithPosts(app.db, referenceDateOf(app, year)), repo.findReport(app.db, year, unitId), dueDate(app, year)]);
  const withPosts = units.find((u) => u.id === unitId) ?? { id: unit.id, name: unit.name, spokesperson: null };
  const frozen = row && row.status !== 'draft' && row.prefill ? (JSON.parse(row.prefill) as Prefill) : null;
  return {
    ...summarize(year, due, districtDate(app.now()), withPosts, row),
    workReport: row?.work_report ?? '',
    nextYearPlan: row?.next_year_plan ?? '',
    prefill: frozen ?? (await prefillFor(app, year, unitId)),
  };
}

/** Saves the draft, or with `submit` hands it to the principal: the prefilled figures are frozen then. */
export async function saveReport(
  app: AppContext,
  rc: RequestContext,
  year: number,
  unitId: number,
  body: { workReport: string; nextYearPlan: string },
  submit: boolean,
): Promise<AnnualReportView> {
  const unit = await loadUnit(app, unitId);
  await authorize(app, rc, canWriteAnnualReport(rc.actor, unit.path), 'annual_reports.write');
  const existing = await repo.findReport(app.db, year, unitId);
  if (existing && existing.status !== 'draft') throw conflict('年度工作报告已提交主要负责人，不能再修改', 'A9.8');
  if (submit && (!body.workReport.trim() || !body.nextYearPlan.trim())) {
    throw ruleRefusal('A9.8', '提交前须填写年度工作报告和下一年度工作计划', [
      ...(body.workReport.trim() ? [] : [{ path: 'workReport', message: '请填写年度工作报告' }]),
      ...(body.nextYearPlan.trim() ? [] : [{ path: 'nextYearPlan', message: '请填写下一年度工作计划' }]),
    ]);
  }
  const at = app.now().toISOString();
  const units = await evaluatedUnitsWithPosts(app.db, referenceDateOf(app, year));
  const spokesperson = units.find((u) => u.id === unitId)?.spokesperson?.person_id ?? null;
  const prefill = submit ? JSON.stringify(await prefillFor(app, year, unitId)) : null;
  await app.db.transaction().execute(async (trx) => {
    const values = {
      work_report: body.workReport,
      next_year_plan: body.nextYearPlan,
      spokesperson_person_id: spokesperson,
      status: submit ? 'submitted' : 'draft',
      prefill,
      submitted_at: submit ? at : null,
      submitted_by: submit ? rc.actor.userId : null,
      updated_at: at,
    };
    const written = await trx
      .insertInto('annual_reports')
      .values({ year, unit_id: unitId, ...values, acknowledged_at: null, acknowledged_by: null, acknowledgement_note: null, created_at: at })
      .onConflict((oc) => oc.columns(['year', 'unit_id']).doUpdateSet(values).where('annual_reports.status', '=', 'draft'))
      .returning('id')
      .executeTakeFirst();
    if (!written) throw conflict('年度工作报告已提交主要负责人，不能再修改', 'A9.8');
    await audit(app, rc, trx, {
      action: submit ? 'annual_report.submit' : 'annual_report.save',
      entity: 'annual_report',
      entityId: written.id,
      unitId,
      before: existing ? { status: existing.status } : null,
      after: { year, status: values.status },
    });
  });
  return reportView(app, year, unitId);
}

export async function acknowledgeReport(app: AppContext, rc: RequestContext, year: number, unitId: number, note: string | null): Promise<AnnualReportView> {
  const unit = await loadUnit(app, unitId);
  await authorize(app, rc, canAcknowledgeAnnualReport(rc.actor, unit.path), 'annual_reports.acknowledge');
  const at = app.now().toISOString();
  await app.db.transaction().execute(async (trx) => {
    const row = await trx.selectFrom('annual_reports').select(['id', 'status']).where('year', '=', year).where('unit_id', '=', unitId).executeTakeFirst();
    if (!row || row.status !== 'submitted') throw conflict('只有已提交的年度工作报告可以签阅', 'A9.8');
    await trx.updateTable('annual_reports').set({ status: 'acknowledged', acknowledged_at: at, acknowledged_by: rc.actor.userId, acknowledgement_note: note, updated_at: at }).where('id', '=', row.id).execute();
    await audit(app, rc, trx, { action: 'annual_report.acknowledge', entity: 'annual_report', entityId: row.id, unitId, before: { status: 'submitted' }, after: { status: 'acknowledged', note } });
  });
  return reportView(app, year, unitId);
}

export async function setDueDate(app: AppContext, rc: RequestContext, year: number, due: string) {
  await authorize(app, rc, canSetAnnualReportDue(rc.actor), 'annual_reports.due');
  if (due <= `${year}-01-01`) throw ruleRefusal('A9.8', `${year}年度工作报告的提交期限应在${year}年内或之后`, [{ path: 'dueDate', message: '期限过早' }]);
  const at = app.now().toISOString();
  const before = await repo.dueDateOf(app.db, year);
  await app.db.transaction().execute(async (trx) => {
    await trx
      .insertInto('annual_report_dues')
      .values({ year, due_date: due, set_by: rc.actor.userId, set_at: at })
      .onConflict((oc) => oc.column('year').doUpdateSet({ due_date: due, set_by: rc.actor.userId, set_at: at }))
      .execute();
    await audit(app, rc, trx, { action: 'annual_report.due', entity: 'annual_report_due', entityId: year, before: before ? { dueDate: before } : null, after: { dueDate: due } });
  });
  return listReports(app, rc, year);
}

/**
 * The news office sees the reports missing after a due date it set (a year without a set date
 * raises nothing: reports of years before the platform was in use are not chased); a
 * principal sees the reports awaiting acknowledgement.
 */
export const annualReportPendingItems: PendingProvider = async (app, actor: Actor) => {
  const items: PendingItemView[] = [];
  const office = hasRole(actor, 'news_office');
  const approverPaths = actor.grants.filter((g) => g.role === 'unit_approver').map((g) => g.unitPath);
  if (!office && approverPaths.length === 0) return items;
  const thisYear = Number(districtDate(app.now()).slice(0, 4));
  const setYears = (await repo.setDueYears(app.db)).filter((y) => y <= thisYear);
  const years = [...new Set([...setYears, thisYear - 1, thisYear])].sort();
  for (const year of years) {
    const reports = await reportsOfYear(app, year);
    for (const r of reports) {
      if (office && setYears.includes(year) && r.overdue && r.spokesperson) {
        items.push({ kind: 'annual_report.missing', title: `${r.unitName}新闻发言人${year}年度工作报告逾期未提交`, unitName: r.unitName, due: r.dueDate, rule: 'A9.8', link: `/console/annual-reports/${year}/${r.unitId}` });
      }
      if (r.status === 'submitted' && approverPaths.some((p) => p === null || r.unitPath.startsWith(p))) {
        items.push({ kind: 'annual_report.acknowledge', title: `待签阅：${r.unitName}新闻发言人${year}年度工作报告`, unitName: r.unitName, due: null, rule: 'A9.8', link: `/console/annual-reports/${year}/${r.unitId}` });
      }
    }
  }
  return items;
};
