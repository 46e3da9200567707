import type { MatrixEntry, MatrixFixture } from '../../../test/authorization';
import { createViolation } from '../../../test/factories';

const violation = (fx: MatrixFixture) => createViolation(fx.t.ctx.db, fx.at, { unitId: fx.units.own.id });

export const matrix: MatrixEntry[] = [
  { route: 'GET /api/v1/violations', allow: 'everyone', request: () => ({ url: '/api/v1/violations' }) },
  { route: 'GET /api/v1/violations/:id', allow: ['news_office', 'leader', 'auditor', 'editor_own', 'approver_own'], request: async (fx) => ({ url: `/api/v1/violations/${(await violation(fx)).id}` }) },
  { route: 'POST /api/v1/violations/:id/confirm', allow: ['news_office'], request: async (fx) => ({ url: `/api/v1/violations/${(await violation(fx)).id}/confirm`, payload: { reason: '经核实确未按时发布' } }) },
  { route: 'POST /api/v1/violations/:id/dismiss', allow: ['news_office'], request: async (fx) => ({ url: `/api/v1/violations/${(await violation(fx)).id}/dismiss`, payload: { reason: '事件登记时已超过时限，系登记滞后' } }) },
];
