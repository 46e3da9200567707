/** The expert pool (A13.5): policy makers, field experts, media experts; searched by field; their history. */
import { PARTICIPANT_PART_LABELS, type ExpertBody, type ExpertKind, type ExpertView, type ParticipantPart } from '@fabutong/core';
import type { Selectable } from 'kysely';
import { audit } from '../../audit';
import { authorize } from '../../authorize';
import type { AppContext, RequestContext } from '../../context';
import type { ExpertTable } from '../../db/schema';
import { badRequest, notFound } from '../../errors';
import { canManageExperts, canReadExperts } from './policy';
import * as repo from './repository';

export function presentExpert(row: Selectable<ExpertTable>): ExpertView {
  return {
    id: row.id,
    name: row.name,
    affiliation: row.affiliation,
    kind: row.kind as ExpertKind,
    fields: JSON.parse(row.fields) as string[],
    contact: row.contact,
    availability: row.availability,
    personId: row.person_id,
    active: row.active === 1,
  };
}

export async function listExperts(app: AppContext, rc: RequestContext, query: { field?: string; kind?: string; q?: string; includeInactive?: '0' | '1' }) {
  await authorize(app, rc, canReadExperts(rc.actor), 'experts.read');
  return (await repo.listExperts(app.db, { ...query, includeInactive: query.includeInactive === '1' })).map(presentExpert);
}

export async function saveExpert(app: AppContext, rc: RequestContext, id: number | null, input: ExpertBody): Promise<ExpertView> {
  await authorize(app, rc, canManageExperts(rc.actor), id ? 'experts.update' : 'experts.create');
  const before = id ? await repo.findExpert(app.db, id) : undefined;
  if (id && !before) throw notFound('专家');
  if (input.personId && !(await app.db.selectFrom('people').select('id').where('id', '=', input.personId).executeTakeFirst())) {
    throw badRequest('人员不存在', [{ path: 'personId', message: '人员不存在' }]);
  }
  const at = app.now().toISOString();
  const values = {
    name: input.name,
    affiliation: input.affiliation,
    kind: input.kind,
    fields: JSON.stringify([...new Set(input.fields)]),
    contact: input.contact,
    availability: input.availability,
    person_id: input.personId,
    active: input.active ? 1 : 0,
    updated_at: at,
  };
  const savedId = await app.db.transaction().execute(async (trx) => {
    const saved = id
      ? (await trx.updateTable('experts').set(values).where('id', '=', id).returning('id').executeTakeFirstOrThrow()).id
      : (await trx.insertInto('experts').values({ ...values, created_at: at }).returning('id').executeTakeFirstOrThrow()).id;
    await audit(app, rc, trx, { action: id ? 'expert.update' : 'expert.create', entity: 'expert', entityId: saved, before: before && presentExpert(before), after: input });
    return saved;
  });
  return presentExpert((await repo.findExpert(app.db, savedId))!);
}

export async function expertHistory(app: AppContext, rc: RequestContext, id: number) {
  await authorize(app, rc, canReadExperts(rc.actor), 'experts.read');
  const row = await repo.findExpert(app.db, id);
  if (!row) throw notFound('专家');
  const [consultations, interpretations] = await Promise.all([repo.consultationsOf(app.db, id), row.person_id ? repo.interpretationsOf(app.db, row.person_id) : []]);
  return {
    expert: presentExpert(row),
    consultations: consultations.map((c) => ({ consultationId: c.consultation_id, itemId: c.item_id, itemTitle: c.item_title, question: c.question, opinion: c.opinion, invitedAt: c.created_at })),
    interpretations: interpretations.map((r) => ({ releaseId: r.id, title: r.title, date: r.release_date, part: PARTICIPANT_PART_LABELS[r.part as ParticipantPart] ?? r.part })),
  };
}
