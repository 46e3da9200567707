import { QuotaQuery, QuotaReportView } from '@fabutong/core';
import type { FastifyReply } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { complianceToXlsx } from './documents';
import { quotaAnswerFor, quotasFor } from './service';

const TAGS = ['年度发布任务'];

export const quotaRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/quotas',
    {
      schema: { tags: TAGS, summary: '年度发布任务完成情况（A13.3、A6.4、A14）；单位用户只看到本单位', querystring: QuotaQuery, response: { 200: QuotaReportView } },
    },
    async (request, reply) => {
      const answer = await quotaAnswerFor(app.ctx, request.session!.actor, request.query);
      // Already the JSON of QuotaReportView, built by core's typed engine and kept per report and reader's scope: sent as it is.
      const sent = (reply as FastifyReply).type('application/json; charset=utf-8').header('vary', 'accept-encoding');
      if (/\bgzip\b/.test(request.headers['accept-encoding'] ?? '')) return sent.header('content-encoding', 'gzip').send(answer.gzipped());
      return sent.send(answer.json());
    },
  );

  app.get('/quotas/export', { schema: { tags: TAGS, summary: '导出年度完成情况为 Excel', querystring: QuotaQuery } }, async (request, reply) => {
    const report = await quotasFor(app.ctx, request.session!.actor, request.query);
    reply
      .type('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
      .header('content-disposition', `attachment; filename="quotas.xlsx"; filename*=UTF-8''${encodeURIComponent(`${request.query.year}年新闻发布任务完成情况.xlsx`)}`);
    return complianceToXlsx(report);
  });
};
