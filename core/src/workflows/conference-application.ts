/**
 * The press-conference application (A15) as a state machine: pure, no I/O.
 *
 *   draft → unit_approval → submitted → in_review ⇄ revision → content_approval → approved
 *         → announced → live → held → archived;   withdrawn and refused end it early.
 *
 * The server works out which capacities the caller holds for one application (editor of its
 * unit, its principal, the news office, the approver of the current content-approval step)
 * and asks `transition` whether the action is legal from the current state and who may take
 * it. Every refusal names the rule behind it, so the API can cite it.
 */
import type { UnitKind } from '../units';

export const CONFERENCE_STATUSES = [
  'draft',
  'unit_approval',
  'submitted',
  'in_review',
  'revision',
  'content_approval',
  'approved',
  'announced',
  'live',
  'held',
  'archived',
  'withdrawn',
  'refused',
] as const;
export type ConferenceStatus = (typeof CONFERENCE_STATUSES)[number];

export const CONFERENCE_STATUS_LABELS: Record<ConferenceStatus, string> = {
  draft: '草稿',
  unit_approval: '待主要负责人审核',
  submitted: '已报送',
  in_review: '规范性审核中',
  revision: '退回修改',
  content_approval: '内容审定中',
  approved: '已审定',
  announced: '已预告',
  live: '直播中',
  held: '已举行',
  archived: '已归档',
  withdrawn: '已撤回',
  refused: '未通过',
};

export const CONFERENCE_ACTIONS = [
  'request_unit_approval',
  'return_to_draft',
  'submit',
  'start_review',
  'request_revision',
  'resubmit',
  'pass_review',
  'approve',
  'refuse',
  'withdraw',
  'announce',
  'start_live',
  'finish',
  'archive',
] as const;
export type ConferenceAction = (typeof CONFERENCE_ACTIONS)[number];

export const CONFERENCE_ACTION_LABELS: Record<ConferenceAction, string> = {
  request_unit_approval: '提交主要负责人审核',
  return_to_draft: '退回修改（单位）',
  submit: '审核同意并报送',
  start_review: '受理并开始审核',
  request_revision: '退回修改',
  resubmit: '重新报送',
  pass_review: '完成规范性审核',
  approve: '审定同意',
  refuse: '不予同意',
  withdraw: '撤回',
  announce: '发布预告',
  start_live: '开始直播',
  finish: '发布会结束',
  archive: '归档',
};

/**
 * What the caller is to one application:
 * - `unit_editor`: an editor or approver of the applying unit (A17);
 * - `unit_principal`: the applying unit's principal, in person, with the approver role (A15.1);
 * - `news_office`: the district news office;
 * - `step_approver`: whoever approves the current content-approval step (A15.3).
 */
export const CONFERENCE_CAPACITIES = ['unit_editor', 'unit_principal', 'news_office', 'step_approver'] as const;
export type ConferenceCapacity = (typeof CONFERENCE_CAPACITIES)[number];

/** A15.3: the content-approval steps, in order. */
export const APPROVAL_STEPS = ['unit', 'vice_district_head', 'district_head'] as const;
export type ApprovalStep = (typeof APPROVAL_STEPS)[number];

export const APPROVAL_STEP_LABELS: Record<ApprovalStep, string> = {
  unit: '单位主要负责人或新闻发言人审定',
  vice_district_head: '分管副区长审定',
  district_head: '区长审定',
};

/**
 * A15.3: a department's content is approved by its principal or spokesperson, and a major
 * matter then by the vice district head in charge and the district head. A township's (or
 * subdistrict's) never escalates. Reading: public bodies (A21) follow the department rule.
 */
export function approvalChain(unitKind: UnitKind, majorMatter: boolean): ApprovalStep[] {
  const grassroots = unitKind === 'township' || unitKind === 'subdistrict';
  return majorMatter && !grassroots ? ['unit', 'vice_district_head', 'district_head'] : ['unit'];
}

export interface ApplicationState {
  status: ConferenceStatus;
  /** Index into the approval chain while in content approval. */
  approvalStep: number;
  chain: readonly ApprovalStep[];
}

interface Rule {
  from: readonly ConferenceStatus[];
  by: readonly ConferenceCapacity[];
}

const BEFORE_APPROVAL: readonly ConferenceStatus[] = ['draft', 'unit_approval', 'submitted', 'in_review', 'revision', 'content_approval'];

const RULES: Record<ConferenceAction, Rule> = {
  request_unit_approval: { from: ['draft'], by: ['unit_editor'] },
  return_to_draft: { from: ['unit_approval'], by: ['unit_principal'] },
  submit: { from: ['unit_approval'], by: ['unit_principal'] },
  start_review: { from: ['submitted'], by: ['news_office'] },
  request_revision: { from: ['in_review'], by: ['news_office'] },
  resubmit: { from: ['revision'], by: ['unit_editor'] },
  pass_review: { from: ['in_review'], by: ['news_office'] },
  approve: { from: ['content_approval'], by: ['step_approver'] },
  refuse: { from: ['submitted', 'in_review', 'content_approval'], by: ['news_office', 'step_approver'] },
  withdraw: { from: [...BEFORE_APPROVAL, 'approved', 'announced'], by: ['unit_editor', 'news_office'] },
  announce: { from: ['approved'], by: ['news_office'] },
  start_live: { from: ['announced'], by: ['news_office'] },
  finish: { from: ['live'], by: ['news_office'] },
  archive: { from: ['held'], by: ['news_office'] },
};

export type TransitionResult =
  | { ok: true; status: ConferenceStatus; approvalStep: number }
  | { ok: false; kind: 'illegal' | 'forbidden'; message: string };

/** Who may refuse in which state: the news office while it reviews, the step's approver during content approval. */
function refusers(status: ConferenceStatus): readonly ConferenceCapacity[] {
  return status === 'content_approval' ? ['step_approver'] : ['news_office'];
}

export function allowedBy(action: ConferenceAction, status: ConferenceStatus): readonly ConferenceCapacity[] {
  return action === 'refuse' ? refusers(status) : RULES[action].by;
}

/** The next state, or why not: an action not open in this state is illegal; one by the wrong person is forbidden (A17). */
export function transition(state: ApplicationState, action: ConferenceAction, capacities: ReadonlySet<ConferenceCapacity>): TransitionResult {
  const rule = RULES[action];
  if (!rule.from.includes(state.status)) {
    return {
      ok: false,
      kind: 'illegal',
      message: `申报当前为“${CONFERENCE_STATUS_LABELS[state.status]}”，不能${CONFERENCE_ACTION_LABELS[action]}`,
    };
  }
  const by = allowedBy(action, state.status);
  if (!by.some((c) => capacities.has(c))) {
    return { ok: false, kind: 'forbidden', message: `无权对该申报${CONFERENCE_ACTION_LABELS[action]}` };
  }
  switch (action) {
    case 'request_unit_approval':
      return next('unit_approval');
    case 'return_to_draft':
      return next('draft');
    case 'submit':
      return next('submitted');
    case 'start_review':
    case 'resubmit':
      return next('in_review');
    case 'request_revision':
      return next('revision');
    case 'pass_review':
      return next('content_approval', 0);
    case 'approve':
      return state.approvalStep + 1 < state.chain.length ? next('content_approval', state.approvalStep + 1) : next('approved', state.approvalStep + 1);
    case 'refuse':
      return next('refused', state.approvalStep);
    case 'withdraw':
      return next('withdrawn', state.approvalStep);
    case 'announce':
      return next('announced', state.approvalStep);
    case 'start_live':
      return next('live', state.approvalStep);
    case 'finish':
      return next('held', state.approvalStep);
    case 'archive':
      return next('archived', state.approvalStep);
  }

  function next(status: ConferenceStatus, approvalStep = state.approvalStep): TransitionResult {
    return { ok: true, status, approvalStep };
  }
}

/** The actions the caller could take now (buttons on a screen). */
export function availableActions(state: ApplicationState, capacities: ReadonlySet<ConferenceCapacity>): ConferenceAction[] {
  return CONFERENCE_ACTIONS.filter((a) => transition(state, a, capacities).ok);
}

/** States in which the unit may still change the application's content. */
export const EDITABLE_STATUSES: readonly ConferenceStatus[] = ['draft', 'revision'];
/** States after which the conference is public (portal, feeds). */
export const PUBLIC_STATUSES: readonly ConferenceStatus[] = ['announced', 'live', 'held', 'archived'];
/** States that no longer hold the venue. */
export const ENDED_STATUSES: readonly ConferenceStatus[] = ['withdrawn', 'refused'];
/** States in which the news office's normative review clock (A15.2) runs. */
export const UNDER_REVIEW_STATUSES: readonly ConferenceStatus[] = ['submitted', 'in_review', 'revision'];
