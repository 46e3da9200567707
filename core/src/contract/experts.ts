/** The expert pool (A13.5): policy makers, field experts and media experts, searched by field. */
import { z } from 'zod';

const text = (max: number) => z.string().trim().max(max);

export const EXPERT_KINDS = ['policy_maker', 'field_expert', 'media_expert'] as const;
export type ExpertKind = (typeof EXPERT_KINDS)[number];
export const EXPERT_KIND_LABELS: Record<ExpertKind, string> = { policy_maker: '政策制定者', field_expert: '领域专家', media_expert: '媒体专家' };

export const ExpertBody = z.strictObject({
  name: text(50).min(2, '请填写姓名'),
  affiliation: text(200).min(2, '请填写工作单位'),
  kind: z.enum(EXPERT_KINDS),
  fields: z.array(text(30).min(1)).min(1, '至少填写一个专业领域').max(20),
  contact: text(200).nullable().default(null),
  availability: text(1000).nullable().default(null),
  /** The person record, when the expert takes part in releases (policy interpretations). */
  personId: z.number().int().positive().nullable().default(null),
  active: z.boolean().default(true),
});
export type ExpertBody = z.infer<typeof ExpertBody>;

export const ExpertQuery = z.object({
  field: text(30).optional(),
  kind: z.enum(EXPERT_KINDS).optional(),
  q: text(50).optional(),
  includeInactive: z.enum(['0', '1']).optional(),
});

export const ExpertView = z.object({
  id: z.number().int(),
  name: z.string(),
  affiliation: z.string(),
  kind: z.enum(EXPERT_KINDS),
  fields: z.array(z.string()),
  contact: z.string().nullable(),
  availability: z.string().nullable(),
  personId: z.number().int().nullable(),
  active: z.boolean(),
});
export type ExpertView = z.infer<typeof ExpertView>;

/** What an expert took part in: consultations on opinion items, and policy interpretations (A5.2) they spoke at. */
export const ExpertHistory = z.object({
  expert: ExpertView,
  consultations: z.array(
    z.object({ consultationId: z.number().int(), itemId: z.number().int(), itemTitle: z.string(), question: z.string(), opinion: z.string().nullable(), invitedAt: z.string() }),
  ),
  interpretations: z.array(z.object({ releaseId: z.number().int(), title: z.string(), date: z.string(), part: z.string() })),
});
