import { decide, hasRole, type Actor, type Decision } from '@fabutong/core';

/** A15.5: the news office keeps the list of venues that meet the standard. */
export const canManageVenues = (actor: Actor): Decision => decide(hasRole(actor, 'news_office'), '只有区政府新闻办可以登记发布会场地');
