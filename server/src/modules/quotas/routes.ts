import { QuotaQuery, QuotaReportView } from '@fabutong/core';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { complianceToXlsx } from './documents';
import { quotasFor } from './service';

const TAGS = ['年度发布任务'];

export const quotaRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/quotas',
    {
      schema: { tags: TAGS, summary: '年度发布任务完成情况（A13.3、A6.4、A14）；单位用户只看到本单位', querystring: QuotaQuery, response: { 200: QuotaReportView } },
      // A city's year is thousands of results built by core's typed engine: checking each again on the way out costs more than it proves.
      serializerCompiler: () => (data) => JSON.stringify(data),
    },
    async (request) => quotasFor(app.ctx, request.session!.actor, request.query),
  );

  app.get('/quotas/export', { schema: { tags: TAGS, summary: '导出年度完成情况为 Excel', querystring: QuotaQuery } }, async (request, reply) => {
    const report = await quotasFor(app.ctx, request.session!.actor, request.query);
    reply
      .type('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
      .header('content-disposition', `attachment; filename="quotas.xlsx"; filename*=UTF-8''${encodeURIComponent(`${request.query.year}年新闻发布任务完成情况.xlsx`)}`);
    return complianceToXlsx(report);
  });
};
