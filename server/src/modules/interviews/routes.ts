import { AcceptInterviewBody, DeclineInterviewBody, IdParams, InterviewQuery, InterviewView, RouteInterviewBody, page } from '@fabutong/core';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { requestContext } from '../../plugins/auth';
import * as interviews from './service';

const TAGS = ['记者采访申请'];

export const interviewRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get('/interview-requests', { schema: { tags: TAGS, summary: '采访申请（A13.6）', querystring: InterviewQuery, response: { 200: page(InterviewView) } } }, async (request) =>
    interviews.listRequests(app.ctx, requestContext(request), request.query),
  );

  app.get('/interview-requests/:id', { schema: { tags: TAGS, summary: '采访申请详情（含记者证核验，A13.7）', params: IdParams, response: { 200: InterviewView } } }, async (request) =>
    interviews.getRequest(app.ctx, requestContext(request), request.params.id),
  );

  app.post('/interview-requests/:id/route', { schema: { tags: TAGS, summary: '转交承办单位（背景、线索、安全提示）', params: IdParams, body: RouteInterviewBody, response: { 200: InterviewView } } }, async (request) =>
    interviews.routeRequest(app.ctx, requestContext(request), request.params.id, request.body),
  );

  app.post('/interview-requests/:id/accept', { schema: { tags: TAGS, summary: '同意采访（安排新闻媒体专访 F4）', params: IdParams, body: AcceptInterviewBody, response: { 200: InterviewView } } }, async (request) =>
    interviews.acceptRequest(app.ctx, requestContext(request), request.params.id, request.body),
  );

  app.post('/interview-requests/:id/decline', { schema: { tags: TAGS, summary: '不予安排（须说明理由，A18.2）', params: IdParams, body: DeclineInterviewBody, response: { 200: InterviewView } } }, async (request) =>
    interviews.declineRequest(app.ctx, requestContext(request), request.params.id, request.body.reason),
  );
};
