import { IdParams, ReasonBody, ViolationQuery, ViolationView, page } from '@fabutong/core';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { requestContext } from '../../plugins/auth';
import * as violations from './service';

const TAGS = ['违规线索'];

export const violationRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get('/violations', { schema: { tags: TAGS, summary: '违规线索（A18、A19）', querystring: ViolationQuery, response: { 200: page(ViolationView) } } }, async (request) =>
    violations.listViolations(app.ctx, requestContext(request), request.query),
  );

  app.get('/violations/:id', { schema: { tags: TAGS, summary: '违规线索详情与证据', params: IdParams, response: { 200: ViolationView } } }, async (request) =>
    violations.getViolation(app.ctx, requestContext(request), request.params.id),
  );

  app.post('/violations/:id/confirm', { schema: { tags: TAGS, summary: '认定违规（须说明理由）', params: IdParams, body: ReasonBody, response: { 200: ViolationView } } }, async (request) =>
    violations.decideViolation(app.ctx, requestContext(request), request.params.id, 'confirmed', request.body.reason),
  );

  app.post('/violations/:id/dismiss', { schema: { tags: TAGS, summary: '排除线索（须说明理由）', params: IdParams, body: ReasonBody, response: { 200: ViolationView } } }, async (request) =>
    violations.decideViolation(app.ctx, requestContext(request), request.params.id, 'dismissed', request.body.reason),
  );
};
