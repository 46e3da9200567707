import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { encodeAnswer, prepareJson, RESULTS_PER_BLOCK } from './answer';

const item = (i: number) => ({ rule: 'A13.3-d', subject: { unitId: i, name: `白马镇${i}` }, countingReleaseIds: [i, i + 1], explanation: `白马镇${i}：2026年新闻发布会${i % 3}次（要求至少2次）。` });
const rest = { year: 2026, asOf: '2026-11-26', vacancies: [{ unitId: 7, explanation: '无新闻发言人任职记录' }] };

describe('quota answer encoding', () => {
  it.each([0, 1, RESULTS_PER_BLOCK, RESULTS_PER_BLOCK * 2 + 17])('gives the same JSON plain and gzipped, for %i results', (n) => {
    const items = Array.from({ length: n }, (_, i) => item(i));
    const answer = encodeAnswer('results', items, rest);
    expect(JSON.parse(answer.json().toString())).toEqual({ results: items, ...rest });
    expect(gunzipSync(answer.gzipped()).equals(answer.json())).toBe(true);
    if (n >= RESULTS_PER_BLOCK) expect(answer.gzipped().length).toBeLessThan(answer.json().length / 3);
  });

  it('encodes again only the blocks whose results changed, and the whole still unzips to the new JSON', () => {
    const items = Array.from({ length: RESULTS_PER_BLOCK * 3 }, (_, i) => item(i));
    const first = encodeAnswer('results', items, rest);
    const changed = [...items];
    changed[RESULTS_PER_BLOCK + 5] = { ...item(RESULTS_PER_BLOCK + 5), explanation: '已完成' };
    const second = encodeAnswer('results', changed, { ...rest, asOf: '2026-11-27' }, first.blocks);
    expect(second.blocks[0]).toBe(first.blocks[0]);
    expect(second.blocks[1]).not.toBe(first.blocks[1]);
    expect(second.blocks[2]).toBe(first.blocks[2]);
    expect(JSON.parse(gunzipSync(second.gzipped()).toString())).toEqual({ results: changed, ...rest, asOf: '2026-11-27' });
    // A result added at the end leaves the full blocks alone.
    const third = encodeAnswer('results', [...changed, item(9999)], rest, second.blocks);
    expect(third.blocks.slice(0, 3)).toEqual(second.blocks);
    expect(third.blocks[2]).toBe(second.blocks[2]);
    expect(JSON.parse(gunzipSync(third.gzipped()).toString()).results).toHaveLength(RESULTS_PER_BLOCK * 3 + 1);
  });

  it('makes each result’s JSON once, ahead of the first answer when prepared: results are never changed after', () => {
    const items = [item(1), item(2)];
    prepareJson(items);
    // Were the JSON made again, it would show this change (a report's results are not changed in place).
    items[1]!.explanation = '改过';
    expect(JSON.parse(encodeAnswer('results', items, rest).json().toString()).results[1].explanation).toBe(item(2).explanation);
  });
});
