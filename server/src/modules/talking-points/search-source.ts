/**
 * A talking point in the search index: subject, questions, answer and facts. Open to every
 * user once approved and either quotable or district-wide (a line all units are to use);
 * drafts and internal lines stay within the owning unit (and the district roles).
 */
import type { SearchSource } from '../search/registry';

export const talkingPointSearchSource: SearchSource = {
  kind: 'talking_point',
  async load(db, ids) {
    if (ids.length === 0) return [];
    const rows = await db
      .selectFrom('talking_points')
      .select(['id', 'unit_id', 'district_wide', 'subject', 'questions', 'answer', 'facts', 'effective_from', 'status', 'sensitivity'])
      .where('id', 'in', ids)
      .execute();
    return rows.map((r) => ({
      refId: r.id,
      unitId: r.unit_id,
      date: r.effective_from,
      openToAll: r.status === 'approved' && (r.sensitivity === 'quotable' || r.district_wide === 1),
      title: r.subject,
      text: [...(JSON.parse(r.questions) as string[]), r.answer, r.facts].join('\n'),
      link: `/talking-points?id=${r.id}`,
    }));
  },
};
