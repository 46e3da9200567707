/**
 * An opinion item in the search index: its title, what was seen, where it came from, the
 * unit's assessment and a reason not to respond. Never open to all (opinion items are
 * internal, and never on the portal): the responsible unit and the district roles read it, as
 * in `canReadItem`.
 *
 * An item not yet assigned belongs to no unit, and only the district roles read it. The index
 * files it under the district node — the region above the suggested unit, else the first
 * district — where those roles are granted: a unit's people, granted on their own unit, never
 * reach it.
 */
import { districtDate } from '@fabutong/core';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema';
import type { SearchSource } from '../search/registry';

/** The unit an unassigned item is filed under: the district over its suggested unit, else the first district (else the root). */
async function districtNodeOf(db: Kysely<Database>, suggestedPaths: (string | null)[]): Promise<(path: string | null) => number | undefined> {
  if (suggestedPaths.length === 0) return () => undefined;
  const regions = await db.selectFrom('units').select(['id', 'path']).where('kind', '=', 'district').orderBy('path').execute();
  const root = regions.length ? undefined : await db.selectFrom('units').select('id').where('parent_id', 'is', null).orderBy('id').executeTakeFirst();
  return (path) => (path !== null ? regions.find((r) => path.startsWith(r.path)) : undefined)?.id ?? regions[0]?.id ?? root?.id;
}

export const opinionSearchSource: SearchSource = {
  kind: 'opinion',
  async load(db, ids) {
    if (ids.length === 0) return [];
    const rows = await db
      .selectFrom('opinion_items')
      .leftJoin('units as suggested', 'suggested.id', 'opinion_items.suggested_unit_id')
      .select([
        'opinion_items.id',
        'opinion_items.unit_id',
        'opinion_items.title',
        'opinion_items.excerpt',
        'opinion_items.source',
        'opinion_items.trend_note',
        'opinion_items.no_response_reason',
        'opinion_items.first_seen_at',
        'suggested.path as suggested_path',
      ])
      .where('opinion_items.id', 'in', ids)
      .execute();
    const districtOf = await districtNodeOf(db, rows.filter((r) => r.unit_id === null).map((r) => r.suggested_path));
    return rows.flatMap((r) => {
      const unitId = r.unit_id ?? districtOf(r.suggested_path);
      if (unitId === undefined) return [];
      return [
        {
          refId: r.id,
          unitId,
          date: districtDate(r.first_seen_at),
          openToAll: false,
          title: r.title,
          text: [r.excerpt, r.source, r.trend_note, r.no_response_reason].filter((p): p is string => !!p && p.trim() !== '').join('\n'),
          link: `/opinions/${r.id}`,
        },
      ];
    });
  },
};
