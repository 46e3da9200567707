import type { MatrixEntry, MatrixFixture } from '../../../test/authorization';
import { createPerson } from '../../../test/factories';

const OFFICE = ['admin', 'news_office'] as const;
const person = (fx: MatrixFixture) => createPerson(fx.t.ctx.db, fx.at);

export const matrix: MatrixEntry[] = [
  { route: 'GET /api/v1/people', allow: 'everyone', request: () => ({ url: '/api/v1/people?q=张' }) },
  { route: 'GET /api/v1/people/:id', allow: 'everyone', request: async (fx) => ({ url: `/api/v1/people/${(await person(fx)).id}` }) },
  { route: 'POST /api/v1/people', allow: OFFICE, request: () => ({ url: '/api/v1/people', payload: { name: '张三', pressPhone: '023-77701234' } }) },
  { route: 'PATCH /api/v1/people/:id', allow: OFFICE, request: async (fx) => ({ url: `/api/v1/people/${(await person(fx)).id}`, payload: { mobile: '13800000000' } }) },
  {
    route: 'POST /api/v1/appointments',
    allow: OFFICE,
    request: async (fx) => ({
      url: '/api/v1/appointments',
      payload: { personId: (await person(fx)).id, unitId: fx.units.own.id, post: 'staff', from: '2026-01-01' },
    }),
  },
  {
    route: 'PATCH /api/v1/appointments/:id',
    allow: OFFICE,
    request: async (fx) => {
      const row = await fx.t.ctx.db
        .insertInto('appointments')
        .values({ person_id: (await person(fx)).id, unit_id: fx.units.own.id, post: 'staff', title: null, from_date: '2025-01-01', to_date: null, filed_with_municipal_at: null, note: null, created_at: fx.at, updated_at: fx.at })
        .returning('id')
        .executeTakeFirstOrThrow();
      return { url: `/api/v1/appointments/${row.id}`, payload: { to: '2026-06-30' } };
    },
  },
];
