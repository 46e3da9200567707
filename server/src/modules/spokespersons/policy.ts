import { decide, hasRole, type Actor, type Decision } from '@fabutong/core';

/** A8.3: the news office publishes the list every year. */
export const canPublishList = (actor: Actor): Decision => decide(hasRole(actor, 'news_office'), '只有区政府新闻办可以公布新闻发言人名单');
