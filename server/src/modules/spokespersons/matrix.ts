import type { MatrixEntry } from '../../../test/authorization';
import { appoint } from '../../../test/factories';

export const matrix: MatrixEntry[] = [
  { route: 'GET /api/v1/spokesperson-lists', allow: 'everyone', request: () => ({ url: '/api/v1/spokesperson-lists' }) },
  { route: 'GET /api/v1/spokesperson-lists/draft', allow: 'everyone', request: () => ({ url: '/api/v1/spokesperson-lists/draft' }) },
  {
    route: 'POST /api/v1/spokesperson-lists',
    allow: ['news_office'],
    request: async (fx) => {
      await appoint(fx.t.ctx.db, fx.at, { unitId: fx.units.own.id, post: 'spokesperson', from: '2025-01-01', unique: true });
      return { url: '/api/v1/spokesperson-lists', payload: { year: 2026 } };
    },
  },
  {
    route: 'GET /api/v1/spokesperson-lists/:id/document',
    allow: 'everyone',
    request: async (fx) => {
      const row = await fx.t.ctx.db
        .insertInto('spokesperson_lists')
        .values({ year: 2025, version: Math.floor(Math.random() * 1e9), published_at: fx.at, published_by: null, superseded_at: null, note: null, entries_json: '[]' })
        .returning('id')
        .executeTakeFirstOrThrow();
      return { url: `/api/v1/spokesperson-lists/${row.id}/document?format=xlsx` };
    },
  },
];
