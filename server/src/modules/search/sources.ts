/** The search documents of releases and incidents (their modules own the tables; the search module reads them). */
import { districtDate } from '@fabutong/core';
import type { SearchSource } from './registry';

const paragraphs = (...parts: (string | null)[]) => parts.filter((p): p is string => !!p && p.trim() !== '').join('\n');

/** Title, summary, text and transcript. Open to all once it went out public with its confidentiality review (as on the portal). */
export const releaseSearchSource: SearchSource = {
  kind: 'release',
  async load(db, ids) {
    if (ids.length === 0) return [];
    const rows = await db
      .selectFrom('releases')
      .select(['id', 'unit_id', 'title', 'summary', 'body', 'transcript', 'release_date', 'status', 'is_public', 'confidentiality_reviewed_at'])
      .where('id', 'in', ids)
      .execute();
    return rows.map((r) => ({
      refId: r.id,
      unitId: r.unit_id,
      date: r.release_date,
      openToAll: ['held', 'published'].includes(r.status) && r.is_public === 1 && r.confidentiality_reviewed_at !== null,
      title: r.title,
      text: paragraphs(r.summary, r.body, r.transcript),
      link: `/releases/${r.id}`,
    }));
  },
};

/** Title, place and summary (its rolling updates are releases, indexed as such). Open to all when marked public. */
export const incidentSearchSource: SearchSource = {
  kind: 'incident',
  async load(db, ids) {
    if (ids.length === 0) return [];
    const rows = await db
      .selectFrom('incidents')
      .select(['id', 'responsible_unit_id', 'title', 'location', 'summary', 'field_command', 'occurred_at', 'is_public'])
      .where('id', 'in', ids)
      .execute();
    return rows.map((r) => ({
      refId: r.id,
      unitId: r.responsible_unit_id,
      date: districtDate(r.occurred_at),
      openToAll: r.is_public === 1,
      title: r.title,
      text: paragraphs(r.location, r.field_command, r.summary),
      link: `/incidents/${r.id}`,
    }));
  },
};
