import {
  ExpiringQualification,
  FindingBody,
  IdParams,
  JournalistBody,
  JournalistView,
  MediaQuery,
  OutletBody,
  OutletDetail,
  OutletView,
  UpdateJournalistBody,
  UpdateOutletBody,
} from '@fabutong/core';
import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { requestContext } from '../../plugins/auth';
import * as media from './service';

const TAGS = ['媒体资质库'];

export const mediaRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get('/media/outlets', { schema: { tags: TAGS, summary: '新闻媒体和直播机构', querystring: MediaQuery, response: { 200: z.object({ items: z.array(OutletView) }) } } }, async (request) => ({
    items: await media.listOutlets(app.ctx, request.query.q),
  }));
  app.get('/media/outlets/:id', { schema: { tags: TAGS, summary: '媒体详情：记者、A19 记录', params: IdParams, response: { 200: OutletDetail } } }, async (request) =>
    media.outletDetail(app.ctx, request.params.id),
  );
  app.post('/media/outlets', { schema: { tags: TAGS, summary: '登记媒体', body: OutletBody, response: { 201: OutletView } } }, async (request, reply) => {
    reply.code(201);
    return media.createOutlet(app.ctx, requestContext(request), request.body);
  });
  app.patch('/media/outlets/:id', { schema: { tags: TAGS, summary: '修改媒体及其资质', params: IdParams, body: UpdateOutletBody, response: { 200: OutletView } } }, async (request) =>
    media.updateOutlet(app.ctx, requestContext(request), request.params.id, request.body),
  );
  app.post(
    '/media/outlets/:id/findings',
    { schema: { tags: TAGS, summary: '记录歪曲事实的情况（A19）', params: IdParams, body: FindingBody, response: { 201: OutletDetail } } },
    async (request, reply) => {
      reply.code(201);
      return media.recordFinding(app.ctx, requestContext(request), request.params.id, request.body);
    },
  );
  app.get('/media/journalists', { schema: { tags: TAGS, summary: '记者', querystring: MediaQuery, response: { 200: z.object({ items: z.array(JournalistView) }) } } }, async (request) => ({
    items: await media.listJournalists(app.ctx, request.query),
  }));
  app.post('/media/journalists', { schema: { tags: TAGS, summary: '登记记者', body: JournalistBody, response: { 201: JournalistView } } }, async (request, reply) => {
    reply.code(201);
    return media.createJournalist(app.ctx, requestContext(request), request.body);
  });
  app.patch('/media/journalists/:id', { schema: { tags: TAGS, summary: '修改记者及记者证', params: IdParams, body: UpdateJournalistBody, response: { 200: JournalistView } } }, async (request) =>
    media.updateJournalist(app.ctx, requestContext(request), request.params.id, request.body),
  );
  app.get(
    '/media/expiring',
    { schema: { tags: TAGS, summary: '30 天内到期或已过期的资质', response: { 200: z.object({ items: z.array(ExpiringQualification) }) } } },
    async () => ({ items: await media.expiringQualifications(app.ctx) }),
  );
};
