import { describe, expect, it } from 'vitest';
import { composeUpdateText, promiseClock, updateTransition } from './incidents';

describe('the rolling update workflow (A13.4-d, A18.5)', () => {
  it.each([
    ['draft', 'edit', false, 'draft'],
    ['reviewed', 'edit', true, 'draft'],
    ['draft', 'review', false, 'reviewed'],
    ['reviewed', 'publish', true, 'published'],
  ] as const)('%s → %s is allowed and leads to %s', (status, action, reviewed, next) => {
    expect(updateTransition(status, action, reviewed)).toEqual({ allowed: true, next });
  });

  it.each([
    ['published', 'edit', true, 'A13.4-d'],
    ['reviewed', 'review', true, 'A13.4-d'],
    ['draft', 'publish', true, 'A13.4-d'],
    ['published', 'publish', true, 'A13.4-d'],
    ['reviewed', 'publish', false, 'A18.5'],
  ] as const)('%s → %s is refused (%s)', (status, action, reviewed, rule) => {
    expect(updateTransition(status, action, reviewed)).toMatchObject({ allowed: false, rule });
  });

  it('writes the four parts in the order of the principle, causes marked 待核实 until checked', () => {
    const parts = { facts: '3人受伤。', attitude: '高度重视。', measures: '转移群众。', causes: '降雨引发。', causesConfirmed: false };
    expect(composeUpdateText(parts)).toBe('【基本事实】3人受伤。\n【态度立场】高度重视。\n【处置措施】转移群众。\n【原因分析（待核实）】降雨引发。');
    expect(composeUpdateText({ ...parts, causesConfirmed: true })).toContain('【原因分析】降雨引发。');
    expect(composeUpdateText({ ...parts, attitude: null, causes: '  ' })).toBe('【基本事实】3人受伤。\n【处置措施】转移群众。');
  });
});

describe('the promised next update (A13.4-d)', () => {
  const update = { publishedAt: '2026-07-10T04:00:00.000Z', nextUpdateBy: '2026-07-10T07:00:00.000Z' };

  it('runs until the promised time and is overdue after it', () => {
    expect(promiseClock(update, [], '2026-07-10T06:00:00Z')).toMatchObject({ rule: 'A13.4-d', due: update.nextUpdateBy, status: 'running' });
    expect(promiseClock(update, [], '2026-07-10T07:00:01Z')).toMatchObject({ status: 'overdue', late: true });
  });

  it('is met by a release after the promise, not by the one that made it', () => {
    const releases = [
      { id: 1, publishedAt: update.publishedAt },
      { id: 2, publishedAt: '2026-07-10T06:30:00.000Z' },
    ];
    expect(promiseClock(update, releases.slice(0, 1), '2026-07-10T06:00:00Z')?.status).toBe('running');
    expect(promiseClock(update, releases, '2026-07-10T08:00:00Z')).toMatchObject({ status: 'met', metBy: 2, late: false });
  });

  it('is no clock when nothing was promised', () => {
    expect(promiseClock({ ...update, nextUpdateBy: null }, [], '2026-07-10T06:00:00Z')).toBeNull();
  });
});
