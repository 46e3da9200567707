import {
  computeQuotas,
  judgedOn,
  quotaReferenceDate,
  districtDate,
  ruleSetForYear,
  type Actor,
  type ConferencePeriod,
  type ContentCategory,
  type InNameOf,
  type Organizer,
  type ParticipantPart,
  type Post,
  type QuotaInput,
  type QuotaRelease,
  type QuotaReport,
  type QuotaResult,
  type QuotaSubjects,
  type ReleaseForm,
  type UnitKind,
} from '@fabutong/core';
import type { AppContext } from '../../context';
import { encodeAnswer, prepareJson, type EncodedAnswer } from './answer';
import { canSeeQuotasOf } from './policy';
import * as repo from './repository';

type ReportWithPaths = QuotaReport & { unitPaths: Map<number, string> };

/** The year's counting releases as the rules read them, and how far the releases table had got when they were read. */
interface YearReleases {
  asOf: string;
  seen: repo.QuotaInputsState['releases'];
  byId: Map<number, QuotaRelease>;
}

/** Units and post holders as the rules read them, as of one reading of their tables. */
interface Holders {
  othersKey: string;
  units: QuotaInput['units'];
  appointments: QuotaInput['appointments'];
  unitPaths: Map<number, string>;
}

interface KeptReport {
  key: string;
  releases: YearReleases;
  holders: Holders;
  report: ReportWithPaths;
}

/**
 * A year's report is read by every dashboard far more often than releases are written, so
 * each server keeps the last one per year and day and computes again only when the inputs
 * changed (trigger-kept change counters). After a change it reads again only the releases
 * written since — a city's year is some 54,000 rows, a change a handful — and, when units,
 * posts or names changed, those (a few thousand rows); and it judges again only the units and
 * people the changes touch.
 */
const cache = new WeakMap<AppContext, Map<string, KeptReport>>();

/** Re-read what was written a little before the last change too: servers' clocks differ slightly. */
const CLOCK_MARGIN_MS = 10 * 60_000;
/** Beyond this many changed releases one full read is cheaper. */
const MAX_CHANGED = 5_000;

/** Each server's report readings per year and day, one after another. */
const readings = new WeakMap<AppContext, Map<string, Promise<unknown>>>();

/** This server's own map of `maps`, made on first use. */
function ownMap<V>(maps: WeakMap<AppContext, Map<string, V>>, app: AppContext): Map<string, V> {
  let map = maps.get(app);
  if (!map) maps.set(app, (map = new Map()));
  return map;
}

/** Where a year's report is kept and read in turn: by year and the day it is judged on. */
const slotOf = (year: number, asOf: string) => `${year}@${judgedOn(year, asOf)}`;

/**
 * The year's report, up to date. Readings of one year and day wait for the one before: a crowd
 * of readers arriving together gets one computation and then the kept report, instead of each
 * reader computing it again at the same time. Today's readers do not wait for tomorrow's report
 * being computed before midnight.
 */
export function quotaReport(app: AppContext, year: number, asOf = districtDate(app.now())): Promise<ReportWithPaths> {
  const slot = slotOf(year, asOf);
  const bySlot = ownMap(readings, app);
  const reading = (bySlot.get(slot) ?? Promise.resolve())
    .catch(() => undefined)
    .then(() => readReport(app, year, judgedOn(year, asOf)));
  bySlot.set(slot, reading);
  // Let go of a slot once its last reading is done: days gone by are not asked for again.
  void reading.finally(() => bySlot.get(slot) === reading && bySlot.delete(slot)).catch(() => undefined);
  return reading;
}

async function readReport(app: AppContext, year: number, asOf: string): Promise<ReportWithPaths> {
  const state = await repo.quotaInputsState(app.db);
  const key = `${asOf}|${state.key}`;
  const kept = ownMap(cache, app);
  // Reports of days gone by are not asked for again (one asked for a past day is not kept long).
  const today = districtDate(app.now());
  for (const [other, { report }] of kept) if (report.asOf < judgedOn(report.year, today)) kept.delete(other);
  const slot = slotOf(year, asOf);
  const hit = kept.get(slot);
  if (hit?.key === key) return hit.report;
  const since = hit ? await releasesSince(app, year, asOf, hit.releases, state) : null;
  let next: KeptReport;
  if (hit && since) {
    const holders = holdersUnchanged(hit, state) ? hit.holders : await readHolders(app, year, asOf, state);
    const touched = bothOf(since.touched, changedSubjects(hit.holders, holders));
    next = { key, releases: since.releases, holders, report: updatedReport(hit, since.releases, holders, touched) };
  } else {
    const releases = await yearReleases(app, year, asOf, state);
    const holders = await readHolders(app, year, asOf, state);
    next = { key, releases, holders, report: computeReport(year, asOf, releases, holders) };
  }
  kept.set(slot, next);
  return next.report;
}

/** The report this server keeps for a year and day (today by default), if any, without reading or computing anything. */
export function keptQuotaReport(app: AppContext, year: number, asOf = districtDate(app.now())): ReportWithPaths | undefined {
  return cache.get(app)?.get(slotOf(year, asOf))?.report;
}

/** How long before midnight the next day's report is computed, so that it is ready when the day turns. */
const AHEAD_MS = 10 * 60_000;

/**
 * Keeps this server's reports of this year and last year ready, checking every minute, so that
 * no reader waits for a computation from all the rows (a city's year takes most of a second):
 * they are computed before the server starts listening (`start` resolves then), the next
 * day's report in the last minutes before midnight, and after a change they are brought up to
 * date. Last year's is computed once: it no longer changes with the day. Each result's JSON is
 * made too, so that the first answer only joins and compresses it.
 */
export function keepQuotaReportReady(app: AppContext, log: { warn(obj: object, msg: string): void }) {
  let timer: NodeJS.Timeout | null = null;
  let running: Promise<unknown> | null = null;
  const tick = () => {
    const today = districtDate(app.now());
    const soon = districtDate(new Date(app.now().getTime() + AHEAD_MS));
    // Each day's year and the year before it: the dashboards show this year, the evaluation last year.
    const reports = [...new Set([today, soon])].flatMap((day) => [0, 1].map((back) => ({ year: Number(day.slice(0, 4)) - back, day })));
    running ??= (async () => {
      for (const { year, day } of reports) prepareJson((await quotaReport(app, year, day)).results);
    })()
      .catch((err: unknown) => log.warn({ err }, '预先计算年度发布任务完成情况失败'))
      .finally(() => (running = null));
    return running;
  };
  return {
    /** Resolves once the reports are ready (or could not be computed: that is logged, and readers compute them). */
    async start(intervalMs = 60_000) {
      if (timer) return;
      timer = setInterval(tick, intervalMs);
      timer.unref();
      await tick();
    },
    async stop() {
      if (timer) clearInterval(timer);
      timer = null;
      await running;
    },
  };
}

/** Units, appointments and people did not change since the kept report was read: the counters tell any write exactly. */
function holdersUnchanged(hit: KeptReport, state: repo.QuotaInputsState) {
  return hit.holders.othersKey === state.othersKey;
}

/**
 * The subjects whose results a change of units, posts or names can have changed: a unit that
 * changed, came or went, with everyone holding a post there; and anyone whose post (or name) did.
 * A city's units and posts are a few thousand rows: read again whole, and compared field by field.
 */
function changedSubjects(before: Holders, after: Holders): QuotaSubjects {
  const unitIds = new Set<number>();
  const personIds = new Set<number>();
  if (before === after) return { unitIds, personIds };
  const unitsBefore = new Map(before.units.map((u) => [u.id, u]));
  for (const unit of after.units) {
    const was = unitsBefore.get(unit.id);
    if (!was || !sameFields(was, unit)) unitIds.add(unit.id);
    unitsBefore.delete(unit.id);
  }
  for (const id of unitsBefore.keys()) unitIds.add(id);
  const postsBefore = postsByPerson(before.appointments);
  const postsAfter = postsByPerson(after.appointments);
  for (const [personId, posts] of postsAfter) {
    const was = postsBefore.get(personId);
    const same = was?.length === posts.length && posts.every((a, i) => sameFields(a, was[i]!));
    if (!same || posts.some((a) => unitIds.has(a.unitId))) personIds.add(personId);
    postsBefore.delete(personId);
  }
  for (const personId of postsBefore.keys()) personIds.add(personId);
  return { unitIds, personIds };
}

function postsByPerson(appointments: Holders['appointments']) {
  const byPerson = new Map<number, Holders['appointments'][number][]>();
  for (const a of appointments) {
    const posts = byPerson.get(a.personId);
    if (posts) posts.push(a);
    else byPerson.set(a.personId, [a]);
  }
  return byPerson;
}

/** Two flat records with the same fields, equal field by field. */
function sameFields<T extends object>(a: T, b: T) {
  for (const key in a) if (a[key] !== b[key]) return false;
  return true;
}

function bothOf(a: QuotaSubjects, b: QuotaSubjects): QuotaSubjects {
  return { unitIds: new Set([...a.unitIds, ...b.unitIds]), personIds: new Set([...a.personIds, ...b.personIds]) };
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

/** Releases as the rules read them, from rows of the year's releases (or of those written since). */
function quotaReleases(rows: readonly repo.QuotaReleaseRow[], into = new Map<number, QuotaRelease>()) {
  const categories = categoryParser();
  for (const r of rows) {
    const participants: { personId: number; part: ParticipantPart }[] = [];
    const folded = r.participants?.split(' ') ?? [];
    for (let i = 0; i + 1 < folded.length; i += 2) participants.push({ personId: Number(folded[i]), part: folded[i + 1] as ParticipantPart });
    into.set(r.id, {
      id: r.id,
      unitId: r.unit_id,
      date: r.release_date,
      form: r.form as ReleaseForm,
      categories: categories(r.categories),
      organizer: r.organizer as Organizer,
      inNameOf: r.in_name_of as InNameOf,
      participants,
      status: r.status,
    });
  }
  return into;
}

async function yearReleases(app: AppContext, year: number, asOf: string, state: repo.QuotaInputsState): Promise<YearReleases> {
  const statuses = ruleSetForYear(year).readings.countingStatuses;
  const referenceDate = quotaReferenceDate(year, asOf);
  const rows = await repo.releasesBetween(app.db, `${year}-01-01`, referenceDate, statuses);
  return { asOf, seen: state.releases, byId: quotaReleases(rows) };
}

interface ReleasesSince {
  releases: YearReleases;
  /** The units and people whose results the written releases can have changed. */
  touched: QuotaSubjects;
}

/**
 * The year's releases brought up to date from those written or deleted since they were read, or
 * null when that cannot be done safely (another day, too many changes).
 */
async function releasesSince(app: AppContext, year: number, asOf: string, before: YearReleases, state: repo.QuotaInputsState): Promise<ReleasesSince | null> {
  if (before.asOf !== asOf) return null;
  // With no releases before, every release there is now was written since.
  const since = before.seen.maxUpdatedAt === null ? '' : new Date(Date.parse(before.seen.maxUpdatedAt) - CLOCK_MARGIN_MS).toISOString();
  // One more than can be taken tells "too many" without reading a bulk import's every row.
  const written = await repo.releasesWrittenSince(app.db, since, MAX_CHANGED + 1);
  if (written.length > MAX_CHANGED) return null;

  const statuses = ruleSetForYear(year).readings.countingStatuses;
  const referenceDate = quotaReferenceDate(year, asOf);
  const counting = written.filter((r) => r.release_date >= `${year}-01-01` && r.release_date <= referenceDate && statuses.includes(r.status));
  const byId = new Map(before.byId);
  const dropped = written.map((r) => r.id);
  // A deleted release leaves no row to read: the ids the year has now tell which kept ones are gone.
  if (state.releases.deletions !== before.seen.deletions) {
    const present = new Set(await repo.releaseIdsBetween(app.db, `${year}-01-01`, referenceDate, statuses));
    for (const id of before.byId.keys()) if (!present.has(id)) dropped.push(id);
  }
  for (const id of dropped) byId.delete(id);
  const now = quotaReleases(counting);
  for (const [id, release] of now) byId.set(id, release);

  const touched = { unitIds: new Set<number>(), personIds: new Set<number>() };
  const touch = (release: QuotaRelease | undefined) => {
    if (!release) return;
    touched.unitIds.add(release.unitId);
    for (const p of release.participants) touched.personIds.add(p.personId);
  };
  for (const id of dropped) {
    touch(before.byId.get(id));
    touch(now.get(id));
  }
  return { releases: { asOf, seen: state.releases, byId }, touched };
}

async function readHolders(app: AppContext, year: number, asOf: string, state: repo.QuotaInputsState): Promise<Holders> {
  const [units, appointments] = await Promise.all([repo.quotaUnits(app.db), repo.appointmentsOn(app.db, quotaReferenceDate(year, asOf))]);
  return {
    othersKey: state.othersKey,
    units: units.map((u) => ({
      id: u.id,
      kind: u.kind as UnitKind,
      name: u.name,
      active: Boolean(u.active),
      livelihoodRelated: Boolean(u.livelihood_related),
      routineConferencePeriod: u.routine_conference_period as ConferencePeriod | null,
    })),
    appointments: appointments.map((a) => ({ personId: a.person_id, personName: a.name, unitId: a.unit_id, post: a.post as Post, from: a.from_date, to: a.to_date })),
    unitPaths: new Map(units.map((u) => [u.id, u.path])),
  };
}

function computeReport(year: number, asOf: string, releases: YearReleases, holders: Holders, only?: QuotaSubjects): ReportWithPaths {
  const report = computeQuotas({ year, asOf, ruleSet: ruleSetForYear(year), units: holders.units, appointments: holders.appointments, releases: [...releases.byId.values()], only });
  return { ...report, unitPaths: holders.unitPaths };
}

const resultKey = (r: QuotaResult) => `${r.rule}|${r.subject.kind}|${r.subject.personId ?? ''}|${r.subject.unitId}`;

/** The kept report with the touched subjects judged again, each in its place; the others' results are the same objects. */
function updatedReport(hit: KeptReport, releases: YearReleases, holders: Holders, touched: QuotaSubjects): ReportWithPaths {
  if (touched.unitIds.size === 0 && touched.personIds.size === 0 && holders === hit.holders) return hit.report;
  const fresh = computeReport(hit.report.year, hit.report.asOf, releases, holders, touched);
  const replacing = new Map(fresh.results.map((r) => [resultKey(r), r]));
  const isTouched = (r: QuotaResult) => (r.subject.kind === 'unit' ? touched.unitIds.has(r.subject.unitId) : touched.personIds.has(r.subject.personId!));
  const results: QuotaResult[] = [];
  for (const r of hit.report.results) {
    if (!isTouched(r)) {
      results.push(r);
      continue;
    }
    const key = resultKey(r);
    const judgedAgain = replacing.get(key);
    if (judgedAgain) results.push(judgedAgain);
    replacing.delete(key);
  }
  results.push(...replacing.values());
  return { ...fresh, results };
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

/** A reader's answer as sent: the JSON, and gzipped for clients that take it (a city's year is megabytes, a tenth of that gzipped). */
export type QuotaAnswer = EncodedAnswer<QuotaResult>;

/**
 * Each server's last answer per year and reader's scope (grants and filters), with the report it
 * was made from: sent again while that report stands, and after a change the next answer reuses
 * its blocks where the results are unchanged.
 */
const lastAnswers = new WeakMap<AppContext, Map<string, { report: ReportWithPaths; answer: QuotaAnswer }>>();
const MAX_KEPT_ANSWERS = 100;

export async function quotaAnswerFor(app: AppContext, actor: Actor, query: QuotaQuery): Promise<QuotaAnswer> {
  const report = await quotaReport(app, query.year);
  const scope = `${query.year}|${actor.grants.map((g) => `${g.role}@${g.unitPath ?? ''}`).sort().join(',')}|${query.unitId ?? ''}|${query.personId ?? ''}`;
  const kept = ownMap(lastAnswers, app);
  const last = kept.get(scope);
  if (last?.report === report) return last.answer;
  const { results, ...rest } = readersView(report, actor, query);
  const answer = encodeAnswer('results', results, rest, last?.answer.blocks);
  if (kept.size < MAX_KEPT_ANSWERS || last) kept.set(scope, { report, answer });
  return answer;
}
