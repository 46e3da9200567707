import {
  IdParams,
  IncidentBody,
  IncidentDetail,
  IncidentPatchBody,
  IncidentQuery,
  IncidentUpdateBody,
  IncidentUpdateView,
  IncidentView,
  LinkReleaseBody,
  ReasonBody,
  RegradeBody,
  ReviewUpdateBody,
  page,
} from '@fabutong/core';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { requestContext } from '../../plugins/auth';
import * as incidents from './service';

const TAGS = ['突发事件'];

export const incidentRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get('/incidents', { schema: { tags: TAGS, summary: '突发事件台账（含法定时限）', querystring: IncidentQuery, response: { 200: page(IncidentView) } } }, async (request) =>
    incidents.listIncidents(app.ctx, requestContext(request), request.query),
  );

  app.post('/incidents', { schema: { tags: TAGS, summary: '登记突发事件（返回法定时限 A13.4-a、A13.4-b）', body: IncidentBody, response: { 201: IncidentDetail } } }, async (request, reply) => {
    reply.code(201);
    return incidents.registerIncident(app.ctx, requestContext(request), request.body);
  });

  app.get('/incidents/:id', { schema: { tags: TAGS, summary: '突发事件详情：时限、滚动发布、提醒', params: IdParams, response: { 200: IncidentDetail } } }, async (request) =>
    incidents.getIncident(app.ctx, requestContext(request), request.params.id),
  );

  app.patch('/incidents/:id', { schema: { tags: TAGS, summary: '修改标题、地点、责任单位、现场指挥部、是否公开', params: IdParams, body: IncidentPatchBody, response: { 200: IncidentDetail } } }, async (request) =>
    incidents.patchIncident(app.ctx, requestContext(request), request.params.id, request.body),
  );

  app.post('/incidents/:id/regrade', { schema: { tags: TAGS, summary: '调整事件等级（重新计算时限）', params: IdParams, body: RegradeBody, response: { 200: IncidentDetail } } }, async (request) =>
    incidents.regradeIncident(app.ctx, requestContext(request), request.params.id, request.body),
  );

  app.post('/incidents/:id/close', { schema: { tags: TAGS, summary: '结束事件（停止提醒）', params: IdParams, body: ReasonBody, response: { 200: IncidentDetail } } }, async (request) =>
    incidents.closeIncident(app.ctx, requestContext(request), request.params.id, request.body.reason),
  );

  app.post('/incidents/:id/releases', { schema: { tags: TAGS, summary: '关联已登记的发布活动（如新闻发布会，A13.4-b）', params: IdParams, body: LinkReleaseBody, response: { 200: IncidentDetail } } }, async (request) =>
    incidents.linkRelease(app.ctx, requestContext(request), request.params.id, request.body.releaseId),
  );

  app.post('/incidents/:id/updates', { schema: { tags: TAGS, summary: '起草滚动发布信息（事实、态度、措施、原因，A13.4-d）', params: IdParams, body: IncidentUpdateBody, response: { 201: IncidentUpdateView } } }, async (request, reply) => {
    reply.code(201);
    return incidents.createUpdate(app.ctx, requestContext(request), request.params.id, request.body);
  });

  app.put('/incident-updates/:id', { schema: { tags: TAGS, summary: '修改未发布的滚动发布信息', params: IdParams, body: IncidentUpdateBody, response: { 200: IncidentUpdateView } } }, async (request) =>
    incidents.editUpdate(app.ctx, requestContext(request), request.params.id, request.body),
  );

  app.post('/incident-updates/:id/review', { schema: { tags: TAGS, summary: '责任单位审核（含保密审查，A18.5）', params: IdParams, body: ReviewUpdateBody, response: { 200: IncidentUpdateView } } }, async (request) =>
    incidents.reviewUpdate(app.ctx, requestContext(request), request.params.id, request.body),
  );

  app.post('/incident-updates/:id/publish', { schema: { tags: TAGS, summary: '发布（推送到门户事件页）', params: IdParams, response: { 200: IncidentUpdateView } } }, async (request) =>
    incidents.publishUpdate(app.ctx, requestContext(request), request.params.id),
  );
};
