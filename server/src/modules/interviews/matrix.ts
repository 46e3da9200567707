import type { MatrixEntry, MatrixFixture } from '../../../test/authorization';
import { createInterviewRequest, createJournalist, createOutlet } from '../../../test/factories';

const READERS = ['news_office', 'leader', 'auditor', 'editor_own', 'approver_own'] as const;
const DECIDERS = ['news_office', 'editor_own', 'approver_own'] as const;

/** Routed to the `own` unit, from a journalist registered with a valid card. */
async function routed(fx: MatrixFixture) {
  const outlet = await createOutlet(fx.t.ctx.db, fx.at);
  const journalist = await createJournalist(fx.t.ctx.db, fx.at, outlet.id);
  return createInterviewRequest(fx.t.ctx.db, fx.at, { unitId: fx.units.own.id, pressCardNo: journalist.press_card_no! });
}

export const matrix: MatrixEntry[] = [
  { route: 'GET /api/v1/interview-requests', allow: 'everyone', request: () => ({ url: '/api/v1/interview-requests' }) },
  { route: 'GET /api/v1/interview-requests/:id', allow: READERS, request: async (fx) => ({ url: `/api/v1/interview-requests/${(await routed(fx)).id}` }) },
  {
    route: 'POST /api/v1/interview-requests/:id/route',
    allow: ['news_office'],
    request: async (fx) => ({ url: `/api/v1/interview-requests/${(await createInterviewRequest(fx.t.ctx.db, fx.at)).id}/route`, payload: { unitId: fx.units.own.id, background: '汛期道路' } }),
  },
  {
    route: 'POST /api/v1/interview-requests/:id/accept',
    allow: DECIDERS,
    request: async (fx) => ({ url: `/api/v1/interview-requests/${(await routed(fx)).id}/accept`, payload: { startsAt: new Date(Date.parse(fx.at) + 2 * 86_400_000).toISOString() } }),
  },
  { route: 'POST /api/v1/interview-requests/:id/decline', allow: DECIDERS, request: async (fx) => ({ url: `/api/v1/interview-requests/${(await routed(fx)).id}/decline`, payload: { reason: '当日有防汛会商，建议改期' } }) },
];
