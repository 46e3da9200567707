import { decide, hasRole, type Actor, type Decision } from '@fabutong/core';

/** The news office enters each year's schedule when the State Council publishes it. */
export const canEditCalendar = (actor: Actor): Decision =>
  decide(hasRole(actor, 'news_office') || hasRole(actor, 'admin'), '只有区政府新闻办和系统管理员可以维护工作日历');
