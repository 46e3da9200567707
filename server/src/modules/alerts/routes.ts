import { AlertChannelBody, AlertChannelView, AlertDeliveryQuery, AlertDeliveryView, IdParams, TestChannelBody, page } from '@fabutong/core';
import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { requestContext } from '../../plugins/auth';
import * as alerts from './service';

const TAGS = ['期限提醒'];

export const alertRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get('/alert-channels', { schema: { tags: TAGS, summary: '提醒渠道（SMTP、钉钉、企业微信、Webhook）', response: { 200: z.object({ items: z.array(AlertChannelView) }) } } }, async (request) => ({
    items: await alerts.listChannels(app.ctx, requestContext(request)),
  }));

  app.post('/alert-channels', { schema: { tags: TAGS, summary: '新建提醒渠道', body: AlertChannelBody, response: { 201: AlertChannelView } } }, async (request, reply) => {
    reply.code(201);
    return alerts.saveChannel(app.ctx, requestContext(request), null, request.body);
  });

  app.put('/alert-channels/:id', { schema: { tags: TAGS, summary: '修改提醒渠道（密钥留空则不变）', params: IdParams, body: AlertChannelBody, response: { 200: AlertChannelView } } }, async (request) =>
    alerts.saveChannel(app.ctx, requestContext(request), request.params.id, request.body),
  );

  app.post('/alert-channels/:id/test', { schema: { tags: TAGS, summary: '发送测试消息', params: IdParams, body: TestChannelBody, response: { 200: AlertDeliveryView } } }, async (request) =>
    alerts.testChannel(app.ctx, requestContext(request), request.params.id, request.body.to),
  );

  app.get('/alert-deliveries', { schema: { tags: TAGS, summary: '提醒发送记录（含失败）', querystring: AlertDeliveryQuery, response: { 200: page(AlertDeliveryView) } } }, async (request) =>
    alerts.listDeliveries(app.ctx, requestContext(request), request.query),
  );

  app.post('/alert-deliveries/:id/retry', { schema: { tags: TAGS, summary: '重发失败的消息', params: IdParams, response: { 200: AlertDeliveryView } } }, async (request) =>
    alerts.retryDelivery(app.ctx, requestContext(request), request.params.id),
  );
};
