import type { MatrixEntry, MatrixFixture } from '../../../test/authorization';
import { createUnit } from '../../../test/factories';

const OFFICE = ['admin', 'news_office'] as const;
const fresh = (fx: MatrixFixture) => createUnit(fx.t.ctx.db, fx.at, { parentId: fx.units.district.id, kind: 'department' });

export const matrix: MatrixEntry[] = [
  { route: 'GET /api/v1/units', allow: 'everyone', request: () => ({ url: '/api/v1/units' }) },
  { route: 'GET /api/v1/units/gaps', allow: 'everyone', request: () => ({ url: '/api/v1/units/gaps' }) },
  { route: 'GET /api/v1/units/:id', allow: 'everyone', request: (fx) => ({ url: `/api/v1/units/${fx.units.own.id}` }) },
  {
    route: 'POST /api/v1/units',
    allow: OFFICE,
    request: (fx) => ({ url: '/api/v1/units', payload: { parentId: fx.units.district.id, kind: 'department', name: '区医保局' } }),
  },
  { route: 'PATCH /api/v1/units/:id', allow: OFFICE, request: (fx) => ({ url: `/api/v1/units/${fx.units.own.id}`, payload: { pressSectionName: '综合办公室' } }) },
  { route: 'POST /api/v1/units/:id/retire', allow: OFFICE, request: async (fx) => ({ url: `/api/v1/units/${(await fresh(fx)).id}/retire` }) },
  { route: 'POST /api/v1/units/:id/reactivate', allow: OFFICE, request: async (fx) => ({ url: `/api/v1/units/${(await fresh(fx)).id}/reactivate` }) },
  { route: 'DELETE /api/v1/units/:id', allow: OFFICE, request: async (fx) => ({ url: `/api/v1/units/${(await fresh(fx)).id}` }) },
];
