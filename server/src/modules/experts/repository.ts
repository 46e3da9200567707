import type { Kysely } from 'kysely';
import { containsText } from '../../db/dialect';
import type { Database } from '../../db/schema';

type Db = Kysely<Database>;

export function listExperts(db: Db, f: { field?: string; kind?: string; q?: string; includeInactive: boolean }) {
  return db
    .selectFrom('experts')
    .selectAll()
    .$if(!f.includeInactive, (qb) => qb.where('active', '=', 1))
    .$if(f.kind !== undefined, (qb) => qb.where('kind', '=', f.kind!))
    // Fields are a JSON array of strings: a field is found inside its quotes, in part or whole.
    .$if(!!f.field, (qb) => qb.where((eb) => containsText(db, eb.ref('fields'), f.field!)))
    .$if(!!f.q, (qb) => qb.where((eb) => eb.or([containsText(db, eb.ref('name'), f.q!), containsText(db, eb.ref('affiliation'), f.q!)])))
    .orderBy('name')
    .execute();
}

export function findExpert(db: Db, id: number) {
  return db.selectFrom('experts').selectAll().where('id', '=', id).executeTakeFirst();
}

export function consultationsOf(db: Db, expertId: number) {
  return db
    .selectFrom('opinion_consultation_experts')
    .innerJoin('opinion_consultations', 'opinion_consultations.id', 'opinion_consultation_experts.consultation_id')
    .innerJoin('opinion_items', 'opinion_items.id', 'opinion_consultations.item_id')
    .select([
      'opinion_consultations.id as consultation_id',
      'opinion_items.id as item_id',
      'opinion_items.title as item_title',
      'opinion_consultations.question',
      'opinion_consultation_experts.opinion',
      'opinion_consultations.created_at',
    ])
    .where('opinion_consultation_experts.expert_id', '=', expertId)
    .orderBy('opinion_consultations.created_at', 'desc')
    .execute();
}

/** A5.2: the policy interpretations the expert's person took part in. */
export function interpretationsOf(db: Db, personId: number) {
  return db
    .selectFrom('release_participants')
    .innerJoin('releases', 'releases.id', 'release_participants.release_id')
    .select(['releases.id', 'releases.title', 'releases.release_date', 'release_participants.part'])
    .where('release_participants.person_id', '=', personId)
    .where('releases.categories', 'like', '%"policy_interpretation"%')
    .orderBy('releases.release_date', 'desc')
    .execute();
}
