/**
 * The stages of a year's evaluation (A13.8): the news office drafts the template, opens it
 * for the units' self-evaluation and its own review, submits the results to the district
 * government (a leader approves or returns them), and publishes. A published result is a
 * snapshot; reopening it for a correction leads to a new published version.
 */
export const EVALUATION_STATUSES = ['draft', 'open', 'submitted', 'approved', 'published'] as const;
export type EvaluationStatus = (typeof EVALUATION_STATUSES)[number];
export const EVALUATION_STATUS_LABELS: Record<EvaluationStatus, string> = {
  draft: '拟定模板',
  open: '自评与审核',
  submitted: '待区政府审定',
  approved: '区政府已同意',
  published: '已通报',
};

export const EVALUATION_ACTIONS = ['open', 'submit', 'approve', 'return', 'publish', 'reopen'] as const;
export type EvaluationAction = (typeof EVALUATION_ACTIONS)[number];
export const EVALUATION_ACTION_LABELS: Record<EvaluationAction, string> = {
  open: '启动自评',
  submit: '报区政府审定',
  approve: '同意通报',
  return: '退回修改',
  publish: '通报结果',
  reopen: '更正结果',
};

/** Who takes each step: the news office runs the evaluation, a district leader decides. */
export const EVALUATION_ACTOR: Record<EvaluationAction, 'news_office' | 'leader'> = {
  open: 'news_office',
  submit: 'news_office',
  approve: 'leader',
  return: 'leader',
  publish: 'news_office',
  reopen: 'news_office',
};

const TRANSITIONS: Record<EvaluationAction, { from: readonly EvaluationStatus[]; to: EvaluationStatus }> = {
  open: { from: ['draft'], to: 'open' },
  submit: { from: ['open'], to: 'submitted' },
  approve: { from: ['submitted'], to: 'approved' },
  return: { from: ['submitted', 'approved'], to: 'open' },
  publish: { from: ['approved'], to: 'published' },
  reopen: { from: ['published'], to: 'open' },
};

/** The status after the action, or null when the action does not apply in this status. */
export function evaluationTransition(status: EvaluationStatus, action: EvaluationAction): EvaluationStatus | null {
  const t = TRANSITIONS[action];
  return t.from.includes(status) ? t.to : null;
}

/** The template changes only before the units start filling it in. */
export const templateEditable = (status: EvaluationStatus) => status === 'draft';
/** Self-evaluation and the news office's review happen while the evaluation is open. */
export const scoresEditable = (status: EvaluationStatus) => status === 'open';
