import { IdParams, ReasonBody, WarningBody, WarningQuery, WarningView } from '@fabutong/core';
import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { requestContext } from '../../plugins/auth';
import * as warnings from './service';

const TAGS = ['预警信息'];

export const warningRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get('/warnings', { schema: { tags: TAGS, summary: '预警信息（A5.5）', querystring: WarningQuery, response: { 200: z.object({ items: z.array(WarningView) }) } } }, async (request) => ({
    items: await warnings.listWarnings(app.ctx, request.query.state),
  }));

  app.post('/warnings', { schema: { tags: TAGS, summary: '发布预警', body: WarningBody, response: { 201: WarningView } } }, async (request, reply) => {
    reply.code(201);
    return warnings.issueWarning(app.ctx, requestContext(request), request.body);
  });

  app.put('/warnings/:id', { schema: { tags: TAGS, summary: '更新预警（级别、区域、有效期、内容）', params: IdParams, body: WarningBody, response: { 200: WarningView } } }, async (request) =>
    warnings.updateWarning(app.ctx, requestContext(request), request.params.id, request.body),
  );

  app.post('/warnings/:id/lift', { schema: { tags: TAGS, summary: '解除预警', params: IdParams, body: ReasonBody, response: { 200: WarningView } } }, async (request) =>
    warnings.liftWarning(app.ctx, requestContext(request), request.params.id, request.body.reason),
  );
};
