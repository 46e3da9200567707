import {
  AssessBody,
  AssignBody,
  ConclusionBody,
  ConsultationBody,
  ExpertOpinionBody,
  IdParams,
  InboundOpinionBody,
  InboundResult,
  KeywordRuleBody,
  KeywordRuleView,
  LinkResponseBody,
  NoResponseBody,
  OpinionDetail,
  OpinionItemBody,
  OpinionItemView,
  OpinionQuery,
  OpinionVendorBody,
  OpinionVendorView,
  ResponseReleaseBody,
  districtDate,
  page,
} from '@fabutong/core';
import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { badRequest } from '../../errors';
import { requestContext } from '../../plugins/auth';
import * as consultations from './consultations';
import { registerToXlsx } from './export';
import { receiveInbound, verifyInbound, type VerifiedVendor } from './inbound';
import * as opinions from './service';
import * as sources from './sources';

const TAGS = ['舆情'];
const SOURCE_TAGS = ['舆情监测来源'];

/** The exact bytes a vendor signed, kept beside the parsed body of the inbound route. */
const rawBodies = new WeakMap<FastifyRequest, string>();
const vendors = new WeakMap<FastifyRequest, VerifiedVendor>();

export const opinionRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get('/opinions', { schema: { tags: TAGS, summary: '舆情收件箱（本单位或全区）', querystring: OpinionQuery, response: { 200: page(OpinionItemView) } } }, async (request) =>
    opinions.listItems(app.ctx, requestContext(request), request.query),
  );

  app.get(
    '/opinions/export',
    { schema: { tags: TAGS, summary: '导出舆情台账（Excel）', querystring: OpinionQuery.omit({ page: true, pageSize: true }) } },
    async (request, reply) => {
      const rows = await opinions.registerRows(app.ctx, requestContext(request), request.query);
      const now = app.ctx.now().toISOString();
      reply
        .type('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
        .header('content-disposition', `attachment; filename="opinions.xlsx"; filename*=UTF-8''${encodeURIComponent(`舆情台账-${districtDate(now)}.xlsx`)}`);
      return registerToXlsx(rows, now);
    },
  );

  app.post('/opinions', { schema: { tags: TAGS, summary: '人工报送舆情（12345 热线、信访、工作人员发现）', body: OpinionItemBody, response: { 201: OpinionDetail } } }, async (request, reply) => {
    reply.code(201);
    return opinions.reportItem(app.ctx, requestContext(request), request.body);
  });

  app.get('/opinions/:id', { schema: { tags: TAGS, summary: '舆情详情：研判、N61 时限、会商、回应', params: IdParams, response: { 200: OpinionDetail } } }, async (request) =>
    opinions.getItem(app.ctx, requestContext(request), request.params.id),
  );

  app.post('/opinions/:id/assign', { schema: { tags: TAGS, summary: '确定责任单位（A13.2）', params: IdParams, body: AssignBody, response: { 200: OpinionDetail } } }, async (request) =>
    opinions.assignItem(app.ctx, requestContext(request), request.params.id, request.body.unitId),
  );

  app.post('/opinions/:id/assess', { schema: { tags: TAGS, summary: '研判：等级、敏感程度、走势（重大舆情即时报告，启动 N61 时限）', params: IdParams, body: AssessBody, response: { 200: OpinionDetail } } }, async (request) =>
    opinions.assessItem(app.ctx, requestContext(request), request.params.id, request.body),
  );

  app.post('/opinions/:id/response-release', { schema: { tags: TAGS, summary: '起草回应（舆情回应类书面发布）并关联', params: IdParams, body: ResponseReleaseBody, response: { 201: OpinionDetail } } }, async (request, reply) => {
    reply.code(201);
    return opinions.createResponseRelease(app.ctx, requestContext(request), request.params.id, request.body);
  });

  app.post('/opinions/:id/response', { schema: { tags: TAGS, summary: '关联已登记的舆情回应发布（A5.3）', params: IdParams, body: LinkResponseBody, response: { 200: OpinionDetail } } }, async (request) =>
    opinions.linkResponse(app.ctx, requestContext(request), request.params.id, request.body.releaseId),
  );

  app.post('/opinions/:id/no-response', { schema: { tags: TAGS, summary: '决定不予回应（须说明理由）', params: IdParams, body: NoResponseBody, response: { 200: OpinionDetail } } }, async (request) =>
    opinions.decideNoResponse(app.ctx, requestContext(request), request.params.id, request.body.reason),
  );

  app.post('/opinions/:id/consultations', { schema: { tags: TAGS, summary: '启动专家会商（重大舆情，A13.2）', params: IdParams, body: ConsultationBody, response: { 201: OpinionDetail } } }, async (request, reply) => {
    reply.code(201);
    return consultations.startConsultation(app.ctx, requestContext(request), request.params.id, request.body);
  });

  app.post('/opinion-consultations/:id/opinions', { schema: { tags: TAGS, summary: '登记专家书面意见', params: IdParams, body: ExpertOpinionBody, response: { 200: OpinionDetail } } }, async (request) =>
    consultations.recordExpertOpinion(app.ctx, requestContext(request), request.params.id, request.body.expertId, request.body.opinion),
  );

  app.post('/opinion-consultations/:id/conclude', { schema: { tags: TAGS, summary: '形成会商结论', params: IdParams, body: ConclusionBody, response: { 200: OpinionDetail } } }, async (request) =>
    consultations.concludeConsultation(app.ctx, requestContext(request), request.params.id, request.body.conclusion),
  );

  // ---------------------------------------------------------------- sources

  app.get('/opinion-vendors', { schema: { tags: SOURCE_TAGS, summary: '监测服务商及其密钥编号', response: { 200: z.object({ items: z.array(OpinionVendorView) }) } } }, async (request) => ({
    items: await sources.listVendors(app.ctx, requestContext(request)),
  }));

  app.post('/opinion-vendors', { schema: { tags: SOURCE_TAGS, summary: '新建监测服务商（密钥只在此次返回）', body: OpinionVendorBody, response: { 201: OpinionVendorView } } }, async (request, reply) => {
    reply.code(201);
    return sources.createVendor(app.ctx, requestContext(request), request.body);
  });

  app.put('/opinion-vendors/:id', { schema: { tags: SOURCE_TAGS, summary: '修改名称、启用或停用', params: IdParams, body: OpinionVendorBody, response: { 200: OpinionVendorView } } }, async (request) =>
    sources.updateVendor(app.ctx, requestContext(request), request.params.id, request.body),
  );

  app.post('/opinion-vendors/:id/rotate', { schema: { tags: SOURCE_TAGS, summary: '更换密钥（旧密钥立即失效）', params: IdParams, response: { 200: OpinionVendorView } } }, async (request) =>
    sources.rotateVendorSecret(app.ctx, requestContext(request), request.params.id),
  );

  app.get('/opinion-keyword-rules', { schema: { tags: SOURCE_TAGS, summary: '各单位的关键词规则', response: { 200: z.object({ items: z.array(KeywordRuleView) }) } } }, async (request) => ({
    items: await sources.listRules(app.ctx, requestContext(request)),
  }));

  app.post('/opinion-keyword-rules', { schema: { tags: SOURCE_TAGS, summary: '新建关键词规则（如“防汛 AND 武隆”）', body: KeywordRuleBody, response: { 201: KeywordRuleView } } }, async (request, reply) => {
    reply.code(201);
    return sources.saveRule(app.ctx, requestContext(request), null, request.body);
  });

  app.put('/opinion-keyword-rules/:id', { schema: { tags: SOURCE_TAGS, summary: '修改关键词规则', params: IdParams, body: KeywordRuleBody, response: { 200: KeywordRuleView } } }, async (request) =>
    sources.saveRule(app.ctx, requestContext(request), request.params.id, request.body),
  );

  // ---------------------------------------------------------------- the vendor's door: public, signed

  await app.register(async (inbound) => {
    // Its own JSON parser, in this route's scope only: the signature is over the bytes as sent.
    inbound.removeContentTypeParser('application/json');
    inbound.addContentTypeParser('application/json', { parseAs: 'string' }, (request, body, done) => {
      const text = String(body);
      rawBodies.set(request, text);
      if (text.trim() === '') return done(badRequest('请求体为空，应为 JSON'), undefined);
      try {
        done(null, JSON.parse(text));
      } catch {
        done(badRequest('请求体不是有效的 JSON'), undefined);
      }
    });
    inbound.withTypeProvider<import('fastify-type-provider-zod').ZodTypeProvider>().post(
      '/opinions/inbound',
      {
        config: { public: true },
        schema: {
          tags: TAGS,
          summary: '监测服务商推送舆情（HMAC-SHA256 签名，见说明）',
          description:
            '请求头：X-Fabutong-Key（密钥编号）、X-Fabutong-Timestamp（Unix 毫秒）、X-Fabutong-Signature: sha256=<hex HMAC-SHA256(密钥, 时间戳 + "." + 原始请求体)>。时间戳与服务器相差超过 5 分钟、无签名或签名错误的请求被拒绝（401）；重放的请求被忽略。',
          security: [],
          body: InboundOpinionBody,
          response: { 200: InboundResult, 201: InboundResult },
        },
        // Refused before the body is looked at: an unsigned request learns nothing about the schema.
        preValidation: async (request) => {
          vendors.set(request, await verifyInbound(app.ctx, request, rawBodies.get(request) ?? ''));
        },
      },
      async (request, reply) => {
        const result = await receiveInbound(app.ctx, vendors.get(request)!, request.body);
        reply.code(result.status === 'created' ? 201 : 200);
        return result;
      },
    );
  });
};
