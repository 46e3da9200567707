import { ExpertBody, ExpertHistory, ExpertQuery, ExpertView, IdParams } from '@fabutong/core';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { requestContext } from '../../plugins/auth';
import * as experts from './service';

const TAGS = ['专家库'];

export const expertRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get('/experts', { schema: { tags: TAGS, summary: '专家库（按专业领域、类别检索）', querystring: ExpertQuery, response: { 200: z.object({ items: z.array(ExpertView) }) } } }, async (request) => ({
    items: await experts.listExperts(app.ctx, requestContext(request), request.query),
  }));

  app.post('/experts', { schema: { tags: TAGS, summary: '新增专家（A13.5）', body: ExpertBody, response: { 201: ExpertView } } }, async (request, reply) => {
    reply.code(201);
    return experts.saveExpert(app.ctx, requestContext(request), null, request.body);
  });

  app.put('/experts/:id', { schema: { tags: TAGS, summary: '修改专家信息', params: IdParams, body: ExpertBody, response: { 200: ExpertView } } }, async (request) =>
    experts.saveExpert(app.ctx, requestContext(request), request.params.id, request.body),
  );

  app.get('/experts/:id/history', { schema: { tags: TAGS, summary: '参与的舆情会商和政策解读', params: IdParams, response: { 200: ExpertHistory } } }, async (request) =>
    experts.expertHistory(app.ctx, requestContext(request), request.params.id),
  );
};
