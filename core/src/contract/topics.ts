/** Release topics (A9.2, A14) and the units' annual release plans: this part of the HTTP API. */
import { z } from 'zod';
import { CONTENT_CATEGORIES, RELEASE_FORMS } from '../rules/vocabulary';
import { IsoDateString, IsoInstantString } from './common';

/**
 * proposed (by the spokesperson or press section) → endorsed (by the principal) → accepted into
 * the district's pool, merged into another topic, or declined (by the news office); an accepted
 * topic is started as a release or a conference application. Withdrawn by its unit before that.
 */
export const TOPIC_STATUSES = ['proposed', 'endorsed', 'accepted', 'merged', 'declined', 'withdrawn', 'started'] as const;
export type TopicStatus = (typeof TOPIC_STATUSES)[number];
export const TOPIC_STATUS_LABELS: Record<TopicStatus, string> = {
  proposed: '待主要负责人审核',
  endorsed: '待新闻办受理',
  accepted: '已入选题库',
  merged: '已合并',
  declined: '未采纳',
  withdrawn: '已撤回',
  started: '已启动',
};

export const TOPIC_ACTIONS = ['edit', 'endorse', 'withdraw', 'accept', 'merge', 'decline', 'start_release', 'start_conference'] as const;
export type TopicAction = (typeof TOPIC_ACTIONS)[number];

/** What a topic answers to: an opinion item, a hot topic of the news office (A13.1), an incident, a past release. */
export const TOPIC_LINK_KINDS = ['opinion', 'hot_topic', 'incident', 'release'] as const;
export type TopicLinkKind = (typeof TOPIC_LINK_KINDS)[number];
export const TOPIC_LINK_KIND_LABELS: Record<TopicLinkKind, string> = {
  opinion: '舆情',
  hot_topic: '热点选题',
  incident: '突发事件',
  release: '发布活动',
};

const text = (max: number) => z.string().trim().max(max);

export const TopicLink = z.strictObject({
  kind: z.enum(TOPIC_LINK_KINDS),
  refId: z.number().int().positive().nullable().default(null),
  label: text(200).min(2, '请填写关联事项'),
});

export const TopicBody = z.strictObject({
  unitId: z.number().int().positive(),
  title: text(200).min(4, '选题标题至少 4 个字'),
  whyNow: text(2000).min(2, '请说明选题理由（为什么现在发布）'),
  category: z.enum(CONTENT_CATEGORIES),
  form: z.enum(RELEASE_FORMS),
  suggestedDate: IsoDateString.nullable().default(null),
  links: z.array(TopicLink).max(20).default([]),
});
export type TopicBody = z.infer<typeof TopicBody>;

export const TopicView = z.object({
  id: z.number().int(),
  unitId: z.number().int(),
  unitName: z.string(),
  title: z.string(),
  whyNow: z.string(),
  category: z.enum(CONTENT_CATEGORIES),
  form: z.enum(RELEASE_FORMS),
  suggestedDate: z.string().nullable(),
  links: z.array(TopicLink),
  status: z.enum(TOPIC_STATUSES),
  proposedByName: z.string().nullable(),
  proposedAt: z.string(),
  endorsedByName: z.string().nullable(),
  endorsedAt: z.string().nullable(),
  endorseOpinion: z.string().nullable(),
  decidedByName: z.string().nullable(),
  decidedAt: z.string().nullable(),
  decisionReason: z.string().nullable(),
  mergedInto: z.object({ id: z.number().int(), title: z.string() }).nullable(),
  merged: z.array(z.object({ id: z.number().int(), title: z.string(), unitName: z.string() })),
  releaseId: z.number().int().nullable(),
  conferenceId: z.number().int().nullable(),
  /** What the caller may do now. */
  actions: z.array(z.enum(TOPIC_ACTIONS)),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type TopicView = z.infer<typeof TopicView>;

export const TopicSummaryView = TopicView.pick({
  id: true,
  unitId: true,
  unitName: true,
  title: true,
  category: true,
  form: true,
  suggestedDate: true,
  status: true,
  proposedAt: true,
  releaseId: true,
  conferenceId: true,
  actions: true,
});

export const TopicListQuery = z.object({
  status: z.enum(TOPIC_STATUSES).optional(),
  unitId: z.coerce.number().int().positive().optional(),
  year: z.coerce.number().int().min(2000).max(2100).optional(),
  q: text(50).optional(),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(20),
});

export const EndorseBody = z.strictObject({ opinion: text(1000).nullable().default(null) });
export const AcceptTopicBody = z.strictObject({ note: text(1000).nullable().default(null) });
export const DeclineTopicBody = z.strictObject({ reason: text(1000).min(2, '请说明不予采纳的理由') });
export const MergeTopicBody = z.strictObject({ intoId: z.number().int().positive(), reason: text(1000).nullable().default(null) });
/** Starting a release or a conference: the time, if the suggested date is not to be used (10:00 that day). */
export const StartTopicBody = z.strictObject({ startsAt: IsoInstantString.nullable().default(null) });

export const StartedTopic = z.object({
  topic: TopicView,
  /** Where the started release or conference application is opened in the console. */
  link: z.string(),
  releaseId: z.number().int().nullable(),
  conferenceId: z.number().int().nullable(),
});

// ---------------------------------------------------------------- annual release plans

export const PLAN_STATUSES = ['draft', 'filed'] as const;
export type PlanStatus = (typeof PLAN_STATUSES)[number];
export const PLAN_STATUS_LABELS: Record<PlanStatus, string> = { draft: '未报送', filed: '已报送' };

export const QUARTERS = [1, 2, 3, 4] as const;

export const PlanItemInput = z.strictObject({
  quarter: z.number().int().min(1).max(4),
  title: text(200).min(2, '请填写选题'),
  form: z.enum(RELEASE_FORMS).nullable().default(null),
  category: z.enum(CONTENT_CATEGORIES).nullable().default(null),
  topicId: z.number().int().positive().nullable().default(null),
});

export const PlanBody = z.strictObject({
  unitId: z.number().int().positive(),
  year: z.number().int().min(2021).max(2100),
  note: text(2000).nullable().default(null),
  items: z.array(PlanItemInput).max(200).default([]),
});
export type PlanBody = z.infer<typeof PlanBody>;

export const PlanItemView = z.object({
  id: z.number().int(),
  quarter: z.number().int(),
  title: z.string(),
  form: z.enum(RELEASE_FORMS).nullable(),
  category: z.enum(CONTENT_CATEGORIES).nullable(),
  topicId: z.number().int().nullable(),
});

export const PlanView = z.object({
  id: z.number().int(),
  unitId: z.number().int(),
  unitName: z.string(),
  year: z.number().int(),
  status: z.enum(PLAN_STATUSES),
  note: z.string().nullable(),
  revision: z.number().int(),
  filedAt: z.string().nullable(),
  filedByName: z.string().nullable(),
  items: z.array(PlanItemView),
  updatedAt: z.string(),
});
export type PlanView = z.infer<typeof PlanView>;

export const PlanListQuery = z.object({
  year: z.coerce.number().int().min(2021).max(2100),
  unitId: z.coerce.number().int().positive().optional(),
});

/**
 * Plan against actual per unit and quarter. Actual = the unit's releases held or published in
 * the quarter. `reading`: `behind` when fewer releases went out by today than the plan put in
 * the quarters already ended; `no_plan` when no plan was filed. For the quota dashboard.
 */
export const PLAN_READINGS = ['on_track', 'behind', 'no_plan'] as const;
export type PlanReading = (typeof PLAN_READINGS)[number];
export const PLAN_READING_LABELS: Record<PlanReading, string> = { on_track: '按计划推进', behind: '落后于计划', no_plan: '未报送计划' };

export const PlanProgress = z.object({
  year: z.number().int(),
  asOf: z.string(),
  units: z.array(
    z.object({
      unitId: z.number().int(),
      unitName: z.string(),
      planStatus: z.enum(['none', ...PLAN_STATUSES]),
      quarters: z.array(z.object({ quarter: z.number().int(), planned: z.number().int(), actual: z.number().int() })),
      planned: z.number().int(),
      actual: z.number().int(),
      /** Planned in the quarters already ended on `asOf`. */
      plannedDue: z.number().int(),
      /** Released up to `asOf`. */
      actualToDate: z.number().int(),
      reading: z.enum(PLAN_READINGS),
    }),
  ),
});
export type PlanProgress = z.infer<typeof PlanProgress>;
