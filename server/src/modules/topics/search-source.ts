/** A topic in the search index: its title, why now, and what it answers to. Internal to its unit (and the district roles). */
import { districtDate } from '@fabutong/core';
import type { SearchSource } from '../search/registry';

export const topicSearchSource: SearchSource = {
  kind: 'topic',
  async load(db, ids) {
    if (ids.length === 0) return [];
    const rows = await db.selectFrom('topics').select(['id', 'unit_id', 'title', 'why_now', 'links', 'proposed_at']).where('id', 'in', ids).execute();
    return rows.map((r) => ({
      refId: r.id,
      unitId: r.unit_id,
      date: districtDate(r.proposed_at),
      openToAll: false,
      title: r.title,
      text: [r.why_now, ...(JSON.parse(r.links) as { label: string }[]).map((l) => l.label)].join('\n'),
      link: `/topics?id=${r.id}`,
    }));
  },
};
