/**
 * Who may do what to a topic (A9.2, A14, A17): pure. The spokesperson or the press section
 * proposes (a unit's editor or approver), the principal endorses (the unit's approver), the news
 * office accepts, merges or declines, and an accepted topic is started by the unit or the news office.
 */
import { decide, hasAnyRole, hasRole, type Actor, type Decision, type TopicAction, type TopicStatus } from '@fabutong/core';

const UNIT_ROLES = ['unit_editor', 'unit_approver'] as const;

export const canReadTopic = (actor: Actor, unitPath: string): Decision =>
  decide(hasAnyRole(actor, ['news_office', 'leader', 'auditor', ...UNIT_ROLES], unitPath), '无权查看其他单位的发布选题');

export const canProposeTopic = (actor: Actor, unitPath: string): Decision =>
  decide(hasAnyRole(actor, ['news_office', ...UNIT_ROLES], unitPath), '只能为本人获授权的单位提出发布选题');

type Capacity = 'proposer' | 'unit' | 'principal' | 'news_office';

/** `proposedBy`: who proposed the topic — they may change or withdraw it; so may its unit. */
function capacitiesOf(actor: Actor, unitPath: string, proposedBy: number | null): Set<Capacity> {
  const caps = new Set<Capacity>();
  if (hasAnyRole(actor, ['news_office', ...UNIT_ROLES], unitPath)) caps.add('proposer');
  if (hasAnyRole(actor, UNIT_ROLES, unitPath) || (proposedBy !== null && proposedBy === actor.userId)) caps.add('unit');
  if (hasRole(actor, 'unit_approver', unitPath)) caps.add('principal');
  if (hasRole(actor, 'news_office', unitPath)) caps.add('news_office');
  return caps;
}

const RULES: Record<TopicAction, { from: readonly TopicStatus[]; by: readonly Capacity[]; refusal: string }> = {
  edit: { from: ['proposed'], by: ['unit'], refusal: '只能修改本单位或本人提出的选题' },
  endorse: { from: ['proposed'], by: ['principal'], refusal: '选题须由本单位主要负责人（单位审批人）审核同意' },
  withdraw: { from: ['proposed', 'endorsed'], by: ['unit'], refusal: '只能撤回本单位或本人提出的选题；新闻办可不予采纳' },
  accept: { from: ['endorsed'], by: ['news_office'], refusal: '只有区政府新闻办可以将选题纳入全区选题库' },
  merge: { from: ['endorsed', 'accepted'], by: ['news_office'], refusal: '只有区政府新闻办可以合并选题' },
  decline: { from: ['endorsed'], by: ['news_office'], refusal: '只有区政府新闻办可以不予采纳选题' },
  start_release: { from: ['accepted'], by: ['proposer'], refusal: '只能为本人获授权的单位启动发布' },
  start_conference: { from: ['accepted'], by: ['proposer'], refusal: '只能为本人获授权的单位启动新闻发布会申报' },
};

const STATUS_WORDS: Record<TopicStatus, string> = {
  proposed: '待主要负责人审核',
  endorsed: '待新闻办受理',
  accepted: '已入选题库',
  merged: '已合并',
  declined: '未采纳',
  withdrawn: '已撤回',
  started: '已启动',
};

const ACTION_WORDS: Record<TopicAction, string> = {
  edit: '修改',
  endorse: '审核同意',
  withdraw: '撤回',
  accept: '纳入选题库',
  merge: '合并',
  decline: '不予采纳',
  start_release: '启动发布',
  start_conference: '转为新闻发布会申报',
};

/** The caller's right to act (403 when refused), and whether the topic's state allows it (409). */
export function topicTransition(
  actor: Actor,
  topic: { unitPath: string; status: TopicStatus; proposedBy: number | null },
  action: TopicAction,
): { decision: Decision; illegal: string | null } {
  const rule = RULES[action];
  const caps = capacitiesOf(actor, topic.unitPath, topic.proposedBy);
  const status = topic.status;
  return {
    decision: decide(
      rule.by.some((c) => caps.has(c)),
      rule.refusal,
    ),
    illegal: rule.from.includes(status) ? null : `选题当前为“${STATUS_WORDS[status]}”，不能${ACTION_WORDS[action]}`,
  };
}

/** The actions open to the caller now. */
export function topicActions(actor: Actor, topic: { unitPath: string; status: TopicStatus; proposedBy: number | null }): TopicAction[] {
  return (Object.keys(RULES) as TopicAction[]).filter((a) => {
    const t = topicTransition(actor, topic, a);
    return t.decision.allowed && t.illegal === null;
  });
}
