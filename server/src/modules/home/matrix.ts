import type { MatrixEntry } from '../../../test/authorization';

export const matrix: MatrixEntry[] = [{ route: 'GET /api/v1/home/pending', allow: 'everyone', request: () => ({ url: '/api/v1/home/pending' }) }];
