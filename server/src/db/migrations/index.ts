/**
 * Migrations, in order. Each file is frozen once it has landed: a change to the schema is
 * a new file named by its UTC timestamp. Listed here rather than read from disk so that the
 * bundled server carries them.
 */
import type { Migration } from 'kysely';
import * as foundation from './20261126T120000_foundation';
import * as unitsPeopleCalendar from './20261126T130000_units_people_calendar';
import * as releasesMedia from './20261126T140000_releases_media';
import * as liveEvents from './20261126T150000_live_events';
import * as quotaIndexes from './20261126T150100_quota_indexes';
import * as incidents from './20261126T160000_incidents';
import * as conferences from './20261126T170000_conferences';
import * as topicsTalkingPoints from './20261126T180000_topics_talking_points';
import * as search from './20261126T180100_search';
import * as opinions from './20261126T190000_opinions';
import * as evaluation from './20261127T000000_evaluation';
import * as opinionSearch from './20261127T020000_opinion_search';
import * as leaderInCharge from './20261127T030000_leader_in_charge';
import * as releaseQuotaIndex from './20261127T040000_release_quota_index';
import * as changeCounters from './20261127T050000_change_counters';

export const migrations: Record<string, Migration> = {
  '20261126T120000_foundation': foundation,
  '20261126T130000_units_people_calendar': unitsPeopleCalendar,
  '20261126T140000_releases_media': releasesMedia,
  '20261126T150000_live_events': liveEvents,
  '20261126T150100_quota_indexes': quotaIndexes,
  '20261126T160000_incidents': incidents,
  '20261126T170000_conferences': conferences,
  '20261126T180000_topics_talking_points': topicsTalkingPoints,
  '20261126T180100_search': search,
  '20261126T190000_opinions': opinions,
  '20261127T000000_evaluation': evaluation,
  '20261127T020000_opinion_search': opinionSearch,
  '20261127T030000_leader_in_charge': leaderInCharge,
  '20261127T040000_release_quota_index': releaseQuotaIndex,
  '20261127T050000_change_counters': changeCounters,
};
