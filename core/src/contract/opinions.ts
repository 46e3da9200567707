/**
 * Opinion monitoring (A13.2, N61): items entered by hand, pulled from feeds or pushed by a
 * monitoring vendor; their assessment, expert consultations and response; the sources the
 * news office configures (feeds, keyword rules, vendor keys).
 */
import { z } from 'zod';
import { OPINION_LEVELS } from '../rules/vocabulary';
import { IsoInstantString } from './common';
import { ConfidentialityReviewInput, RELEASE_STATUSES } from './releases';
import { ClockView } from './incidents';

const text = (max: number) => z.string().trim().max(max);

export const OPINION_SOURCE_KINDS = ['manual', 'feed', 'vendor'] as const;
export type OpinionSourceKind = (typeof OPINION_SOURCE_KINDS)[number];
export const OPINION_SOURCE_KIND_LABELS: Record<OpinionSourceKind, string> = { manual: '人工报送', feed: '订阅源抓取', vendor: '监测服务推送' };

/** Where a hand-entered item was seen (a unit's liaison reports it). */
export const OPINION_CHANNELS = ['hotline_12345', 'petition', 'staff', 'online', 'media', 'other'] as const;
export type OpinionChannel = (typeof OPINION_CHANNELS)[number];
export const OPINION_CHANNEL_LABELS: Record<OpinionChannel, string> = {
  hotline_12345: '12345 热线',
  petition: '信访',
  staff: '工作人员发现',
  online: '网络',
  media: '媒体报道',
  other: '其他',
};

export const OPINION_SENSITIVITIES = ['low', 'medium', 'high'] as const;
export type OpinionSensitivity = (typeof OPINION_SENSITIVITIES)[number];
export const OPINION_SENSITIVITY_LABELS: Record<OpinionSensitivity, string> = { low: '低', medium: '中', high: '高' };

/** new → assigned (unit confirmed) → assessed → responded | not_responded. */
export const OPINION_STATUSES = ['new', 'assigned', 'assessed', 'responded', 'not_responded'] as const;
export type OpinionStatus = (typeof OPINION_STATUSES)[number];
export const OPINION_STATUS_LABELS: Record<OpinionStatus, string> = {
  new: '待分办',
  assigned: '待研判',
  assessed: '待回应',
  responded: '已回应',
  not_responded: '不予回应',
};

export const OpinionItemBody = z.strictObject({
  title: text(300).min(4, '标题至少 4 个字'),
  channel: z.enum(OPINION_CHANNELS),
  /** Who or what reported it: "12345 热线工单 2026112601" … */
  source: text(200).min(2, '请填写来源'),
  link: z.url({ protocol: /^https?$/, error: '链接应以 http:// 或 https:// 开头' }).max(2000).nullable().default(null),
  firstSeenAt: IsoInstantString,
  excerpt: text(5000).min(2, '请填写内容摘要'),
  /** The responsible unit; a unit's liaison reports for their own unit, the news office may leave it to assign later. */
  unitId: z.number().int().positive().nullable().default(null),
});
export type OpinionItemBody = z.infer<typeof OpinionItemBody>;

export const AssignBody = z.strictObject({ unitId: z.number().int().positive() });

export const AssessBody = z.strictObject({
  level: z.enum(OPINION_LEVELS),
  sensitivity: z.enum(OPINION_SENSITIVITIES),
  trendNote: text(2000).min(2, '请填写研判意见（走势）'),
});

/** A written response drafted from the item: an F5 written release of category opinion_response (A5.3). */
export const ResponseReleaseBody = z.strictObject({
  title: text(200).min(4, '标题至少 4 个字'),
  body: text(50_000).min(2, '请填写回应内容'),
  /** published needs the unit's approver (A17) and a confidentiality review (A18.5). */
  status: z.enum(['planned', 'published']).default('planned'),
  confidentialityReview: ConfidentialityReviewInput.nullable().default(null),
});

export const LinkResponseBody = z.strictObject({ releaseId: z.number().int().positive() });
export const NoResponseBody = z.strictObject({ reason: text(2000).min(2, '请说明不予回应的理由') });

export const OpinionQuery = z.object({
  status: z.enum(OPINION_STATUSES).optional(),
  level: z.enum(OPINION_LEVELS).optional(),
  unitId: z.coerce.number().int().positive().optional(),
  sourceKind: z.enum(OPINION_SOURCE_KINDS).optional(),
  q: text(100).optional(),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(20),
});

export const OpinionItemView = z.object({
  id: z.number().int(),
  title: z.string(),
  sourceKind: z.enum(OPINION_SOURCE_KINDS),
  channel: z.enum(OPINION_CHANNELS).nullable(),
  source: z.string(),
  link: z.string().nullable(),
  firstSeenAt: z.string(),
  excerpt: z.string(),
  matchedKeywords: z.array(z.string()),
  suggestedUnitId: z.number().int().nullable(),
  suggestedUnitName: z.string().nullable(),
  unitId: z.number().int().nullable(),
  unitName: z.string().nullable(),
  assignedAt: z.string().nullable(),
  level: z.enum(OPINION_LEVELS).nullable(),
  sensitivity: z.enum(OPINION_SENSITIVITIES).nullable(),
  trendNote: z.string().nullable(),
  assessedBy: z.string().nullable(),
  assessedAt: z.string().nullable(),
  status: z.enum(OPINION_STATUSES),
  responseReleaseId: z.number().int().nullable(),
  noResponseReason: z.string().nullable(),
  closedAt: z.string().nullable(),
  /** N61, as of now; null when no clock runs (general, not assessed, switched off, no response needed). */
  clock: ClockView.nullable(),
  createdAt: z.string(),
});
export type OpinionItemView = z.infer<typeof OpinionItemView>;

export const ConsultationView = z.object({
  id: z.number().int(),
  question: z.string(),
  status: z.enum(['open', 'concluded']),
  conclusion: z.string().nullable(),
  concludedBy: z.string().nullable(),
  concludedAt: z.string().nullable(),
  createdAt: z.string(),
  experts: z.array(
    z.object({
      expertId: z.number().int(),
      name: z.string(),
      affiliation: z.string(),
      opinion: z.string().nullable(),
      opinionAt: z.string().nullable(),
    }),
  ),
});
export type ConsultationView = z.infer<typeof ConsultationView>;

export const OpinionDetail = OpinionItemView.extend({
  responseRelease: z.object({ id: z.number().int(), title: z.string(), status: z.enum(RELEASE_STATUSES), startsAt: z.string(), isPublic: z.boolean() }).nullable(),
  consultations: z.array(ConsultationView),
  /** The N61 clock's reminder and escalation steps (durable jobs). */
  alerts: z.array(z.object({ offsetMinutes: z.number().int(), runAt: z.string(), status: z.string(), late: z.boolean() })),
});
export type OpinionDetail = z.infer<typeof OpinionDetail>;

export const ConsultationBody = z.strictObject({
  question: text(2000).min(2, '请写明请专家研判的问题'),
  expertIds: z.array(z.number().int().positive()).min(1, '至少邀请一位专家').max(20),
});
export const ExpertOpinionBody = z.strictObject({ expertId: z.number().int().positive(), opinion: text(10_000).min(2, '请填写专家书面意见') });
export const ConclusionBody = z.strictObject({ conclusion: text(10_000).min(2, '请填写会商结论') });

// ---------------------------------------------------------------- what a monitoring vendor pushes

/**
 * POST /opinions/inbound, signed: `X-Fabutong-Key` (the vendor's key id), `X-Fabutong-Timestamp`
 * (Unix milliseconds) and `X-Fabutong-Signature: sha256=<hex HMAC-SHA256(secret, timestamp + "." + raw body)>`.
 */
export const InboundOpinionBody = z.strictObject({
  title: text(300).min(2, '标题不能为空'),
  link: z.url({ protocol: /^https?$/, error: '链接应以 http:// 或 https:// 开头' }).max(2000).nullable().default(null),
  /** The site or account it appeared on. */
  site: text(200).min(1, '请注明来源网站或账号'),
  firstSeenAt: IsoInstantString,
  excerpt: text(5000).default(''),
  keywords: z.array(text(50)).max(50).default([]),
});
export const InboundResult = z.object({ id: z.number().int().nullable(), status: z.enum(['created', 'duplicate', 'replayed']) });

export const OpinionVendorBody = z.strictObject({ name: text(100).min(2, '请填写监测服务商名称'), enabled: z.boolean().default(true) });
export const OpinionVendorView = z.object({
  id: z.number().int(),
  name: z.string(),
  keyId: z.string(),
  enabled: z.boolean(),
  createdAt: z.string(),
  /** Shown once, when the key is made or rotated; never again. */
  secret: z.string().optional(),
});

export const FeedBody = z.strictObject({
  name: text(100).min(2, '请填写订阅源名称'),
  url: z.url({ protocol: /^https?$/, error: '地址应以 http:// 或 https:// 开头' }).max(2000),
  intervalMinutes: z.number().int().min(1).max(1440).default(5),
  enabled: z.boolean().default(true),
});
export const FeedView = z.object({
  id: z.number().int(),
  name: z.string(),
  url: z.string(),
  intervalMinutes: z.number().int(),
  enabled: z.boolean(),
  lastPolledAt: z.string().nullable(),
  lastStatus: z.string().nullable(),
  lastError: z.string().nullable(),
  itemsFound: z.number().int(),
});

export const KeywordRuleBody = z.strictObject({
  unitId: z.number().int().positive(),
  expression: text(500).min(1, '请填写规则'),
  exclusions: z.array(text(50).min(1)).max(50).default([]),
  enabled: z.boolean().default(true),
});
export const KeywordRuleView = z.object({
  id: z.number().int(),
  unitId: z.number().int(),
  unitName: z.string(),
  expression: z.string(),
  exclusions: z.array(z.string()),
  enabled: z.boolean(),
});
