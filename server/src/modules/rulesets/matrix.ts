import type { MatrixEntry } from '../../../test/authorization';

export const matrix: MatrixEntry[] = [
  { route: 'GET /api/v1/rule-sets/active', allow: 'everyone', request: () => ({ url: '/api/v1/rule-sets/active' }) },
  { route: 'GET /api/v1/rule-sets', allow: 'everyone', request: () => ({ url: '/api/v1/rule-sets' }) },
];
