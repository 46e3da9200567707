/** Full-text search of the console and the portal: this part of the HTTP API. */
import { z } from 'zod';

/** What the index holds. Each kind is a source module's records (opinion items: the console only, never the portal). */
export const SEARCH_KINDS = ['release', 'talking_point', 'topic', 'incident', 'opinion'] as const;
export type SearchKind = (typeof SEARCH_KINDS)[number];
export const SEARCH_KIND_LABELS: Record<SearchKind, string> = {
  release: '发布活动',
  talking_point: '发布口径',
  topic: '发布选题',
  incident: '突发事件',
  opinion: '舆情',
};

export const SEARCH_SORTS = ['relevance', 'date'] as const;
export type SearchSort = (typeof SEARCH_SORTS)[number];

export const SearchQuery = z.object({
  q: z.string().trim().min(1, '请输入要查找的词').max(100, '查找内容不超过 100 个字'),
  kind: z.enum(SEARCH_KINDS).optional(),
  unitId: z.coerce.number().int().positive().optional(),
  year: z.coerce.number().int().min(2000).max(2100).optional(),
  sort: z.enum(SEARCH_SORTS).default('relevance'),
  page: z.coerce.number().int().min(1).max(50).default(1),
  pageSize: z.coerce.number().int().min(1).max(50).default(20),
});
export type SearchQuery = z.infer<typeof SearchQuery>;

/** Text with the query's terms marked: rendered as text, never as HTML. */
export const HighlightParts = z.array(z.object({ text: z.string(), hit: z.boolean() }));

export const SearchHit = z.object({
  kind: z.enum(SEARCH_KINDS),
  refId: z.number().int(),
  title: HighlightParts,
  snippet: HighlightParts,
  unitId: z.number().int(),
  unitName: z.string(),
  date: z.string(),
  /** Public records may be read by every user; internal ones only within their unit. */
  visibility: z.enum(['public', 'internal']),
  /** Where the record opens in the console. */
  link: z.string(),
});
export type SearchHit = z.infer<typeof SearchHit>;

export const SearchResult = z.object({
  items: z.array(SearchHit),
  /** Hits counted up to a cap: `totalCapped` says there are more than `total`. */
  total: z.number().int(),
  totalCapped: z.boolean(),
  /** The terms searched for, as the index understood the query. */
  terms: z.array(z.string()),
});
export type SearchResult = z.infer<typeof SearchResult>;
