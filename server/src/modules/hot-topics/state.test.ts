import { describe, expect, it } from 'vitest';
import { assignmentState } from './state';

const DUE = '2026-11-27T10:00:00.000Z';

describe('an assignment of a hot topic (A13.1, A18.4)', () => {
  it('is pending until due and overdue after, without a release out (A18.4)', () => {
    expect(assignmentState(DUE, undefined, '2026-11-27T09:00:00.000Z')).toEqual({ state: 'pending', doneAt: null });
    expect(assignmentState(DUE, { status: 'planned', starts_at: '2026-11-27T09:00:00.000Z' }, '2026-11-27T10:00:01.000Z')).toEqual({ state: 'overdue', doneAt: null });
  });

  it('is done by a release held or published by the due time, and late after it (A18.4)', () => {
    expect(assignmentState(DUE, { status: 'published', starts_at: DUE }, '2026-11-28T00:00:00.000Z')).toEqual({ state: 'done', doneAt: DUE });
    expect(assignmentState(DUE, { status: 'held', starts_at: '2026-11-27T11:00:00.000Z' }, '2026-11-28T00:00:00.000Z').state).toBe('done_late');
  });
});
