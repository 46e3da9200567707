/** Every error leaves as application/problem+json; 5xx hides internals, 4xx explains in Chinese. */
import { ARTICLES } from '@fabutong/core';
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { hasZodFastifySchemaValidationErrors, isResponseSerializationError } from 'fastify-type-provider-zod';
import { ProblemError, type FieldError } from '../errors';

const PART_LABEL: Record<string, string> = { body: '请求体', querystring: '查询参数', params: '路径参数', headers: '请求头' };

function send(reply: FastifyReply, request: FastifyRequest, status: number, body: Record<string, unknown>) {
  return reply
    .code(status)
    .type('application/problem+json; charset=utf-8')
    .send(JSON.stringify({ type: `about:blank`, status, instance: request.url.split('?')[0], ...body }));
}

/** Fastify's own 4xx errors (bad JSON, wrong content type, too large …) in Chinese. */
const FASTIFY_MESSAGES: Record<string, string> = {
  FST_ERR_CTP_INVALID_MEDIA_TYPE: '不支持的内容类型',
  FST_ERR_CTP_EMPTY_JSON_BODY: '请求体为空，应为 JSON',
  FST_ERR_CTP_INVALID_JSON_BODY: '请求体不是有效的 JSON',
  FST_ERR_CTP_BODY_TOO_LARGE: '请求体过大',
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: '请求长度与内容不符',
  FST_ERR_RATE_LIMIT_EXCEEDED: '请求过于频繁，请稍后再试',
  FST_REQ_FILE_TOO_LARGE: '上传文件过大',
  FST_ERR_VALIDATION: '请求内容有误',
};

export default fp(async function problems(app: FastifyInstance) {
  app.setNotFoundHandler((request, reply) =>
    send(reply, request, 404, { title: '未找到', detail: `没有这个地址：${request.method} ${request.url.split('?')[0]}` }),
  );

  app.setErrorHandler((error: FastifyError, request, reply) => {
    if (error instanceof ProblemError) {
      const { rule, errors, code } = error.extra;
      return send(reply, request, error.status, {
        ...(code ? { type: `https://fabutong.cn/problems/${code}` } : {}),
        title: error.title,
        detail: error.detail,
        ...(rule ? { rule, article: ARTICLES[rule].article } : {}),
        ...(errors ? { errors } : {}),
      });
    }
    if (hasZodFastifySchemaValidationErrors(error)) {
      const part = PART_LABEL[error.validationContext ?? 'body'] ?? '请求';
      const errors: FieldError[] = error.validation.map((v) => ({
        path: (v.instancePath ?? '').replace(/^\//, '').replace(/\//g, '.') || '(整体)',
        message: v.message ?? '格式不正确',
      }));
      return send(reply, request, 400, {
        type: 'https://fabutong.cn/problems/invalid-request',
        title: '请求内容有误',
        detail: `${part}有 ${errors.length} 处不符合要求：${errors.map((e) => `${e.path}：${e.message}`).join('；')}`,
        errors,
      });
    }
    if (isResponseSerializationError(error)) {
      request.log.error({ err: error }, 'response did not match its schema');
      return send(reply, request, 500, { title: '服务器内部错误', detail: '服务器处理请求时出错，已记录，请稍后再试' });
    }
    const status = error.statusCode ?? 500;
    if (status >= 400 && status < 500) {
      const detail = FASTIFY_MESSAGES[error.code] ?? '请求无法处理';
      if (status === 429) reply.header('retry-after', reply.getHeader('retry-after') ?? '60');
      return send(reply, request, status, { title: detail, detail });
    }
    request.log.error({ err: error }, 'unhandled error');
    return send(reply, request, 500, { title: '服务器内部错误', detail: '服务器处理请求时出错，已记录，请稍后再试' });
  });
});
