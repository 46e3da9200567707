import { AuditQuery, AuditRecordView, AuditVerification, page } from '@fabutong/core';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { authorize } from '../../authorize';
import { requestContext } from '../../plugins/auth';
import { canReadAuditTrail, canVerifyAuditTrail } from './policy';
import { pageOfRecords } from './repository';

const TAGS = ['安全审计'];

const parse = (text: string | null): unknown => (text === null ? null : JSON.parse(text));

export const auditRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/audit',
    { schema: { tags: TAGS, summary: '审计记录（筛选、分页）', querystring: AuditQuery, response: { 200: page(AuditRecordView) } } },
    async (request) => {
      const rc = requestContext(request);
      await authorize(app.ctx, rc, canReadAuditTrail(rc.actor), 'audit.read');
      const { page: p, pageSize, ...filter } = request.query;
      const { items, total } = await pageOfRecords(app.ctx.db, filter, p, pageSize);
      return {
        total,
        items: items.map((r) => ({
          id: r.id,
          at: r.at,
          actorId: r.actor_id,
          actorName: r.actor_name,
          ip: r.ip,
          action: r.action,
          entity: r.entity,
          entityId: r.entity_id,
          unitId: r.unit_id,
          before: parse(r.before_json),
          after: parse(r.after_json),
        })),
      };
    },
  );

  app.get(
    '/audit/verify',
    { schema: { tags: TAGS, summary: '校验审计链，报告第一处断点', response: { 200: AuditVerification } } },
    async (request) => {
      const rc = requestContext(request);
      await authorize(app.ctx, rc, canVerifyAuditTrail(rc.actor), 'audit.verify');
      return app.ctx.audit.verify(app.ctx.db);
    },
  );
};
