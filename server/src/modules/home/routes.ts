import { PendingItems } from '@fabutong/core';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';

export const homeRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get('/home/pending', { schema: { tags: ['工作台'], summary: '我的待办', response: { 200: PendingItems } } }, async (request) => ({
    items: await app.ctx.pending.collect(app.ctx, request.session!.actor),
  }));
};
