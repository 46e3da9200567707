import type { MatrixEntry } from '../../../test/authorization';

let n = 0;

export const matrix: MatrixEntry[] = [
  { route: 'GET /api/v1/venues', allow: 'everyone', request: () => ({ url: '/api/v1/venues' }) },
  { route: 'POST /api/v1/venues', allow: ['news_office'], request: () => ({ url: '/api/v1/venues', payload: { name: `矩阵会议室${++n}`, address: '武隆区芙蓉街道' } }) },
  { route: 'GET /api/v1/venues/bookings', allow: 'everyone', request: () => ({ url: '/api/v1/venues/bookings?weekOf=2026-12-15' }) },
];
