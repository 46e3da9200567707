import type { AssignmentState } from '@fabutong/core';

/**
 * An assignment is carried out by its release going out (held or published): on time at or
 * before the due time, late after it. Without one it is pending until due, overdue after — and
 * overdue or late is what A18.4 calls "不执行或拖延执行上级发布指令".
 */
export function assignmentState(dueAt: string, release: { status: string; starts_at: string } | undefined, now: string): { state: AssignmentState; doneAt: string | null } {
  const out = release && (release.status === 'held' || release.status === 'published') && release.starts_at <= now ? release : undefined;
  if (out) return { state: Date.parse(out.starts_at) > Date.parse(dueAt) ? 'done_late' : 'done', doneAt: out.starts_at };
  return { state: Date.parse(now) > Date.parse(dueAt) ? 'overdue' : 'pending', doneAt: null };
}
