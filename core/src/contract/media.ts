import { z } from 'zod';
import { MEDIA_LEVELS } from '../rules/vocabulary';
import { IsoDateString } from './common';

export const QUALIFICATION_STATES = ['valid', 'expiring', 'expired', 'not_yet_valid', 'missing'] as const;
export type QualificationState = (typeof QUALIFICATION_STATES)[number];
export const QUALIFICATION_STATE_LABELS: Record<QualificationState, string> = {
  valid: '有效',
  expiring: '30 天内到期',
  expired: '已过期',
  not_yet_valid: '尚未生效',
  missing: '无资质记录',
};

const Qualification = z.object({ state: z.enum(QUALIFICATION_STATES), validFrom: z.string().nullable(), validUntil: z.string().nullable() });

export const OutletView = z.object({
  id: z.number().int(),
  name: z.string(),
  kind: z.enum(['outlet', 'live_streaming']),
  level: z.enum(MEDIA_LEVELS),
  licenceNo: z.string().nullable(),
  qualification: Qualification,
  contact: z.string().nullable(),
  note: z.string().nullable(),
  active: z.boolean(),
  journalists: z.number().int(),
  findings: z.number().int(),
});
export type OutletView = z.infer<typeof OutletView>;

export const JournalistView = z.object({
  id: z.number().int(),
  outletId: z.number().int(),
  outletName: z.string(),
  name: z.string(),
  pressCardNo: z.string().nullable(),
  qualification: Qualification,
  contact: z.string().nullable(),
  note: z.string().nullable(),
  active: z.boolean(),
});
export type JournalistView = z.infer<typeof JournalistView>;

export const FindingView = z.object({
  id: z.number().int(),
  foundOn: z.string(),
  releaseId: z.number().int().nullable(),
  finding: z.string(),
  createdAt: z.string(),
});

export const OutletDetail = z.object({ outlet: OutletView, journalists: z.array(JournalistView), findings: z.array(FindingView) });

const validity = {
  validFrom: IsoDateString.nullable().optional(),
  validUntil: IsoDateString.nullable().optional(),
};

export const OutletBody = z
  .strictObject({
    name: z.string().trim().min(2, '媒体名称至少 2 个字').max(100),
    kind: z.enum(['outlet', 'live_streaming']).default('outlet'),
    level: z.enum(MEDIA_LEVELS),
    licenceNo: z.string().trim().max(50).nullable().optional(),
    ...validity,
    contact: z.string().trim().max(100).nullable().optional(),
    note: z.string().trim().max(500).nullable().optional(),
  })
  .refine((o) => !o.validFrom || !o.validUntil || o.validUntil >= o.validFrom, { message: '有效期截止日不能早于起始日', path: ['validUntil'] });

export const UpdateOutletBody = z.strictObject({
  name: z.string().trim().min(2).max(100).optional(),
  level: z.enum(MEDIA_LEVELS).optional(),
  licenceNo: z.string().trim().max(50).nullable().optional(),
  ...validity,
  contact: z.string().trim().max(100).nullable().optional(),
  note: z.string().trim().max(500).nullable().optional(),
  active: z.boolean().optional(),
});

export const JournalistBody = z.strictObject({
  outletId: z.number().int().positive(),
  name: z.string().trim().min(2, '姓名至少 2 个字').max(30),
  pressCardNo: z.string().trim().max(50).nullable().optional(),
  ...validity,
  contact: z.string().trim().max(100).nullable().optional(),
  note: z.string().trim().max(500).nullable().optional(),
});

export const UpdateJournalistBody = JournalistBody.omit({ outletId: true }).partial().extend({ active: z.boolean().optional() }).strict();

export const FindingBody = z.strictObject({
  foundOn: IsoDateString,
  releaseId: z.number().int().positive().nullable().default(null),
  finding: z.string().trim().min(5, '请写明歪曲事实的具体情况').max(2000),
});

export const MediaQuery = z.object({ q: z.string().trim().max(50).optional(), outletId: z.coerce.number().int().positive().optional() });

export const ExpiringQualification = z.object({
  kind: z.enum(['outlet', 'journalist']),
  id: z.number().int(),
  name: z.string(),
  outletId: z.number().int(),
  outletName: z.string().nullable(),
  validUntil: z.string(),
  state: z.enum(QUALIFICATION_STATES),
});
