import {
  AcceptTopicBody,
  DeclineTopicBody,
  EndorseBody,
  IdParams,
  MergeTopicBody,
  StartTopicBody,
  StartedTopic,
  TopicBody,
  TopicListQuery,
  TopicSummaryView,
  TopicView,
  page,
} from '@fabutong/core';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { requestContext } from '../../plugins/auth';
import * as topics from './service';

const TAGS = ['发布选题'];

export const topicRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get('/topics', { schema: { tags: TAGS, summary: '发布选题（本人可见的单位；新闻办看全区选题库）', querystring: TopicListQuery, response: { 200: page(TopicSummaryView) } } }, async (request) =>
    topics.listTopics(app.ctx, requestContext(request), request.query),
  );

  app.get('/topics/:id', { schema: { tags: TAGS, summary: '选题详情', params: IdParams, response: { 200: TopicView } } }, async (request) =>
    topics.getTopic(app.ctx, requestContext(request), request.params.id),
  );

  app.post('/topics', { schema: { tags: TAGS, summary: '提出发布选题（第九条（二））', body: TopicBody, response: { 201: TopicView } } }, async (request, reply) => {
    reply.code(201);
    return topics.proposeTopic(app.ctx, requestContext(request), request.body);
  });

  app.patch('/topics/:id', { schema: { tags: TAGS, summary: '修改待审核的选题', params: IdParams, body: TopicBody, response: { 200: TopicView } } }, async (request) =>
    topics.updateTopic(app.ctx, requestContext(request), request.params.id, request.body),
  );

  app.post('/topics/:id/endorse', { schema: { tags: TAGS, summary: '主要负责人审核同意，报区政府新闻办', params: IdParams, body: EndorseBody, response: { 200: TopicView } } }, async (request) =>
    topics.endorseTopic(app.ctx, requestContext(request), request.params.id, request.body),
  );

  app.post('/topics/:id/withdraw', { schema: { tags: TAGS, summary: '撤回选题', params: IdParams, response: { 200: TopicView } } }, async (request) =>
    topics.withdrawTopic(app.ctx, requestContext(request), request.params.id),
  );

  app.post('/topics/:id/accept', { schema: { tags: TAGS, summary: '纳入全区选题库（第十四条）', params: IdParams, body: AcceptTopicBody, response: { 200: TopicView } } }, async (request) =>
    topics.acceptTopic(app.ctx, requestContext(request), request.params.id, request.body),
  );

  app.post('/topics/:id/merge', { schema: { tags: TAGS, summary: '合并重复选题', params: IdParams, body: MergeTopicBody, response: { 200: TopicView } } }, async (request) =>
    topics.mergeTopic(app.ctx, requestContext(request), request.params.id, request.body),
  );

  app.post('/topics/:id/decline', { schema: { tags: TAGS, summary: '不予采纳（须说明理由）', params: IdParams, body: DeclineTopicBody, response: { 200: TopicView } } }, async (request) =>
    topics.declineTopic(app.ctx, requestContext(request), request.params.id, request.body),
  );

  app.post('/topics/:id/start-release', { schema: { tags: TAGS, summary: '一步启动发布活动（带入选题内容，状态为筹备中）', params: IdParams, body: StartTopicBody, response: { 200: StartedTopic } } }, async (request) =>
    topics.startRelease(app.ctx, requestContext(request), request.params.id, request.body),
  );

  app.post(
    '/topics/:id/start-conference',
    { schema: { tags: TAGS, summary: '一步转为新闻发布会申报草稿（带入选题内容，在区新闻发布中心）', params: IdParams, body: StartTopicBody, response: { 200: StartedTopic } } },
    async (request) => topics.startConference(app.ctx, requestContext(request), request.params.id, request.body),
  );
};
