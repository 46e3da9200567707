import { IdParams, PersonTrainingView, TrainingSessionBody, TrainingSessionView, UntrainedList, YearQuery } from '@fabutong/core';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { requestContext } from '../../plugins/auth';
import * as training from './service';

const TAGS = ['培训'];

export const trainingRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get('/training/sessions', { schema: { tags: TAGS, summary: '年度培训记录（A12）', querystring: YearQuery, response: { 200: z.array(TrainingSessionView) } } }, async (request) =>
    training.listSessions(app.ctx, requestContext(request), request.query.year),
  );

  app.post('/training/sessions', { schema: { tags: TAGS, summary: '登记培训及参训人员', body: TrainingSessionBody, response: { 201: TrainingSessionView } } }, async (request, reply) => {
    reply.code(201);
    return training.createSession(app.ctx, requestContext(request), request.body);
  });

  app.get('/training/sessions/:id', { schema: { tags: TAGS, summary: '培训详情', params: IdParams, response: { 200: TrainingSessionView } } }, async (request) =>
    training.getSession(app.ctx, requestContext(request), request.params.id),
  );

  app.put('/training/sessions/:id', { schema: { tags: TAGS, summary: '修改培训及参训人员', params: IdParams, body: TrainingSessionBody, response: { 200: TrainingSessionView } } }, async (request) =>
    training.updateSession(app.ctx, requestContext(request), request.params.id, request.body),
  );

  app.get('/training/people/:id', { schema: { tags: TAGS, summary: '个人培训经历', params: IdParams, response: { 200: PersonTrainingView } } }, async (request) =>
    training.personHistory(app.ctx, requestContext(request), request.params.id),
  );

  app.get('/training/untrained', { schema: { tags: TAGS, summary: '新闻发言人本年度未参加培训的单位', querystring: YearQuery, response: { 200: UntrainedList } } }, async (request) =>
    training.listUntrained(app.ctx, requestContext(request), request.query.year),
  );
};
