/**
 * The quota engine (A13.3-a…f, A6.4, A14): for one calendar year, who owes which annual
 * release activities, how many count so far, and whether that is met, on track, at risk or
 * missed. Pure: the evaluation date comes in as `asOf`, the rule set as data.
 *
 * Readings (RULES.md, "Annual quotas"):
 * - Who owes a quota: whoever holds the post on 31 December of the year — or on `asOf`
 *   while the year is still running. A predecessor who left mid-year owes nothing.
 * - A person's participations count for the person, whatever unit the release belonged to
 *   and whatever post they held on its day: the measures put the duty on the person
 *   ("区长每年参加…"), and a principal's conference is usually another unit's (the news
 *   office's) release. So a successor's activities from before taking the post count too.
 * - "Took part" = a part in `readings.tookPartAs` (main speaker, speaker, host); an expert
 *   does not take part. One release counts once per person, whatever parts they played.
 * - A unit's quota (A13.3-d, A6.4, A14) counts the unit's own releases.
 * - Only releases with a counting status (held, published) dated within the year and not
 *   after `asOf` count, so a past `asOf` reproduces the view of that day.
 * - An appointment's `to` is the last day in the post (inclusive).
 *
 * Status of a requirement over its period (the year; for A14 each month/quarter/half):
 * - `met`: counted ≥ required;
 * - `missed`: not met and the period is over (`asOf` after its last day);
 * - `at_risk`: not met and less than `quotaStatus.atRiskWhenRemainingShareBelow` of the
 *   period remains (Wulong: a quarter — from 1 October for a year), or fewer are counted than
 *   the pro-rata pace floor(required × elapsed share) (so a 2-activity quota with none by
 *   midsummer is at risk);
 * - `on_track`: otherwise (also for a period that has not begun).
 * The asOf day counts as elapsed. A result is met when all its parts are; otherwise it takes
 * its worst part: missed, then at_risk, then on_track. For A14 a quarter that ended without
 * a routine conference is a miss at once: no later conference makes up for it.
 *
 * Parts are counted independently: one release organized by the municipal office in
 * another form (an interview) counts for both parts of A13.3-b.
 */
import type { IsoDate } from './calendar';
import type { ConferencePeriod, UnitKind } from '../units';
import { REGION_KINDS } from '../units';
import type { AnnualQuotaRule, AnnualQuotaRuleId, ReleaseCriteria, RuleSet } from './ruleset';
import type { ContentCategory, InNameOf, Organizer, ParticipantPart, Post, ReleaseForm } from './vocabulary';
import { POST_LABELS } from './vocabulary';
import { isCurrent } from './appointments';

export interface QuotaUnit {
  id: number;
  kind: UnitKind;
  name: string;
  /** False for a retired unit: it owes nothing. Absent means active. */
  active?: boolean;
  /** Close to the economy and livelihood (A13.3-d, A14). */
  livelihoodRelated: boolean;
  routineConferencePeriod: ConferencePeriod | null;
}

export interface QuotaAppointment {
  personId: number;
  personName: string;
  unitId: number;
  post: Post;
  from: IsoDate;
  /** Last day in the post (inclusive); null while current. */
  to: IsoDate | null;
}

export interface QuotaRelease {
  id: number;
  unitId: number;
  /** The district calendar date it took place. */
  date: IsoDate;
  form: ReleaseForm;
  categories: readonly ContentCategory[];
  organizer: Organizer;
  inNameOf: InNameOf;
  participants: readonly { personId: number; part: ParticipantPart }[];
  status: string;
}

export interface QuotaInput {
  year: number;
  /** The evaluation date. */
  asOf: IsoDate;
  ruleSet: RuleSet;
  units: readonly QuotaUnit[];
  appointments: readonly QuotaAppointment[];
  releases: readonly QuotaRelease[];
  /**
   * Only these subjects' results (vacancies are always all): what a few changed releases can
   * have changed — the units they belong to and the people who took part.
   */
  only?: QuotaSubjects;
}

export interface QuotaSubjects {
  unitIds: ReadonlySet<number>;
  personIds: ReadonlySet<number>;
}

export type QuotaStatus = 'met' | 'on_track' | 'at_risk' | 'missed';
export type QuotaRuleId = AnnualQuotaRuleId | 'A14';

export interface QuotaSubject {
  kind: 'person' | 'unit';
  personId?: number;
  /** For a person, the unit where they hold the post. */
  unitId: number;
  /** The person's or the unit's name. */
  name: string;
  unitName: string;
  post?: Post;
}

export interface QuotaPartResult {
  key: string;
  label: string;
  required: number;
  counted: number;
  countingReleaseIds: number[];
  status: QuotaStatus;
  /** The period it is judged over: the year, or an A14 month/quarter/half. */
  from: IsoDate;
  to: IsoDate;
}

export interface QuotaResult {
  rule: QuotaRuleId;
  subject: QuotaSubject;
  required: number;
  counted: number;
  /** Every release counting toward any part, in date order. */
  countingReleaseIds: number[];
  status: QuotaStatus;
  parts: QuotaPartResult[];
  explanation: string;
}

/** A unit where nobody holds a post that owes a quota (A8.2 wants it filled). */
export interface QuotaVacancy {
  rule: AnnualQuotaRuleId;
  unitId: number;
  unitName: string;
  posts: Post[];
  explanation: string;
}

export interface QuotaReport {
  year: number;
  asOf: IsoDate;
  ruleSetId: string;
  /** The day whose post holders owe the quotas: 31 December, or `asOf` before it. */
  referenceDate: IsoDate;
  results: QuotaResult[];
  vacancies: QuotaVacancy[];
}

/** A period a requirement is judged over, with its days counted once against asOf. */
export interface QuotaPeriod {
  from: IsoDate;
  to: IsoDate;
  label: string;
  totalDays: number;
  /** Days from `from` through asOf, asOf included; 0 before the period, totalDays after it. */
  elapsedDays: number;
}

const DAY_MS = 86_400_000;

function dayNumber(date: IsoDate): number {
  return Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10))) / DAY_MS;
}

function pad(n: number, width = 2): string {
  return String(n).padStart(width, '0');
}

/** Last day of month `month` (1–12). */
function monthEnd(year: number, month: number): IsoDate {
  return `${pad(year, 4)}-${pad(month)}-${pad(new Date(Date.UTC(year, month, 0)).getUTCDate())}`;
}

function isAnotherForm(release: QuotaRelease, readings: RuleSet['readings']): boolean {
  const { forms, formsWithCategory, categories } = readings.anotherForm;
  if (forms.includes(release.form)) return true;
  return formsWithCategory.includes(release.form) && release.categories.some((c) => categories.includes(c));
}

export function releaseMatches(release: QuotaRelease, criteria: ReleaseCriteria, ruleSet: RuleSet): boolean {
  if (criteria.forms && !criteria.forms.includes(release.form)) return false;
  if (criteria.organizers && !criteria.organizers.includes(release.organizer)) return false;
  if (criteria.anotherForm && !isAnotherForm(release, ruleSet.readings)) return false;
  return true;
}

interface Judgement {
  status: QuotaStatus;
  /** Why an unmet requirement is at risk or missed, in Chinese. */
  reason?: string;
}

function period(from: IsoDate, to: IsoDate, label: string, asOf: IsoDate): QuotaPeriod {
  const start = dayNumber(from);
  const totalDays = dayNumber(to) - start + 1;
  const elapsedDays = Math.min(Math.max(dayNumber(asOf) - start + 1, 0), totalDays);
  return { from, to, label, totalDays, elapsedDays };
}

function judge(required: number, counted: number, period: QuotaPeriod, asOf: IsoDate, ruleSet: RuleSet): Judgement {
  if (counted >= required) return { status: 'met' };
  if (asOf > period.to) return { status: 'missed', reason: `${period.label}期限已过` };
  if (asOf < period.from) return { status: 'on_track' };
  const total = period.totalDays;
  const elapsed = period.elapsedDays;
  const remaining = total - elapsed;
  const { atRiskWhenRemainingShareBelow, atRiskWhenBehindPace } = ruleSet.quotaStatus;
  if (remaining / total < atRiskWhenRemainingShareBelow) {
    return { status: 'at_risk', reason: `距${period.label}结束仅剩${remaining}天` };
  }
  const pace = Math.floor((required * elapsed) / total);
  if (atRiskWhenBehindPace && counted < pace) {
    return { status: 'at_risk', reason: `进度落后，按时间应已完成${pace}次` };
  }
  return { status: 'on_track' };
}

const STATUS_ORDER: readonly QuotaStatus[] = ['missed', 'at_risk', 'on_track', 'met'];

function worst(statuses: readonly QuotaStatus[]): QuotaStatus {
  let index = STATUS_ORDER.length - 1;
  for (const s of statuses) index = Math.min(index, STATUS_ORDER.indexOf(s));
  return STATUS_ORDER[index] ?? 'met';
}

interface PartInput {
  key: string;
  label: string;
  required: number;
  period: QuotaPeriod;
  /** The candidates all fall in the period already (the year): skip the date check. */
  candidatesInPeriod: boolean;
  matches: (release: QuotaRelease) => boolean;
}

interface EvaluatedParts {
  parts: QuotaPartResult[];
  judgements: Judgement[];
  countingReleaseIds: number[];
}

/** `candidates` are in date order; each part takes those it matches within its period. */
function evaluateParts(candidates: readonly QuotaRelease[], partInputs: readonly PartInput[], asOf: IsoDate, ruleSet: RuleSet): EvaluatedParts {
  const parts: QuotaPartResult[] = partInputs.map((p) => ({
    key: p.key,
    label: p.label,
    required: p.required,
    counted: 0,
    countingReleaseIds: [],
    status: 'on_track',
    from: p.period.from,
    to: p.period.to,
  }));
  const countingReleaseIds: number[] = [];
  for (const release of candidates) {
    let counts = false;
    for (let i = 0; i < partInputs.length; i++) {
      const input = partInputs[i]!;
      if (!input.candidatesInPeriod && (release.date < input.period.from || release.date > input.period.to)) continue;
      if (!input.matches(release)) continue;
      const part = parts[i]!;
      part.counted++;
      part.countingReleaseIds.push(release.id);
      counts = true;
    }
    if (counts) countingReleaseIds.push(release.id);
  }
  const judgements = parts.map((part, i) => judge(part.required, part.counted, partInputs[i]!.period, asOf, ruleSet));
  parts.forEach((part, i) => (part.status = judgements[i]!.status));
  return { parts, judgements, countingReleaseIds };
}

const STATUS_TEXT: Record<QuotaStatus, string> = {
  met: '已完成',
  on_track: '尚未完成，进度正常',
  at_risk: '尚未完成，有完不成的风险',
  missed: '未完成',
};

function explain(subjectText: string, year: number, parts: readonly QuotaPartResult[], judgements: readonly Judgement[], status: QuotaStatus): string {
  const counts = parts.map((p) => `${p.label}${p.counted}次（要求至少${p.required}次）`).join('，');
  let verdict = STATUS_TEXT[status];
  if (status === 'at_risk' || status === 'missed') {
    const reasons = judgements.flatMap((j) => (j.status === status && j.reason ? [j.reason] : []));
    verdict += `：${[...new Set(reasons)].join('；')}`;
  }
  return `${subjectText}：${year}年${counts}。${verdict}。`;
}

/**
 * The headline numbers of a result. "≥2, of which ≥1 …" shows the total; a single
 * requirement shows its count; several independent ones show progress, each part capped at
 * its requirement so that a surplus in one does not hide a gap in another.
 */
function headline(combine: AnnualQuotaRule['combine'], parts: readonly QuotaPartResult[]): { required: number; counted: number } {
  const first = parts[0];
  if (first && (combine === 'of_which' || parts.length === 1)) return { required: first.required, counted: first.counted };
  return {
    required: parts.reduce((sum, p) => sum + p.required, 0),
    counted: parts.reduce((sum, p) => sum + Math.min(p.counted, p.required), 0),
  };
}

const PERIOD_MONTHS: Record<ConferencePeriod, number> = { monthly: 1, quarterly: 3, half_yearly: 6, yearly: 12 };
const QUARTER_NAMES = ['第一季度', '第二季度', '第三季度', '第四季度'];
const HALF_NAMES = ['上半年', '下半年'];

/** The A14 periods of a year for a unit's routine-conference period. */
export function routinePeriods(year: number, conferencePeriod: ConferencePeriod, asOf: IsoDate = `${pad(year, 4)}-01-01`): QuotaPeriod[] {
  const months = PERIOD_MONTHS[conferencePeriod];
  const periods: QuotaPeriod[] = [];
  for (let i = 0; i < 12 / months; i++) {
    const firstMonth = i * months + 1;
    const lastMonth = firstMonth + months - 1;
    const label = {
      monthly: `${firstMonth}月`,
      quarterly: QUARTER_NAMES[i]!,
      half_yearly: HALF_NAMES[i]!,
      yearly: '全年',
    }[conferencePeriod];
    periods.push(period(`${pad(year, 4)}-${pad(firstMonth)}-01`, monthEnd(year, lastMonth), label, asOf));
  }
  return periods;
}

/**
 * The day whose post holders owe a year's quotas, and the last whose releases count: 31
 * December, or `asOf` while the year is still running.
 */
export function quotaReferenceDate(year: number, asOf: IsoDate): IsoDate {
  const yearEnd = `${pad(year, 4)}-12-31`;
  return asOf < yearEnd ? asOf : yearEnd;
}

/**
 * The earliest day that judges a year exactly as `asOf` does. Once the year is over every later
 * day judges it alike — each period has ended, the holders are those of 31 December — so all of
 * them are the day after it: a finished year's report need be worked out only once.
 */
export function judgedOn(year: number, asOf: IsoDate): IsoDate {
  const dayAfter = `${pad(year + 1, 4)}-01-01`;
  return asOf > dayAfter ? dayAfter : asOf;
}

export function computeQuotas(input: QuotaInput): QuotaReport {
  const { year, asOf, ruleSet, only } = input;
  const unitOwes = (unitId: number) => !only || only.unitIds.has(unitId);
  const personOwes = (personId: number) => !only || only.personIds.has(personId);
  const yearPeriod = period(`${pad(year, 4)}-01-01`, `${pad(year, 4)}-12-31`, '本年度', asOf);
  const referenceDate = quotaReferenceDate(year, asOf);

  // Units that owe anything: active, and not an administrative region.
  const unitsById = new Map<number, QuotaUnit>();
  for (const unit of input.units) {
    if (unit.active === false || REGION_KINDS.includes(unit.kind)) continue;
    unitsById.set(unit.id, unit);
  }

  // Who holds which post on the reference day, in units that owe quotas.
  const holdersByPost = new Map<Post, QuotaAppointment[]>();
  const holders = new Set<number>();
  for (const appointment of input.appointments) {
    if (!unitsById.has(appointment.unitId) || !isCurrent(appointment, referenceDate)) continue;
    push(holdersByPost, appointment.post, appointment);
    holders.add(appointment.personId);
  }

  // The releases of the year that took place by asOf, in date order, indexed once: by unit,
  // and by each post holder who took part. Loops are plain `for` on purpose: this runs over
  // every release of a city's year.
  const countingStatuses = new Set(ruleSet.readings.countingStatuses);
  const tookPartAs = new Set<string>(ruleSet.readings.tookPartAs);
  const yearReleases = inDateOrder(
    input.releases,
    (r) =>
      r.date >= yearPeriod.from &&
      r.date <= referenceDate &&
      countingStatuses.has(r.status) &&
      (!only || only.unitIds.has(r.unitId) || r.participants.some((p) => only.personIds.has(p.personId))),
  );
  const releasesByPerson = new Map<number, QuotaRelease[]>();
  const releasesByUnit = new Map<number, QuotaRelease[]>();
  for (let r = 0; r < yearReleases.length; r++) {
    const release = yearReleases[r]!;
    push(releasesByUnit, release.unitId, release);
    const participants = release.participants;
    for (let p = 0; p < participants.length; p++) {
      const { personId, part } = participants[p]!;
      if (!holders.has(personId) || !tookPartAs.has(part)) continue;
      // One release counts once per person, even when they both host and speak.
      const list = releasesByPerson.get(personId);
      if (list && list[list.length - 1] === release) continue;
      push(releasesByPerson, personId, release);
    }
  }

  const results: QuotaResult[] = [];
  const vacancies: QuotaVacancy[] = [];

  for (const rule of ruleSet.annualQuotas) {
    const partInputs: PartInput[] = rule.parts.map((p) => ({
      key: p.key,
      label: p.label,
      required: p.required,
      period: yearPeriod,
      candidatesInPeriod: true,
      matches: (release) => releaseMatches(release, p.counts, ruleSet),
    }));

    const addResult = (subject: QuotaSubject, subjectText: string, candidates: readonly QuotaRelease[]) => {
      const { parts, judgements, countingReleaseIds } = evaluateParts(candidates, partInputs, asOf, ruleSet);
      const status = parts.every((p) => p.status === 'met') ? 'met' : worst(parts.map((p) => p.status));
      results.push({
        rule: rule.rule,
        subject,
        ...headline(rule.combine, parts),
        countingReleaseIds,
        status,
        parts,
        explanation: explain(subjectText, year, parts, judgements, status),
      });
    };

    const subjects = rule.subjects;
    if (subjects.kind === 'post_holders') {
      const owing = new Map<string, QuotaAppointment>();
      for (const post of subjects.posts) {
        for (const appointment of holdersByPost.get(post) ?? []) {
          const unit = unitsById.get(appointment.unitId)!;
          if (!subjects.unitKinds.includes(unit.kind)) continue;
          // One result per person and unit, however many qualifying posts they hold there.
          const key = `${appointment.personId}@${appointment.unitId}`;
          if (!owing.has(key)) owing.set(key, appointment);
        }
      }
      for (const appointment of owing.values()) {
        if (!personOwes(appointment.personId)) continue;
        const unit = unitsById.get(appointment.unitId)!;
        addResult(
          {
            kind: 'person',
            personId: appointment.personId,
            unitId: unit.id,
            name: appointment.personName,
            unitName: unit.name,
            post: appointment.post,
          },
          `${unit.name}${POST_LABELS[appointment.post]}${appointment.personName}`,
          releasesByPerson.get(appointment.personId) ?? [],
        );
      }
      if (subjects.reportVacancy) {
        const heldUnits = new Set([...owing.values()].map((a) => a.unitId));
        for (const unit of unitsById.values()) {
          if (!subjects.unitKinds.includes(unit.kind) || heldUnits.has(unit.id)) continue;
          const postNames = subjects.posts.map((p) => POST_LABELS[p]).join('、');
          vacancies.push({
            rule: rule.rule,
            unitId: unit.id,
            unitName: unit.name,
            posts: [...subjects.posts],
            explanation: `${unit.name}在${referenceDate}无${postNames}任职记录，${rule.rule}无人承担。`,
          });
        }
      }
    } else {
      for (const unit of unitsById.values()) {
        const owes =
          subjects.unitKinds.includes(unit.kind) || (unit.livelihoodRelated && subjects.livelihoodUnitKinds.includes(unit.kind));
        if (!owes || !unitOwes(unit.id)) continue;
        addResult(
          { kind: 'unit', unitId: unit.id, name: unit.name, unitName: unit.name },
          unit.name,
          releasesByUnit.get(unit.id) ?? [],
        );
      }
    }
  }

  // A14: one requirement per routine period; a unit without a period set owes no A14 row.
  const routine = ruleSet.routineConferences;
  for (const unit of unitsById.values()) {
    if (!unit.livelihoodRelated || !routine.livelihoodUnitKinds.includes(unit.kind) || !unit.routineConferencePeriod || !unitOwes(unit.id)) continue;
    const partInputs: PartInput[] = routinePeriods(year, unit.routineConferencePeriod, asOf).map((period) => ({
      key: period.from.slice(0, 7),
      label: period.label,
      required: routine.perPeriod,
      period,
      candidatesInPeriod: false,
      matches: (release) => releaseMatches(release, routine.counts, ruleSet),
    }));
    const { parts, judgements, countingReleaseIds } = evaluateParts(releasesByUnit.get(unit.id) ?? [], partInputs, asOf, ruleSet);
    const status = parts.every((p) => p.status === 'met') ? 'met' : worst(parts.map((p) => p.status));
    results.push({
      rule: routine.rule,
      subject: { kind: 'unit', unitId: unit.id, name: unit.name, unitName: unit.name },
      required: parts.reduce((sum, p) => sum + p.required, 0),
      counted: parts.reduce((sum, p) => sum + Math.min(p.counted, p.required), 0),
      countingReleaseIds,
      status,
      parts,
      explanation: explain(`${unit.name}（例行新闻发布会）`, year, parts, judgements, status),
    });
  }

  return { year, asOf, ruleSetId: ruleSet.id, referenceDate, results, vacancies };
}

/** The releases that pass `keep`, in stable date order, by bucketing on the date: a year has at most 366. */
function inDateOrder(releases: readonly QuotaRelease[], keep: (release: QuotaRelease) => boolean): QuotaRelease[] {
  const byDate = new Map<IsoDate, QuotaRelease[]>();
  for (let i = 0; i < releases.length; i++) {
    const release = releases[i]!;
    if (keep(release)) push(byDate, release.date, release);
  }
  const ordered: QuotaRelease[] = [];
  for (const date of [...byDate.keys()].sort()) ordered.push(...byDate.get(date)!);
  return ordered;
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
