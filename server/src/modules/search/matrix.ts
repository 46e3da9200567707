import type { MatrixEntry } from '../../../test/authorization';

export const matrix: MatrixEntry[] = [{ route: 'GET /api/v1/search', allow: 'everyone', request: () => ({ url: `/api/v1/search?q=${encodeURIComponent('防汛')}` }) }];
