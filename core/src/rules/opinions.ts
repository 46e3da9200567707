/**
 * N61 (国办发〔2016〕61号): a government-related opinion item that needs a response is
 * answered within 48 hours of being found. The clock runs for items assessed at a level
 * the rule set names (significant or major), when the rule set has the switch on; it reads
 * like the incident clocks (see `incidents.ts` for met, late and overdue).
 */
import type { RuleSet } from './ruleset';
import type { OpinionLevel } from './vocabulary';
import { deadlineClock, type ClockRelease, type DeadlineClock } from './incidents';

export interface OpinionClockInput {
  /** The A13.2 assessment; null while not yet assessed. */
  level: OpinionLevel | null;
  /** ISO instant the item was first seen (发现). */
  firstSeenAt: string;
  ruleSet: RuleSet;
  now: string;
  /** Responses to the item: releases or other published answers. */
  responses: readonly ClockRelease[];
}

export function opinionClocks(input: OpinionClockInput): DeadlineClock<'N61'>[] {
  const clock = input.ruleSet.opinionClock;
  if (!clock.enabled || input.level === null || !clock.levels.includes(input.level)) return [];
  return [deadlineClock(clock.rule, input.firstSeenAt, clock.hours, input.now, input.responses, null)];
}
