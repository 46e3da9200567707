import { FeedBody, FeedView, IdParams } from '@fabutong/core';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { requestContext } from '../../plugins/auth';
import * as feeds from './service';

const TAGS = ['舆情监测来源'];

export const feedRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get('/opinion-feeds', { schema: { tags: TAGS, summary: '订阅源（RSS/Atom）及最近一次抓取', response: { 200: z.object({ items: z.array(FeedView) }) } } }, async (request) => ({
    items: await feeds.listFeeds(app.ctx, requestContext(request)),
  }));

  app.post('/opinion-feeds', { schema: { tags: TAGS, summary: '新增订阅源（随即抓取一次）', body: FeedBody, response: { 201: FeedView } } }, async (request, reply) => {
    reply.code(201);
    return feeds.saveFeed(app.ctx, requestContext(request), null, request.body);
  });

  app.put('/opinion-feeds/:id', { schema: { tags: TAGS, summary: '修改订阅源', params: IdParams, body: FeedBody, response: { 200: FeedView } } }, async (request) =>
    feeds.saveFeed(app.ctx, requestContext(request), request.params.id, request.body),
  );

  app.post(
    '/opinion-feeds/:id/poll',
    {
      schema: {
        tags: TAGS,
        summary: '立即抓取',
        params: IdParams,
        response: { 200: z.object({ result: z.object({ fetched: z.number().int(), created: z.number().int(), duplicates: z.number().int(), unmatched: z.number().int() }), feed: FeedView }) },
      },
    },
    async (request) => feeds.pollFeedNow(app.ctx, requestContext(request), request.params.id),
  );
};
