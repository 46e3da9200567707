/**
 * Sessions: every /api request is authenticated unless its route says `config: { public: true }`.
 * The session lives in the database; the cookie carries a random token whose hash is the key.
 */
import type { Actor } from '@fabutong/core';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import type { RequestContext } from '../context';
import { unauthenticated } from '../errors';
import { SESSION_COOKIE, checkSession } from '../modules/auth/service';

declare module 'fastify' {
  interface FastifyRequest {
    session: { actor: Actor; sessionId: string; expiresAt: string } | null;
  }
  interface FastifyContextConfig {
    /** Reachable without logging in. */
    public?: boolean;
  }
}

export function clientIp(request: FastifyRequest): string | null {
  return request.ip ?? null;
}

/** The caller of an authenticated route, as services want it. */
export function requestContext(request: FastifyRequest): RequestContext {
  if (!request.session) throw unauthenticated();
  return { actor: request.session.actor, ip: clientIp(request) };
}

export default fp(async function auth(app: FastifyInstance) {
  app.decorateRequest('session', null);

  app.addHook('onRequest', async (request) => {
    if (!request.url.startsWith('/api/') && !request.url.startsWith('/metrics')) return;
    const token = request.cookies[SESSION_COOKIE];
    let expired: string | null = null;
    if (token) {
      const check = await checkSession(app.ctx, token, request.headers['x-background'] !== '1');
      if (check.status === 'valid') request.session = { actor: check.actor, sessionId: check.sessionId, expiresAt: check.expiresAt };
      else if (check.status === 'expired') expired = check.reason;
    }
    const isApi = request.url.startsWith('/api/') && !request.url.startsWith('/api/v1/docs');
    if (!request.session && isApi && !request.routeOptions.config?.public) {
      throw unauthenticated(expired ?? '请先登录');
    }
  });
});
