import { AssignmentBody, AssignmentReleaseBody, AssignmentView, HotTopicBody, HotTopicQuery, HotTopicView, IdParams } from '@fabutong/core';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { requestContext } from '../../plugins/auth';
import * as topics from './service';

const TAGS = ['热点选题联动'];

export const hotTopicRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get('/hot-topics', { schema: { tags: TAGS, summary: '热点选题及联动任务', querystring: HotTopicQuery, response: { 200: z.object({ items: z.array(HotTopicView) }) } } }, async (request) => ({
    items: await topics.listTopics(app.ctx, requestContext(request), request.query.status),
  }));

  app.post('/hot-topics', { schema: { tags: TAGS, summary: '发起热点选题联动（A13.1）', body: HotTopicBody, response: { 201: HotTopicView } } }, async (request, reply) => {
    reply.code(201);
    return topics.openTopic(app.ctx, requestContext(request), request.body);
  });

  app.post('/hot-topics/:id/close', { schema: { tags: TAGS, summary: '结束热点选题', params: IdParams, response: { 200: HotTopicView } } }, async (request) =>
    topics.closeTopic(app.ctx, requestContext(request), request.params.id),
  );

  app.post('/hot-topics/:id/assignments', { schema: { tags: TAGS, summary: '分派单位限时发布或回应', params: IdParams, body: AssignmentBody, response: { 201: HotTopicView } } }, async (request, reply) => {
    reply.code(201);
    return topics.addAssignment(app.ctx, requestContext(request), request.params.id, request.body);
  });

  app.post('/hot-topic-assignments/:id/release', { schema: { tags: TAGS, summary: '登记完成任务的发布活动', params: IdParams, body: AssignmentReleaseBody, response: { 200: AssignmentView } } }, async (request) =>
    topics.linkAssignmentRelease(app.ctx, requestContext(request), request.params.id, request.body.releaseId),
  );
};
