import {
  IdParams,
  TalkingPointActionBody,
  TalkingPointBody,
  TalkingPointCommentBody,
  TalkingPointDiff,
  TalkingPointDiffQuery,
  TalkingPointListQuery,
  TalkingPointSummaryView,
  TalkingPointUseBody,
  TalkingPointView,
  UsableTalkingPointsQuery,
  page,
  type TalkingPointAction,
} from '@fabutong/core';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { requestContext } from '../../plugins/auth';
import * as points from './service';

const TAGS = ['发布口径库'];

const STEPS: { path: string; action: TalkingPointAction; summary: string }[] = [
  { path: 'submit', action: 'submit', summary: '提交审定' },
  { path: 'request-changes', action: 'request_changes', summary: '退回修改（须写明意见）' },
  { path: 'approve', action: 'approve', summary: '审定通过（本单位主要负责人或新闻发言人；全区性口径由区政府新闻办）' },
  { path: 'revise', action: 'revise', summary: '重新修订已审定的口径（修订期间不再提供使用）' },
  { path: 'withdraw', action: 'withdraw', summary: '废止口径' },
];

export const talkingPointRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get('/talking-points', { schema: { tags: TAGS, summary: '口径库（状态、到期情况；其他单位的仅见已审定可公开引用的和全区性的）', querystring: TalkingPointListQuery, response: { 200: page(TalkingPointSummaryView) } } }, async (request) =>
    points.listTalkingPoints(app.ctx, requestContext(request), request.query),
  );

  app.get(
    '/talking-points/usable',
    {
      schema: {
        tags: TAGS,
        summary: '某单位今天可用的口径（本单位及全区性、已审定且在有效期内），供准备答问和舆情回应',
        querystring: UsableTalkingPointsQuery,
        response: { 200: z.object({ items: z.array(TalkingPointSummaryView) }) },
      },
    },
    async (request) => points.usableTalkingPoints(app.ctx, requestContext(request), request.query),
  );

  app.get('/talking-points/:id', { schema: { tags: TAGS, summary: '口径详情：各版本、意见、使用记录', params: IdParams, response: { 200: TalkingPointView } } }, async (request) =>
    points.getTalkingPoint(app.ctx, requestContext(request), request.params.id),
  );

  app.get('/talking-points/:id/diff', { schema: { tags: TAGS, summary: '比较两个版本', params: IdParams, querystring: TalkingPointDiffQuery, response: { 200: TalkingPointDiff } } }, async (request) =>
    points.diffTalkingPoint(app.ctx, requestContext(request), request.params.id, request.query.from, request.query.to),
  );

  app.post('/talking-points', { schema: { tags: TAGS, summary: '起草口径（第九条（三））', body: TalkingPointBody, response: { 201: TalkingPointView } } }, async (request, reply) => {
    reply.code(201);
    return points.createTalkingPoint(app.ctx, requestContext(request), request.body);
  });

  app.patch('/talking-points/:id', { schema: { tags: TAGS, summary: '修改起草中的口径（措辞改动即为新版本）', params: IdParams, body: TalkingPointBody, response: { 200: TalkingPointView } } }, async (request) =>
    points.updateTalkingPoint(app.ctx, requestContext(request), request.params.id, request.body),
  );

  for (const step of STEPS) {
    app.post(`/talking-points/:id/${step.path}`, { schema: { tags: TAGS, summary: step.summary, params: IdParams, body: TalkingPointActionBody, response: { 200: TalkingPointView } } }, async (request) =>
      points.actOnTalkingPoint(app.ctx, requestContext(request), request.params.id, step.action, request.body),
    );
  }

  app.post('/talking-points/:id/comments', { schema: { tags: TAGS, summary: '对某一版本提意见', params: IdParams, body: TalkingPointCommentBody, response: { 201: TalkingPointView } } }, async (request, reply) => {
    reply.code(201);
    return points.commentOnTalkingPoint(app.ctx, requestContext(request), request.params.id, request.body);
  });

  app.post('/talking-points/:id/uses', { schema: { tags: TAGS, summary: '登记口径的使用（复核日期后使用的会被标记）', params: IdParams, body: TalkingPointUseBody, response: { 201: TalkingPointView } } }, async (request, reply) => {
    reply.code(201);
    return points.recordUse(app.ctx, requestContext(request), request.params.id, request.body);
  });
};
