import { describe, expect, it } from 'vitest';
import { ARTICLES } from './articles';
import { computeQuotas, type QuotaInput } from './quotas';
import { RULE_SETS, WULONG_2021, ruleSetForYear, ruleSetInForce, type RuleSet } from './ruleset';

/** A later revision that asks two press conferences a year of every township (A13.3-d). */
const REVISED_2027: RuleSet = {
  ...WULONG_2021,
  id: 'wulong-2027',
  title: '武隆区行政机关新闻发布工作办法（修订）',
  effectiveFrom: '2027-03-01',
  annualQuotas: WULONG_2021.annualQuotas.map((q) =>
    q.rule === 'A13.3-d' ? { ...q, parts: q.parts.map((p) => ({ ...p, required: 2 })) } : q,
  ),
};
const SETS = [WULONG_2021, REVISED_2027];

describe('the Wulong 2021 rule set', () => {
  it('is the measures of 武隆府办发〔2021〕69号, in force from 3 December 2021', () => {
    expect(WULONG_2021).toMatchObject({ id: 'wulong-2021', documentNumber: '武隆府办发〔2021〕69号', effectiveFrom: '2021-12-03' });
    expect(RULE_SETS).toContain(WULONG_2021);
  });

  it('asks submission 10 workdays ahead and review within 10 workdays (A15.1, A15.2)', () => {
    expect(WULONG_2021.conferenceSubmissionLeadWorkdays).toBe(10);
    expect(WULONG_2021.conferenceReviewWorkdays).toBe(10);
  });

  it('runs 5-hour and 24-hour incident clocks for grades I and II only (A13.4-a, A13.4-b)', () => {
    expect(WULONG_2021.incidentInfoClock).toMatchObject({ hours: 5, grades: ['I', 'II'] });
    expect(WULONG_2021.incidentConferenceClock).toMatchObject({ hours: 24, grades: ['I', 'II'], metByForms: ['press_conference'] });
    expect(WULONG_2021.conferenceClockForLowerGrades).toBe(false);
  });

  it('answers opinion items within 48 hours, switched on (N61)', () => {
    expect(WULONG_2021.opinionClock).toMatchObject({ enabled: true, hours: 48, levels: ['significant', 'major'] });
  });

  it('reads "took part" as main speaker, speaker or host (A13.3)', () => {
    expect(WULONG_2021.readings.tookPartAs).toEqual(['main_speaker', 'speaker', 'host']);
  });

  it('has every quota of A13.3, A6.4 and A14, each with the text of the measures', () => {
    expect(WULONG_2021.annualQuotas.map((q) => q.rule)).toEqual(['A13.3-a', 'A13.3-b', 'A13.3-c', 'A13.3-d', 'A13.3-e', 'A13.3-f', 'A6.4']);
    expect(WULONG_2021.routineConferences.rule).toBe('A14');
    for (const q of WULONG_2021.annualQuotas) expect(q.text).toMatch(/每年/);
  });

  it('cites articles the platform knows, under the same article numbers', () => {
    for (const a of WULONG_2021.articles) {
      expect(ARTICLES[a.id].article, a.id).toBe(a.article);
      expect(a.text.length).toBeGreaterThan(10);
    }
    expect(new Set(WULONG_2021.articles.map((a) => a.id)).size).toBe(WULONG_2021.articles.length);
  });
});

describe('choosing the rule set in force', () => {
  it('takes the latest set in force on the day', () => {
    expect(ruleSetInForce('2021-12-03', SETS).id).toBe('wulong-2021');
    expect(ruleSetInForce('2027-02-28', SETS).id).toBe('wulong-2021');
    expect(ruleSetInForce('2027-03-01', SETS).id).toBe('wulong-2027');
  });

  it('does not depend on the order the sets are listed in', () => {
    expect(ruleSetInForce('2027-06-01', [REVISED_2027, WULONG_2021]).id).toBe('wulong-2027');
  });

  it('refuses a day before the measures took effect', () => {
    expect(() => ruleSetInForce('2021-12-02', SETS)).toThrow(RangeError);
  });

  it('judges a year by the set in force on its 31 December', () => {
    expect(ruleSetForYear(2021, SETS).id).toBe('wulong-2021');
    expect(ruleSetForYear(2026, SETS).id).toBe('wulong-2021');
    expect(ruleSetForYear(2027, SETS).id).toBe('wulong-2027');
    expect(ruleSetForYear(2026).id).toBe('wulong-2021');
  });

  it('does not change how 2026 is judged when a revision is loaded, but judges 2027 by it (A13.3-d)', () => {
    const input = (year: number): QuotaInput => ({
      year,
      asOf: `${year + 1}-01-10`,
      ruleSet: ruleSetForYear(year, SETS),
      units: [{ id: 1, kind: 'township', name: '仙女山镇', livelihoodRelated: false, routineConferencePeriod: null }],
      appointments: [],
      releases: [
        {
          id: year,
          unitId: 1,
          date: `${year}-05-01`,
          form: 'press_conference',
          categories: ['disclosure'],
          organizer: 'unit',
          inNameOf: 'unit',
          participants: [],
          status: 'held',
        },
      ],
    });
    const judged2026 = computeQuotas(input(2026));
    const judged2027 = computeQuotas(input(2027));
    expect(judged2026.ruleSetId).toBe('wulong-2021');
    expect(judged2026.results.find((r) => r.rule === 'A13.3-d')).toMatchObject({ required: 1, counted: 1, status: 'met' });
    expect(judged2026).toEqual(computeQuotas({ ...input(2026), ruleSet: ruleSetForYear(2026, [WULONG_2021]) }));
    expect(judged2027.ruleSetId).toBe('wulong-2027');
    expect(judged2027.results.find((r) => r.rule === 'A13.3-d')).toMatchObject({ required: 2, counted: 1, status: 'missed' });
  });
});
