/** Who may read, draft, approve and use a talking point (A9.3, A17): pure. */
import { decide, hasAnyRole, hasRole, type Actor, type Decision, type TalkingPointCapacity } from '@fabutong/core';

const READING_ROLES = ['news_office', 'leader', 'auditor', 'unit_editor', 'unit_approver'] as const;

export function talkingPointReadPaths(actor: Actor): (string | null)[] {
  return actor.grants.filter((g) => (READING_ROLES as readonly string[]).includes(g.role)).map((g) => g.unitPath);
}

export interface PointScope {
  unitPath: string;
  districtWide: boolean;
  /** Approved and quotable or district-wide: every user may read it. */
  openToAll: boolean;
}

/** Unit users read their units' lines; everyone reads the approved quotable and district-wide ones. */
export const canReadTalkingPoint = (actor: Actor, p: PointScope): Decision =>
  decide(p.openToAll || hasAnyRole(actor, READING_ROLES, p.unitPath), '无权查看其他单位的内部口径');

export const canDraftTalkingPoint = (actor: Actor, unitPath: string): Decision =>
  decide(hasAnyRole(actor, ['news_office', 'unit_editor', 'unit_approver'], unitPath), '只能为本人获授权的单位起草口径');

/** Drafter: the unit's editor or approver, or the news office. Approver: the unit's principal or spokesperson (its approver role) — the news office for a district-wide line. */
export function talkingPointCapacities(actor: Actor, p: Pick<PointScope, 'unitPath' | 'districtWide'>): Set<TalkingPointCapacity> {
  const caps = new Set<TalkingPointCapacity>();
  if (canDraftTalkingPoint(actor, p.unitPath).allowed) caps.add('drafter');
  if (p.districtWide ? hasRole(actor, 'news_office', p.unitPath) : hasRole(actor, 'unit_approver', p.unitPath)) caps.add('approver');
  return caps;
}

/** Whoever works on releases somewhere records that they used a line they may read. */
export const canRecordUse = (actor: Actor): Decision =>
  decide(hasAnyRole(actor, ['news_office', 'unit_editor', 'unit_approver']), '只有新闻发布工作人员可以登记口径的使用');
