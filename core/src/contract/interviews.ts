/**
 * Journalists' interview requests (A13.6): received on the portal, routed by the news office
 * to a unit with background and safety notes, accepted (an F4 interview is arranged) or
 * declined with a reason; the press card is checked against the media registry (A13.7).
 */
import { z } from 'zod';
import { IsoInstantString } from './common';
import { QUALIFICATION_STATES } from './media';
import { RELEASE_STATUSES } from './releases';

const text = (max: number) => z.string().trim().max(max);

export const INTERVIEW_STATUSES = ['received', 'routed', 'accepted', 'declined'] as const;
export type InterviewStatus = (typeof INTERVIEW_STATUSES)[number];
export const INTERVIEW_STATUS_LABELS: Record<InterviewStatus, string> = { received: '已受理', routed: '已转承办单位', accepted: '已同意采访', declined: '未能安排采访' };

/** The registry's state of the press card, or `unregistered` when no journalist holds that card number. */
export const PRESS_CARD_STATES = [...QUALIFICATION_STATES, 'unregistered'] as const;
export type PressCardState = (typeof PRESS_CARD_STATES)[number];
export const PRESS_CARD_STATE_LABELS: Record<PressCardState, string> = {
  valid: '有效',
  expiring: '30 天内到期',
  expired: '已过期',
  not_yet_valid: '尚未生效',
  missing: '无资质记录',
  unregistered: '未在媒体库登记',
};
export const QUALIFIED_PRESS_CARD_STATES: readonly PressCardState[] = ['valid', 'expiring'];

/** The portal form, as the browser posts it (every field a string). Messages in Chinese. */
export const InterviewRequestForm = z.object({
  outlet: text(100).min(2, '请填写媒体名称'),
  journalist: text(50).min(2, '请填写记者姓名'),
  pressCardNo: text(30).regex(/^[A-Za-z0-9-]{6,30}$/, '记者证号应为 6 至 30 位字母或数字'),
  topic: text(2000).min(4, '请写明采访主题（至少 4 个字）'),
  wishedAt: text(40).regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/, '请选择希望采访的时间'),
  contact: text(100).regex(/^(1\d{10}|0\d{2,3}-?\d{7,8}|[^@\s]+@[^@\s]+\.[^@\s]+)$/, '请填写手机号、固定电话或电子邮箱'),
});

export const InterviewStatusForm = z.object({
  trackingNo: text(30).min(1, '请填写受理编号'),
  contact: text(100).min(1, '请填写提交申请时留下的联系方式'),
});

export const RouteInterviewBody = z.strictObject({
  unitId: z.number().int().positive(),
  background: text(5000).min(2, '请填写背景情况'),
  leads: text(2000).nullable().default(null),
  safetyNotes: text(2000).nullable().default(null),
  /** A18.2: a lawful request on a matter of public interest may be refused only with a reason. */
  publicInterest: z.boolean().default(true),
});

export const AcceptInterviewBody = z.strictObject({
  startsAt: IsoInstantString,
  venue: text(200).nullable().default(null),
  note: text(2000).nullable().default(null),
});

export const DeclineInterviewBody = z.strictObject({ reason: text(2000).nullable().default(null) });

export const InterviewQuery = z.object({
  status: z.enum(INTERVIEW_STATUSES).optional(),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(20),
});

export const InterviewView = z.object({
  id: z.number().int(),
  trackingNo: z.string(),
  outlet: z.string(),
  journalist: z.string(),
  pressCardNo: z.string(),
  pressCard: z.enum(PRESS_CARD_STATES),
  /** A13.7: the card is not valid on the wished day (or not in the registry). */
  flagged: z.boolean(),
  journalistId: z.number().int().nullable(),
  topic: z.string(),
  wishedAt: z.string(),
  contact: z.string(),
  status: z.enum(INTERVIEW_STATUSES),
  unitId: z.number().int().nullable(),
  unitName: z.string().nullable(),
  background: z.string().nullable(),
  leads: z.string().nullable(),
  safetyNotes: z.string().nullable(),
  publicInterest: z.boolean(),
  routedAt: z.string().nullable(),
  decisionReason: z.string().nullable(),
  decidedBy: z.string().nullable(),
  decidedAt: z.string().nullable(),
  release: z.object({ id: z.number().int(), title: z.string(), status: z.enum(RELEASE_STATUSES), startsAt: z.string() }).nullable(),
  createdAt: z.string(),
});
export type InterviewView = z.infer<typeof InterviewView>;
