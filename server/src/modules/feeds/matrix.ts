import type { MatrixEntry, MatrixFixture } from '../../../test/authorization';

const MANAGERS = ['admin', 'news_office'] as const;
/** Nothing listens on the discard port: a poll there fails at once, and is recorded on the feed. */
const URL = 'http://127.0.0.1:9/feed.xml';

const feed = (fx: MatrixFixture) =>
  fx.t.ctx.db
    .insertInto('opinion_feeds')
    .values({ name: '测试订阅源', url: URL, interval_minutes: 5, enabled: 1, etag: null, last_modified: null, last_polled_at: null, last_status: null, last_error: null, created_at: fx.at, updated_at: fx.at })
    .returning('id')
    .executeTakeFirstOrThrow();

export const matrix: MatrixEntry[] = [
  { route: 'GET /api/v1/opinion-feeds', allow: MANAGERS, request: () => ({ url: '/api/v1/opinion-feeds' }) },
  { route: 'POST /api/v1/opinion-feeds', allow: MANAGERS, request: () => ({ url: '/api/v1/opinion-feeds', payload: { name: '武隆论坛', url: URL } }) },
  { route: 'PUT /api/v1/opinion-feeds/:id', allow: MANAGERS, request: async (fx) => ({ url: `/api/v1/opinion-feeds/${(await feed(fx)).id}`, payload: { name: '武隆论坛', url: URL, enabled: false } }) },
  { route: 'POST /api/v1/opinion-feeds/:id/poll', allow: MANAGERS, request: async (fx) => ({ url: `/api/v1/opinion-feeds/${(await feed(fx)).id}/poll` }) },
];
