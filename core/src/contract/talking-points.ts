/** The talking-points library (口径库, A9.3): this part of the HTTP API. */
import { z } from 'zod';
import { TALKING_POINT_STANDINGS } from '../rules/talking-points';
import { TALKING_POINT_ACTIONS, TALKING_POINT_STATUSES } from '../workflows/talking-point';
import { IsoDateString } from './common';

/** Internal only, or may be quoted to journalists and the public. */
export const SENSITIVITIES = ['internal', 'quotable'] as const;
export type Sensitivity = (typeof SENSITIVITIES)[number];
export const SENSITIVITY_LABELS: Record<Sensitivity, string> = { internal: '仅限内部掌握', quotable: '可公开引用' };

/** Where a line was used. */
export const TALKING_POINT_USE_KINDS = ['release', 'conference', 'incident', 'opinion'] as const;
export type TalkingPointUseKind = (typeof TALKING_POINT_USE_KINDS)[number];
export const TALKING_POINT_USE_KIND_LABELS: Record<TalkingPointUseKind, string> = {
  release: '发布活动',
  conference: '新闻发布会答问',
  incident: '突发事件',
  opinion: '舆情回应',
};

const text = (max: number) => z.string().trim().max(max);

export const TalkingPointBody = z.strictObject({
  unitId: z.number().int().positive(),
  /** A district-wide line: approved by the news office rather than the unit. */
  districtWide: z.boolean().default(false),
  topicId: z.number().int().positive().nullable().default(null),
  /** What the line is about (its topic, in a few words). */
  subject: text(100).min(2, '请填写口径主题'),
  questions: z.array(text(500).min(2, '问题至少 2 个字')).min(1, '至少填写一个问题').max(20),
  answer: text(20_000).min(2, '请填写答问口径'),
  facts: text(20_000).default(''),
  effectiveFrom: IsoDateString,
  reviewBy: IsoDateString,
  sensitivity: z.enum(SENSITIVITIES),
});
export type TalkingPointBody = z.infer<typeof TalkingPointBody>;

export const TalkingPointVersionView = z.object({
  version: z.number().int(),
  subject: z.string(),
  questions: z.array(z.string()),
  answer: z.string(),
  facts: z.string(),
  createdByName: z.string().nullable(),
  createdAt: z.string(),
});

export const TalkingPointCommentView = z.object({
  id: z.number().int(),
  version: z.number().int(),
  quote: z.string().nullable(),
  body: z.string(),
  authorName: z.string().nullable(),
  createdAt: z.string(),
});

export const TalkingPointUseView = z.object({
  id: z.number().int(),
  kind: z.enum(TALKING_POINT_USE_KINDS),
  refId: z.number().int().nullable(),
  label: z.string(),
  usedOn: z.string(),
  usedByName: z.string().nullable(),
  /** Used after the review date (A9.3). */
  flagged: z.boolean(),
  createdAt: z.string(),
});

export const TalkingPointSummaryView = z.object({
  id: z.number().int(),
  unitId: z.number().int(),
  unitName: z.string(),
  districtWide: z.boolean(),
  topicId: z.number().int().nullable(),
  subject: z.string(),
  questions: z.array(z.string()),
  answer: z.string(),
  effectiveFrom: z.string(),
  reviewBy: z.string(),
  sensitivity: z.enum(SENSITIVITIES),
  status: z.enum(TALKING_POINT_STATUSES),
  /** Today: draft, in review, in force, expired … — an expired line says so. */
  standing: z.enum(TALKING_POINT_STANDINGS),
  version: z.number().int(),
  flaggedUses: z.number().int(),
  updatedAt: z.string(),
});
export type TalkingPointSummaryView = z.infer<typeof TalkingPointSummaryView>;

export const TalkingPointView = TalkingPointSummaryView.extend({
  topicTitle: z.string().nullable(),
  facts: z.string(),
  draftedByName: z.string().nullable(),
  approvedByName: z.string().nullable(),
  approvedAt: z.string().nullable(),
  versions: z.array(TalkingPointVersionView),
  comments: z.array(TalkingPointCommentView),
  uses: z.array(TalkingPointUseView),
  actions: z.array(z.enum(TALKING_POINT_ACTIONS)),
  /** May the caller change the wording now. */
  editable: z.boolean(),
  createdAt: z.string(),
});
export type TalkingPointView = z.infer<typeof TalkingPointView>;

export const TalkingPointListQuery = z.object({
  unitId: z.coerce.number().int().positive().optional(),
  standing: z.enum(TALKING_POINT_STANDINGS).optional(),
  topicId: z.coerce.number().int().positive().optional(),
  q: text(50).optional(),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(20),
});

/** The lines a spokesperson of a unit may use today: its own and the district-wide ones, approved and in force. */
export const UsableTalkingPointsQuery = z.object({
  unitId: z.coerce.number().int().positive(),
  topicId: z.coerce.number().int().positive().optional(),
  q: text(50).optional(),
});

export const TalkingPointActionBody = z.strictObject({ comment: text(2000).nullable().default(null) });

export const TalkingPointCommentBody = z.strictObject({
  version: z.number().int().positive(),
  quote: text(500).nullable().default(null),
  body: text(2000).min(1, '请填写意见'),
});

export const TalkingPointUseBody = z.strictObject({
  kind: z.enum(TALKING_POINT_USE_KINDS),
  refId: z.number().int().positive().nullable().default(null),
  label: text(200).min(2, '请填写在何处使用'),
  usedOn: IsoDateString,
});

export const TalkingPointDiffQuery = z.object({ from: z.coerce.number().int().positive(), to: z.coerce.number().int().positive() });
export const TalkingPointDiff = z.object({
  from: z.number().int(),
  to: z.number().int(),
  fields: z.array(z.object({ field: z.enum(['subject', 'questions', 'answer', 'facts']), ops: z.array(z.object({ op: z.enum(['same', 'added', 'removed']), text: z.string() })) })),
});
