/** Hot-topic linkage (A13.1): the news office assigns units to release or respond on a topic by a due time. */
import { z } from 'zod';
import { IsoInstantString } from './common';
import { RELEASE_STATUSES } from './releases';

const text = (max: number) => z.string().trim().max(max);

export const ASSIGNMENT_TASKS = ['release', 'respond'] as const;
export type AssignmentTask = (typeof ASSIGNMENT_TASKS)[number];
export const ASSIGNMENT_TASK_LABELS: Record<AssignmentTask, string> = { release: '发布', respond: '回应' };

/** pending until its release goes out; done (on time or late); overdue past the due time without one. */
export const ASSIGNMENT_STATES = ['pending', 'done', 'done_late', 'overdue'] as const;
export type AssignmentState = (typeof ASSIGNMENT_STATES)[number];
export const ASSIGNMENT_STATE_LABELS: Record<AssignmentState, string> = { pending: '办理中', done: '已完成', done_late: '逾期完成', overdue: '已逾期' };

export const HotTopicBody = z.strictObject({
  title: text(200).min(4, '标题至少 4 个字'),
  description: text(5000).min(2, '请说明选题背景'),
});

export const AssignmentBody = z.strictObject({
  unitId: z.number().int().positive(),
  task: z.enum(ASSIGNMENT_TASKS),
  instructions: text(2000).min(2, '请写明发布或回应要求'),
  dueAt: IsoInstantString,
});

export const AssignmentReleaseBody = z.strictObject({ releaseId: z.number().int().positive() });

export const AssignmentView = z.object({
  id: z.number().int(),
  topicId: z.number().int(),
  topicTitle: z.string(),
  unitId: z.number().int(),
  unitName: z.string(),
  task: z.enum(ASSIGNMENT_TASKS),
  instructions: z.string(),
  dueAt: z.string(),
  state: z.enum(ASSIGNMENT_STATES),
  release: z.object({ id: z.number().int(), title: z.string(), status: z.enum(RELEASE_STATUSES), startsAt: z.string() }).nullable(),
  doneAt: z.string().nullable(),
});
export type AssignmentView = z.infer<typeof AssignmentView>;

export const HotTopicView = z.object({
  id: z.number().int(),
  title: z.string(),
  description: z.string(),
  status: z.enum(['open', 'closed']),
  openedBy: z.string().nullable(),
  openedAt: z.string(),
  closedAt: z.string().nullable(),
  assignments: z.array(AssignmentView),
});
export type HotTopicView = z.infer<typeof HotTopicView>;

export const HotTopicQuery = z.object({ status: z.enum(['open', 'closed']).optional() });
