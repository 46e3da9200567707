/**
 * The sources of the search index. Each module whose records are searchable contributes one:
 * its kind, and how to build the document of a record (text, unit, date, whether every user
 * may read it, where it opens). A migration adds the trigger that queues the source table's
 * changed rows (see migrations/20261126T180100_search.ts and, for opinion items,
 * 20261127T020000_opinion_search.ts); the module's service indexes its record in its own
 * transaction (`indexSearchDocuments`).
 */
import type { SearchKind } from '@fabutong/core';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema';
import { opinionSearchSource } from '../opinions/search-source';
import { talkingPointSearchSource } from '../talking-points/search-source';
import { topicSearchSource } from '../topics/search-source';
import { incidentSearchSource, releaseSearchSource } from './sources';

export interface SourceDocument {
  refId: number;
  unitId: number;
  /** The record's date (`YYYY-MM-DD`): results are sorted and filtered by year by it. */
  date: string;
  /** May every user read it (a public release, an approved quotable line)? Otherwise only its unit and the district roles. */
  openToAll: boolean;
  title: string;
  /** The searchable text, paragraphs separated by newlines. */
  text: string;
  /** Where the record opens in the console, relative to /console. */
  link: string;
}

export interface SearchSource {
  kind: SearchKind;
  /** The documents of these records as they are now; a record not returned is gone, and leaves the index. */
  load(db: Kysely<Database>, ids: number[]): Promise<SourceDocument[]>;
}

export const SEARCH_SOURCES: readonly SearchSource[] = [releaseSearchSource, talkingPointSearchSource, topicSearchSource, incidentSearchSource, opinionSearchSource];

const KIND_CODES: Record<SearchKind, number> = { release: 1, talking_point: 2, topic: 3, incident: 4, opinion: 5 };
const DAY_MS = 86_400_000;

/** The document's key: day × 2³² + kind × 2²⁸ + record id, so key order is date order (and unique per record and date). */
export function searchKey(date: string, kind: SearchKind, refId: number): number {
  if (refId >= 2 ** 28) throw new RangeError(`record id too large for the search key: ${refId}`);
  const day = Math.max(0, Math.floor(Date.parse(`${date}T00:00:00Z`) / DAY_MS));
  return day * 2 ** 32 + KIND_CODES[kind] * 2 ** 28 + refId;
}
