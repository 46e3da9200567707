import type { MatrixEntry } from '../../../test/authorization';

export const matrix: MatrixEntry[] = [
  { route: 'GET /api/v1/notifications', allow: 'everyone', request: () => ({ url: '/api/v1/notifications' }) },
  {
    route: 'POST /api/v1/notifications/:id/read',
    allow: 'everyone',
    request: async (fx, actor) => {
      const owner = actor === 'anonymous' ? fx.actors.admin.user.id : fx.actors[actor].user.id;
      const row = await fx.t.ctx.db
        .insertInto('notifications')
        .values({ user_id: owner, created_at: fx.at, title: '提醒', body: '内容', link: null, severity: 'info', read_at: null, dedupe_key: null })
        .returning('id')
        .executeTakeFirstOrThrow();
      return { url: `/api/v1/notifications/${row.id}/read` };
    },
  },
  { route: 'POST /api/v1/notifications/read-all', allow: 'everyone', request: () => ({ url: '/api/v1/notifications/read-all' }) },
];
