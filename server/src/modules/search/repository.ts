/** The search queries: filters as SQL over the documents (aliased `d`), matching in search-dialect. */
import type { Run, SearchKind } from '@fabutong/core';
import { sql, type Kysely, type RawBuilder } from 'kysely';
import type { Database } from '../../db/schema';
import { countMatches, searchPage, type SearchRow } from '../../db/search-dialect';
import { publicReleases } from '../../portal/pages/releases';

type Db = Kysely<Database>;

export interface SearchFilter {
  kind?: SearchKind;
  unitId?: number;
  year?: number;
  /** Units whose internal records the reader may see (null = all); other units' records only when open to all. */
  internalPaths: (string | null)[];
}

function unitSubtree(paths: string[]): RawBuilder<unknown> {
  return sql`select id from units where ${sql.join(
    paths.map((p) => sql`path like ${`${p}%`}`),
    sql` or `,
  )}`;
}

/** Who may read what, then the filters the user chose: all in SQL, so no hit is read that may not be shown. */
function consoleWhere(f: SearchFilter): RawBuilder<boolean> {
  const parts: RawBuilder<unknown>[] = [];
  if (!f.internalPaths.includes(null)) {
    const paths = f.internalPaths as string[];
    parts.push(paths.length ? sql`(d.is_public = 1 or d.unit_id in (${unitSubtree(paths)}))` : sql`d.is_public = 1`);
  }
  if (f.kind) parts.push(sql`d.kind = ${f.kind}`);
  if (f.year) parts.push(sql`d.year = ${f.year}`);
  if (f.unitId) parts.push(sql`d.unit_id in (select u.id from units u, units top where top.id = ${f.unitId} and u.path like top.path || '%')`);
  return parts.length ? sql<boolean>`(${sql.join(parts, sql` and `)})` : sql<boolean>`1 = 1`;
}

export const COUNT_CAP = 1000;

export async function searchConsole(db: Db, terms: Run[], f: SearchFilter, order: 'relevance' | 'date', limit: number, offset: number): Promise<{ rows: SearchRow[]; total: number }> {
  const where = consoleWhere(f);
  const rows = await searchPage(db, { terms, where, order, limit, offset });
  const total = await countMatches(db, terms, where, COUNT_CAP);
  return { rows, total };
}

/** The portal's search: public releases only, exactly those the portal shows (`publicReleases`). */
export async function searchPortal(db: Db, terms: Run[], limit: number, offset: number): Promise<{ rows: SearchRow[]; total: number }> {
  const where = sql<boolean>`(d.kind = 'release' and d.ref_id in (${publicReleases(db).select('releases.id')}))`;
  const rows = await searchPage(db, { terms, where, order: 'date', limit, offset });
  const total = await countMatches(db, terms, where, COUNT_CAP);
  return { rows, total };
}
