/**
 * Items that arrive by themselves — pulled from a feed or pushed by a vendor — go through one
 * door: the same item seen twice (by link, or by a near-identical title within a week) is kept
 * once, and the keyword rules suggest the responsible unit and name the words that matched.
 */
import { linkKey, matchKeywordRule, nearIdenticalTitles, titleKey } from '@fabutong/core';
import type { Kysely } from 'kysely';
import { audit } from '../../audit';
import type { AppContext } from '../../context';
import type { Database } from '../../db/schema';
import * as repo from './repository';

const WEEK_MS = 7 * 24 * 3_600_000;

export interface Sighting {
  title: string;
  link: string | null;
  /** The site, account or feed it appeared on. */
  source: string;
  sourceKind: 'feed' | 'vendor';
  feedId?: number;
  vendorId?: number;
  firstSeenAt: string;
  excerpt: string;
  /** Words the vendor says it matched on. */
  keywords?: string[];
}

export type IngestResult = { status: 'created'; id: number } | { status: 'duplicate'; id: number } | { status: 'unmatched' };

type Rule = Awaited<ReturnType<typeof repo.enabledRules>>[number];

/** The rules that match, in their order: the first names the suggested unit. */
export function applyRules(rules: Rule[], text: string): { unitId: number | null; keywords: string[] } {
  const keywords: string[] = [];
  let unitId: number | null = null;
  for (const rule of rules) {
    const m = matchKeywordRule({ expression: rule.expression, exclusions: JSON.parse(rule.exclusions) as string[] }, text);
    if (!m.matched) continue;
    unitId ??= rule.unit_id;
    for (const k of m.keywords) if (!keywords.includes(k)) keywords.push(k);
  }
  return { unitId, keywords };
}

/** An earlier item this sighting repeats, if any. */
export async function duplicateOf(db: Kysely<Database>, title: string, link: string | null, seenAt: string): Promise<number | null> {
  if (link) {
    const same = await repo.findByLinkKey(db, linkKey(link));
    if (same) return same.id;
  }
  const key = titleKey(title);
  const recent = await repo.recentTitles(db, new Date(Date.parse(seenAt) - WEEK_MS).toISOString());
  return (recent.find((r) => r.title_key === key) ?? recent.find((r) => nearIdenticalTitles(r.title, title)))?.id ?? null;
}

/**
 * Records a sighting in the caller's transaction. A feed's item is kept only when a keyword
 * rule matches (feeds carry everything); a vendor's always (the vendor has filtered already).
 */
export async function ingest(app: AppContext, trx: Kysely<Database>, s: Sighting, rules: Rule[]): Promise<IngestResult> {
  const dup = await duplicateOf(trx, s.title, s.link, s.firstSeenAt);
  if (dup !== null) return { status: 'duplicate', id: dup };
  const matched = applyRules(rules, `${s.title}\n${s.excerpt}`);
  if (s.sourceKind === 'feed' && matched.unitId === null) return { status: 'unmatched' };
  const keywords = [...new Set([...matched.keywords, ...(s.keywords ?? [])])];
  const at = app.now().toISOString();
  const row = await trx
    .insertInto('opinion_items')
    .values({
      title: s.title,
      title_key: titleKey(s.title),
      source_kind: s.sourceKind,
      channel: 'online',
      source: s.source,
      link: s.link,
      link_key: s.link ? linkKey(s.link) : null,
      feed_id: s.feedId ?? null,
      vendor_id: s.vendorId ?? null,
      first_seen_at: new Date(s.firstSeenAt).toISOString(),
      excerpt: s.excerpt,
      matched_keywords: JSON.stringify(keywords),
      suggested_unit_id: matched.unitId,
      unit_id: null,
      assigned_by: null,
      assigned_at: null,
      level: null,
      sensitivity: null,
      trend_note: null,
      assessed_by: null,
      assessed_at: null,
      status: 'new',
      response_release_id: null,
      no_response_reason: null,
      closed_by: null,
      closed_at: null,
      reported_by: null,
      created_at: at,
      updated_at: at,
    })
    .onConflict((oc) => oc.column('link_key').doNothing())
    .returning('id')
    .executeTakeFirst();
  // Another server stored the same link a moment ago.
  if (!row) return { status: 'duplicate', id: (await repo.findByLinkKey(trx, linkKey(s.link!)))!.id };
  await audit(app, { actor: null, ip: null }, trx, {
    action: 'opinion.ingest',
    entity: 'opinion_item',
    entityId: row.id,
    after: { title: s.title, link: s.link, source: s.source, sourceKind: s.sourceKind, feedId: s.feedId, vendorId: s.vendorId, keywords, suggestedUnitId: matched.unitId },
  });
  return { status: 'created', id: row.id };
}
