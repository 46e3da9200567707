import { decide, hasAnyRole, type Actor, type Decision } from '@fabutong/core';

/** A17: a release is created and changed within the units granted, by their press section, approver or the news office. */
export const canWriteRelease = (actor: Actor, unitPath: string): Decision =>
  decide(hasAnyRole(actor, ['news_office', 'unit_editor', 'unit_approver'], unitPath), '只能为本人获授权的单位登记新闻发布活动');

/** Unit users read their own units' releases; the district roles read all. */
export const canReadRelease = (actor: Actor, unitPath: string): Decision =>
  decide(hasAnyRole(actor, ['news_office', 'leader', 'auditor', 'unit_editor', 'unit_approver'], unitPath), '无权查看其他单位的新闻发布活动');
