/**
 * The annual evaluation (A13.8, A16), spokesperson annual reports (A9.8) and training (A12).
 */
import { z } from 'zod';
import { EVALUATION_DIMENSIONS, EVALUATION_SOURCES } from '../rules/evaluation';
import { EVALUATION_STATUSES } from '../workflows/evaluation';
import { IsoDateString } from './common';

const text = (max: number) => z.string().trim().max(max, `不能超过${max}个字`);
const required = (max: number, what: string) => text(max).min(1, `请填写${what}`);
export const EvaluationYear = z.coerce.number().int().min(2020, '年度应在2020年至2100年之间').max(2100, '年度应在2020年至2100年之间');

// ---------------------------------------------------------------- training (A12)

export const TRAINING_KINDS = ['news_office_training', 'admin_school_course', 'drill'] as const;
export type TrainingKind = (typeof TRAINING_KINDS)[number];
export const TRAINING_KIND_LABELS: Record<TrainingKind, string> = {
  news_office_training: '区政府新闻办培训',
  admin_school_course: '行政学院媒介素养课程',
  drill: '新闻发布演练',
};

export const TrainingSessionBody = z.strictObject({
  topic: required(200, '培训主题'),
  heldOn: IsoDateString,
  organizer: required(100, '主办单位'),
  kind: z.enum(TRAINING_KINDS),
  note: text(1000).nullable().optional(),
  personIds: z.array(z.number().int().positive()).max(500).default([]),
});
export type TrainingSessionBody = z.infer<typeof TrainingSessionBody>;

export const TrainingAttendee = z.object({
  personId: z.number().int(),
  name: z.string(),
  /** The unit and post the person held on the day, if any. */
  unitId: z.number().int().nullable(),
  unitName: z.string().nullable(),
  post: z.string().nullable(),
});

export const TrainingSessionView = z.object({
  id: z.number().int(),
  topic: z.string(),
  heldOn: z.string(),
  organizer: z.string(),
  kind: z.enum(TRAINING_KINDS),
  note: z.string().nullable(),
  attendees: z.array(TrainingAttendee),
  createdAt: z.string(),
});
export type TrainingSessionView = z.infer<typeof TrainingSessionView>;

export const YearQuery = z.object({ year: EvaluationYear });

export const PersonTrainingView = z.object({
  personId: z.number().int(),
  name: z.string(),
  sessions: z.array(z.object({ id: z.number().int(), topic: z.string(), heldOn: z.string(), organizer: z.string(), kind: z.enum(TRAINING_KINDS), post: z.string().nullable(), unitName: z.string().nullable() })),
});
export type PersonTrainingView = z.infer<typeof PersonTrainingView>;

/** A unit whose spokesperson had no training in the year, or which has no spokesperson to train (A12, A8.2). */
export const UntrainedUnit = z.object({
  unitId: z.number().int(),
  unitName: z.string(),
  reason: z.enum(['no_training', 'vacant']),
  spokesperson: z.object({ personId: z.number().int(), name: z.string() }).nullable(),
  explanation: z.string(),
});
export const UntrainedList = z.object({ year: z.number().int(), referenceDate: z.string(), items: z.array(UntrainedUnit) });
export type UntrainedList = z.infer<typeof UntrainedList>;

// ---------------------------------------------------------------- evaluation (A13.8, A16)

export const IndicatorSchema = z.strictObject({
  key: z.string().trim().regex(/^[a-z][a-z0-9_]{0,39}$/, '指标标识应为小写字母开头的字母、数字或下划线'),
  name: required(60, '指标名称'),
  dimension: z.enum(EVALUATION_DIMENSIONS),
  weight: z.number().positive('分值应大于0').max(100, '分值不能超过100'),
  kind: z.enum(['computed', 'manual']),
  source: z.enum(EVALUATION_SOURCES).nullable(),
  scoring: z.discriminatedUnion('kind', [z.strictObject({ kind: z.literal('ratio') }), z.strictObject({ kind: z.literal('deduction'), perCase: z.number().positive().max(100) })]),
  description: text(500).default(''),
});

export const EvaluationBody = z.strictObject({
  year: z.number().int().min(2020).max(2100),
  title: required(100, '评估名称'),
  /** Omitted: the default template over the seven dimensions. */
  indicators: z.array(IndicatorSchema).max(40).optional(),
});
export const TemplateBody = z.strictObject({ title: required(100, '评估名称'), indicators: z.array(IndicatorSchema).min(1).max(40) });

export const EvaluationView = z.object({
  id: z.number().int(),
  year: z.number().int(),
  title: z.string(),
  status: z.enum(EVALUATION_STATUSES),
  indicators: z.array(IndicatorSchema),
  submittedAt: z.string().nullable(),
  decidedAt: z.string().nullable(),
  decidedBy: z.string().nullable(),
  decisionNote: z.string().nullable(),
  /** Published versions so far; the latest is current. */
  versions: z.number().int(),
  publishedAt: z.string().nullable(),
  /** Sources the server computes; a built-in indicator whose source is missing shows "no data". */
  availableSources: z.array(z.enum(EVALUATION_SOURCES)),
});
export type EvaluationView = z.infer<typeof EvaluationView>;

export const Evidence = z.object({ label: z.string(), link: z.string().nullable(), status: z.string() });
export const Figure = z.object({ value: z.number(), numerator: z.number(), denominator: z.number(), summary: z.string(), evidence: z.array(Evidence) });

export const UnitIndicatorView = z.object({
  key: z.string(),
  figure: Figure.nullable(),
  computedScore: z.number().nullable(),
  selfScore: z.number().nullable(),
  selfComment: z.string().nullable(),
  reviewScore: z.number().nullable(),
  reviewReason: z.string().nullable(),
  reviewedBy: z.string().nullable(),
  finalScore: z.number().nullable(),
  adjusted: z.boolean(),
});

export const UnitEvaluationView = z.object({
  unitId: z.number().int(),
  unitName: z.string(),
  unitKind: z.string(),
  indicators: z.array(UnitIndicatorView),
  points: z.number(),
  scoredWeight: z.number(),
  total: z.number().nullable(),
  selfTotal: z.number().nullable(),
  selfSubmittedAt: z.string().nullable(),
  rank: z.number().int().nullable(),
});
export type UnitEvaluationView = z.infer<typeof UnitEvaluationView>;

export const Scoreboard = z.object({ evaluation: EvaluationView, units: z.array(UnitEvaluationView) });
export type Scoreboard = z.infer<typeof Scoreboard>;

export const EvaluationUnitParams = z.strictObject({ id: z.coerce.number().int().positive(), unitId: z.coerce.number().int().positive() });

export const SelfEvaluationBody = z.strictObject({
  entries: z
    .array(z.strictObject({ key: z.string().max(40), score: z.number().min(0).max(100).nullable(), comment: text(1000).nullable().optional() }))
    .min(1)
    .max(40),
});
export const AdjustBody = z.strictObject({
  key: z.string().max(40),
  /** null removes the adjustment: the computed score stands again. */
  score: z.number().min(0).max(100).nullable(),
  reason: text(1000).min(2, '请填写调整理由'),
});
export const DecisionBody = z.strictObject({ note: text(1000).nullable().optional() });

export const PublishedRow = z.object({
  rank: z.number().int().nullable(),
  unitId: z.number().int(),
  unitName: z.string(),
  total: z.number().nullable(),
  scoredWeight: z.number(),
  scores: z.record(z.string(), z.number().nullable()),
});
export const PublicationView = z.object({
  version: z.number().int(),
  year: z.number().int(),
  title: z.string(),
  publishedAt: z.string(),
  publishedBy: z.string().nullable(),
  supersededAt: z.string().nullable(),
  approvedBy: z.string().nullable(),
  correctionReason: z.string().nullable(),
  indicators: z.array(z.object({ key: z.string(), name: z.string(), dimension: z.enum(EVALUATION_DIMENSIONS), weight: z.number() })),
  rows: z.array(PublishedRow),
});
export type PublicationView = z.infer<typeof PublicationView>;

// ---------------------------------------------------------------- spokesperson annual reports (A9.8)

export const ANNUAL_REPORT_STATUSES = ['missing', 'draft', 'submitted', 'acknowledged'] as const;
export type AnnualReportStatus = (typeof ANNUAL_REPORT_STATUSES)[number];
export const ANNUAL_REPORT_STATUS_LABELS: Record<AnnualReportStatus, string> = { missing: '未提交', draft: '草稿', submitted: '已提交待阅', acknowledged: '主要负责人已阅' };

export const AnnualReportParams = z.strictObject({ year: EvaluationYear, unitId: z.coerce.number().int().positive() });

export const AnnualReportPrefill = z.object({
  releases: z.array(z.object({ id: z.number().int(), title: z.string(), form: z.string(), date: z.string(), coverage: z.number().int() })),
  coverage: z.number().int(),
  quotas: z.array(z.object({ rule: z.string(), subject: z.string(), status: z.string(), explanation: z.string() })),
});

export const AnnualReportView = z.object({
  year: z.number().int(),
  unitId: z.number().int(),
  unitName: z.string(),
  status: z.enum(ANNUAL_REPORT_STATUSES),
  spokesperson: z.object({ personId: z.number().int(), name: z.string() }).nullable(),
  workReport: z.string(),
  nextYearPlan: z.string(),
  prefill: AnnualReportPrefill,
  submittedAt: z.string().nullable(),
  acknowledgedAt: z.string().nullable(),
  acknowledgedBy: z.string().nullable(),
  acknowledgementNote: z.string().nullable(),
  dueDate: z.string(),
  overdue: z.boolean(),
});
export type AnnualReportView = z.infer<typeof AnnualReportView>;

export const AnnualReportSummary = AnnualReportView.omit({ prefill: true, workReport: true, nextYearPlan: true });
export const AnnualReportList = z.object({ year: z.number().int(), dueDate: z.string(), items: z.array(AnnualReportSummary) });

export const AnnualReportBody = z.strictObject({ workReport: text(20000), nextYearPlan: text(20000) });
export const AnnualReportDueBody = z.strictObject({ dueDate: IsoDateString });
