import { z } from 'zod';

export const SpokespersonEntry = z.object({
  unitId: z.number().int(),
  unitName: z.string(),
  personName: z.string(),
  title: z.string().nullable(),
  post: z.string(),
  pressPhone: z.string().nullable(),
});
export type SpokespersonEntry = z.infer<typeof SpokespersonEntry>;

export const SpokespersonListView = z.object({
  id: z.number().int(),
  year: z.number().int(),
  version: z.number().int(),
  publishedAt: z.string(),
  supersededAt: z.string().nullable(),
  note: z.string().nullable(),
  entries: z.array(SpokespersonEntry),
});

export const PublishListBody = z.strictObject({
  year: z.number().int().min(2021).max(2100),
  note: z.string().trim().max(200).nullable().default(null),
});

export const ListsQuery = z.object({ year: z.coerce.number().int().min(2021).max(2100).optional() });
export const ExportQuery = z.object({ format: z.enum(['docx', 'xlsx']) });
