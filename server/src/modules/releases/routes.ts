import {
  CoverageBody,
  IdParams,
  PlatformView,
  ReleaseBody,
  ReleaseQuery,
  ReleaseStats,
  ReleaseSummaryView,
  ReleaseView,
  page,
} from '@fabutong/core';
import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { requestContext } from '../../plugins/auth';
import { registerToXlsx } from './documents';
import * as releases from './service';

const TAGS = ['新闻发布活动'];
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export const releaseRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get('/releases', { schema: { tags: TAGS, summary: '发布活动台账（按年、单位、形式、类别、人员筛选）', querystring: ReleaseQuery, response: { 200: page(ReleaseSummaryView) } } }, async (request) =>
    releases.listReleases(app.ctx, requestContext(request), request.query),
  );

  app.get('/releases/export', { schema: { tags: TAGS, summary: '导出台账为 Excel（按时间先后）', querystring: ReleaseQuery.omit({ page: true, pageSize: true }) } }, async (request, reply) => {
    const { items } = await releases.listReleases(app.ctx, requestContext(request), { ...request.query, page: 1, pageSize: 100_000 });
    const title = `${request.query.year ? `${request.query.year}年` : ''}新闻发布活动台账`;
    reply.type(XLSX).header('content-disposition', `attachment; filename="releases.xlsx"; filename*=UTF-8''${encodeURIComponent(`${title}.xlsx`)}`);
    return registerToXlsx(title, items.reverse());
  });

  app.get('/releases/stats', { schema: { tags: TAGS, summary: '按月份、形式统计', querystring: z.object({ year: z.coerce.number().int().min(2000).max(2100) }), response: { 200: ReleaseStats } } }, async (request) =>
    releases.releaseStats(app.ctx, requestContext(request), request.query.year),
  );

  app.get('/releases/:id', { schema: { tags: TAGS, summary: '发布活动详情', params: IdParams, response: { 200: ReleaseView } } }, async (request) =>
    releases.getRelease(app.ctx, requestContext(request), request.params.id),
  );

  app.post('/releases', { schema: { tags: TAGS, summary: '登记发布活动', body: ReleaseBody, response: { 201: ReleaseView } } }, async (request, reply) => {
    reply.code(201);
    return releases.createRelease(app.ctx, requestContext(request), request.body);
  });

  app.put('/releases/:id', { schema: { tags: TAGS, summary: '修改发布活动', params: IdParams, body: ReleaseBody, response: { 200: ReleaseView } } }, async (request) =>
    releases.updateRelease(app.ctx, requestContext(request), request.params.id, request.body),
  );

  app.post('/releases/:id/coverage', { schema: { tags: TAGS, summary: '登记媒体报道（A15.6）', params: IdParams, body: CoverageBody, response: { 201: ReleaseView } } }, async (request, reply) => {
    reply.code(201);
    return releases.addCoverage(app.ctx, requestContext(request), request.params.id, request.body);
  });

  app.get('/platforms', { schema: { tags: TAGS, summary: '发布平台（A11）', response: { 200: z.object({ items: z.array(PlatformView) }) } } }, async () => ({
    items: (await app.ctx.db.selectFrom('platforms').selectAll().orderBy('sort_order').execute()).map((p) => ({
      id: p.id,
      name: p.name,
      kind: p.kind,
      url: p.url,
      active: Boolean(p.active),
    })),
  }));
};
