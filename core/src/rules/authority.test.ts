import { describe, expect, it } from 'vitest';
import { speakingAuthorityViolations } from './authority';

const appointments = [
  { personId: 1, unitId: 10, post: 'spokesperson' as const, from: '2024-01-01', to: null },
  { personId: 2, unitId: 20, post: 'spokesperson' as const, from: '2024-01-01', to: null },
  { personId: 3, unitId: 1, post: 'vice_district_head' as const, from: '2024-01-01', to: null },
  { personId: 4, unitId: 10, post: 'principal' as const, from: '2020-01-01', to: '2025-12-31' },
];
const speak = (personId: number, part: 'main_speaker' | 'speaker' | 'host' | 'expert' = 'main_speaker') => ({ personId, personName: `人${personId}`, part });

describe('speaking for a unit (A17)', () => {
  it('lets the unit’s own spokesperson and a district leader speak', () => {
    expect(speakingAuthorityViolations(10, '2026-05-01', [speak(1), speak(3, 'speaker')], appointments)).toEqual([]);
  });

  it('refuses a spokesperson of another unit as main speaker', () => {
    expect(speakingAuthorityViolations(10, '2026-05-01', [speak(2)], appointments)).toEqual([
      { rule: 'A17', field: 'participants[0]', message: '人2在2026-05-01不在本单位任职，不能代表本单位发布' },
    ]);
  });

  it('refuses someone who had left the unit by the day', () => {
    expect(speakingAuthorityViolations(10, '2026-05-01', [speak(4, 'speaker')], appointments)).toHaveLength(1);
    expect(speakingAuthorityViolations(10, '2025-05-01', [speak(4, 'speaker')], appointments)).toEqual([]);
  });

  it('asks nothing of hosts and experts', () => {
    expect(speakingAuthorityViolations(10, '2026-05-01', [speak(2, 'host'), speak(99, 'expert')], appointments)).toEqual([]);
  });
});
