import type { MatrixEntry } from '../../../test/authorization';

export const matrix: MatrixEntry[] = [
  { route: 'GET /api/v1/audit', allow: ['auditor'], request: () => ({ url: '/api/v1/audit' }) },
  { route: 'GET /api/v1/audit/verify', allow: ['admin', 'auditor'], request: () => ({ url: '/api/v1/audit/verify' }) },
];
