import type { MatrixEntry, MatrixFixture } from '../../../test/authorization';
import { createRelease } from '../../../test/factories';

const WRITERS = ['news_office', 'editor_own', 'approver_own'] as const;
const READERS = ['news_office', 'leader', 'auditor', 'editor_own', 'approver_own'] as const;
const release = (fx: MatrixFixture, status = 'planned') => createRelease(fx.t.ctx.db, fx.at, { unitId: fx.units.own.id, status });
const body = (fx: MatrixFixture) => ({
  unitId: fx.units.own.id,
  title: '白马镇乡村旅游新闻通气会',
  inNameOf: 'unit',
  organizer: 'unit',
  form: 'background_briefing',
  categories: ['disclosure'],
  startsAt: '2026-12-10T10:00:00+08:00',
});

export const matrix: MatrixEntry[] = [
  { route: 'GET /api/v1/releases', allow: 'everyone', request: () => ({ url: '/api/v1/releases?year=2026' }) },
  { route: 'GET /api/v1/releases/export', allow: 'everyone', request: () => ({ url: '/api/v1/releases/export?year=2026' }) },
  { route: 'GET /api/v1/releases/stats', allow: 'everyone', request: () => ({ url: '/api/v1/releases/stats?year=2026' }) },
  { route: 'GET /api/v1/releases/:id', allow: READERS, request: async (fx) => ({ url: `/api/v1/releases/${(await release(fx)).id}` }) },
  { route: 'POST /api/v1/releases', allow: WRITERS, request: (fx) => ({ url: '/api/v1/releases', payload: body(fx) }) },
  { route: 'PUT /api/v1/releases/:id', allow: WRITERS, request: async (fx) => ({ url: `/api/v1/releases/${(await release(fx)).id}`, payload: body(fx) }) },
  {
    route: 'POST /api/v1/releases/:id/coverage',
    allow: WRITERS,
    request: async (fx) => ({
      url: `/api/v1/releases/${(await release(fx, 'held')).id}/coverage`,
      payload: { outletName: '武隆网', title: '白马镇举行新闻通气会', publishedOn: '2026-05-21' },
    }),
  },
  { route: 'GET /api/v1/platforms', allow: 'everyone', request: () => ({ url: '/api/v1/platforms' }) },
];
