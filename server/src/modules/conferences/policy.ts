/**
 * Who is what to one application (A15, A17). Pure: the actor's posts today come in as data.
 * Approvers are users linked to the person holding the post; a district leader's opinion may
 * be entered by the news office from the signed paper form, and is recorded as such.
 */
import {
  decide,
  hasAnyRole,
  hasRole,
  type Actor,
  type ApprovalStep,
  type ConferenceCapacity,
  type Decision,
} from '@fabutong/core';

export interface ConferenceContext {
  unitId: number;
  unitPath: string;
  /** The step of A15.3 awaiting approval, or null outside content approval. */
  step: ApprovalStep | null;
  chargeLeaderPersonId: number | null;
}

/** The posts the actor's linked person holds today. */
export type ActorPosts = readonly { unitId: number; post: string; unitKind: string }[];

const LEADER_STEPS: readonly ApprovalStep[] = ['vice_district_head', 'district_head'];

export function capacitiesOf(actor: Actor, c: ConferenceContext, posts: ActorPosts): Set<ConferenceCapacity> {
  const caps = new Set<ConferenceCapacity>();
  const unitRole = hasAnyRole(actor, ['unit_editor', 'unit_approver'], c.unitPath);
  const holds = (post: string, unitId?: number) => posts.some((p) => p.post === post && (unitId === undefined || p.unitId === unitId));
  if (unitRole) caps.add('unit_editor');
  if (hasRole(actor, 'unit_approver', c.unitPath) && holds('principal', c.unitId)) caps.add('unit_principal');
  if (hasRole(actor, 'news_office', c.unitPath)) caps.add('news_office');
  if (isStepApprover(actor, c, posts)) caps.add('step_approver');
  return caps;
}

function isStepApprover(actor: Actor, c: ConferenceContext, posts: ActorPosts): boolean {
  if (c.step === null) return false;
  if (c.step === 'unit') {
    return hasAnyRole(actor, ['unit_editor', 'unit_approver'], c.unitPath) && posts.some((p) => p.unitId === c.unitId && (p.post === 'principal' || p.post === 'spokesperson'));
  }
  if (hasRole(actor, 'news_office', c.unitPath)) return true;
  if (!hasRole(actor, 'leader', c.unitPath)) return false;
  if (c.step === 'vice_district_head') {
    return actor.personId !== null && actor.personId === c.chargeLeaderPersonId && posts.some((p) => p.unitKind === 'district_gov' && ['vice_district_head', 'standing_vice_district_head'].includes(p.post));
  }
  return posts.some((p) => p.unitKind === 'district_gov' && p.post === 'district_head');
}

/** The news office enters a leader's opinion for them (代为录入), unless the leader acts in person. */
export function actsOnBehalf(actor: Actor, c: ConferenceContext, posts: ActorPosts): boolean {
  if (c.step === null || !LEADER_STEPS.includes(c.step)) return false;
  const inPerson = hasRole(actor, 'leader', c.unitPath) && isStepApprover({ ...actor, grants: actor.grants.filter((g) => g.role !== 'news_office') }, c, posts);
  return !inPerson && hasRole(actor, 'news_office', c.unitPath);
}

/** A17: unit users read their own units' applications; the district roles read all. */
export const canReadConference = (actor: Actor, unitPath: string): Decision =>
  decide(hasAnyRole(actor, ['news_office', 'leader', 'auditor', 'unit_editor', 'unit_approver'], unitPath), '无权查看其他单位的新闻发布会申报');

/** A17: a unit drafts for itself only. */
export const canDraftConference = (actor: Actor, unitPath: string): Decision =>
  decide(hasAnyRole(actor, ['unit_editor', 'unit_approver'], unitPath), '只能为本人获授权的单位申报新闻发布会');

/** The news office runs review, announcement, broadcast and timed series (A7, A15.2, A15.6, A15.7). */
export const canRunConferences = (actor: Actor, unitPath?: string): Decision =>
  decide(hasRole(actor, 'news_office', unitPath), '只有区政府新闻办可以进行此操作');
