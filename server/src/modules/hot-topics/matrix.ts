import type { MatrixEntry, MatrixFixture } from '../../../test/authorization';
import { createHotTopicAssignment, createRelease } from '../../../test/factories';

const OFFICE = ['news_office'] as const;
const READERS = ['news_office', 'leader', 'auditor', 'editor_own', 'editor_other', 'approver_own', 'approver_other'] as const;
const topic = (fx: MatrixFixture) => createHotTopicAssignment(fx.t.ctx.db, fx.at, { unitId: fx.units.own.id });

export const matrix: MatrixEntry[] = [
  { route: 'GET /api/v1/hot-topics', allow: READERS, request: () => ({ url: '/api/v1/hot-topics' }) },
  { route: 'POST /api/v1/hot-topics', allow: OFFICE, request: () => ({ url: '/api/v1/hot-topics', payload: { title: '强降雨天气防汛发布', description: '气象台预报强降雨' } }) },
  { route: 'POST /api/v1/hot-topics/:id/close', allow: OFFICE, request: async (fx) => ({ url: `/api/v1/hot-topics/${(await topic(fx)).topic.id}/close` }) },
  {
    route: 'POST /api/v1/hot-topics/:id/assignments',
    allow: OFFICE,
    request: async (fx) => ({
      url: `/api/v1/hot-topics/${(await topic(fx)).topic.id}/assignments`,
      payload: { unitId: fx.units.own.id, task: 'release', instructions: '发布防汛提示', dueAt: new Date(Date.parse(fx.at) + 6 * 3_600_000).toISOString() },
    }),
  },
  {
    route: 'POST /api/v1/hot-topic-assignments/:id/release',
    allow: ['news_office', 'editor_own', 'approver_own'],
    request: async (fx) => {
      const release = await createRelease(fx.t.ctx.db, fx.at, { unitId: fx.units.own.id, form: 'written_release', status: 'published' });
      return { url: `/api/v1/hot-topic-assignments/${(await topic(fx)).assignment.id}/release`, payload: { releaseId: release.id } };
    },
  },
];
