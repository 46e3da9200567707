import type { MatrixEntry, MatrixFixture } from '../../../test/authorization';
import { createTalkingPoint } from '../../../test/factories';

const READERS = ['news_office', 'leader', 'auditor', 'editor_own', 'approver_own'] as const;
const DRAFTERS = ['news_office', 'editor_own', 'approver_own'] as const;
/** The unit's principal or spokesperson: its approver. */
const APPROVER = ['approver_own'] as const;

const point = (fx: MatrixFixture, status: string, sensitivity: 'internal' | 'quotable' = 'internal') =>
  createTalkingPoint(fx.t.ctx.db, fx.at, { unitId: fx.units.own.id, status, sensitivity, effectiveFrom: '2026-01-01', reviewBy: '2027-06-30' });
const at = (path: string, status: string, payload?: object) => async (fx: MatrixFixture) => ({ url: `/api/v1/talking-points/${(await point(fx, status)).id}${path}`, payload });
const body = (fx: MatrixFixture) => ({
  unitId: fx.units.own.id,
  subject: '汛期游客安全',
  questions: ['景区汛期是否开放？'],
  answer: '景区根据雨情动态调整开放时间，请以官方发布为准。',
  effectiveFrom: '2026-06-01',
  reviewBy: '2026-12-31',
  sensitivity: 'quotable',
});

export const matrix: MatrixEntry[] = [
  { route: 'GET /api/v1/talking-points', allow: 'everyone', request: () => ({ url: '/api/v1/talking-points' }) },
  {
    route: 'GET /api/v1/talking-points/usable',
    allow: ['admin', ...READERS],
    request: (fx) => ({ url: `/api/v1/talking-points/usable?unitId=${fx.units.own.id}` }),
  },
  { route: 'GET /api/v1/talking-points/:id', allow: READERS, request: at('', 'draft') },
  { route: 'GET /api/v1/talking-points/:id/diff', allow: READERS, request: at('/diff?from=1&to=1', 'draft') },
  { route: 'POST /api/v1/talking-points', allow: DRAFTERS, request: (fx) => ({ url: '/api/v1/talking-points', payload: body(fx) }) },
  { route: 'PATCH /api/v1/talking-points/:id', allow: DRAFTERS, request: async (fx) => ({ ...(await at('', 'draft')(fx)), payload: body(fx) }) },
  { route: 'POST /api/v1/talking-points/:id/submit', allow: DRAFTERS, request: at('/submit', 'draft', {}) },
  { route: 'POST /api/v1/talking-points/:id/request-changes', allow: APPROVER, request: at('/request-changes', 'in_review', { comment: '请补充数据来源' }) },
  { route: 'POST /api/v1/talking-points/:id/approve', allow: APPROVER, request: at('/approve', 'in_review', {}) },
  { route: 'POST /api/v1/talking-points/:id/revise', allow: DRAFTERS, request: at('/revise', 'approved', {}) },
  { route: 'POST /api/v1/talking-points/:id/withdraw', allow: APPROVER, request: at('/withdraw', 'approved', {}) },
  { route: 'POST /api/v1/talking-points/:id/comments', allow: DRAFTERS, request: at('/comments', 'draft', { version: 1, body: '第二句表述再斟酌' }) },
  {
    route: 'POST /api/v1/talking-points/:id/uses',
    allow: ['news_office', 'editor_own', 'approver_own', 'editor_other', 'approver_other'],
    request: async (fx) => ({
      url: `/api/v1/talking-points/${(await point(fx, 'approved', 'quotable')).id}/uses`,
      payload: { kind: 'conference', label: '汛期安全新闻发布会答问', usedOn: '2026-11-20' },
    }),
  },
];
