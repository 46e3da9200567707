import { AnnualReportBody, AnnualReportDueBody, AnnualReportList, AnnualReportParams, AnnualReportView, DecisionBody, EvaluationYear, YearQuery } from '@fabutong/core';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { requestContext } from '../../plugins/auth';
import * as reports from './service';

const TAGS = ['新闻发言人年度工作报告'];

export const annualReportRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get('/annual-reports', { schema: { tags: TAGS, summary: '年度工作报告提交情况（A9.8）', querystring: YearQuery, response: { 200: AnnualReportList } } }, async (request) =>
    reports.listReports(app.ctx, requestContext(request), request.query.year),
  );

  app.get('/annual-reports/:year/:unitId', { schema: { tags: TAGS, summary: '单位年度工作报告（含预填数据）', params: AnnualReportParams, response: { 200: AnnualReportView } } }, async (request) =>
    reports.getReport(app.ctx, requestContext(request), request.params.year, request.params.unitId),
  );

  app.put('/annual-reports/:year/:unitId', { schema: { tags: TAGS, summary: '保存年度工作报告草稿', params: AnnualReportParams, body: AnnualReportBody, response: { 200: AnnualReportView } } }, async (request) =>
    reports.saveReport(app.ctx, requestContext(request), request.params.year, request.params.unitId, request.body, false),
  );

  app.post(
    '/annual-reports/:year/:unitId/submit',
    { schema: { tags: TAGS, summary: '向主要负责人提交年度工作报告和下一年度计划', params: AnnualReportParams, body: AnnualReportBody, response: { 200: AnnualReportView } } },
    async (request) => reports.saveReport(app.ctx, requestContext(request), request.params.year, request.params.unitId, request.body, true),
  );

  app.post(
    '/annual-reports/:year/:unitId/acknowledge',
    { schema: { tags: TAGS, summary: '主要负责人签阅', params: AnnualReportParams, body: DecisionBody, response: { 200: AnnualReportView } } },
    async (request) => reports.acknowledgeReport(app.ctx, requestContext(request), request.params.year, request.params.unitId, request.body.note ?? null),
  );

  app.put(
    '/annual-report-dues/:year',
    { schema: { tags: TAGS, summary: '设定年度工作报告提交期限', params: z.strictObject({ year: EvaluationYear }), body: AnnualReportDueBody, response: { 200: AnnualReportList } } },
    async (request) => reports.setDueDate(app.ctx, requestContext(request), request.params.year, request.body.dueDate),
  );
};
