import type { MatrixEntry, MatrixFixture } from '../../../test/authorization';
import { createJournalist, createOutlet } from '../../../test/factories';

const OFFICE = ['admin', 'news_office'] as const;
const outlet = (fx: MatrixFixture) => createOutlet(fx.t.ctx.db, fx.at);

export const matrix: MatrixEntry[] = [
  { route: 'GET /api/v1/media/outlets', allow: 'everyone', request: () => ({ url: '/api/v1/media/outlets' }) },
  { route: 'GET /api/v1/media/outlets/:id', allow: 'everyone', request: async (fx) => ({ url: `/api/v1/media/outlets/${(await outlet(fx)).id}` }) },
  { route: 'POST /api/v1/media/outlets', allow: OFFICE, request: () => ({ url: '/api/v1/media/outlets', payload: { name: '武隆融媒体中心', level: 'district' } }) },
  { route: 'PATCH /api/v1/media/outlets/:id', allow: OFFICE, request: async (fx) => ({ url: `/api/v1/media/outlets/${(await outlet(fx)).id}`, payload: { contact: '023-7777' } }) },
  {
    route: 'POST /api/v1/media/outlets/:id/findings',
    allow: OFFICE,
    request: async (fx) => ({ url: `/api/v1/media/outlets/${(await outlet(fx)).id}/findings`, payload: { foundOn: '2026-11-01', finding: '标题与发布内容严重不符' } }),
  },
  { route: 'GET /api/v1/media/journalists', allow: 'everyone', request: () => ({ url: '/api/v1/media/journalists' }) },
  { route: 'POST /api/v1/media/journalists', allow: OFFICE, request: async (fx) => ({ url: '/api/v1/media/journalists', payload: { outletId: (await outlet(fx)).id, name: '王记者' } }) },
  {
    route: 'PATCH /api/v1/media/journalists/:id',
    allow: OFFICE,
    request: async (fx) => ({ url: `/api/v1/media/journalists/${(await createJournalist(fx.t.ctx.db, fx.at, (await outlet(fx)).id)).id}`, payload: { contact: '139' } }),
  },
  { route: 'GET /api/v1/media/expiring', allow: 'everyone', request: () => ({ url: '/api/v1/media/expiring' }) },
];
