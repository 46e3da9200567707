import { describe, expect, it } from 'vitest';
import { opinionClocks, type OpinionClockInput } from './opinions';
import { WULONG_2021 } from './ruleset';

const SEEN = '2026-08-01T01:00:00.000Z';
const clocks = (overrides: Partial<OpinionClockInput>) =>
  opinionClocks({ level: 'significant', firstSeenAt: SEEN, ruleSet: WULONG_2021, now: SEEN, responses: [], ...overrides });

describe('responding to an opinion item within 48 hours (N61)', () => {
  it.each(['significant', 'major'] as const)('starts a 48-hour clock for a %s item (N61)', (level) => {
    expect(clocks({ level })).toEqual([{ rule: 'N61', due: '2026-08-03T01:00:00.000Z', status: 'running', late: false }]);
  });

  it('starts no clock for a general item or one not yet assessed (N61)', () => {
    expect(clocks({ level: 'general' })).toEqual([]);
    expect(clocks({ level: null })).toEqual([]);
  });

  it('starts no clock when the rule set switches N61 off (N61)', () => {
    expect(clocks({ ruleSet: { ...WULONG_2021, opinionClock: { ...WULONG_2021.opinionClock, enabled: false } } })).toEqual([]);
  });

  it('is met by the first response, of any form (N61)', () => {
    const responses = [{ id: 5, publishedAt: '2026-08-02T10:00:00Z' }];
    expect(clocks({ now: '2026-08-05T00:00:00Z', responses })[0]).toMatchObject({ status: 'met', late: false, metBy: 5 });
  });

  it('is overdue after 48 hours without a response, and met late by a later one (N61)', () => {
    expect(clocks({ now: '2026-08-03T01:00:01Z' })[0]).toMatchObject({ status: 'overdue', late: true });
    const responses = [{ id: 6, publishedAt: '2026-08-04T00:00:00Z' }];
    expect(clocks({ now: '2026-08-05T00:00:00Z', responses })[0]).toMatchObject({ status: 'met', late: true, metBy: 6 });
  });
});
