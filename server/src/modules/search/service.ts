/** One search over every source (A17 applied to each hit), and the portal's search of public releases. */
import { parseQuery, type SearchQuery, type SearchResult } from '@fabutong/core';
import type { AppContext, RequestContext } from '../../context';
import { drainSearchQueue } from './indexer';
import { internalReadPaths } from './policy';
import { presentHit } from './present';
import * as repo from './repository';

export async function search(app: AppContext, rc: RequestContext, query: SearchQuery): Promise<SearchResult> {
  const terms = parseQuery(query.q);
  if (terms.length === 0) return { items: [], total: 0, totalCapped: false, terms: [] };
  await drainSearchQueue(app);
  const { rows, total } = await repo.searchConsole(
    app.db,
    terms,
    { kind: query.kind, unitId: query.unitId, year: query.year, internalPaths: internalReadPaths(rc.actor) },
    query.sort,
    query.pageSize,
    (query.page - 1) * query.pageSize,
  );
  return { items: rows.map((r) => presentHit(r, terms)), total, totalCapped: total >= repo.COUNT_CAP, terms: terms.map((t) => t.text) };
}

export async function searchPublicReleases(app: AppContext, q: string, page: number, pageSize: number): Promise<SearchResult> {
  const terms = parseQuery(q);
  if (terms.length === 0) return { items: [], total: 0, totalCapped: false, terms: [] };
  await drainSearchQueue(app);
  const { rows, total } = await repo.searchPortal(app.db, terms, pageSize, (page - 1) * pageSize);
  return { items: rows.map((r) => presentHit(r, terms)), total, totalCapped: total >= repo.COUNT_CAP, terms: terms.map((t) => t.text) };
}
