import { ExportQuery, IdParams, ListsQuery, PublishListBody, SpokespersonEntry, SpokespersonListView } from '@fabutong/core';
import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { requestContext } from '../../plugins/auth';
import { listTitle, listToDocx, listToXlsx } from './documents';
import * as lists from './service';

const TAGS = ['新闻发言人名单'];

export const spokespersonListRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/spokesperson-lists',
    { schema: { tags: TAGS, summary: '已公布的名单（各版本）', querystring: ListsQuery, response: { 200: z.object({ items: z.array(SpokespersonListView) }) } } },
    async (request) => ({ items: await lists.listsOfYear(app.ctx, request.query.year) }),
  );

  app.get(
    '/spokesperson-lists/draft',
    { schema: { tags: TAGS, summary: '按现任情况生成的名单（公布前预览）', response: { 200: z.object({ entries: z.array(SpokespersonEntry) }) } } },
    async () => ({ entries: await lists.currentSpokespersons(app.ctx) }),
  );

  app.post('/spokesperson-lists', { schema: { tags: TAGS, summary: '公布（或更正）一年的名单（A8.3）', body: PublishListBody, response: { 201: SpokespersonListView } } }, async (request, reply) => {
    reply.code(201);
    return lists.publishList(app.ctx, requestContext(request), request.body);
  });

  app.get(
    '/spokesperson-lists/:id/document',
    { schema: { tags: TAGS, summary: '导出名单为 Word 或 Excel', params: IdParams, querystring: ExportQuery } },
    async (request, reply) => {
      const list = await lists.findList(app.ctx, request.params.id);
      const docx = request.query.format === 'docx';
      const body = docx ? await listToDocx(list) : await listToXlsx(list);
      const filename = `${listTitle(list)}.${request.query.format}`;
      reply
        .type(docx ? 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' : 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
        .header('content-disposition', `attachment; filename="list.${request.query.format}"; filename*=UTF-8''${encodeURIComponent(filename)}`);
      return body;
    },
  );
};
