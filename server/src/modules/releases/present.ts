import type { ContentCategory, ReleaseView } from '@fabutong/core';
import type { ReleaseRow } from '../../db/schema';

type Participant = { release_id: number; person_id: number; part: string; name: string };

export function presentParticipants(rows: Participant[]): ReleaseView['participants'] {
  return rows.map((p) => ({ personId: p.person_id, personName: p.name, part: p.part as ReleaseView['participants'][number]['part'] }));
}

export function presentSummary(row: ReleaseRow & { unit_name: string }, participants: Participant[]) {
  return {
    id: row.id,
    unitId: row.unit_id,
    unitName: row.unit_name,
    title: row.title,
    form: row.form as ReleaseView['form'],
    categories: JSON.parse(row.categories) as ContentCategory[],
    organizer: row.organizer as ReleaseView['organizer'],
    inNameOf: row.in_name_of as ReleaseView['inNameOf'],
    startsAt: row.starts_at,
    date: row.release_date,
    status: row.status as ReleaseView['status'],
    isPublic: Boolean(row.is_public),
    participants: presentParticipants(participants),
  };
}
