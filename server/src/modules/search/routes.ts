import { SearchQuery, SearchResult } from '@fabutong/core';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { requestContext } from '../../plugins/auth';
import * as service from './service';

const TAGS = ['全文检索'];

export const searchRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/search',
    {
      schema: {
        tags: TAGS,
        summary: '全文检索：发布活动、口径、选题、突发事件、舆情（按相关度或时间排序；其他单位的内部记录不出现）',
        querystring: SearchQuery,
        response: { 200: SearchResult },
      },
    },
    async (request) => service.search(app.ctx, requestContext(request), request.query),
  );
};
