import type { FastifyInstance, FastifyRequest } from 'fastify';
import client from 'prom-client';
import { hasRole } from '@fabutong/core';
import { forbidden } from '../../errors';

function fromLoopback(request: FastifyRequest): boolean {
  const raw = request.socket.remoteAddress ?? '';
  const loopback = raw === '127.0.0.1' || raw === '::1' || raw === '::ffff:127.0.0.1';
  return loopback && !request.headers['x-forwarded-for'];
}

/** Liveness, readiness and metrics for operators; outside /api, not in the OpenAPI document. */
export async function healthRoutes(app: FastifyInstance) {
  const registry = new client.Registry();
  client.collectDefaultMetrics({ register: registry });
  const duration = new client.Histogram({
    name: 'http_request_duration_seconds',
    help: 'HTTP request duration',
    labelNames: ['method', 'route', 'status'],
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
    registers: [registry],
  });
  app.addHook('onResponse', async (request, reply) => {
    duration.observe(
      { method: request.method, route: request.routeOptions.url ?? 'unmatched', status: String(reply.statusCode) },
      reply.elapsedTime / 1000,
    );
  });

  app.get('/healthz', { schema: { hide: true } }, async () => ({ status: 'ok' }));

  app.get('/readyz', { schema: { hide: true } }, async (_request, reply) => {
    const ok = await app.database.ping();
    reply.code(ok ? 200 : 503);
    return { status: ok ? 'ready' : 'database-unreachable' };
  });

  app.get('/metrics', { schema: { hide: true } }, async (request, reply) => {
    const admin = request.session && hasRole(request.session.actor, 'admin');
    if (!fromLoopback(request) && !admin) throw forbidden('监控指标只对本机或系统管理员开放', 'SEC');
    reply.type(registry.contentType);
    return registry.metrics();
  });
}
