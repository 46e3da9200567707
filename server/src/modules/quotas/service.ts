import {
  computeQuotas,
  districtDate,
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
import { canSeeQuotasOf } from './policy';
import * as repo from './repository';

type ReportWithPaths = QuotaReport & { unitPaths: Map<number, string> };

/** The year's counting releases as the rules read them, and how far the releases table had got when they were read. */
interface YearReleases {
  asOf: string;
  seen: repo.QuotaInputsState['releases'];
  byId: Map<number, QuotaRelease>;
}

/**
 * A year's report is read by every dashboard far more often than releases are written, so
 * each server keeps the last one per year and computes again only when the inputs changed
 * (a cheap fingerprint query) or the day did. After a change it reads again only the releases
 * written since — a city's year is some 60,000 rows, a change a handful.
 */
const cache = new WeakMap<AppContext, Map<number, { key: string; releases: YearReleases; report: ReportWithPaths }>>();

/** Re-read what was written a little before the last change too: servers' clocks differ slightly. */
const CLOCK_MARGIN_MS = 10 * 60_000;
/** Beyond this many changed releases one full read is cheaper. */
const MAX_CHANGED = 5_000;

export async function quotaReport(app: AppContext, year: number, asOf = districtDate(app.now())): Promise<ReportWithPaths> {
  const state = await repo.quotaInputsState(app.db);
  const key = `${asOf}|${state.key}`;
  const byYear = cache.get(app) ?? new Map<number, { key: string; releases: YearReleases; report: ReportWithPaths }>();
  cache.set(app, byYear);
  const hit = byYear.get(year);
  if (hit?.key === key) return hit.report;
  const releases = (hit && (await releasesSince(app, year, asOf, hit.releases, state))) ?? (await yearReleases(app, year, asOf, state));
  const report = await computeReport(app, year, asOf, releases);
  byYear.set(year, { key, releases, report });
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

type ReleaseRow = Awaited<ReturnType<typeof repo.releasesBetween>>[number];
type ParticipantRow = Awaited<ReturnType<typeof repo.participantsBetween>>[number];

function quotaReleases(rows: readonly ReleaseRow[], participants: readonly ParticipantRow[], into = new Map<number, QuotaRelease>()) {
  const categories = categoryParser();
  for (const r of rows) {
    into.set(r.id, {
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
    (into.get(p.release_id)?.participants as { personId: number; part: ParticipantPart }[] | undefined)?.push({
      personId: p.person_id,
      part: p.part as ParticipantPart,
    });
  }
  return into;
}

function referenceDateOf(year: number, asOf: string) {
  const yearEnd = `${year}-12-31`;
  return asOf < yearEnd ? asOf : yearEnd;
}

async function yearReleases(app: AppContext, year: number, asOf: string, state: repo.QuotaInputsState): Promise<YearReleases> {
  const statuses = ruleSetForYear(year).readings.countingStatuses;
  const referenceDate = referenceDateOf(year, asOf);
  const [rows, participants] = await Promise.all([
    repo.releasesBetween(app.db, `${year}-01-01`, referenceDate, statuses),
    repo.participantsBetween(app.db, `${year}-01-01`, referenceDate, statuses),
  ]);
  return { asOf, seen: state.releases, byId: quotaReleases(rows, participants) };
}

/**
 * The year's releases brought up to date from those written since they were read, or null when
 * that cannot be done safely (another day, a release deleted, too many changes).
 */
async function releasesSince(app: AppContext, year: number, asOf: string, before: YearReleases, state: repo.QuotaInputsState): Promise<YearReleases | null> {
  if (before.asOf !== asOf || before.seen.maxUpdatedAt === null) return null;
  const since = new Date(Date.parse(before.seen.maxUpdatedAt) - CLOCK_MARGIN_MS).toISOString();
  const written = await repo.releasesWrittenSince(app.db, since);
  const added = written.filter((r) => r.id > before.seen.maxId).length;
  if (written.length > MAX_CHANGED || state.releases.count !== before.seen.count + added) return null;

  const statuses = new Set<string>(ruleSetForYear(year).readings.countingStatuses);
  const referenceDate = referenceDateOf(year, asOf);
  const counting = written.filter((r) => r.release_date >= `${year}-01-01` && r.release_date <= referenceDate && statuses.has(r.status));
  const byId = new Map(before.byId);
  for (const r of written) byId.delete(r.id);
  quotaReleases(counting, await repo.participantsOf(app.db, counting.map((r) => r.id)), byId);
  return { asOf, seen: state.releases, byId };
}

/** Everything else the quota rules need for a year — units and who holds which post — judged by the year's rule set. */
async function computeReport(app: AppContext, year: number, asOf: string, releases: YearReleases): Promise<ReportWithPaths> {
  const ruleSet = ruleSetForYear(year);
  const [units, appointments] = await Promise.all([repo.quotaUnits(app.db), repo.appointmentsOn(app.db, referenceDateOf(year, asOf))]);
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
    releases: [...releases.byId.values()],
  });
  return { ...report, unitPaths: new Map(units.map((u) => [u.id, u.path])) };
}

type QuotaQuery = { year: number; unitId?: number; personId?: number };

function readersView({ unitPaths, ...report }: ReportWithPaths, actor: Actor, query: QuotaQuery) {
  const results = report.results.filter(
    (r) =>
      canSeeQuotasOf(actor, unitPaths.get(r.subject.unitId)) &&
      (query.unitId === undefined || r.subject.unitId === query.unitId) &&
      (query.personId === undefined || r.subject.personId === query.personId),
  );
  const vacancies = report.vacancies.filter((v) => canSeeQuotasOf(actor, unitPaths.get(v.unitId)) && (query.unitId === undefined || v.unitId === query.unitId));
  return { ...report, results, vacancies };
}

export async function quotasFor(app: AppContext, actor: Actor, query: QuotaQuery) {
  return readersView(await quotaReport(app, query.year), actor, query);
}

/** Answers kept as JSON beside their report, per reader's grants and filters: a city's year is megabytes to serialize. */
const answers = new WeakMap<ReportWithPaths, Map<string, string>>();
const MAX_KEPT_ANSWERS = 100;

export async function quotasJsonFor(app: AppContext, actor: Actor, query: QuotaQuery): Promise<string> {
  const report = await quotaReport(app, query.year);
  const scope = `${actor.grants.map((g) => `${g.role}@${g.unitPath ?? ''}`).sort().join(',')}|${query.unitId ?? ''}|${query.personId ?? ''}`;
  let kept = answers.get(report);
  if (!kept) answers.set(report, (kept = new Map()));
  let json = kept.get(scope);
  if (json === undefined) {
    json = JSON.stringify(readersView(report, actor, query));
    if (kept.size < MAX_KEPT_ANSWERS) kept.set(scope, json);
  }
  return json;
}
