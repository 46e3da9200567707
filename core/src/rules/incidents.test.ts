import { describe, expect, it } from 'vitest';
import { incidentClocks, type ClockRelease, type IncidentClockInput } from './incidents';
import { WULONG_2021, type RuleSet } from './ruleset';

const OCCURRED = '2026-07-10T02:00:00.000Z'; // 10:00 in Wulong
const clocks = (overrides: Partial<IncidentClockInput>) =>
  incidentClocks({ grade: 'II', occurredAt: OCCURRED, majorCasualtiesOrImpact: false, ruleSet: WULONG_2021, now: OCCURRED, releases: [], ...overrides });

const written = (id: number, publishedAt: string | null): ClockRelease => ({ id, publishedAt, form: 'written_release' });
const conference = (id: number, publishedAt: string): ClockRelease => ({ id, publishedAt, form: 'press_conference' });

describe('authoritative information within 5 hours (A13.4-a)', () => {
  it.each(['I', 'II'] as const)('starts a 5-hour clock for a grade %s incident (A13.4-a)', (grade) => {
    expect(clocks({ grade })).toEqual([{ rule: 'A13.4-a', due: '2026-07-10T07:00:00.000Z', status: 'running', late: false }]);
  });

  it.each(['III', 'IV'] as const)('starts no clock for a grade %s incident (A13.4-a, A13.4-c)', (grade) => {
    expect(clocks({ grade, majorCasualtiesOrImpact: true })).toEqual([]);
  });

  it('counts clock hours across midnight, not workdays (A13.4-a)', () => {
    expect(clocks({ occurredAt: '2026-10-01T15:30:00+08:00' })[0]?.due).toBe('2026-10-01T12:30:00.000Z');
  });

  it('is met by the first published release, of any form (A13.4-a)', () => {
    const [info] = clocks({ now: '2026-07-10T08:00:00Z', releases: [written(2, '2026-07-10T05:00:00Z'), written(1, '2026-07-10T04:00:00Z')] });
    expect(info).toMatchObject({ status: 'met', late: false, metBy: 1, metAt: '2026-07-10T04:00:00.000Z' });
  });

  it('is met on time by a release exactly at the deadline (A13.4-a)', () => {
    const [info] = clocks({ now: '2026-07-10T09:00:00Z', releases: [written(1, '2026-07-10T07:00:00Z')] });
    expect(info).toMatchObject({ status: 'met', late: false });
  });

  it('is overdue a moment after the deadline without a release (A13.4-a)', () => {
    expect(clocks({ now: '2026-07-10T07:00:00Z' })[0]?.status).toBe('running');
    expect(clocks({ now: '2026-07-10T07:00:00.001Z' })[0]).toMatchObject({ status: 'overdue', late: true });
  });

  it('is met late when the first release came after the deadline (A13.4-a, A18.1)', () => {
    const [info] = clocks({ now: '2026-07-11T00:00:00Z', releases: [written(1, '2026-07-10T09:00:00Z')] });
    expect(info).toMatchObject({ status: 'met', late: true, metBy: 1 });
  });

  it('ignores unpublished releases and those after now (A13.4-a)', () => {
    const [info] = clocks({ now: '2026-07-10T08:00:00Z', releases: [written(1, null), written(2, '2026-07-10T09:00:00Z')] });
    expect(info).toMatchObject({ status: 'overdue', late: true });
  });

  it('is overdue at once for an incident registered after its deadline (A13.4-a)', () => {
    expect(clocks({ now: '2026-07-10T12:00:00Z' })[0]?.status).toBe('overdue');
  });
});

describe('a press conference within 24 hours (A13.4-b)', () => {
  it('starts a 24-hour clock beside the 5-hour one for major casualties or impact (A13.4-b)', () => {
    expect(clocks({ majorCasualtiesOrImpact: true }).map((c) => [c.rule, c.due])).toEqual([
      ['A13.4-a', '2026-07-10T07:00:00.000Z'],
      ['A13.4-b', '2026-07-11T02:00:00.000Z'],
    ]);
  });

  it('starts no conference clock without major casualties or impact (A13.4-b)', () => {
    expect(clocks({ grade: 'I' }).map((c) => c.rule)).toEqual(['A13.4-a']);
  });

  it('is met only by a press conference, not by a written release (A13.4-b)', () => {
    const releases = [written(1, '2026-07-10T03:00:00Z'), conference(2, '2026-07-10T20:00:00Z')];
    const result = clocks({ majorCasualtiesOrImpact: true, now: '2026-07-11T05:00:00Z', releases });
    expect(result.map((c) => [c.rule, c.status, c.metBy])).toEqual([
      ['A13.4-a', 'met', 1],
      ['A13.4-b', 'met', 2],
    ]);
  });

  it('applies to grades III and IV only when the rule set switches it on (A13.4-b)', () => {
    const lowerToo: RuleSet = { ...WULONG_2021, conferenceClockForLowerGrades: true };
    expect(clocks({ grade: 'III', majorCasualtiesOrImpact: true })).toEqual([]);
    expect(clocks({ grade: 'III', majorCasualtiesOrImpact: true, ruleSet: lowerToo }).map((c) => c.rule)).toEqual(['A13.4-b']);
  });

  it('refuses a time that is not ISO 8601', () => {
    expect(() => clocks({ now: 'yesterday' })).toThrow(RangeError);
  });
});
