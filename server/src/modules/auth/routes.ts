import { ChangePasswordBody, LoginBody, Me, Ok } from '@fabutong/core';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { clientIp, requestContext } from '../../plugins/auth';
import * as auth from './service';

const TAGS = ['账户与会话'];

export const authRoutes: FastifyPluginAsyncZod = async (app) => {
  app.post(
    '/auth/login',
    {
      config: { public: true, rateLimit: { max: app.ctx.config.loginRateLimitPerMinute, timeWindow: '1 minute' } },
      schema: { tags: TAGS, summary: '登录', body: LoginBody, response: { 200: Me } },
    },
    async (request, reply) => {
      const { token, expiresAt } = await auth.login(app.ctx, {
        ...request.body,
        ip: clientIp(request),
        userAgent: request.headers['user-agent'] ?? null,
      });
      reply.setCookie(auth.SESSION_COOKIE, token, {
        path: '/',
        httpOnly: true,
        sameSite: 'lax',
        secure: request.protocol === 'https',
      });
      const check = await auth.checkSession(app.ctx, token);
      if (check.status !== 'valid') throw new Error('new session is not valid');
      return auth.me(app.ctx, check.actor, expiresAt);
    },
  );

  app.post('/auth/logout', { schema: { tags: TAGS, summary: '退出登录', response: { 200: Ok } } }, async (request, reply) => {
    await auth.logout(app.ctx, requestContext(request), request.session!.sessionId);
    reply.clearCookie(auth.SESSION_COOKIE, { path: '/' });
    return { ok: true as const };
  });

  app.get('/auth/me', { schema: { tags: TAGS, summary: '当前用户', response: { 200: Me } } }, async (request) => {
    const { actor, expiresAt } = request.session!;
    return auth.me(app.ctx, actor, expiresAt);
  });

  app.post(
    '/auth/password',
    { schema: { tags: TAGS, summary: '修改本人密码', body: ChangePasswordBody, response: { 200: Ok } } },
    async (request) => {
      await auth.changeOwnPassword(app.ctx, requestContext(request), request.session!.sessionId, request.body);
      return { ok: true as const };
    },
  );
};
