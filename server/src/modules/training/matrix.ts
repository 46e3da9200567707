import type { MatrixEntry, MatrixFixture } from '../../../test/authorization';
import { createPerson } from '../../../test/factories';

const READERS = ['news_office', 'leader', 'auditor', 'editor_own', 'editor_other', 'approver_own', 'approver_other'] as const;

async function session(fx: MatrixFixture) {
  return fx.t.ctx.db
    .insertInto('training_sessions')
    .values({ topic: '新闻发言人媒介素养培训', held_on: '2026-06-01', organizer: '区政府新闻办', kind: 'news_office_training', note: null, created_by: null, created_at: fx.at, updated_at: fx.at })
    .returning('id')
    .executeTakeFirstOrThrow();
}

const body = { topic: '突发事件新闻发布演练', heldOn: '2026-09-10', organizer: '区政府新闻办', kind: 'drill', personIds: [] };

export const matrix: MatrixEntry[] = [
  { route: 'GET /api/v1/training/sessions', allow: READERS, request: () => ({ url: '/api/v1/training/sessions?year=2026' }) },
  { route: 'POST /api/v1/training/sessions', allow: ['news_office'], request: () => ({ url: '/api/v1/training/sessions', payload: body }) },
  { route: 'GET /api/v1/training/sessions/:id', allow: READERS, request: async (fx) => ({ url: `/api/v1/training/sessions/${(await session(fx)).id}` }) },
  { route: 'PUT /api/v1/training/sessions/:id', allow: ['news_office'], request: async (fx) => ({ url: `/api/v1/training/sessions/${(await session(fx)).id}`, payload: body }) },
  { route: 'GET /api/v1/training/people/:id', allow: READERS, request: async (fx) => ({ url: `/api/v1/training/people/${(await createPerson(fx.t.ctx.db, fx.at)).id}` }) },
  { route: 'GET /api/v1/training/untrained', allow: READERS, request: () => ({ url: '/api/v1/training/untrained?year=2026' }) },
];
