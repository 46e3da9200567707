import { decide, hasRole, type Actor, type Decision } from '@fabutong/core';

/** A13.6, A13.7: the news office keeps the media registry and its qualification records. */
export const canManageMedia = (actor: Actor): Decision =>
  decide(hasRole(actor, 'news_office') || hasRole(actor, 'admin'), '只有区政府新闻办和系统管理员可以维护媒体资质库');
