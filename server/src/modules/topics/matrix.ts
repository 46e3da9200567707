import type { MatrixEntry, MatrixFixture } from '../../../test/authorization';
import { createTopic } from '../../../test/factories';

const READERS = ['news_office', 'leader', 'auditor', 'editor_own', 'approver_own'] as const;
const PROPOSERS = ['news_office', 'editor_own', 'approver_own'] as const;
const OFFICE = ['news_office'] as const;
/** The topic's unit (the factory's topics have no proposer of their own). */
const UNIT = ['editor_own', 'approver_own'] as const;

const topic = (fx: MatrixFixture, status: string) => createTopic(fx.t.ctx.db, fx.at, { unitId: fx.units.own.id, status });
const at = (path: string, status: string) => async (fx: MatrixFixture) => ({ url: `/api/v1/topics/${(await topic(fx, status)).id}${path}` });
const body = (fx: MatrixFixture) => ({
  unitId: fx.units.own.id,
  title: '白马镇汛期地质灾害防治工作',
  whyNow: '入汛在即，群众关心避险转移安排。',
  category: 'policy_interpretation',
  form: 'press_conference',
});

// Each conference started gets its own hour at the news release center: two may not overlap (A15.5).
let slot = 0;
const nextSlot = () => new Date(Date.UTC(2026, 11, 1, 1) + slot++ * 3 * 3_600_000).toISOString();

export const matrix: MatrixEntry[] = [
  { route: 'GET /api/v1/topics', allow: 'everyone', request: () => ({ url: '/api/v1/topics' }) },
  { route: 'GET /api/v1/topics/:id', allow: READERS, request: at('', 'proposed') },
  { route: 'POST /api/v1/topics', allow: PROPOSERS, request: (fx) => ({ url: '/api/v1/topics', payload: body(fx) }) },
  { route: 'PATCH /api/v1/topics/:id', allow: UNIT, request: async (fx) => ({ ...(await at('', 'proposed')(fx)), payload: body(fx) }) },
  { route: 'POST /api/v1/topics/:id/endorse', allow: ['approver_own'], request: async (fx) => ({ ...(await at('/endorse', 'proposed')(fx)), payload: { opinion: '同意' } }) },
  { route: 'POST /api/v1/topics/:id/withdraw', allow: UNIT, request: at('/withdraw', 'proposed') },
  { route: 'POST /api/v1/topics/:id/accept', allow: OFFICE, request: async (fx) => ({ ...(await at('/accept', 'endorsed')(fx)), payload: {} }) },
  { route: 'POST /api/v1/topics/:id/decline', allow: OFFICE, request: async (fx) => ({ ...(await at('/decline', 'endorsed')(fx)), payload: { reason: '与已有选题重复' } }) },
  {
    route: 'POST /api/v1/topics/:id/merge',
    allow: OFFICE,
    request: async (fx) => ({ ...(await at('/merge', 'endorsed')(fx)), payload: { intoId: (await topic(fx, 'accepted')).id } }),
  },
  { route: 'POST /api/v1/topics/:id/start-release', allow: PROPOSERS, request: async (fx) => ({ ...(await at('/start-release', 'accepted')(fx)), payload: {} }) },
  {
    route: 'POST /api/v1/topics/:id/start-conference',
    allow: PROPOSERS,
    request: async (fx) => ({ ...(await at('/start-conference', 'accepted')(fx)), payload: { startsAt: nextSlot() } }),
  },
];
