import { describe, expect, it } from 'vitest';
import { computedScore, defaultEvaluationTemplate, rankTotals, scoreUnit, validateTemplate, type EvaluationIndicator, type IndicatorFigure } from './evaluation';

const figure = (value: number): IndicatorFigure => ({ value, numerator: 0, denominator: 0, summary: '', evidence: [] });
const ratio = (key: string, weight: number): EvaluationIndicator => ({
  key,
  name: key,
  dimension: 'release_activities',
  weight,
  kind: 'computed',
  source: 'quotas',
  scoring: { kind: 'ratio' },
  description: '',
});

describe('evaluation template and scores (A13.8)', () => {
  it('offers a default template over the seven dimensions that adds up to 100', () => {
    const template = defaultEvaluationTemplate();
    expect(validateTemplate(template)).toEqual([]);
    expect(new Set(template.map((i) => i.dimension)).size).toBe(7);
  });

  it('counts coverage per release in the default template, but not the news office’s own review time (A15.6, A15.2)', () => {
    const template = defaultEvaluationTemplate();
    expect(template.find((i) => i.key === 'coverage')).toMatchObject({ source: 'coverage', dimension: 'release_activities', weight: 5, kind: 'computed' });
    expect(template.some((i) => i.source === 'review_on_time')).toBe(false);
    expect(template.reduce((s, i) => s + i.weight, 0)).toBe(100);
  });

  it('refuses weights that do not add up to 100, and duplicate keys', () => {
    const problems = validateTemplate([ratio('a', 50), ratio('a', 40)]);
    expect(problems.map((p) => p.message)).toEqual(['指标标识“a”重复', '各项指标分值合计应为100分，现为90分']);
  });

  it('scores a ratio against the weight and a deduction per case, never below zero', () => {
    expect(computedScore(ratio('a', 20), figure(0.75))).toBe(15);
    const deduction: EvaluationIndicator = { ...ratio('v', 5), source: 'violations', scoring: { kind: 'deduction', perCase: 2 } };
    expect(computedScore(deduction, figure(1))).toBe(3);
    expect(computedScore(deduction, figure(4))).toBe(0);
  });

  it('gives no score where the source has no data — never a made-up one', () => {
    expect(computedScore(ratio('a', 20), null)).toBeNull();
  });

  it('scales the total over the weight that has a score, and an adjustment replaces the computed score', () => {
    const template = [ratio('a', 50), ratio('b', 30), { ...ratio('m', 20), kind: 'manual' as const, source: null }];
    const score = scoreUnit(template, { a: figure(1), b: null }, { m: { reviewScore: 10 } });
    expect(score).toMatchObject({ points: 60, scoredWeight: 70, total: 85.7 });
    const adjusted = scoreUnit(template, { a: figure(1), b: null }, { a: { reviewScore: 40 } });
    expect(adjusted.indicators[0]).toEqual({ key: 'a', computedScore: 50, finalScore: 40, adjusted: true });
    expect(adjusted.total).toBe(80);
    expect(scoreUnit(template, {}, {}).total).toBeNull();
  });

  it('ranks ties alike and puts units without a score last, unranked', () => {
    const ranked = rankTotals([
      { unitName: '甲', total: 80 },
      { unitName: '乙', total: 90 },
      { unitName: '丙', total: 80 },
      { unitName: '丁', total: null },
    ]);
    expect(ranked.map((r) => [r.unitName, r.rank])).toEqual([
      ['乙', 1],
      ['丙', 2],
      ['甲', 2],
      ['丁', null],
    ]);
  });
});
