import { IdParams, PlanBody, PlanListQuery, PlanProgress, PlanView } from '@fabutong/core';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { requestContext } from '../../plugins/auth';
import * as plans from './service';

const TAGS = ['年度发布计划'];

export const planRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get('/release-plans', { schema: { tags: TAGS, summary: '各单位年度发布计划（按季度列出预计发布的选题）', querystring: PlanListQuery, response: { 200: z.object({ items: z.array(PlanView) }) } } }, async (request) =>
    plans.listPlans(app.ctx, requestContext(request), request.query),
  );

  app.get(
    '/release-plans/progress',
    {
      schema: {
        tags: TAGS,
        summary: '计划与实际对照（每单位每季度；供年度任务看板判断是否按计划推进）',
        querystring: z.object({ year: z.coerce.number().int().min(2021).max(2100) }),
        response: { 200: PlanProgress },
      },
    },
    async (request) => plans.planProgress(app.ctx, requestContext(request).actor, request.query.year),
  );

  app.post('/release-plans', { schema: { tags: TAGS, summary: '保存本单位某年度的发布计划', body: PlanBody, response: { 200: PlanView } } }, async (request) =>
    plans.savePlan(app.ctx, requestContext(request), request.body),
  );

  app.post('/release-plans/:id/file', { schema: { tags: TAGS, summary: '向区政府新闻办报送年度发布计划', params: IdParams, response: { 200: PlanView } } }, async (request) =>
    plans.filePlan(app.ctx, requestContext(request), request.params.id),
  );
};
