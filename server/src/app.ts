/** Builds the whole application; only main.ts listens. Tests build it and call `inject`. */
import fs from 'node:fs';
import path from 'node:path';
import cookie from '@fastify/cookie';
import multipart from '@fastify/multipart';
import helmet from '@fastify/helmet';
import rateLimit from '@fastify/rate-limit';
import fastifyStatic from '@fastify/static';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import Fastify, { type FastifyInstance } from 'fastify';
import { jsonSchemaTransform, serializerCompiler, validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Config } from './config';
import type { AppContext } from './context';
import type { Db } from './db/database';
import { auditRoutes } from './modules/audit/routes';
import { calendarRoutes } from './modules/calendar/routes';
import { registerConferenceJobs } from './modules/conferences/reminders';
import { conferenceRoutes } from './modules/conferences/routes';
import { conferencePendingItems } from './modules/conferences/service';
import { auditAnchorFile, createAnchorSchedule } from './modules/audit/anchors';
import { createAuditTrail } from './modules/audit/trail';
import { authRoutes } from './modules/auth/routes';
import { healthRoutes } from './modules/health/routes';
import { createPendingRegistry } from './modules/home/pending';
import { homeRoutes } from './modules/home/routes';
import { importRoutes } from './modules/imports/routes';
import { mediaRoutes } from './modules/media/routes';
import { expiringPendingItems } from './modules/media/service';
import { notificationRoutes } from './modules/notifications/routes';
import { peopleRoutes } from './modules/people/routes';
import { registerQuotaReminders, scheduleQuotaReminders } from './modules/quotas/reminders';
import { quotaRoutes } from './modules/quotas/routes';
import { keepQuotaReportReady } from './modules/quotas/service';
import { releaseRoutes } from './modules/releases/routes';
import { ruleSetRoutes } from './modules/rulesets/routes';
import { searchRoutes } from './modules/search/routes';
import { opinionRoutes } from './modules/opinions/routes';
import { opinionClockSource, opinionPendingItems } from './modules/opinions/service';
import { feedRoutes } from './modules/feeds/routes';
import { registerFeedJobs } from './modules/feeds/service';
import { expertRoutes } from './modules/experts/routes';
import { hotTopicRoutes } from './modules/hot-topics/routes';
import { hotTopicPendingItems, registerHotTopicJobs } from './modules/hot-topics/service';
import { interviewRoutes } from './modules/interviews/routes';
import { interviewPendingItems } from './modules/interviews/service';
import { planRoutes } from './modules/plans/routes';
import { registerTalkingPointJobs, talkingPointPendingItems } from './modules/talking-points/service';
import { talkingPointRoutes } from './modules/talking-points/routes';
import { topicPendingItems } from './modules/topics/service';
import { topicRoutes } from './modules/topics/routes';
import { gapPendingItems } from './modules/people/service';
import { spokespersonListRoutes } from './modules/spokespersons/routes';
import { unitRoutes } from './modules/units/routes';
import { userRoutes } from './modules/users/routes';
import { venueRoutes } from './modules/venues/routes';
import auth from './plugins/auth';
import { createJobQueue } from './plugins/jobs';
import problems from './plugins/problems';
import { createRealtime } from './plugins/realtime';
import { portalRoutes } from './portal/routes';
import { alertRoutes } from './modules/alerts/routes';
import { registerAlerts } from './modules/alerts/service';
import { incidentRoutes } from './modules/incidents/routes';
import { incidentClockSource, incidentPendingItems } from './modules/incidents/service';
import { violationRoutes } from './modules/violations/routes';
import { violationPendingItems } from './modules/violations/service';
import { warningRoutes } from './modules/warnings/routes';
import { trainingRoutes } from './modules/training/routes';
import { annualReportRoutes } from './modules/annual-reports/routes';
import { annualReportPendingItems } from './modules/annual-reports/service';
import { evaluationRoutes } from './modules/evaluation/routes';
import { evaluationPendingItems } from './modules/evaluation/service';

z.config(z.locales.zhCN());

/** Body fields that hold secrets: passwords, webhook keys, tokens. */
const SECRET_FIELDS = ['password', 'currentPassword', 'newPassword', 'secret', 'token'];

declare module 'fastify' {
  interface FastifyInstance {
    ctx: AppContext;
    database: Db;
    /** Every API route as registered, for the authorization-matrix and malformed-input tests. */
    apiRoutes: ApiRoute[];
  }
}

export interface ApiRoute {
  method: string;
  url: string;
  public: boolean;
  schema: { body?: unknown; params?: unknown; querystring?: unknown } | undefined;
}

export interface BuildOptions {
  config: Config;
  database: Db;
  auditKey: Buffer;
}

/** The capabilities' HTTP routes, all under /api/v1. */
const API_MODULES = [
  authRoutes,
  userRoutes,
  auditRoutes,
  homeRoutes,
  notificationRoutes,
  calendarRoutes,
  unitRoutes,
  peopleRoutes,
  spokespersonListRoutes,
  mediaRoutes,
  releaseRoutes,
  quotaRoutes,
  ruleSetRoutes,
  importRoutes,
  conferenceRoutes,
  venueRoutes,
  incidentRoutes,
  warningRoutes,
  alertRoutes,
  violationRoutes,
  topicRoutes,
  planRoutes,
  talkingPointRoutes,
  searchRoutes,
  opinionRoutes,
  feedRoutes,
  expertRoutes,
  hotTopicRoutes,
  interviewRoutes,
  trainingRoutes,
  annualReportRoutes,
  evaluationRoutes,
];

export async function buildApp({ config, database, auditKey }: BuildOptions): Promise<FastifyInstance> {
  const app = Fastify({
    logger: {
      level: config.logLevel,
      // Secrets never reach the logs, wherever a handler puts the object it logs (up to two levels down).
      redact: {
        paths: ['req.headers.cookie', 'req.headers.authorization', 'res.headers["set-cookie"]', ...SECRET_FIELDS.flatMap((f) => [f, `*.${f}`, `*.*.${f}`])],
        censor: '[已隐藏]',
      },
    },
    trustProxy: config.trustProxy,
    bodyLimit: 2 * 1024 * 1024,
  }).withTypeProvider<ZodTypeProvider>();
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);

  const ctx: AppContext = {
    db: database.kysely,
    dialect: database.dialect,
    config,
    now: config.now,
    audit: createAuditTrail(auditKey, { anchorFile: auditAnchorFile(config.dataDir), now: config.now, log: app.log }),
    jobs: createJobQueue({ db: database.kysely, dialect: database.dialect, now: config.now, log: app.log }),
    pending: createPendingRegistry(),
    realtime: createRealtime(database, config.now, config.heartbeatMs, app.log),
  };
  ctx.pending.register(gapPendingItems);
  ctx.pending.register(expiringPendingItems);
  ctx.pending.register(conferencePendingItems);
  ctx.pending.register(incidentPendingItems);
  ctx.pending.register(violationPendingItems);
  ctx.pending.register(opinionPendingItems);
  ctx.pending.register(hotTopicPendingItems);
  ctx.pending.register(interviewPendingItems);
  ctx.pending.register(topicPendingItems);
  ctx.pending.register(talkingPointPendingItems);
  ctx.pending.register(annualReportPendingItems);
  ctx.pending.register(evaluationPendingItems);
  app.decorate('ctx', ctx);
  app.decorate('database', database);
  const apiRoutes: ApiRoute[] = [];
  app.decorate('apiRoutes', apiRoutes);
  app.addHook('onRoute', (route) => {
    if (!route.url.startsWith('/api/v1/') || route.url.startsWith('/api/v1/docs') || route.method === 'HEAD') return;
    for (const method of [route.method].flat()) {
      if (method !== 'HEAD') apiRoutes.push({ method, url: route.url, public: Boolean(route.config?.public), schema: route.schema as ApiRoute['schema'] });
    }
  });

  await app.register(problems);
  await app.register(cookie);
  await app.register(helmet, {
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:', 'blob:'],
        connectSrc: ["'self'"],
        upgradeInsecureRequests: null,
      },
    },
    hsts: config.trustProxy,
  });
  await app.register(rateLimit, { global: false });
  await app.register(multipart, { limits: { fileSize: 20 * 1024 * 1024, files: 1 } });
  await app.register(auth);
  await app.register(swagger, {
    openapi: {
      info: { title: '发布通 API', description: '武隆区行政机关新闻发布工作平台接口。错误均为 application/problem+json，拒绝时注明规则编号（rule）与条款（article）。', version: '1' },
      components: { securitySchemes: { session: { type: 'apiKey', in: 'cookie', name: 'fbt_sid' } } },
      security: [{ session: [] }],
    },
    transform: jsonSchemaTransform,
  });
  await app.register(swaggerUi, { routePrefix: '/api/v1/docs', staticCSP: true });

  await app.register(
    async (api) => {
      for (const routes of API_MODULES) await api.register(routes);
      api.get('/openapi.json', { schema: { hide: true }, config: { public: true } }, async () => app.swagger());
    },
    { prefix: '/api/v1' },
  );
  await app.register(healthRoutes);
  await app.register(portalRoutes);
  await registerConsole(app, config.consoleDir);

  registerQuotaReminders(ctx);
  registerConferenceJobs(ctx);
  registerTalkingPointJobs(ctx);
  registerAlerts(ctx, { incident: incidentClockSource, opinion: opinionClockSource });
  registerFeedJobs(ctx);
  registerHotTopicJobs(ctx);
  const auditAnchors = createAnchorSchedule(() => ctx.audit.anchor(ctx.db), app.log);
  const quotaReport = keepQuotaReportReady(ctx, app.log);
  app.addHook('onReady', async () => {
    await ctx.realtime.start();
    // Every server that answers readers keeps its own reports, jobs or not; ready before it listens.
    await quotaReport.start();
    if (!config.jobs) return;
    await scheduleQuotaReminders(ctx);
    ctx.jobs.start();
    auditAnchors.start((config.auditAnchorMinutes ?? 10) * 60_000);
  });
  // Open event streams would hold the server open: end them before it stops listening.
  app.addHook('preClose', async () => {
    await ctx.realtime.close();
  });
  app.addHook('onClose', async () => {
    await ctx.jobs.stop();
    await quotaReport.stop();
    // After the jobs, so the last anchor covers what they recorded.
    await auditAnchors.stop();
  });
  return app;
}

/** The built console (web/dist) at /console/, every client-side route falling back to index.html. */
async function registerConsole(app: FastifyInstance, dir: string | undefined) {
  const index = dir ? path.join(dir, 'index.html') : null;
  app.get('/console', { schema: { hide: true } }, (_request, reply) => reply.redirect('/console/'));
  if (!dir || !index || !fs.existsSync(index)) {
    app.get('/console/*', { schema: { hide: true } }, async (_request, reply) => {
      reply.code(503).type('text/html; charset=utf-8');
      return '<!doctype html><meta charset="utf-8"><title>控制台未构建</title><p>控制台尚未构建，请先运行 <code>npm run build</code>。</p>';
    });
    return;
  }
  // Vite names every asset by its content hash, so assets may be cached for good.
  await app.register(fastifyStatic, { root: dir, prefix: '/console/', wildcard: false, index: false, maxAge: '365d', immutable: true });
  const html = fs.readFileSync(index, 'utf8');
  const sendIndex = async (_request: unknown, reply: import('fastify').FastifyReply) => {
    reply.type('text/html; charset=utf-8').header('cache-control', 'no-cache');
    return html;
  };
  app.get('/console/', { schema: { hide: true } }, sendIndex);
  app.get('/console/*', { schema: { hide: true } }, sendIndex);
}
