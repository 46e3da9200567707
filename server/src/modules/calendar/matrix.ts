import type { MatrixEntry } from '../../../test/authorization';

const OFFICE = ['admin', 'news_office'] as const;

export const matrix: MatrixEntry[] = [
  { route: 'GET /api/v1/calendar/offset', allow: 'everyone', request: () => ({ url: '/api/v1/calendar/offset?from=2026-11-26&workdays=10' }) },
  { route: 'GET /api/v1/calendar/years', allow: 'everyone', request: () => ({ url: '/api/v1/calendar/years' }) },
  { route: 'GET /api/v1/calendar/years/:year', allow: 'everyone', request: () => ({ url: '/api/v1/calendar/years/2026' }) },
  {
    route: 'POST /api/v1/calendar/years/:year/preview',
    allow: OFFICE,
    request: () => ({ url: '/api/v1/calendar/years/2027/preview', payload: { text: '2027-01-01 休 元旦' } }),
  },
  {
    route: 'PUT /api/v1/calendar/years/:year',
    allow: OFFICE,
    request: () => ({ url: '/api/v1/calendar/years/2027', payload: { holidays: [{ date: '2027-01-01', name: '元旦' }], makeupWorkdays: [] } }),
  },
];
