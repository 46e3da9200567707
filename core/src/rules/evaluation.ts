/**
 * The annual evaluation (A13.8, A16): a year's template of weighted indicators, the score of
 * each indicator from its figure, a unit's total and the ranking.
 *
 * Built-in indicators take their figure from a source computed on the platform's own data;
 * a source that has nothing to say about a unit answers null ("no data") and the indicator
 * then scores null — never zero, never a guess.
 *
 * **Reading** (A13.8 names no scoring): an indicator without data for a unit is left out of
 * that unit's total, and the total is scaled to 100 over the weights that do have a score,
 * so a township without any emergency is not ranked below one that met its clocks. The share
 * of the weight that was scored is shown beside every total.
 */
import type { RuleId } from './articles';

/** Units the news office evaluates each year (A13.8) and whose spokespersons report and train (A9.8, A12). */
export const EVALUATED_UNIT_KINDS = ['township', 'subdistrict', 'department', 'public_body'] as const;

/** The seven dimensions the State Council Information Office assesses (A13.8). */
export const EVALUATION_DIMENSIONS = [
  'system_building',
  'spokesperson_team',
  'release_activities',
  'leaders_respond',
  'new_media',
  'incident_releases',
  'opinion_response',
] as const;
export type EvaluationDimension = (typeof EVALUATION_DIMENSIONS)[number];
export const EVALUATION_DIMENSION_LABELS: Record<EvaluationDimension, string> = {
  system_building: '制度建设',
  spokesperson_team: '发言人队伍',
  release_activities: '新闻发布活动',
  leaders_respond: '负责同志回应关切',
  new_media: '新媒体及网络发布',
  incident_releases: '突发事件新闻发布',
  opinion_response: '重要舆情响应',
};

/** Where a built-in indicator's figure comes from; the server registers one function per source. */
export const EVALUATION_SOURCES = [
  'quotas',
  'conference_on_time',
  'review_on_time',
  'incident_clocks',
  'opinion_clocks',
  'assignments',
  'coverage',
  'training',
  'annual_report',
  'violations',
] as const;
export type EvaluationSource = (typeof EVALUATION_SOURCES)[number];
export const EVALUATION_SOURCE_INFO: Record<EvaluationSource, { label: string; rule: RuleId; measures: string }> = {
  quotas: { label: '年度发布任务完成情况', rule: 'A13.3-d', measures: '已完成的年度发布任务占应完成任务的比例' },
  conference_on_time: { label: '新闻发布会按时申报', rule: 'A15.1', measures: '提前10个工作日报送的申报占常规发布会申报的比例' },
  review_on_time: { label: '发布会申报按时审核', rule: 'A15.2', measures: '区政府新闻办在报送后10个工作日内完成规范性审核的申报占已到期审核的比例（衡量新闻办的审核，不计入默认模板）' },
  incident_clocks: { label: '突发事件按时发布', rule: 'A13.4-a', measures: '按时完成的突发事件发布时限占已到期时限的比例' },
  opinion_clocks: { label: '舆情按时回应', rule: 'N61', measures: '48小时内回应的舆情占已到期舆情的比例' },
  assignments: { label: '热点联动任务完成', rule: 'A13.1', measures: '按时完成的联动任务占已到期任务的比例' },
  coverage: { label: '发布活动媒体报道', rule: 'A15.6', measures: '已举行或已发布的发布活动中登记了媒体报道的比例，并列示平均每场报道篇数' },
  training: { label: '发言人及助理参加培训', rule: 'A12', measures: '本年度参加过培训的新闻发言人、助理占在岗人数的比例' },
  annual_report: { label: '发言人年度工作报告', rule: 'A9.8', measures: '新闻发言人是否已向主要负责人提交年度工作报告和计划' },
  violations: { label: '违规情形', rule: 'A18.1', measures: '经认定的违规情形，每件扣分' },
};

export type IndicatorScoring = { kind: 'ratio' } | { kind: 'deduction'; perCase: number };

export interface EvaluationIndicator {
  /** Stable key within the template, e.g. `training`. */
  key: string;
  name: string;
  dimension: EvaluationDimension;
  /** Points out of 100. */
  weight: number;
  kind: 'computed' | 'manual';
  source: EvaluationSource | null;
  scoring: IndicatorScoring;
  description: string;
}

export interface EvidenceItem {
  label: string;
  /** Where the console shows it, when it has a page. */
  link: string | null;
  /** e.g. "按时", "逾期", "已完成". */
  status: string;
}

/** What a source says about one unit. `value` is a ratio (0–1) or, for a deduction, a count of cases. */
export interface IndicatorFigure {
  value: number;
  numerator: number;
  denominator: number;
  summary: string;
  evidence: EvidenceItem[];
}

export interface TemplateProblem {
  path: string;
  message: string;
}

/** The template is sound: keys unique, weights positive and adding up to 100, sources where they belong. */
export function validateTemplate(indicators: readonly EvaluationIndicator[]): TemplateProblem[] {
  const problems: TemplateProblem[] = [];
  if (indicators.length === 0) problems.push({ path: 'indicators', message: '评估模板至少应有一项指标' });
  const seen = new Set<string>();
  indicators.forEach((ind, i) => {
    if (seen.has(ind.key)) problems.push({ path: `indicators.${i}.key`, message: `指标标识“${ind.key}”重复` });
    seen.add(ind.key);
    if (!(ind.weight > 0)) problems.push({ path: `indicators.${i}.weight`, message: `指标“${ind.name}”的分值应大于0` });
    if (ind.kind === 'computed' && ind.source === null) problems.push({ path: `indicators.${i}.source`, message: `自动计算指标“${ind.name}”须指定数据来源` });
    if (ind.kind === 'manual' && ind.source !== null) problems.push({ path: `indicators.${i}.source`, message: `人工评分指标“${ind.name}”不应指定数据来源` });
    if (ind.scoring.kind === 'deduction' && !(ind.scoring.perCase > 0)) problems.push({ path: `indicators.${i}.scoring.perCase`, message: `指标“${ind.name}”每件扣分应大于0` });
  });
  const total = round1(indicators.reduce((s, ind) => s + ind.weight, 0));
  if (indicators.length > 0 && total !== 100) problems.push({ path: 'indicators', message: `各项指标分值合计应为100分，现为${total}分` });
  return problems;
}

export function round1(n: number): number {
  return Math.round(n * 10) / 10;
}

/** The computed score of a built-in indicator; null without data (and always for a manual one). */
export function computedScore(indicator: EvaluationIndicator, figure: IndicatorFigure | null): number | null {
  if (indicator.kind !== 'computed' || figure === null) return null;
  if (indicator.scoring.kind === 'deduction') return round1(Math.max(0, indicator.weight - indicator.scoring.perCase * figure.value));
  return round1(indicator.weight * Math.min(1, Math.max(0, figure.value)));
}

export interface IndicatorEntry {
  /** The news office's score (a manual indicator's score, or an adjustment of a computed one). */
  reviewScore: number | null;
}

export interface ScoredIndicator {
  key: string;
  computedScore: number | null;
  finalScore: number | null;
  adjusted: boolean;
}

export interface UnitScore {
  indicators: ScoredIndicator[];
  /** Sum of the final scores. */
  points: number;
  /** The weight that has a score; the total is scaled over it. */
  scoredWeight: number;
  /** Out of 100, scaled over the scored weight; null when nothing is scored. */
  total: number | null;
}

export function scoreUnit(
  indicators: readonly EvaluationIndicator[],
  figures: Readonly<Record<string, IndicatorFigure | null>>,
  entries: Readonly<Record<string, IndicatorEntry | undefined>>,
): UnitScore {
  let points = 0;
  let scoredWeight = 0;
  const scored = indicators.map((ind) => {
    const computed = computedScore(ind, figures[ind.key] ?? null);
    const review = entries[ind.key]?.reviewScore ?? null;
    const finalScore = review ?? computed;
    if (finalScore !== null) {
      points += finalScore;
      scoredWeight += ind.weight;
    }
    return { key: ind.key, computedScore: computed, finalScore, adjusted: review !== null && ind.kind === 'computed' };
  });
  return { indicators: scored, points: round1(points), scoredWeight: round1(scoredWeight), total: scoredWeight > 0 ? round1((points / scoredWeight) * 100) : null };
}

/** Competition ranking (1, 2, 2, 4) by total, highest first; units without a total come last, unranked. */
export function rankTotals<T extends { total: number | null; unitName: string }>(rows: readonly T[]): (T & { rank: number | null })[] {
  const sorted = [...rows].sort((a, b) => (b.total ?? -1) - (a.total ?? -1) || a.unitName.localeCompare(b.unitName, 'zh'));
  return sorted.map((row) => {
    if (row.total === null) return { ...row, rank: null };
    return { ...row, rank: sorted.findIndex((r) => r.total === row.total) + 1 };
  });
}

/**
 * A sensible default over the seven dimensions (A13.8); the news office edits it per year.
 * `review_on_time` (A15.2) is left out: it measures the news office's own review of a unit's
 * applications, which the unit does not control; the news office may still add it.
 */
export function defaultEvaluationTemplate(): EvaluationIndicator[] {
  const ratio: IndicatorScoring = { kind: 'ratio' };
  const computed = (key: EvaluationSource, dimension: EvaluationDimension, weight: number, scoring: IndicatorScoring = ratio): EvaluationIndicator => ({
    key,
    name: EVALUATION_SOURCE_INFO[key].label,
    dimension,
    weight,
    kind: 'computed',
    source: key,
    scoring,
    description: EVALUATION_SOURCE_INFO[key].measures,
  });
  const manual = (key: string, name: string, dimension: EvaluationDimension, weight: number, description: string): EvaluationIndicator => ({
    key,
    name,
    dimension,
    weight,
    kind: 'manual',
    source: null,
    scoring: ratio,
    description,
  });
  return [
    manual('system_building', '制度建设', 'system_building', 10, '明确新闻发布工作职能科室，建立发布审核、风险评估、保密审查等制度'),
    computed('training', 'spokesperson_team', 10),
    computed('annual_report', 'spokesperson_team', 5),
    computed('quotas', 'release_activities', 15),
    computed('conference_on_time', 'release_activities', 10),
    computed('coverage', 'release_activities', 5),
    manual('leaders_respond', '负责同志回应关切', 'leaders_respond', 10, '主要负责人通过发布会、访谈、答问等形式回应社会关切的情况'),
    manual('new_media', '新媒体及网络发布', 'new_media', 10, '通过政务新媒体、门户网站发布和解读的及时性与质量'),
    computed('incident_clocks', 'incident_releases', 10),
    computed('opinion_clocks', 'opinion_response', 10),
    computed('violations', 'release_activities', 5, { kind: 'deduction', perCase: 5 }),
  ];
}

/**
 * **Reading** (A9.8 sets no date): a year's spokesperson report is due by 31 January of the
 * next year unless the news office sets another date for that year.
 */
export function defaultAnnualReportDue(year: number): string {
  return `${year + 1}-01-31`;
}
