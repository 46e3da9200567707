import type { MatrixEntry } from '../../../test/authorization';
import { createExpert } from '../../../test/factories';

const READERS = ['news_office', 'leader', 'auditor', 'editor_own', 'editor_other', 'approver_own', 'approver_other'] as const;
const body = { name: '李明', affiliation: '重庆大学', kind: 'field_expert', fields: ['防汛减灾', '交通'] };

export const matrix: MatrixEntry[] = [
  { route: 'GET /api/v1/experts', allow: READERS, request: () => ({ url: '/api/v1/experts?field=防汛' }) },
  { route: 'POST /api/v1/experts', allow: ['news_office'], request: () => ({ url: '/api/v1/experts', payload: body }) },
  { route: 'PUT /api/v1/experts/:id', allow: ['news_office'], request: async (fx) => ({ url: `/api/v1/experts/${(await createExpert(fx.t.ctx.db, fx.at)).id}`, payload: body }) },
  { route: 'GET /api/v1/experts/:id/history', allow: READERS, request: async (fx) => ({ url: `/api/v1/experts/${(await createExpert(fx.t.ctx.db, fx.at)).id}/history` }) },
];
