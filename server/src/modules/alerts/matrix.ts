import type { MatrixEntry, MatrixFixture } from '../../../test/authorization';
import { createAlertChannel } from '../../../test/factories';

const MANAGERS = ['admin', 'news_office'] as const;
/** Nothing listens on the discard port: a test message there fails at once, and is recorded. */
const channel = (fx: MatrixFixture) => createAlertChannel(fx.t.ctx.db, fx.at, { kind: 'wecom', settings: { url: 'http://127.0.0.1:9/robot?key=k', secret: null } });
const body = { kind: 'dingtalk', name: '区政府新闻办工作群', levels: ['news_office'], url: 'http://127.0.0.1:9/robot/send?access_token=t', secret: 'SEC123' };

async function failedDelivery(fx: MatrixFixture) {
  const c = await channel(fx);
  return fx.t.ctx.db
    .insertInto('alert_deliveries')
    .values({
      dedupe_key: `matrix:${c.id}`,
      alert_key: 'matrix',
      clock_key: 'incident:0:A13.4-a',
      channel: 'wecom',
      channel_id: c.id,
      user_id: null,
      recipient: c.name,
      subject: '提醒',
      body: '内容',
      link: null,
      severity: 'urgent',
      status: 'failed',
      attempts: 5,
      last_error: 'connect ECONNREFUSED',
      late: 0,
      created_at: fx.at,
      sent_at: null,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
}

export const matrix: MatrixEntry[] = [
  { route: 'GET /api/v1/alert-channels', allow: MANAGERS, request: () => ({ url: '/api/v1/alert-channels' }) },
  { route: 'POST /api/v1/alert-channels', allow: MANAGERS, request: () => ({ url: '/api/v1/alert-channels', payload: body }) },
  { route: 'PUT /api/v1/alert-channels/:id', allow: MANAGERS, request: async (fx) => ({ url: `/api/v1/alert-channels/${(await channel(fx)).id}`, payload: { ...body, kind: 'wecom' } }) },
  { route: 'POST /api/v1/alert-channels/:id/test', allow: MANAGERS, request: async (fx) => ({ url: `/api/v1/alert-channels/${(await channel(fx)).id}/test`, payload: {} }) },
  { route: 'GET /api/v1/alert-deliveries', allow: ['admin', 'news_office', 'leader', 'auditor'], request: () => ({ url: '/api/v1/alert-deliveries' }) },
  { route: 'POST /api/v1/alert-deliveries/:id/retry', allow: MANAGERS, request: async (fx) => ({ url: `/api/v1/alert-deliveries/${(await failedDelivery(fx)).id}/retry` }) },
];
