import { describe, expect, it } from 'vitest';
import { EVALUATION_ACTIONS, EVALUATION_STATUSES, evaluationTransition } from './evaluation';

describe('evaluation stages (A13.8)', () => {
  it('runs draft → open → submitted → approved → published', () => {
    expect(evaluationTransition('draft', 'open')).toBe('open');
    expect(evaluationTransition('open', 'submit')).toBe('submitted');
    expect(evaluationTransition('submitted', 'approve')).toBe('approved');
    expect(evaluationTransition('approved', 'publish')).toBe('published');
  });

  it('lets a leader return submitted results, and a correction reopens a published one', () => {
    expect(evaluationTransition('submitted', 'return')).toBe('open');
    expect(evaluationTransition('published', 'reopen')).toBe('open');
  });

  it('never publishes what the district government has not approved', () => {
    for (const s of EVALUATION_STATUSES) if (s !== 'approved') expect(evaluationTransition(s, 'publish')).toBeNull();
  });

  it('answers every status × action', () => {
    const allowed = EVALUATION_STATUSES.flatMap((s) => EVALUATION_ACTIONS.filter((a) => evaluationTransition(s, a) !== null).map((a) => `${s}:${a}`));
    expect(allowed).toEqual(['draft:open', 'open:submit', 'submitted:approve', 'submitted:return', 'approved:return', 'approved:publish', 'published:reopen']);
  });
});
