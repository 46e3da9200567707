import { z } from 'zod';
import {
  CONTENT_CATEGORIES,
  IN_NAME_OF,
  MEDIA_LEVELS,
  ORGANIZERS,
  PARTICIPANT_PARTS,
  RELEASE_FORMS,
  RISK_LEVELS,
} from '../rules/vocabulary';
import { IsoDateString, IsoInstantString } from './common';

/** planned → held (an event took place) or published (a written release went out); cancelled. */
export const RELEASE_STATUSES = ['planned', 'held', 'published', 'cancelled'] as const;
export type ReleaseStatus = (typeof RELEASE_STATUSES)[number];
export const RELEASE_STATUS_LABELS: Record<ReleaseStatus, string> = {
  planned: '筹备中',
  held: '已举行',
  published: '已发布',
  cancelled: '已取消',
};

export const RiskAssessmentInput = z.strictObject({
  topicReviewed: z.boolean(),
  contentReviewed: z.boolean(),
  formReviewed: z.boolean(),
  riskLevel: z.enum(RISK_LEVELS).nullable(),
  principalId: z.number().int().positive().nullable(),
  spokespersonId: z.number().int().positive().nullable(),
  mainSpeakerId: z.number().int().positive().nullable(),
});

export const ConfidentialityReviewInput = z.strictObject({
  reviewer: z.string().trim().min(2, '请填写保密审查人').max(50),
  reviewedAt: IsoInstantString,
});

export const ReleaseBody = z.strictObject({
  unitId: z.number().int().positive(),
  title: z.string().trim().min(4, '标题至少 4 个字').max(200),
  inNameOf: z.enum(IN_NAME_OF),
  organizer: z.enum(ORGANIZERS),
  form: z.enum(RELEASE_FORMS),
  categories: z.array(z.enum(CONTENT_CATEGORIES)).min(1, '至少选择一类发布内容').max(7),
  startsAt: IsoInstantString,
  venue: z.string().trim().max(200).nullable().default(null),
  participants: z
    .array(z.strictObject({ personId: z.number().int().positive(), part: z.enum(PARTICIPANT_PARTS) }))
    .max(50)
    .default([]),
  outlets: z
    .array(z.strictObject({ outletId: z.number().int().positive(), journalistId: z.number().int().positive().nullable().default(null) }))
    .max(100)
    .default([]),
  platformIds: z.array(z.number().int().positive()).max(20).default([]),
  qa: z.boolean().default(false),
  isPublic: z.boolean().default(true),
  notPublicReason: z.string().trim().max(500).nullable().default(null),
  summary: z.string().trim().max(2000).nullable().default(null),
  body: z.string().max(200_000).nullable().default(null),
  transcript: z.string().max(500_000).nullable().default(null),
  status: z.enum(RELEASE_STATUSES).default('planned'),
  confidentialityReview: ConfidentialityReviewInput.nullable().default(null),
  riskAssessment: RiskAssessmentInput.nullable().default(null),
  opinionReaction: z.string().trim().max(5000).nullable().default(null),
});
export type ReleaseBody = z.infer<typeof ReleaseBody>;

export const ParticipantView = z.object({ personId: z.number().int(), personName: z.string(), part: z.enum(PARTICIPANT_PARTS) });
export const ReleaseOutletView = z.object({
  outletId: z.number().int(),
  outletName: z.string(),
  level: z.enum(MEDIA_LEVELS),
  journalistId: z.number().int().nullable(),
  journalistName: z.string().nullable(),
});
export const CoverageView = z.object({
  id: z.number().int(),
  outletId: z.number().int().nullable(),
  outletName: z.string(),
  title: z.string(),
  url: z.string().nullable(),
  publishedOn: z.string(),
});

export const ReleaseView = z.object({
  id: z.number().int(),
  unitId: z.number().int(),
  unitName: z.string(),
  title: z.string(),
  inNameOf: z.enum(IN_NAME_OF),
  organizer: z.enum(ORGANIZERS),
  form: z.enum(RELEASE_FORMS),
  categories: z.array(z.enum(CONTENT_CATEGORIES)),
  startsAt: z.string(),
  date: z.string(),
  venue: z.string().nullable(),
  participants: z.array(ParticipantView),
  outlets: z.array(ReleaseOutletView),
  platformIds: z.array(z.number().int()),
  qa: z.boolean(),
  isPublic: z.boolean(),
  notPublicReason: z.string().nullable(),
  summary: z.string().nullable(),
  body: z.string().nullable(),
  transcript: z.string().nullable(),
  status: z.enum(RELEASE_STATUSES),
  confidentialityReview: z.object({ reviewer: z.string(), reviewedAt: z.string() }).nullable(),
  riskAssessment: RiskAssessmentInput.nullable(),
  opinionReaction: z.string().nullable(),
  coverage: z.array(CoverageView),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type ReleaseView = z.infer<typeof ReleaseView>;

export const ReleaseSummaryView = ReleaseView.pick({
  id: true,
  unitId: true,
  unitName: true,
  title: true,
  form: true,
  categories: true,
  organizer: true,
  inNameOf: true,
  startsAt: true,
  date: true,
  status: true,
  isPublic: true,
}).extend({ participants: z.array(ParticipantView) });

export const ReleaseQuery = z.object({
  year: z.coerce.number().int().min(2000).max(2100).optional(),
  unitId: z.coerce.number().int().positive().optional(),
  form: z.enum(RELEASE_FORMS).optional(),
  category: z.enum(CONTENT_CATEGORIES).optional(),
  personId: z.coerce.number().int().positive().optional(),
  status: z.enum(RELEASE_STATUSES).optional(),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(20),
});

export const CoverageBody = z.strictObject({
  outletId: z.number().int().positive().nullable().default(null),
  outletName: z.string().trim().min(2).max(100),
  title: z.string().trim().min(2).max(300),
  url: z.url({ protocol: /^https?$/, error: '链接应以 http:// 或 https:// 开头' }).nullable().default(null),
  publishedOn: IsoDateString,
});

export const PlatformView = z.object({ id: z.number().int(), name: z.string(), kind: z.string(), url: z.string().nullable(), active: z.boolean() });

export const ReleaseStats = z.object({
  year: z.number().int(),
  byMonth: z.array(z.number().int()),
  byForm: z.record(z.string(), z.number().int()),
  total: z.number().int(),
});
