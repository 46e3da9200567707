import {
  AdjustBody,
  DecisionBody,
  EvaluationBody,
  EvaluationUnitParams,
  EvaluationView,
  IdParams,
  PublicationView,
  Scoreboard,
  SelfEvaluationBody,
  TemplateBody,
  UnitEvaluationView,
  type EvaluationAction,
} from '@fabutong/core';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { requestContext } from '../../plugins/auth';
import { exportToXlsx, publicationToDocx, reportTitle } from './documents';
import * as evaluation from './service';

const TAGS = ['年度评估'];

const STEPS: { action: EvaluationAction; summary: string }[] = [
  { action: 'open', summary: '启动自评（模板此后不能修改）' },
  { action: 'submit', summary: '报区政府审定' },
  { action: 'approve', summary: '区领导同意通报' },
  { action: 'return', summary: '区领导退回修改（须说明理由）' },
  { action: 'publish', summary: '通报结果（生成不可更改的版本）' },
  { action: 'reopen', summary: '更正已通报的结果（须说明理由，重新审定后通报新版本）' },
];

const attachment = (name: string, fallback: string) => `attachment; filename="${fallback}"; filename*=UTF-8''${encodeURIComponent(name)}`;

export const evaluationRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get('/evaluations', { schema: { tags: TAGS, summary: '年度评估（A13.8）', response: { 200: z.array(EvaluationView) } } }, async (request) =>
    evaluation.listEvaluations(app.ctx, requestContext(request)),
  );

  app.post('/evaluations', { schema: { tags: TAGS, summary: '建立年度评估（缺省为七个维度的默认模板）', body: EvaluationBody, response: { 201: EvaluationView } } }, async (request, reply) => {
    reply.code(201);
    return evaluation.createEvaluation(app.ctx, requestContext(request), request.body);
  });

  app.get('/evaluations/:id', { schema: { tags: TAGS, summary: '年度评估详情', params: IdParams, response: { 200: EvaluationView } } }, async (request) =>
    evaluation.getEvaluation(app.ctx, requestContext(request), request.params.id),
  );

  app.put('/evaluations/:id/template', { schema: { tags: TAGS, summary: '修改评估模板', params: IdParams, body: TemplateBody, response: { 200: EvaluationView } } }, async (request) =>
    evaluation.updateTemplate(app.ctx, requestContext(request), request.params.id, request.body),
  );

  for (const step of STEPS) {
    app.post(`/evaluations/:id/${step.action}`, { schema: { tags: TAGS, summary: step.summary, params: IdParams, body: DecisionBody, response: { 200: EvaluationView } } }, async (request) =>
      evaluation.transition(app.ctx, requestContext(request), request.params.id, step.action, request.body.note ?? null),
    );
  }

  app.get('/evaluations/:id/units', { schema: { tags: TAGS, summary: '各单位计算数据、自评与得分排名', params: IdParams, response: { 200: Scoreboard } } }, async (request) =>
    evaluation.scoreboard(app.ctx, requestContext(request), request.params.id),
  );

  app.get('/evaluations/:id/units/:unitId', { schema: { tags: TAGS, summary: '单位评估详情（含佐证）', params: EvaluationUnitParams, response: { 200: UnitEvaluationView } } }, async (request) =>
    evaluation.unitEvaluation(app.ctx, requestContext(request), request.params.id, request.params.unitId),
  );

  app.put(
    '/evaluations/:id/units/:unitId/self',
    { schema: { tags: TAGS, summary: '单位填写自评', params: EvaluationUnitParams, body: SelfEvaluationBody, response: { 200: UnitEvaluationView } } },
    async (request) => evaluation.selfEvaluate(app.ctx, requestContext(request), request.params.id, request.params.unitId, request.body.entries),
  );

  app.post(
    '/evaluations/:id/units/:unitId/adjust',
    { schema: { tags: TAGS, summary: '区政府新闻办评分或调整得分（须说明理由）', params: EvaluationUnitParams, body: AdjustBody, response: { 200: UnitEvaluationView } } },
    async (request) => evaluation.adjustScore(app.ctx, requestContext(request), request.params.id, request.params.unitId, request.body),
  );

  app.get('/evaluations/:id/publications', { schema: { tags: TAGS, summary: '已通报的版本', params: IdParams, response: { 200: z.array(PublicationView) } } }, async (request) =>
    evaluation.publications(app.ctx, requestContext(request), request.params.id),
  );

  app.get('/evaluations/:id/report.docx', { schema: { tags: TAGS, summary: '评估结果通报（Word）', params: IdParams } }, async (request, reply) => {
    const publication = await evaluation.latestPublication(app.ctx, requestContext(request), request.params.id);
    const body = await publicationToDocx(publication);
    return reply
      .type('application/vnd.openxmlformats-officedocument.wordprocessingml.document')
      .header('content-disposition', attachment(`${reportTitle(publication)}.docx`, 'evaluation-report.docx'))
      .send(body);
  });

  app.get('/evaluations/:id/export.xlsx', { schema: { tags: TAGS, summary: '政务公开年度考核数据（Excel，A16）', params: IdParams } }, async (request, reply) => {
    const data = await evaluation.exportData(app.ctx, requestContext(request), request.params.id);
    const body = await exportToXlsx(data);
    return reply
      .type('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
      .header('content-disposition', attachment(`${data.evaluation.year}年新闻发布工作政务公开考核数据.xlsx`, 'evaluation-a16.xlsx'))
      .send(body);
  });
};
