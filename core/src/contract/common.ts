import { z } from 'zod';
import { ARTICLES, type RuleId } from '../rules/articles';

export const RULE_IDS = Object.keys(ARTICLES) as [RuleId, ...RuleId[]];

/** RFC 9457 problem details, in Chinese, citing the rule that refused the request. */
export const Problem = z.object({
  type: z.string(),
  title: z.string(),
  status: z.number().int(),
  detail: z.string(),
  rule: z.enum(RULE_IDS).optional(),
  article: z.string().optional(),
  errors: z.array(z.object({ path: z.string(), message: z.string(), rule: z.enum(RULE_IDS).optional() })).optional(),
  instance: z.string().optional(),
});
export type Problem = z.infer<typeof Problem>;

export const IdParams = z.strictObject({ id: z.coerce.number().int().positive() });

export const IsoDateString = z.iso.date({ error: '日期格式应为 YYYY-MM-DD' });
export const IsoInstantString = z.iso.datetime({ offset: true, error: '时间应为带时区的 ISO 8601 格式' });

export const Ok = z.object({ ok: z.literal(true) });

export function page<T extends z.ZodType>(item: T) {
  return z.object({ items: z.array(item), total: z.number().int() });
}

export const PageQuery = z.object({
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(20),
});
