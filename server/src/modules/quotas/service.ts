import {
  computeQuotas,
  districtDate,
  hasAnyRole,
  ruleSetForYear,
  type Actor,
  type ConferencePeriod,
  type ContentCategory,
  type InNameOf,
  type Organizer,
  type ParticipantPart,
  type Post,
  type QuotaRelease,
  type QuotaReport,
  type ReleaseForm,
  type UnitKind,
} from '@fabutong/core';
import type { AppContext } from '../../context';
import * as repo from './repository';

type ReportWithPaths = QuotaReport & { unitPaths: Map<number, string> };

/**
 * A year's report is read by every dashboard far more often than releases are written, so
 * each server keeps the last one per year and computes again only when the inputs changed
 * (a cheap fingerprint query) or the day did.
 */
const cache = new WeakMap<AppContext, Map<number, { key: string; report: ReportWithPaths }>>();

export async function quotaReport(app: AppContext, year: number, asOf = districtDate(app.now())): Promise<ReportWithPaths> {
  const key = `${asOf}|${await repo.quotaInputsFingerprint(app.db)}`;
  const byYear = cache.get(app) ?? new Map<number, { key: string; report: ReportWithPaths }>();
  cache.set(app, byYear);
  const hit = byYear.get(year);
  if (hit?.key === key) return hit.report;
  const report = await computeReport(app, year, asOf);
  byYear.set(year, { key, report });
  return report;
}

/** A JSON array of categories, parsed once per distinct value: a year has few distinct ones. */
function categoryParser() {
  const seen = new Map<string, ContentCategory[]>();
  return (text: string) => {
    let parsed = seen.get(text);
    if (!parsed) seen.set(text, (parsed = JSON.parse(text) as ContentCategory[]));
    return parsed;
  };
}

/** Everything the quota rules need for a year, read in four queries, judged by the year's rule set. */
async function computeReport(app: AppContext, year: number, asOf: string): Promise<ReportWithPaths> {
  const ruleSet = ruleSetForYear(year);
  const yearEnd = `${year}-12-31`;
  const referenceDate = asOf < yearEnd ? asOf : yearEnd;
  const statuses = ruleSet.readings.countingStatuses;
  const [units, appointments, releases, participants] = await Promise.all([
    repo.quotaUnits(app.db),
    repo.appointmentsOn(app.db, referenceDate),
    repo.releasesBetween(app.db, `${year}-01-01`, referenceDate, statuses),
    repo.participantsBetween(app.db, `${year}-01-01`, referenceDate, statuses),
  ]);
  const byRelease = new Map<number, QuotaRelease>();
  const categories = categoryParser();
  for (const r of releases) {
    byRelease.set(r.id, {
      id: r.id,
      unitId: r.unit_id,
      date: r.release_date,
      form: r.form as ReleaseForm,
      categories: categories(r.categories),
      organizer: r.organizer as Organizer,
      inNameOf: r.in_name_of as InNameOf,
      participants: [],
      status: r.status,
    });
  }
  for (const p of participants) {
    (byRelease.get(p.release_id)?.participants as { personId: number; part: ParticipantPart }[] | undefined)?.push({
      personId: p.person_id,
      part: p.part as ParticipantPart,
    });
  }
  const report = computeQuotas({
    year,
    asOf,
    ruleSet,
    units: units.map((u) => ({
      id: u.id,
      kind: u.kind as UnitKind,
      name: u.name,
      active: Boolean(u.active),
      livelihoodRelated: Boolean(u.livelihood_related),
      routineConferencePeriod: u.routine_conference_period as ConferencePeriod | null,
    })),
    appointments: appointments.map((a) => ({ personId: a.person_id, personName: a.name, unitId: a.unit_id, post: a.post as Post, from: a.from_date, to: a.to_date })),
    releases: [...byRelease.values()],
  });
  return { ...report, unitPaths: new Map(units.map((u) => [u.id, u.path])) };
}

/** Unit users see their own units' results; the district's roles see all. */
export function visibleTo(actor: Actor, unitPath: string | undefined): boolean {
  return unitPath !== undefined && hasAnyRole(actor, ['news_office', 'leader', 'auditor', 'unit_editor', 'unit_approver'], unitPath);
}

export async function quotasFor(app: AppContext, actor: Actor, query: { year: number; unitId?: number; personId?: number }) {
  const { unitPaths, ...report } = await quotaReport(app, query.year);
  const results = report.results.filter(
    (r) =>
      visibleTo(actor, unitPaths.get(r.subject.unitId)) &&
      (query.unitId === undefined || r.subject.unitId === query.unitId) &&
      (query.personId === undefined || r.subject.personId === query.personId),
  );
  const vacancies = report.vacancies.filter((v) => visibleTo(actor, unitPaths.get(v.unitId)) && (query.unitId === undefined || v.unitId === query.unitId));
  return { ...report, results, vacancies };
}
