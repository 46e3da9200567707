import type { MatrixEntry, MatrixFixture } from '../../../test/authorization';
import { createPlan } from '../../../test/factories';

const WRITERS = ['news_office', 'editor_own', 'approver_own'] as const;

// A plan is one per unit and year: each filing gets a year of its own.
let year = 2040;
const plan = (fx: MatrixFixture) => createPlan(fx.t.ctx.db, fx.at, { unitId: fx.units.own.id, year: year++ });

export const matrix: MatrixEntry[] = [
  { route: 'GET /api/v1/release-plans', allow: 'everyone', request: () => ({ url: '/api/v1/release-plans?year=2026' }) },
  { route: 'GET /api/v1/release-plans/progress', allow: 'everyone', request: () => ({ url: '/api/v1/release-plans/progress?year=2026' }) },
  {
    route: 'POST /api/v1/release-plans',
    allow: WRITERS,
    request: (fx) => ({ url: '/api/v1/release-plans', payload: { unitId: fx.units.own.id, year: 2027, items: [{ quarter: 2, title: '乡村旅游季新闻发布会' }] } }),
  },
  { route: 'POST /api/v1/release-plans/:id/file', allow: WRITERS, request: async (fx) => ({ url: `/api/v1/release-plans/${(await plan(fx)).id}/file` }) },
];
