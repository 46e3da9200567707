import type { MatrixEntry } from '../../../test/authorization';

export const matrix: MatrixEntry[] = [
  { route: 'GET /api/v1/quotas', allow: 'everyone', request: () => ({ url: '/api/v1/quotas?year=2026' }) },
  { route: 'GET /api/v1/quotas/export', allow: 'everyone', request: () => ({ url: '/api/v1/quotas/export?year=2026' }) },
];
