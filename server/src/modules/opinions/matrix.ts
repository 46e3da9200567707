import type { MatrixEntry, MatrixFixture } from '../../../test/authorization';
import { createExpert, createOpinionItem, createOpinionVendor, createRelease } from '../../../test/factories';
import { inboundSignature } from './inbound';

const OFFICE = ['news_office'] as const;
const MANAGERS = ['admin', 'news_office'] as const;
const READERS = ['news_office', 'leader', 'auditor', 'editor_own', 'approver_own'] as const;
const RESPONDERS = ['news_office', 'editor_own', 'approver_own'] as const;

const item = (fx: MatrixFixture, o: Parameters<typeof createOpinionItem>[2] = {}) => createOpinionItem(fx.t.ctx.db, fx.at, { unitId: fx.units.own.id, ...o });

async function consultation(fx: MatrixFixture) {
  const db = fx.t.ctx.db;
  const i = await item(fx, { level: 'major' });
  const expert = await createExpert(db, fx.at);
  const c = await db
    .insertInto('opinion_consultations')
    .values({ item_id: i.id, question: '研判走势', status: 'open', conclusion: null, concluded_by: null, concluded_at: null, created_by: null, created_at: fx.at })
    .returning('id')
    .executeTakeFirstOrThrow();
  await db.insertInto('opinion_consultation_experts').values({ consultation_id: c.id, expert_id: expert.id, opinion: null, opinion_at: null, recorded_by: null }).execute();
  return { id: c.id, expertId: expert.id };
}

let vendor: { keyId: string; secret: string } | null = null;
let sequence = 0;

/** A signed push, fresh each time (a new title, a new signature). */
async function signedPush(fx: MatrixFixture) {
  if (!vendor || !(await fx.t.ctx.db.selectFrom('opinion_vendors').select('id').where('key_id', '=', vendor.keyId).executeTakeFirst())) {
    const v = await createOpinionVendor(fx.t.ctx.db, fx.at, { secret: 'matrix-secret' });
    vendor = { keyId: v.key_id, secret: v.secret };
  }
  const body = JSON.stringify({ title: `网传武隆道路积水第${++sequence}条`, link: null, site: '微博', firstSeenAt: fx.t.clock.now().toISOString(), excerpt: '道路积水' });
  const timestamp = String(fx.t.clock.now().getTime());
  return {
    url: '/api/v1/opinions/inbound',
    body: Buffer.from(body),
    headers: { 'content-type': 'application/json', 'x-fabutong-key': vendor.keyId, 'x-fabutong-timestamp': timestamp, 'x-fabutong-signature': inboundSignature(vendor.secret, timestamp, body) },
  };
}

const manual = (fx: MatrixFixture) => ({ title: '12345 热线反映白马镇道路积水', channel: 'hotline_12345', source: '12345 热线工单', firstSeenAt: fx.at, excerpt: '群众反映积水', unitId: fx.units.own.id });

export const matrix: MatrixEntry[] = [
  { route: 'GET /api/v1/opinions', allow: 'everyone', request: () => ({ url: '/api/v1/opinions' }) },
  { route: 'GET /api/v1/opinions/export', allow: 'everyone', request: () => ({ url: '/api/v1/opinions/export' }) },
  { route: 'POST /api/v1/opinions', allow: RESPONDERS, request: (fx) => ({ url: '/api/v1/opinions', payload: manual(fx) }) },
  { route: 'GET /api/v1/opinions/:id', allow: READERS, request: async (fx) => ({ url: `/api/v1/opinions/${(await item(fx)).id}` }) },
  { route: 'POST /api/v1/opinions/:id/assign', allow: OFFICE, request: async (fx) => ({ url: `/api/v1/opinions/${(await item(fx, { unitId: null })).id}/assign`, payload: { unitId: fx.units.own.id } }) },
  {
    route: 'POST /api/v1/opinions/:id/assess',
    allow: RESPONDERS,
    request: async (fx) => ({ url: `/api/v1/opinions/${(await item(fx)).id}/assess`, payload: { level: 'general', sensitivity: 'low', trendNote: '关注度不高' } }),
  },
  {
    route: 'POST /api/v1/opinions/:id/response-release',
    allow: RESPONDERS,
    request: async (fx) => ({ url: `/api/v1/opinions/${(await item(fx)).id}/response-release`, payload: { title: '关于道路积水的情况说明', body: '已组织抽排。' } }),
  },
  {
    route: 'POST /api/v1/opinions/:id/response',
    allow: RESPONDERS,
    request: async (fx) => {
      const release = await createRelease(fx.t.ctx.db, fx.at, { unitId: fx.units.own.id, categories: ['opinion_response'], form: 'written_release', status: 'published' });
      return { url: `/api/v1/opinions/${(await item(fx)).id}/response`, payload: { releaseId: release.id } };
    },
  },
  { route: 'POST /api/v1/opinions/:id/no-response', allow: ['news_office', 'approver_own'], request: async (fx) => ({ url: `/api/v1/opinions/${(await item(fx)).id}/no-response`, payload: { reason: '信息不实，已澄清' } }) },
  {
    route: 'POST /api/v1/opinions/:id/consultations',
    allow: RESPONDERS,
    request: async (fx) => ({ url: `/api/v1/opinions/${(await item(fx, { level: 'major' })).id}/consultations`, payload: { question: '研判走势', expertIds: [(await createExpert(fx.t.ctx.db, fx.at)).id] } }),
  },
  {
    route: 'POST /api/v1/opinion-consultations/:id/opinions',
    allow: RESPONDERS,
    request: async (fx) => {
      const c = await consultation(fx);
      return { url: `/api/v1/opinion-consultations/${c.id}/opinions`, payload: { expertId: c.expertId, opinion: '建议尽快回应' } };
    },
  },
  { route: 'POST /api/v1/opinion-consultations/:id/conclude', allow: RESPONDERS, request: async (fx) => ({ url: `/api/v1/opinion-consultations/${(await consultation(fx)).id}/conclude`, payload: { conclusion: '24 小时内回应' } }) },
  { route: 'POST /api/v1/opinions/inbound', allow: 'public', request: (fx) => signedPush(fx) },
  { route: 'GET /api/v1/opinion-vendors', allow: MANAGERS, request: () => ({ url: '/api/v1/opinion-vendors' }) },
  { route: 'POST /api/v1/opinion-vendors', allow: MANAGERS, request: () => ({ url: '/api/v1/opinion-vendors', payload: { name: '某舆情监测服务商' } }) },
  { route: 'PUT /api/v1/opinion-vendors/:id', allow: MANAGERS, request: async (fx) => ({ url: `/api/v1/opinion-vendors/${(await createOpinionVendor(fx.t.ctx.db, fx.at)).id}`, payload: { name: '改名', enabled: false } }) },
  { route: 'POST /api/v1/opinion-vendors/:id/rotate', allow: MANAGERS, request: async (fx) => ({ url: `/api/v1/opinion-vendors/${(await createOpinionVendor(fx.t.ctx.db, fx.at)).id}/rotate` }) },
  { route: 'GET /api/v1/opinion-keyword-rules', allow: MANAGERS, request: () => ({ url: '/api/v1/opinion-keyword-rules' }) },
  { route: 'POST /api/v1/opinion-keyword-rules', allow: MANAGERS, request: (fx) => ({ url: '/api/v1/opinion-keyword-rules', payload: { unitId: fx.units.own.id, expression: '防汛 AND 武隆' } }) },
  {
    route: 'PUT /api/v1/opinion-keyword-rules/:id',
    allow: MANAGERS,
    request: async (fx) => {
      const rule = await fx.t.ctx.db
        .insertInto('opinion_keyword_rules')
        .values({ unit_id: fx.units.own.id, expression: '积水', exclusions: '[]', enabled: 1, created_at: fx.at, updated_at: fx.at })
        .returning('id')
        .executeTakeFirstOrThrow();
      return { url: `/api/v1/opinion-keyword-rules/${rule.id}`, payload: { unitId: fx.units.own.id, expression: '积水 OR 内涝', exclusions: ['演练'] } };
    },
  },
];
