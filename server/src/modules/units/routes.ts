import {
  CreateUnitBody,
  EndLeaderInChargeBody,
  GapRow,
  IdParams,
  LeaderInChargeView,
  Ok,
  SetLeaderInChargeBody,
  UnitDetail,
  UnitListQuery,
  UnitView,
  UpdateUnitBody,
} from '@fabutong/core';
import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { requestContext } from '../../plugins/auth';
import { unitGapList } from '../people/service';
import * as units from './service';

const TAGS = ['单位'];

export const unitRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get('/units', { schema: { tags: TAGS, summary: '单位（平铺，按上级组成树）', querystring: UnitListQuery, response: { 200: z.object({ items: z.array(UnitView) }) } } }, async (request) => ({
    items: await units.listUnits(app.ctx, request.query),
  }));

  app.get('/units/gaps', { schema: { tags: TAGS, summary: '缺新闻发言人、助理或未备案的单位（A8.2）', response: { 200: z.object({ items: z.array(GapRow) }) } } }, async () => ({
    items: await unitGapList(app.ctx),
  }));

  app.get('/units/:id', { schema: { tags: TAGS, summary: '单位详情：现任、历任、缺口', params: IdParams, response: { 200: UnitDetail } } }, async (request) =>
    units.unitDetail(app.ctx, request.params.id),
  );

  app.post('/units', { schema: { tags: TAGS, summary: '新建单位', body: CreateUnitBody, response: { 201: UnitView } } }, async (request, reply) => {
    reply.code(201);
    return units.createUnit(app.ctx, requestContext(request), request.body);
  });

  app.patch('/units/:id', { schema: { tags: TAGS, summary: '修改单位', params: IdParams, body: UpdateUnitBody, response: { 200: UnitView } } }, async (request) =>
    units.updateUnit(app.ctx, requestContext(request), request.params.id, request.body),
  );

  app.post('/units/:id/retire', { schema: { tags: TAGS, summary: '停用单位（保留历史）', params: IdParams, response: { 200: UnitView } } }, async (request) =>
    units.setUnitActive(app.ctx, requestContext(request), request.params.id, false),
  );

  app.post('/units/:id/reactivate', { schema: { tags: TAGS, summary: '恢复启用单位', params: IdParams, response: { 200: UnitView } } }, async (request) =>
    units.setUnitActive(app.ctx, requestContext(request), request.params.id, true),
  );

  app.put(
    '/units/:id/leader-in-charge',
    { schema: { tags: TAGS, summary: '设置分管区领导（自某日起；原分管至前一日）', params: IdParams, body: SetLeaderInChargeBody, response: { 200: LeaderInChargeView } } },
    async (request) => units.setLeaderInCharge(app.ctx, requestContext(request), request.params.id, request.body),
  );

  app.delete(
    '/units/:id/leader-in-charge',
    {
      schema: {
        tags: TAGS,
        summary: '结束分管（至某日，默认今日）',
        params: IdParams,
        querystring: EndLeaderInChargeBody,
        body: EndLeaderInChargeBody.nullish(),
        response: { 200: LeaderInChargeView },
      },
    },
    async (request) => units.endLeaderInCharge(app.ctx, requestContext(request), request.params.id, { to: request.body?.to ?? request.query.to }),
  );

  app.delete('/units/:id', { schema: { tags: TAGS, summary: '删除未被引用的单位', params: IdParams, response: { 200: Ok } } }, async (request) => {
    await units.deleteUnit(app.ctx, requestContext(request), request.params.id);
    return { ok: true as const };
  });
};
