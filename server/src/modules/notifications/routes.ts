import { IdParams, NotificationList, Ok } from '@fabutong/core';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { notFound } from '../../errors';

const TAGS = ['通知'];

export const notificationRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get('/notifications', { schema: { tags: TAGS, summary: '我的通知', response: { 200: NotificationList } } }, async (request) => {
    const userId = request.session!.actor.userId;
    const db = app.ctx.db;
    const [rows, unread] = await Promise.all([
      db.selectFrom('notifications').selectAll().where('user_id', '=', userId).orderBy('id', 'desc').limit(100).execute(),
      db
        .selectFrom('notifications')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .where('user_id', '=', userId)
        .where('read_at', 'is', null)
        .executeTakeFirstOrThrow(),
    ]);
    return {
      unread: Number(unread.n),
      items: rows.map((r) => ({
        id: r.id,
        createdAt: r.created_at,
        title: r.title,
        body: r.body,
        link: r.link,
        severity: r.severity as 'info' | 'warning' | 'urgent',
        readAt: r.read_at,
      })),
    };
  });

  app.post('/notifications/:id/read', { schema: { tags: TAGS, summary: '标记已读', params: IdParams, response: { 200: Ok } } }, async (request) => {
    const result = await app.ctx.db
      .updateTable('notifications')
      .set({ read_at: app.ctx.now().toISOString() })
      .where('id', '=', request.params.id)
      .where('user_id', '=', request.session!.actor.userId)
      .executeTakeFirst();
    if (Number(result.numUpdatedRows) === 0) throw notFound('通知');
    return { ok: true as const };
  });

  app.post('/notifications/read-all', { schema: { tags: TAGS, summary: '全部标记已读', response: { 200: Ok } } }, async (request) => {
    await app.ctx.db
      .updateTable('notifications')
      .set({ read_at: app.ctx.now().toISOString() })
      .where('user_id', '=', request.session!.actor.userId)
      .where('read_at', 'is', null)
      .execute();
    return { ok: true as const };
  });
};
