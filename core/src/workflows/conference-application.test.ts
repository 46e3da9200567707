import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  APPROVAL_STEPS,
  CONFERENCE_ACTIONS,
  CONFERENCE_CAPACITIES,
  CONFERENCE_STATUSES,
  approvalChain,
  availableActions,
  transition,
  type ApplicationState,
  type ConferenceCapacity,
} from './conference-application';

const state = (status: ApplicationState['status'], chain = approvalChain('department', true), approvalStep = 0): ApplicationState => ({ status, chain, approvalStep });
const as = (...c: ConferenceCapacity[]) => new Set(c);

describe('the content-approval chain (A15.3)', () => {
  it.each([
    ['department', false, ['unit']],
    ['department', true, ['unit', 'vice_district_head', 'district_head']],
    ['public_body', true, ['unit', 'vice_district_head', 'district_head']],
    ['township', true, ['unit']],
    ['subdistrict', true, ['unit']],
  ] as const)('a %s with majorMatter=%s is approved by %j (A15.3)', (kind, major, chain) => {
    expect(approvalChain(kind, major)).toEqual(chain);
  });
});

describe('the application workflow', () => {
  it('runs the whole way for a department major matter: three approvals before it is approved (A15.1–A15.3)', () => {
    let s = state('draft');
    const steps: [Parameters<typeof transition>[1], ConferenceCapacity, string][] = [
      ['request_unit_approval', 'unit_editor', 'unit_approval'],
      ['submit', 'unit_principal', 'submitted'],
      ['start_review', 'news_office', 'in_review'],
      ['request_revision', 'news_office', 'revision'],
      ['resubmit', 'unit_editor', 'in_review'],
      ['pass_review', 'news_office', 'content_approval'],
      ['approve', 'step_approver', 'content_approval'],
      ['approve', 'step_approver', 'content_approval'],
      ['approve', 'step_approver', 'approved'],
      ['announce', 'news_office', 'announced'],
      ['start_live', 'news_office', 'live'],
      ['finish', 'news_office', 'held'],
      ['archive', 'news_office', 'archived'],
    ];
    for (const [action, capacity, expected] of steps) {
      const r = transition(s, action, as(capacity));
      expect(r.ok, `${action} from ${s.status}`).toBe(true);
      if (r.ok) s = { ...s, status: r.status, approvalStep: r.approvalStep };
      expect(s.status).toBe(expected);
    }
  });

  it('approves a township after one step: no escalation (A15.3)', () => {
    const r = transition(state('content_approval', approvalChain('township', true)), 'approve', as('step_approver'));
    expect(r).toEqual({ ok: true, status: 'approved', approvalStep: 1 });
  });

  it('refuses an illegal transition, and a legal one by the wrong person', () => {
    expect(transition(state('draft'), 'announce', as('news_office'))).toMatchObject({ ok: false, kind: 'illegal' });
    expect(transition(state('submitted'), 'start_review', as('unit_editor', 'unit_principal'))).toMatchObject({ ok: false, kind: 'forbidden' });
    expect(transition(state('unit_approval'), 'submit', as('unit_editor'))).toMatchObject({ ok: false, kind: 'forbidden' });
    expect(transition(state('content_approval'), 'refuse', as('news_office'))).toMatchObject({ ok: false, kind: 'forbidden' });
    expect(transition(state('in_review'), 'refuse', as('news_office'))).toMatchObject({ ok: true, status: 'refused' });
  });

  it('never reaches approved without passing every approval step (property)', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('department', 'township'),
        fc.boolean(),
        fc.array(fc.tuple(fc.constantFrom(...CONFERENCE_ACTIONS), fc.subarray([...CONFERENCE_CAPACITIES])), { maxLength: 60 }),
        (kind, major, actions) => {
          let s = state('draft', approvalChain(kind, major));
          let approvals = 0;
          for (const [action, caps] of actions) {
            const r = transition(s, action, new Set(caps));
            if (!r.ok) continue;
            if (action === 'approve') approvals++;
            s = { ...s, status: r.status, approvalStep: r.approvalStep };
            if (['approved', 'announced', 'live', 'held', 'archived'].includes(s.status)) expect(approvals).toBe(s.chain.length);
          }
          for (const terminal of ['archived', 'withdrawn', 'refused'] as const) {
            if (s.status === terminal) expect(availableActions(s, new Set(CONFERENCE_CAPACITIES))).toEqual([]);
          }
        },
      ),
    );
  });

  it('knows every status and step', () => {
    expect(CONFERENCE_STATUSES).toHaveLength(13);
    expect(APPROVAL_STEPS).toHaveLength(3);
  });
});
