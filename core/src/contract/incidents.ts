/**
 * The emergency area's HTTP contract (A13.4, A5.4, A5.5, A18): incidents and their clocks,
 * rolling updates, warnings, alert channels and deliveries, candidate violations.
 */
import { z } from 'zod';
import { INCIDENT_GRADES, INCIDENT_KINDS, IN_NAME_OF, RELEASE_FORMS } from '../rules/vocabulary';
import { INCIDENT_UPDATE_STATUSES } from '../workflows/incidents';
import { IsoInstantString, RULE_IDS } from './common';
import { ConfidentialityReviewInput, RELEASE_STATUSES } from './releases';

const text = (max: number) => z.string().trim().max(max);
const optionalText = (max: number) => text(max).nullable().default(null);

// ---------------------------------------------------------------- incidents

export const INCIDENT_STATUSES = ['active', 'closed'] as const;
export type IncidentStatus = (typeof INCIDENT_STATUSES)[number];
export const INCIDENT_STATUS_LABELS: Record<IncidentStatus, string> = { active: '处置中', closed: '已结束' };

export const CLOCK_STATUSES = ['running', 'met', 'overdue'] as const;
export const CLOCK_STATUS_LABELS: Record<(typeof CLOCK_STATUSES)[number], string> = { running: '计时中', met: '已完成', overdue: '已超时' };

/** A4.2: not public only with the exception it rests on. */
const publicness = {
  isPublic: z.boolean().default(true),
  notPublicReason: optionalText(500),
};

export const IncidentBody = z.strictObject({
  title: text(200).min(4, '标题至少 4 个字'),
  kind: z.enum(INCIDENT_KINDS),
  grade: z.enum(INCIDENT_GRADES),
  occurredAt: IsoInstantString,
  majorCasualtiesOrImpact: z.boolean().default(false),
  /** A13.4-c: the administrative body where it happened; for I–II the unit the field command works through. */
  responsibleUnitId: z.number().int().positive(),
  /** A13.4-a: grades I–II release through the field command (现场指挥部). */
  fieldCommand: optionalText(100),
  location: text(200).min(2, '请填写事发地点'),
  summary: optionalText(5000),
  ...publicness,
  /** A18.5: the portal shows the incident only once its public facts passed the confidentiality review. */
  confidentialityReview: ConfidentialityReviewInput.nullable().default(null),
});
export type IncidentBody = z.infer<typeof IncidentBody>;

export const IncidentPatchBody = z.strictObject({
  title: text(200).min(4, '标题至少 4 个字').optional(),
  responsibleUnitId: z.number().int().positive().optional(),
  fieldCommand: text(100).nullable().optional(),
  location: text(200).min(2, '请填写事发地点').optional(),
  summary: text(5000).nullable().optional(),
  isPublic: z.boolean().optional(),
  notPublicReason: text(500).nullable().optional(),
  confidentialityReview: ConfidentialityReviewInput.nullable().optional(),
});

export const RegradeBody = z.strictObject({
  grade: z.enum(INCIDENT_GRADES),
  majorCasualtiesOrImpact: z.boolean(),
  reason: text(1000).min(2, '请说明调整等级的依据'),
});

export const ReasonBody = z.strictObject({ reason: text(1000).min(2, '请填写理由') });

export const LinkReleaseBody = z.strictObject({ releaseId: z.number().int().positive() });

export const IncidentQuery = z.object({
  status: z.enum(INCIDENT_STATUSES).optional(),
  grade: z.enum(INCIDENT_GRADES).optional(),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(20),
});

export const ClockView = z.object({
  rule: z.enum(RULE_IDS),
  article: z.string(),
  /** What the clock asks for, in Chinese. */
  label: z.string(),
  due: z.string(),
  status: z.enum(CLOCK_STATUSES),
  late: z.boolean(),
  metBy: z.number().int().nullable(),
  metAt: z.string().nullable(),
});
export type ClockView = z.infer<typeof ClockView>;

export const IncidentView = z.object({
  id: z.number().int(),
  title: z.string(),
  kind: z.enum(INCIDENT_KINDS),
  grade: z.enum(INCIDENT_GRADES),
  occurredAt: z.string(),
  majorCasualtiesOrImpact: z.boolean(),
  responsibleUnitId: z.number().int(),
  responsibleUnitName: z.string(),
  fieldCommand: z.string().nullable(),
  location: z.string(),
  summary: z.string().nullable(),
  isPublic: z.boolean(),
  notPublicReason: z.string().nullable(),
  confidentialityReview: z.object({ reviewer: z.string(), reviewedAt: z.string() }).nullable(),
  status: z.enum(INCIDENT_STATUSES),
  closedAt: z.string().nullable(),
  ruleSet: z.string(),
  /** The statutory clocks (A13.4-a, A13.4-b) as of now. */
  clocks: z.array(ClockView),
  /** The promise of the latest published update (A13.4-d), tracked like a clock. */
  nextUpdate: ClockView.nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type IncidentView = z.infer<typeof IncidentView>;

// ---------------------------------------------------------------- rolling updates (A13.4-d)

export const IncidentUpdateBody = z.strictObject({
  title: text(200).min(4, '标题至少 4 个字'),
  facts: text(20_000).min(2, '请写明基本事实（早讲事实）'),
  attitude: optionalText(20_000),
  measures: optionalText(20_000),
  causes: optionalText(20_000),
  /** Causes stay marked 待核实 until someone has checked them. */
  causesConfirmed: z.boolean().default(false),
  /** Who releases it: the field command, the unit … (shown with the update). */
  source: text(100).min(2, '请填写信息来源'),
  /** "下一次发布预计在 … 前". */
  nextUpdateBy: IsoInstantString.nullable().default(null),
  inNameOf: z.enum(IN_NAME_OF).default('unit'),
  ...publicness,
});
export type IncidentUpdateBody = z.infer<typeof IncidentUpdateBody>;

export const ReviewUpdateBody = z.strictObject({
  confidentialityReview: ConfidentialityReviewInput,
  /** The reviewer has checked the causes: they lose the 待核实 mark. */
  causesConfirmed: z.boolean().optional(),
});

export const IncidentUpdateView = z.object({
  id: z.number().int(),
  incidentId: z.number().int(),
  releaseId: z.number().int(),
  sequence: z.number().int(),
  title: z.string(),
  facts: z.string(),
  attitude: z.string().nullable(),
  measures: z.string().nullable(),
  causes: z.string().nullable(),
  causesConfirmed: z.boolean(),
  source: z.string(),
  nextUpdateBy: z.string().nullable(),
  inNameOf: z.enum(IN_NAME_OF),
  isPublic: z.boolean(),
  notPublicReason: z.string().nullable(),
  status: z.enum(INCIDENT_UPDATE_STATUSES),
  confidentialityReview: z.object({ reviewer: z.string(), reviewedAt: z.string() }).nullable(),
  draftedBy: z.string().nullable(),
  reviewedBy: z.string().nullable(),
  reviewedAt: z.string().nullable(),
  publishedBy: z.string().nullable(),
  publishedAt: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type IncidentUpdateView = z.infer<typeof IncidentUpdateView>;

/** A release of the incident registered in the release register (a press conference, say). */
export const LinkedReleaseView = z.object({
  id: z.number().int(),
  title: z.string(),
  form: z.enum(RELEASE_FORMS),
  status: z.enum(RELEASE_STATUSES),
  startsAt: z.string(),
  isPublic: z.boolean(),
  /** An update of this incident's timeline (drafted here in four parts) rather than a release linked to it. */
  isUpdate: z.boolean(),
});

export const AlertScheduleView = z.object({
  clockKey: z.string(),
  /** Minutes from the deadline: −120, −30, 0, +30 … */
  offsetMinutes: z.number().int(),
  runAt: z.string(),
  status: z.string(),
  late: z.boolean(),
});

export const IncidentDetail = IncidentView.extend({
  updates: z.array(IncidentUpdateView),
  releases: z.array(LinkedReleaseView),
  alerts: z.array(AlertScheduleView),
});
export type IncidentDetail = z.infer<typeof IncidentDetail>;

// ---------------------------------------------------------------- warnings (A5.5)

export const WARNING_LEVELS = ['blue', 'yellow', 'orange', 'red'] as const;
export type WarningLevel = (typeof WARNING_LEVELS)[number];
export const WARNING_LEVEL_LABELS: Record<WarningLevel, string> = { blue: '蓝色', yellow: '黄色', orange: '橙色', red: '红色' };

/** in_force: valid now and not lifted; pending: valid later; expired: its validity ran out. */
export const WARNING_STATES = ['pending', 'in_force', 'expired', 'lifted'] as const;
export type WarningState = (typeof WARNING_STATES)[number];
export const WARNING_STATE_LABELS: Record<WarningState, string> = { pending: '未生效', in_force: '生效中', expired: '已过期', lifted: '已解除' };

export const WarningBody = z
  .strictObject({
    title: text(200).min(4, '标题至少 4 个字'),
    /** 气象、地质灾害、洪水、森林火险 … */
    category: text(50).min(2, '请填写预警类别'),
    area: text(500).min(2, '请填写预警区域'),
    level: z.enum(WARNING_LEVELS),
    content: text(20_000).min(4, '请填写预警内容和防范措施'),
    issuingUnitId: z.number().int().positive(),
    validFrom: IsoInstantString,
    validUntil: IsoInstantString,
    confidentialityReview: ConfidentialityReviewInput,
  })
  // A warning valid for no time at all would never show.
  .refine((w) => Date.parse(w.validUntil) > Date.parse(w.validFrom), { path: ['validUntil'], message: '有效期截止时间应晚于生效时间' });
export type WarningBody = z.infer<typeof WarningBody>;

export const WarningQuery = z.object({ state: z.enum(WARNING_STATES).optional() });

export const WarningView = z.object({
  id: z.number().int(),
  title: z.string(),
  category: z.string(),
  area: z.string(),
  level: z.enum(WARNING_LEVELS),
  content: z.string(),
  issuingUnitId: z.number().int(),
  issuingUnitName: z.string(),
  validFrom: z.string(),
  validUntil: z.string(),
  state: z.enum(WARNING_STATES),
  revision: z.number().int(),
  confidentialityReview: z.object({ reviewer: z.string(), reviewedAt: z.string() }),
  liftedAt: z.string().nullable(),
  liftReason: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type WarningView = z.infer<typeof WarningView>;

// ---------------------------------------------------------------- alert channels and deliveries

export const ALERT_LEVELS = ['unit', 'news_office', 'leaders'] as const;
export type AlertLevel = (typeof ALERT_LEVELS)[number];
export const ALERT_LEVEL_LABELS: Record<AlertLevel, string> = {
  unit: '责任单位主要负责人、新闻发言人',
  news_office: '区政府新闻办',
  leaders: '区领导',
};

export const ALERT_CHANNEL_KINDS = ['email', 'dingtalk', 'wecom', 'webhook'] as const;
export type AlertChannelKind = (typeof ALERT_CHANNEL_KINDS)[number];
export const ALERT_CHANNEL_KIND_LABELS: Record<AlertChannelKind, string> = {
  email: '电子邮件（SMTP）',
  dingtalk: '钉钉群机器人',
  wecom: '企业微信群机器人',
  webhook: '通用 Webhook',
};

/** Every delivery: in-app notifications beside the configured channels. */
export const DELIVERY_CHANNELS = ['in_app', ...ALERT_CHANNEL_KINDS] as const;
export const DELIVERY_STATUSES = ['pending', 'sent', 'retrying', 'failed', 'skipped'] as const;
export const DELIVERY_STATUS_LABELS: Record<(typeof DELIVERY_STATUSES)[number], string> = {
  pending: '待发送',
  sent: '已送达',
  retrying: '重试中',
  failed: '发送失败',
  skipped: '未发送',
};

const channelCommon = {
  name: text(100).min(2, '请填写名称'),
  enabled: z.boolean().default(true),
  /** Which escalation levels this channel carries; a leaders' group gets only the last step, say. */
  levels: z.array(z.enum(ALERT_LEVELS)).min(1, '至少选择一个提醒层级').max(3),
};
const httpUrl = z.url({ protocol: /^https?$/, error: '地址应以 http:// 或 https:// 开头' }).max(1000);

export const AlertChannelBody = z.discriminatedUnion('kind', [
  z.strictObject({
    kind: z.literal('email'),
    ...channelCommon,
    host: text(200).min(1, '请填写 SMTP 服务器'),
    port: z.number().int().min(1).max(65535),
    /** TLS from the first byte (465); otherwise STARTTLS when the server offers it. */
    secure: z.boolean().default(false),
    user: text(200).nullable().default(null),
    /** Write-only; null or absent keeps the stored one. */
    password: z.string().max(500).nullable().optional(),
    from: z.email({ error: '发件地址格式不正确' }).max(200),
  }),
  z.strictObject({
    kind: z.enum(['dingtalk', 'wecom', 'webhook']),
    ...channelCommon,
    /** Required for a new channel; absent keeps the stored one (it carries the robot's token). */
    url: httpUrl.optional(),
    /** Signing secret; write-only; null or absent keeps the stored one. */
    secret: z.string().max(500).nullable().optional(),
  }),
]);
export type AlertChannelBody = z.infer<typeof AlertChannelBody>;

export const AlertChannelView = z.object({
  id: z.number().int(),
  kind: z.enum(ALERT_CHANNEL_KINDS),
  name: z.string(),
  enabled: z.boolean(),
  levels: z.array(z.enum(ALERT_LEVELS)),
  host: z.string().nullable(),
  port: z.number().int().nullable(),
  secure: z.boolean().nullable(),
  user: z.string().nullable(),
  from: z.string().nullable(),
  /** Robot URLs carry an access token: shown with it masked. */
  url: z.string().nullable(),
  hasSecret: z.boolean(),
  updatedAt: z.string(),
});
export type AlertChannelView = z.infer<typeof AlertChannelView>;

export const AlertDeliveryQuery = z.object({
  status: z.enum(DELIVERY_STATUSES).optional(),
  channel: z.enum(DELIVERY_CHANNELS).optional(),
  clockKey: z.string().max(200).optional(),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(50),
});

export const AlertDeliveryView = z.object({
  id: z.number().int(),
  alertKey: z.string(),
  clockKey: z.string(),
  channel: z.enum(DELIVERY_CHANNELS),
  channelName: z.string().nullable(),
  recipient: z.string(),
  subject: z.string(),
  severity: z.enum(['warning', 'urgent']),
  status: z.enum(DELIVERY_STATUSES),
  attempts: z.number().int(),
  lastError: z.string().nullable(),
  /** Fell due while no server was running, sent at the next start. */
  late: z.boolean(),
  createdAt: z.string(),
  sentAt: z.string().nullable(),
});
export type AlertDeliveryView = z.infer<typeof AlertDeliveryView>;

// ---------------------------------------------------------------- candidate violations (A18, A19)

export const VIOLATION_KINDS = ['A18.1', 'A18.2', 'A18.3', 'A18.4', 'A18.5', 'A19'] as const;
export type ViolationKind = (typeof VIOLATION_KINDS)[number];

export const VIOLATION_STATUSES = ['candidate', 'confirmed', 'dismissed'] as const;
export type ViolationStatus = (typeof VIOLATION_STATUSES)[number];
export const VIOLATION_STATUS_LABELS: Record<ViolationStatus, string> = { candidate: '待认定', confirmed: '已认定', dismissed: '已排除' };

export const ViolationQuery = z.object({
  status: z.enum(VIOLATION_STATUSES).optional(),
  kind: z.enum(VIOLATION_KINDS).optional(),
  unitId: z.coerce.number().int().positive().optional(),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(20),
});

export const ViolationView = z.object({
  id: z.number().int(),
  kind: z.enum(VIOLATION_KINDS),
  article: z.string(),
  status: z.enum(VIOLATION_STATUSES),
  unitId: z.number().int().nullable(),
  unitName: z.string().nullable(),
  people: z.array(z.object({ personId: z.number().int().nullable(), name: z.string(), post: z.string().nullable() })),
  summary: z.string(),
  evidence: z.record(z.string(), z.unknown()),
  sourceType: z.string(),
  sourceId: z.string(),
  /** Where the console shows the source. */
  link: z.string().nullable(),
  detectedAt: z.string(),
  decidedBy: z.string().nullable(),
  decidedAt: z.string().nullable(),
  decisionReason: z.string().nullable(),
});
export type ViolationView = z.infer<typeof ViolationView>;

export const TestChannelBody = z.strictObject({
  /** For an e-mail channel: where the test message goes. */
  to: z.email({ error: '收件地址格式不正确' }).max(200).nullable().default(null),
});
