/**
 * Model-based test of the application workflow against the real API: fast-check drives random
 * sequences of actions by random people, and a model written independently of the server
 * (the table below, read from RULES.md A15 and A17) predicts every answer. After each step:
 * the state is the model's, nothing is announced without every approval, every transition is
 * audited, and nobody acts outside their role and unit. SQLite is enough for the workflow;
 * the rest of the suite runs on both databases.
 */
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../../test/helpers';
import { createDistrict, createUnit, loginAs } from '../../../test/factories';
import { conferenceWorld, insertConference, linkUser, type ConferenceWorld } from './test-data';

const ACTORS = ['editor', 'principal', 'office', 'leader', 'auditor', 'otherEditor', 'otherApprover', 'admin'] as const;
type ActorKey = (typeof ACTORS)[number];
/** Who may read a township's application at all (A17); the others are refused before anything else. */
const READERS: readonly ActorKey[] = ['editor', 'principal', 'office', 'leader', 'auditor'];

type Status = 'draft' | 'unit_approval' | 'submitted' | 'in_review' | 'revision' | 'content_approval' | 'approved' | 'announced' | 'live' | 'held' | 'archived' | 'withdrawn' | 'refused';

interface ModelRule {
  path: string;
  from: readonly Status[];
  by: readonly ActorKey[];
  to: Status;
  body?: object;
}

/** A township's application (one approval step, A15.3): who may do what, from where, to where. */
const MODEL: Record<string, ModelRule> = {
  requestUnitApproval: { path: 'request-unit-approval', from: ['draft'], by: ['editor', 'principal'], to: 'unit_approval' },
  returnToDraft: { path: 'return', from: ['unit_approval'], by: ['principal'], to: 'draft', body: { opinion: '请补充材料' } },
  submit: { path: 'submit', from: ['unit_approval'], by: ['principal'], to: 'submitted' },
  startReview: { path: 'start-review', from: ['submitted'], by: ['office'], to: 'in_review' },
  requestRevision: { path: 'request-revision', from: ['in_review'], by: ['office'], to: 'revision', body: { opinion: '请修改' } },
  resubmit: { path: 'resubmit', from: ['revision'], by: ['editor', 'principal'], to: 'in_review' },
  passReview: { path: 'pass-review', from: ['in_review'], by: ['office'], to: 'content_approval' },
  approve: { path: 'approve', from: ['content_approval'], by: ['principal'], to: 'approved' },
  refuseInReview: { path: 'refuse', from: ['submitted', 'in_review'], by: ['office'], to: 'refused', body: { opinion: '不予同意' } },
  refuseContent: { path: 'refuse', from: ['content_approval'], by: ['principal'], to: 'refused', body: { opinion: '不予同意' } },
  withdraw: {
    path: 'withdraw',
    from: ['draft', 'unit_approval', 'submitted', 'in_review', 'revision', 'content_approval', 'approved', 'announced'],
    by: ['editor', 'principal', 'office'],
    to: 'withdrawn',
  },
  announce: { path: 'announce', from: ['approved'], by: ['office'], to: 'announced' },
  startLive: { path: 'start-live', from: ['announced'], by: ['office'], to: 'live' },
  finish: { path: 'finish', from: ['live'], by: ['office'], to: 'held' },
  archive: { path: 'archive', from: ['held'], by: ['office'], to: 'archived' },
};
const ACTIONS = Object.keys(MODEL);

/** What the model expects: the new state, or the refusal. */
function predict(status: Status, action: string, actor: ActorKey): { code: 200; to: Status } | { code: 403 | 409 } {
  const rule = MODEL[action]!;
  if (!READERS.includes(actor)) return { code: 403 };
  // `refuse` is one route with two rules: whichever covers the state decides.
  const applicable = rule.path === 'refuse' ? Object.values(MODEL).find((r) => r.path === 'refuse' && r.from.includes(status)) : rule.from.includes(status) ? rule : undefined;
  if (!applicable) return { code: 409 };
  return applicable.by.includes(actor) ? { code: 200, to: applicable.to } : { code: 403 };
}

const ANNOUNCED: readonly Status[] = ['announced', 'live', 'held', 'archived'];

describe('the application workflow, driven at random against the API (A15, A17)', () => {
  let t: TestApp;
  let world: ConferenceWorld;
  let unitId: number;
  const cookies = {} as Record<ActorKey, string>;

  beforeAll(async () => {
    t = await buildTestApp('sqlite');
    const at = t.clock.now().toISOString();
    const units = await createDistrict(t.ctx.db, at);
    const other = await createUnit(t.ctx.db, at, { kind: 'department', name: '区财政局', parentId: units.district.id });
    unitId = units.township.id;
    world = await conferenceWorld(t.ctx.db, at, { unitId, newsOfficeId: units.newsOffice.id });
    const logins: Record<ActorKey, Parameters<typeof loginAs>[2]> = {
      editor: 'unit_editor',
      principal: 'unit_approver',
      office: 'news_office',
      leader: 'leader',
      auditor: 'auditor',
      otherEditor: 'unit_editor',
      otherApprover: 'unit_approver',
      admin: 'admin',
    };
    const unitOf: Record<ActorKey, number | null> = {
      editor: unitId,
      principal: unitId,
      office: units.district.id,
      leader: units.district.id,
      auditor: units.district.id,
      otherEditor: other.id,
      otherApprover: other.id,
      admin: null,
    };
    for (const key of ACTORS) {
      const s = await loginAs(t.ctx.db, at, logins[key], unitOf[key]);
      cookies[key] = s.cookie;
      if (key === 'principal') await linkUser(t.ctx.db, s.user.id, world.principal.id);
    }
  });
  afterAll(async () => t.close());

  it('answers every action as the model says and keeps the invariants', async () => {
    // Each step is drawn as numbers; at run time most pick an action the model allows now, so runs get deep.
    const step = fc.record({ legal: fc.boolean(), a: fc.nat(), b: fc.nat() });
    await fc.assert(
      fc.asyncProperty(fc.array(step, { minLength: 1, maxLength: 30 }), async (steps) => {
        const c = await insertConference(t.ctx.db, t.clock.now().toISOString(), { unitId, world, status: 'draft' });
        let status: Status = 'draft';
        let transitions = 0;
        for (const s of steps) {
          let action: string;
          let actor: ActorKey;
          const open = ACTIONS.flatMap((name) => MODEL[name]!.by.map((who) => [name, who] as const)).filter(([name, who]) => predict(status, name, who).code === 200);
          if (s.legal && open.length > 0) [action, actor] = open[s.a % open.length]!;
          else [action, actor] = [ACTIONS[s.a % ACTIONS.length]!, ACTORS[s.b % ACTORS.length]!];
          const rule = MODEL[action]!;
          const expected = predict(status, action, actor);
          const res = await t.app.inject({ method: 'POST', url: `/api/v1/conference-applications/${c.id}/${rule.path}`, payload: rule.body ?? {}, headers: { cookie: cookies[actor] } });
          expect(res.statusCode, `${action} by ${actor} from ${status}: ${res.body.slice(0, 200)}`).toBe(expected.code);
          if (expected.code === 200) {
            status = expected.to;
            transitions++;
          } else {
            expect(res.headers['content-type']).toMatch(/problem\+json/);
            if (expected.code === 403) expect(res.json().rule).toBe('A17');
          }

          const row = await t.ctx.db.selectFrom('conferences').select(['status', 'release_id']).where('id', '=', c.id).executeTakeFirstOrThrow();
          expect(row.status).toBe(status);
          const audited = await t.ctx.db.selectFrom('audit_log').select('action').where('entity', '=', 'conference').where('entity_id', '=', String(c.id)).execute();
          expect(audited.length, 'every transition audited, nothing else').toBe(transitions);
          if (ANNOUNCED.includes(status)) {
            const decisions = await t.ctx.db.selectFrom('conference_decisions').select(['step', 'decision']).where('conference_id', '=', c.id).execute();
            const approved = (stepName: string) => decisions.some((d) => d.step === stepName && d.decision === 'approved');
            expect(approved('unit_principal') && approved('review') && approved('unit'), 'announced only with every approval').toBe(true);
          }
          expect(row.release_id !== null).toBe(status === 'archived');
        }
      }),
      { numRuns: 40 },
    );
  });
});
