/**
 * The built-in indicators' sources (A13.8): each computes per-unit figures from the
 * platform's own tables. A source is a plain function in a registry, so a capability that
 * is not installed simply has no entry — and its indicator shows "no data" (null), never a
 * made-up score. A unit a source has nothing to say about is absent from its answer.
 */
import {
  districtDate,
  QUOTA_STATUS_LABELS,
  reviewOverdue,
  ruleSetInForce,
  UNDER_REVIEW_STATUSES,
  type ConferenceStatus,
  type EvaluationSource,
  type EvidenceItem,
  type IndicatorFigure,
} from '@fabutong/core';
import { lateSubmission } from '@fabutong/core/workflows/conference-deadlines';
import type { AppContext } from '../../context';
import { reportsOfYear } from '../annual-reports/service';
import { workdays } from '../calendar/service';
import { statutoryClocks } from '../incidents/present';
import { releasesOfIncidents } from '../incidents/repository';
import { itemClock } from '../opinions/present';
import { responseReleases } from '../opinions/repository';
import { quotaReport } from '../quotas/service';
import { evaluatedUnitsWithPosts, trainedPeople } from '../training/repository';
import * as repo from './repository';

export interface SourceInput {
  year: number;
  /** The day whose post holders are judged: 31 December, or today before it. */
  referenceDate: string;
  /** ISO instant: clocks still running now are not judged. */
  now: string;
  unitIds: number[];
}

export type EvaluationSourceFn = (app: AppContext, input: SourceInput) => Promise<Map<number, IndicatorFigure>>;
export type SourceRegistry = Partial<Record<EvaluationSource, EvaluationSourceFn>>;

const pct = (n: number, d: number) => `${n}/${d}（${Math.round((n / d) * 100)}%）`;

/** Tallies evidence per unit into ratio figures; a unit with nothing judged gets no figure. */
function ratioFigures(items: { unitId: number; ok: boolean; evidence: EvidenceItem }[], describe: (n: number, d: number) => string) {
  const byUnit = new Map<number, { n: number; d: number; evidence: EvidenceItem[] }>();
  for (const i of items) {
    const t = byUnit.get(i.unitId) ?? { n: 0, d: 0, evidence: [] };
    t.d += 1;
    if (i.ok) t.n += 1;
    t.evidence.push(i.evidence);
    byUnit.set(i.unitId, t);
  }
  const out = new Map<number, IndicatorFigure>();
  for (const [unitId, t] of byUnit) out.set(unitId, { value: t.n / t.d, numerator: t.n, denominator: t.d, summary: describe(t.n, t.d), evidence: t.evidence });
  return out;
}

/** Instants of a calendar year in the district's time zone (UTC+8). */
function yearInstants(year: number) {
  return { from: `${year - 1}-12-31T16:00:00.000Z`, to: `${year}-12-31T16:00:00.000Z` };
}

/** A13.3: the share of the unit's and its post holders' annual quotas that are met. */
const quotas: EvaluationSourceFn = async (app, { year, unitIds }) => {
  const report = await quotaReport(app, year);
  const wanted = new Set(unitIds);
  return ratioFigures(
    report.results
      .filter((r) => wanted.has(r.subject.unitId))
      .map((r) => ({
        unitId: r.subject.unitId,
        ok: r.status === 'met',
        evidence: { label: `${r.rule} ${r.explanation}`, link: '/console/quotas', status: QUOTA_STATUS_LABELS[r.status] },
      })),
    (n, d) => `年度发布任务完成${pct(n, d)}`,
  );
};

/** A15.1: regular conferences of the year submitted at least 10 workdays ahead (emergency and series exempt). */
const conferenceOnTime: EvaluationSourceFn = async (app, { year, unitIds }) => {
  const [rows, cal] = await Promise.all([repo.submittedConferences(app.db, year, unitIds), workdays(app)]);
  return ratioFigures(
    rows.map((c) => {
      const late = lateSubmission(cal, { kind: 'regular', conferenceDate: c.conference_date, submissionDate: c.submission_date! }, ruleSetInForce(c.conference_date));
      return { unitId: c.unit_id, ok: late === null, evidence: { label: `${c.conference_date} ${c.title}（${c.submission_date}报送）`, link: `/console/conferences/${c.id}`, status: late ? '逾期报送' : '按时报送' } };
    }),
    (n, d) => `按时报送${pct(n, d)}`,
  );
};

/**
 * A15.2: the news office's normative review of the unit's applications, completed (passed or
 * refused) by its due day. A review still within its time is not judged; one withdrawn before
 * its due day is not judged either; one withdrawn, or still open, after it is late.
 */
const reviewOnTime: EvaluationSourceFn = async (app, { year, now, unitIds }) => {
  const rows = await repo.reviewedConferences(app.db, year, unitIds);
  const today = districtDate(now);
  const judged = rows.flatMap((c) => {
    const completed = c.review_passed_at ?? c.refused_at;
    const label = `${c.title}（${c.submission_date}报送，${c.review_due}审核期满）`;
    const link = `/console/conferences/${c.id}`;
    if (completed !== null) {
      const on = districtDate(completed);
      const ok = on <= c.review_due;
      return [{ unitId: c.unit_id, ok, evidence: { label, link, status: `${on}${ok ? '按时' : '超时'}完成审核` } }];
    }
    if (c.withdrawn_at !== null) {
      const on = districtDate(c.withdrawn_at);
      return on > c.review_due ? [{ unitId: c.unit_id, ok: false, evidence: { label, link, status: `审核超时，${on}撤回` } }] : [];
    }
    if (UNDER_REVIEW_STATUSES.includes(c.status as ConferenceStatus) && reviewOverdue(c.review_due, today, false)) {
      return [{ unitId: c.unit_id, ok: false, evidence: { label, link, status: '逾期未完成审核' } }];
    }
    return [];
  });
  return ratioFigures(judged, (n, d) => `新闻办按时完成审核${pct(n, d)}`);
};

/** A13.4: the statutory clocks of the unit's incidents that have come due, met in time or not. */
const incidentClocks: EvaluationSourceFn = async (app, { year, now, unitIds }) => {
  const { from, to } = yearInstants(year);
  const incidents = await repo.incidentsBetween(app.db, from, to, unitIds);
  const releases = await releasesOfIncidents(app.db, incidents.map((i) => i.id));
  const items = incidents.flatMap((incident) =>
    statutoryClocks(
      incident,
      releases.filter((r) => r.incident_id === incident.id),
      now,
    )
      .filter((c) => c.status !== 'running')
      .map((c) => ({
        unitId: incident.responsible_unit_id,
        ok: c.status === 'met' && !c.late,
        evidence: { label: `${incident.title}（${c.rule}）`, link: `/console/incidents/${incident.id}`, status: c.status === 'met' ? (c.late ? '超时发布' : '按时发布') : '逾期未发布' },
      })),
  );
  return ratioFigures(items, (n, d) => `按时完成发布时限${pct(n, d)}`);
};

/** N61: opinion items of the year assigned to the unit whose 48-hour clock has come due. */
const opinionClocks: EvaluationSourceFn = async (app, { year, now, unitIds }) => {
  const { from, to } = yearInstants(year);
  const items = await repo.opinionItemsBetween(app.db, from, to, unitIds);
  const releases = await responseReleases(app.db, items.map((i) => i.response_release_id).filter((id): id is number => id !== null));
  const judged = items.flatMap((item) => {
    const clock = itemClock(item, releases.find((r) => r.id === item.response_release_id), now);
    if (!clock || clock.status === 'running') return [];
    return [{ unitId: item.unit_id!, ok: clock.status === 'met' && !clock.late, evidence: { label: item.title, link: `/console/opinions/${item.id}`, status: clock.status === 'met' ? (clock.late ? '超时回应' : '按时回应') : '逾期未回应' } }];
  });
  return ratioFigures(judged, (n, d) => `48小时内回应${pct(n, d)}`);
};

/** A13.1: linkage assignments due in the year, done by their due time. */
const assignments: EvaluationSourceFn = async (app, { year, now, unitIds }) => {
  const { from, to } = yearInstants(year);
  const rows = await repo.assignmentsDueBetween(app.db, from, to, unitIds);
  const judged = rows.flatMap((a) => {
    const done = a.release_status === 'held' || a.release_status === 'published';
    const onTime = done && a.release_starts_at !== null && a.release_starts_at <= a.due_at;
    if (!done && a.due_at > now) return [];
    return [{ unitId: a.unit_id, ok: onTime, evidence: { label: `${a.topic_title}：${a.task}`, link: '/console/hot-topics', status: onTime ? '按时完成' : done ? '超时完成' : '逾期未完成' } }];
  });
  return ratioFigures(judged, (n, d) => `按时完成联动任务${pct(n, d)}`);
};

/**
 * Coverage per release (A15.6): of the unit's releases of the year that took place, the share
 * with at least one recorded report; the summary gives the reports per release. A unit that
 * held no release has nothing to judge.
 */
const coverage: EvaluationSourceFn = async (app, { year, unitIds }) => {
  const rows = await repo.releasesWithCoverage(app.db, year, unitIds);
  const reports = new Map<number, number>();
  for (const r of rows) reports.set(r.unit_id, (reports.get(r.unit_id) ?? 0) + r.coverage);
  const figures = ratioFigures(
    rows.map((r) => ({
      unitId: r.unit_id,
      ok: r.coverage > 0,
      evidence: { label: `${r.release_date} ${r.title}`, link: `/console/releases/${r.id}`, status: r.coverage > 0 ? `报道${r.coverage}篇` : '未登记报道' },
    })),
    (n, d) => `有媒体报道的发布活动${pct(n, d)}`,
  );
  for (const [unitId, f] of figures) {
    const total = reports.get(unitId) ?? 0;
    f.summary += `，共报道${total}篇，平均每场${Math.round((total / f.denominator) * 10) / 10}篇`;
  }
  return figures;
};

/** A12: the unit's spokesperson and assistant who attended training in the year. */
const training: EvaluationSourceFn = async (app, { year, referenceDate, unitIds }) => {
  const [units, trained] = await Promise.all([evaluatedUnitsWithPosts(app.db, referenceDate), trainedPeople(app.db, `${year}-01-01`, `${year}-12-31`)]);
  const wanted = new Set(unitIds);
  const items = units
    .filter((u) => wanted.has(u.id))
    .flatMap((u) =>
      [
        { holder: u.spokesperson, post: '新闻发言人' },
        { holder: u.assistant, post: '新闻发言人助理' },
      ]
        .filter((p) => p.holder !== null)
        .map((p) => ({
          unitId: u.id,
          ok: trained.has(p.holder!.person_id),
          evidence: { label: `${p.post}${p.holder!.name}`, link: '/console/training', status: trained.has(p.holder!.person_id) ? '已参加培训' : '未参加培训' },
        })),
    );
  return ratioFigures(items, (n, d) => `参加培训${n}人/在岗${d}人`);
};

/** A9.8: the spokesperson's annual report has reached the principal. */
const annualReport: EvaluationSourceFn = async (app, { year, unitIds }) => {
  const reports = await reportsOfYear(app, year);
  const wanted = new Set(unitIds);
  return ratioFigures(
    reports
      .filter((r) => wanted.has(r.unitId))
      .map((r) => {
        const ok = r.status === 'submitted' || r.status === 'acknowledged';
        return { unitId: r.unitId, ok, evidence: { label: `${year}年度工作报告`, link: `/console/annual-reports/${year}/${r.unitId}`, status: ok ? (r.status === 'acknowledged' ? '已提交，主要负责人已阅' : '已提交') : '未提交' } };
      }),
    (n) => (n ? '已提交年度工作报告' : '未提交年度工作报告'),
  );
};

/** A18: violations the news office confirmed; a unit with none has a figure of 0 cases (real data, not "no data"). */
const violations: EvaluationSourceFn = async (app, { year, unitIds }) => {
  const { from, to } = yearInstants(year);
  const rows = await repo.confirmedViolations(app.db, from, to, unitIds);
  const out = new Map<number, IndicatorFigure>();
  for (const unitId of unitIds) {
    const mine = rows.filter((v) => v.unit_id === unitId);
    out.set(unitId, {
      value: mine.length,
      numerator: mine.length,
      denominator: 0,
      summary: mine.length ? `经认定违规${mine.length}件` : '无经认定的违规情形',
      evidence: mine.map((v) => ({ label: `${v.kind} ${v.summary}`, link: `/console/violations`, status: `${districtDate(v.decided_at ?? v.detected_at)}认定` })),
    });
  }
  return out;
};

export const BUILT_IN_SOURCES: SourceRegistry = {
  quotas,
  conference_on_time: conferenceOnTime,
  review_on_time: reviewOnTime,
  incident_clocks: incidentClocks,
  opinion_clocks: opinionClocks,
  assignments,
  coverage,
  training,
  annual_report: annualReport,
  violations,
};
