import { describe, expect, it } from 'vitest';
import { qualificationState } from './qualifications';

describe('media qualifications (A13.7)', () => {
  it.each([
    [null, null, 'missing'],
    ['2026-12-01', '2027-12-01', 'not_yet_valid'],
    ['2025-01-01', null, 'valid'],
    ['2025-01-01', '2027-01-01', 'valid'],
    ['2025-01-01', '2026-12-26', 'expiring'],
    ['2025-01-01', '2026-11-26', 'expiring'],
    ['2025-01-01', '2026-11-25', 'expired'],
  ] as const)('from %s until %s is %s on 2026-11-26', (from, until, state) => {
    expect(qualificationState(from, until, '2026-11-26')).toBe(state);
  });
});
