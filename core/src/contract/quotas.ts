import { z } from 'zod';
import { POSTS } from '../rules/appointments';

export const QUOTA_STATUSES = ['met', 'on_track', 'at_risk', 'missed'] as const;
export const QUOTA_STATUS_LABELS: Record<(typeof QUOTA_STATUSES)[number], string> = {
  met: '已完成',
  on_track: '按进度',
  at_risk: '有风险',
  missed: '未完成',
};

const Status = z.enum(QUOTA_STATUSES);

export const QuotaResultView = z.object({
  rule: z.string(),
  subject: z.object({
    kind: z.enum(['person', 'unit']),
    personId: z.number().int().optional(),
    unitId: z.number().int(),
    name: z.string(),
    unitName: z.string(),
    post: z.enum(POSTS).optional(),
  }),
  required: z.number().int(),
  counted: z.number().int(),
  countingReleaseIds: z.array(z.number().int()),
  status: Status,
  parts: z.array(
    z.object({
      key: z.string(),
      label: z.string(),
      required: z.number().int(),
      counted: z.number().int(),
      countingReleaseIds: z.array(z.number().int()),
      status: Status,
      from: z.string(),
      to: z.string(),
    }),
  ),
  explanation: z.string(),
});

export const QuotaReportView = z.object({
  year: z.number().int(),
  asOf: z.string(),
  ruleSetId: z.string(),
  referenceDate: z.string(),
  results: z.array(QuotaResultView),
  vacancies: z.array(z.object({ rule: z.string(), unitId: z.number().int(), unitName: z.string(), posts: z.array(z.enum(POSTS)), explanation: z.string() })),
});

export const QuotaQuery = z.object({
  year: z.coerce.number().int().min(2021).max(2100),
  unitId: z.coerce.number().int().positive().optional(),
  personId: z.coerce.number().int().positive().optional(),
});
