import type { MatrixEntry } from '../../../test/authorization';
import { createUser } from '../../../test/factories';

const target = async (fx: Parameters<MatrixEntry['request']>[0]) => createUser(fx.t.ctx.db, fx.at);

export const matrix: MatrixEntry[] = [
  { route: 'GET /api/v1/users', allow: ['admin', 'auditor'], request: () => ({ url: '/api/v1/users' }) },
  {
    route: 'POST /api/v1/users',
    allow: ['admin'],
    request: (_fx, actor) => ({
      url: '/api/v1/users',
      payload: { username: `new.${actor}`.replace(/_/g, '-'), displayName: '新用户', password: 'Fresh#Pass42', grants: [] },
    }),
  },
  {
    route: 'PATCH /api/v1/users/:id',
    allow: ['admin'],
    request: async (fx) => ({ url: `/api/v1/users/${(await target(fx)).id}`, payload: { displayName: '改名' } }),
  },
  {
    route: 'POST /api/v1/users/:id/reset-password',
    allow: ['admin'],
    request: async (fx) => ({ url: `/api/v1/users/${(await target(fx)).id}/reset-password`, payload: { newPassword: 'Reset#Pass42' } }),
  },
  {
    route: 'POST /api/v1/users/:id/unlock',
    allow: ['admin'],
    request: async (fx) => ({ url: `/api/v1/users/${(await target(fx)).id}/unlock` }),
  },
];
