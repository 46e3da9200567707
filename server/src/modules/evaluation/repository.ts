import { EVALUATED_UNIT_KINDS } from '@fabutong/core';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema';

type Db = Kysely<Database>;

// ---------------------------------------------------------------- evaluations

export function allEvaluations(db: Db) {
  return evaluations(db).orderBy('evaluations.year', 'desc').execute();
}

function evaluations(db: Db) {
  return db
    .selectFrom('evaluations')
    .leftJoin('users as decider', 'decider.id', 'evaluations.decided_by')
    .selectAll('evaluations')
    .select((eb) => [
      'decider.display_name as decided_by_name',
      eb.selectFrom('evaluation_publications').whereRef('evaluation_publications.evaluation_id', '=', 'evaluations.id').select((e) => e.fn.countAll<number>().as('n')).as('versions'),
      eb.selectFrom('evaluation_publications').whereRef('evaluation_publications.evaluation_id', '=', 'evaluations.id').select((e) => e.fn.max('published_at').as('p')).as('published_at'),
    ]);
}

export function findEvaluation(db: Db, id: number) {
  return evaluations(db).where('evaluations.id', '=', id).executeTakeFirst();
}

export type EvaluationRow = NonNullable<Awaited<ReturnType<typeof findEvaluation>>>;

export function findEvaluationByYear(db: Db, year: number) {
  return db.selectFrom('evaluations').select('id').where('year', '=', year).executeTakeFirst();
}

export function evaluatedUnits(db: Db) {
  return db
    .selectFrom('units')
    .select(['id', 'name', 'path', 'kind'])
    .where('active', '=', 1)
    .where('kind', 'in', [...EVALUATED_UNIT_KINDS])
    .orderBy('sort_order')
    .orderBy('id')
    .execute();
}

export function entriesOf(db: Db, evaluationId: number) {
  return db
    .selectFrom('evaluation_entries')
    .leftJoin('users as reviewer', 'reviewer.id', 'evaluation_entries.reviewed_by')
    .selectAll('evaluation_entries')
    .select('reviewer.display_name as reviewed_by_name')
    .where('evaluation_id', '=', evaluationId)
    .execute();
}

export type EntryRow = Awaited<ReturnType<typeof entriesOf>>[number];

export function publicationsOf(db: Db, evaluationId: number) {
  return db
    .selectFrom('evaluation_publications')
    .leftJoin('users', 'users.id', 'evaluation_publications.published_by')
    .selectAll('evaluation_publications')
    .select('users.display_name as published_by_name')
    .where('evaluation_id', '=', evaluationId)
    .orderBy('version', 'desc')
    .execute();
}

export type PublicationRow = Awaited<ReturnType<typeof publicationsOf>>[number];

export function publicationsOfYear(db: Db, year: number) {
  return db
    .selectFrom('evaluation_publications')
    .leftJoin('users', 'users.id', 'evaluation_publications.published_by')
    .selectAll('evaluation_publications')
    .select('users.display_name as published_by_name')
    .where('year', '=', year)
    .orderBy('version', 'desc')
    .execute();
}

export async function publishedYears(db: Db): Promise<number[]> {
  return (await db.selectFrom('evaluation_publications').select('year').distinct().orderBy('year', 'desc').execute()).map((r) => r.year);
}

// ---------------------------------------------------------------- what the sources read

export function submittedConferences(db: Db, year: number, unitIds: number[]) {
  if (unitIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('conferences')
    .select(['id', 'unit_id', 'title', 'conference_date', 'submission_date'])
    .where('kind', '=', 'regular')
    .where('submission_date', 'is not', null)
    .where('conference_date', '>=', `${year}-01-01`)
    .where('conference_date', '<=', `${year}-12-31`)
    .where('unit_id', 'in', unitIds)
    .orderBy('conference_date')
    .execute();
}

export function incidentsBetween(db: Db, from: string, to: string, unitIds: number[]) {
  if (unitIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('incidents')
    .select(['id', 'title', 'grade', 'occurred_at', 'major_casualties_or_impact', 'responsible_unit_id'])
    .where('occurred_at', '>=', from)
    .where('occurred_at', '<', to)
    .where('responsible_unit_id', 'in', unitIds)
    .orderBy('occurred_at')
    .execute();
}

export async function opinionItemsBetween(db: Db, from: string, to: string, unitIds: number[]) {
  if (unitIds.length === 0) return [];
  return db
    .selectFrom('opinion_items')
    .select(['id', 'title', 'level', 'first_seen_at', 'status', 'unit_id', 'response_release_id'])
    .where('first_seen_at', '>=', from)
    .where('first_seen_at', '<', to)
    .where('unit_id', 'in', unitIds)
    .orderBy('first_seen_at')
    .execute();
}

export function assignmentsDueBetween(db: Db, from: string, to: string, unitIds: number[]) {
  if (unitIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('hot_topic_assignments')
    .innerJoin('hot_topics', 'hot_topics.id', 'hot_topic_assignments.topic_id')
    .leftJoin('releases', 'releases.id', 'hot_topic_assignments.release_id')
    .select([
      'hot_topic_assignments.id',
      'hot_topic_assignments.topic_id',
      'hot_topic_assignments.unit_id',
      'hot_topic_assignments.task',
      'hot_topic_assignments.due_at',
      'hot_topics.title as topic_title',
      'releases.status as release_status',
      'releases.starts_at as release_starts_at',
    ])
    .where('hot_topic_assignments.due_at', '>=', from)
    .where('hot_topic_assignments.due_at', '<', to)
    .where('hot_topic_assignments.unit_id', 'in', unitIds)
    .execute();
}

export function confirmedViolations(db: Db, from: string, to: string, unitIds: number[]) {
  if (unitIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('violations')
    .select(['id', 'unit_id', 'kind', 'summary', 'detected_at', 'decided_at'])
    .where('status', '=', 'confirmed')
    .where('detected_at', '>=', from)
    .where('detected_at', '<', to)
    .where('unit_id', 'in', unitIds)
    .execute();
}

/** What the A16 export counts per unit: the year's releases by form and category. */
export function releasesOfYear(db: Db, year: number, statuses: readonly string[]) {
  return db
    .selectFrom('releases')
    .select(['unit_id', 'form', 'categories'])
    .where('release_date', '>=', `${year}-01-01`)
    .where('release_date', '<=', `${year}-12-31`)
    .where('status', 'in', [...statuses])
    .execute();
}

/** A15.2: conferences whose review by the news office fell due in the year, with what ended the review early (a refusal) or cut it short (a withdrawal). */
export async function reviewedConferences(db: Db, year: number, unitIds: number[]) {
  if (unitIds.length === 0) return [];
  const rows = await db
    .selectFrom('conferences')
    .select(['id', 'unit_id', 'title', 'status', 'submission_date', 'review_due', 'review_passed_at'])
    .where('review_due', 'is not', null)
    .where('review_due', '>=', `${year}-01-01`)
    .where('review_due', '<=', `${year}-12-31`)
    .where('unit_id', 'in', unitIds)
    .orderBy('review_due')
    .orderBy('id')
    .execute();
  const decisions = rows.length
    ? await db
        .selectFrom('conference_decisions')
        .select(['conference_id', 'step', 'decision', 'created_at'])
        .where(
          'conference_id',
          'in',
          rows.map((r) => r.id),
        )
        .where((eb) => eb.or([eb.and([eb('step', '=', 'review'), eb('decision', '=', 'refused')]), eb('decision', '=', 'withdrawn')]))
        .orderBy('created_at')
        .execute()
    : [];
  const first = (id: number, decision: string) => decisions.find((d) => d.conference_id === id && d.decision === decision)?.created_at ?? null;
  return rows.map((r) => ({ ...r, review_due: r.review_due!, refused_at: first(r.id, 'refused'), withdrawn_at: first(r.id, 'withdrawn') }));
}

/** Releases of the year that took place (held or published), with how many reports of them were recorded (A15.6). */
export async function releasesWithCoverage(db: Db, year: number, unitIds: number[]) {
  if (unitIds.length === 0) return [];
  const rows = await db
    .selectFrom('releases')
    .select((eb) => [
      'releases.id',
      'releases.unit_id',
      'releases.title',
      'releases.release_date',
      eb.selectFrom('release_coverage').whereRef('release_coverage.release_id', '=', 'releases.id').select((e) => e.fn.countAll<number>().as('n')).as('coverage'),
    ])
    .where('releases.status', 'in', ['held', 'published'])
    .where('releases.release_date', '>=', `${year}-01-01`)
    .where('releases.release_date', '<=', `${year}-12-31`)
    .where('releases.unit_id', 'in', unitIds)
    .orderBy('releases.release_date')
    .orderBy('releases.id')
    .execute();
  return rows.map((r) => ({ ...r, coverage: Number(r.coverage ?? 0) }));
}
