import { highlightTitle, snippetOf, type Run, type SearchHit, type SearchKind } from '@fabutong/core';
import type { SearchRow } from '../../db/search-dialect';

export function presentHit(row: SearchRow, terms: Run[]): SearchHit {
  return {
    kind: row.kind as SearchKind,
    refId: row.ref_id,
    title: highlightTitle(row.title, terms),
    snippet: snippetOf(row.body, terms),
    unitId: row.unit_id,
    unitName: row.unit_name,
    date: row.date,
    visibility: Number(row.is_public) === 1 ? 'public' : 'internal',
    link: row.link,
  };
}
