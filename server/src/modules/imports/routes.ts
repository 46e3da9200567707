import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { requestContext } from '../../plugins/auth';
import { OrganizationImportReport, OrganizationImportResult } from '@fabutong/core';
import * as imports from './service';
import { TEMPLATE_FILE_NAME } from './template';
import { MAX_UPLOAD_MB, receiveXlsx } from './upload';

const TAGS = ['导入'];
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const UPLOAD = `请求为 multipart/form-data，含一个 .xlsx 文件（字段名 file，不超过 ${MAX_UPLOAD_MB} MB），按“导入模板”填写“单位”“人员”“任职”三张表。`;

export const importRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get('/imports/organization/template', { schema: { tags: TAGS, summary: '下载单位、人员、任职导入模板（.xlsx）' } }, async (request, reply) => {
    const body = await imports.organizationTemplate(app.ctx, requestContext(request));
    reply
      .type(XLSX)
      .header('content-disposition', `attachment; filename="organization-import-template.xlsx"; filename*=UTF-8''${encodeURIComponent(TEMPLATE_FILE_NAME)}`);
    return body;
  });

  app.post(
    '/imports/organization/preview',
    {
      schema: {
        tags: TAGS,
        summary: '预览导入：逐行列出错误，不写入任何数据',
        description: UPLOAD,
        response: { 200: OrganizationImportReport },
      },
    },
    async (request) => imports.previewOrganization(app.ctx, requestContext(request), () => receiveXlsx(request)),
  );

  app.post(
    '/imports/organization',
    {
      schema: {
        tags: TAGS,
        summary: '导入单位、人员、任职：全部无误才写入（一个事务），否则 422 且不写入',
        description: UPLOAD,
        response: { 201: OrganizationImportResult },
      },
    },
    async (request, reply) => {
      const result = await imports.importOrganization(app.ctx, requestContext(request), () => receiveXlsx(request));
      reply.code(201);
      return result;
    },
  );
};
