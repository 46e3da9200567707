import type { MatrixEntry } from '../../../test/authorization';
import { TEST_PASSWORD, createUser } from '../../../test/factories';

export const matrix: MatrixEntry[] = [
  {
    route: 'POST /api/v1/auth/login',
    allow: 'public',
    request: async (fx) => {
      const user = await createUser(fx.t.ctx.db, fx.at);
      return { url: '/api/v1/auth/login', payload: { username: user.username, password: TEST_PASSWORD } };
    },
  },
  { route: 'POST /api/v1/auth/logout', allow: 'everyone', request: () => ({ url: '/api/v1/auth/logout' }) },
  { route: 'GET /api/v1/auth/me', allow: 'everyone', request: () => ({ url: '/api/v1/auth/me' }) },
  {
    route: 'POST /api/v1/auth/password',
    allow: 'everyone',
    request: () => ({ url: '/api/v1/auth/password', payload: { currentPassword: TEST_PASSWORD, newPassword: 'Another#Pass9' } }),
  },
  { route: 'GET /api/v1/openapi.json', allow: 'public', request: () => ({ url: '/api/v1/openapi.json' }) },
];
