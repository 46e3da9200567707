import type { MatrixEntry, MatrixFixture } from '../../../test/authorization';
import { createIncident, createIncidentUpdate, createRelease } from '../../../test/factories';

const OFFICE = ['news_office'] as const;
const READERS = ['news_office', 'leader', 'auditor', 'editor_own', 'approver_own'] as const;
const DRAFTERS = ['news_office', 'editor_own', 'approver_own'] as const;
const REVIEWERS = ['news_office', 'approver_own'] as const;

/** Grade IV: no statutory clock, so it may be closed at once. */
const incident = (fx: MatrixFixture, grade = 'IV') => createIncident(fx.t.ctx.db, fx.at, { unitId: fx.units.own.id, grade });
const update = async (fx: MatrixFixture, status: 'draft' | 'reviewed') => createIncidentUpdate(fx.t.ctx.db, fx.at, { incidentId: (await incident(fx)).id, status });
const updateBody = { title: '关于白马镇山体滑坡的情况通报', facts: '11月26日9时许，白马镇发生山体滑坡。', source: '白马镇人民政府' };

export const matrix: MatrixEntry[] = [
  { route: 'GET /api/v1/incidents', allow: 'everyone', request: () => ({ url: '/api/v1/incidents' }) },
  {
    route: 'POST /api/v1/incidents',
    allow: OFFICE,
    request: (fx) => ({
      url: '/api/v1/incidents',
      payload: { title: '白马镇山体滑坡', kind: 'natural_disaster', grade: 'III', occurredAt: fx.at, responsibleUnitId: fx.units.own.id, location: '白马镇' },
    }),
  },
  { route: 'GET /api/v1/incidents/:id', allow: READERS, request: async (fx) => ({ url: `/api/v1/incidents/${(await incident(fx)).id}` }) },
  { route: 'PATCH /api/v1/incidents/:id', allow: OFFICE, request: async (fx) => ({ url: `/api/v1/incidents/${(await incident(fx)).id}`, payload: { location: '白马镇大田村' } }) },
  {
    route: 'POST /api/v1/incidents/:id/regrade',
    allow: OFFICE,
    request: async (fx) => ({ url: `/api/v1/incidents/${(await incident(fx, 'III')).id}/regrade`, payload: { grade: 'II', majorCasualtiesOrImpact: true, reason: '伤亡人数上升' } }),
  },
  { route: 'POST /api/v1/incidents/:id/close', allow: OFFICE, request: async (fx) => ({ url: `/api/v1/incidents/${(await incident(fx)).id}/close`, payload: { reason: '处置完毕' } }) },
  {
    route: 'POST /api/v1/incidents/:id/releases',
    allow: OFFICE,
    request: async (fx) => {
      const release = await createRelease(fx.t.ctx.db, fx.at, { unitId: fx.units.own.id, categories: ['incident'] });
      return { url: `/api/v1/incidents/${(await incident(fx)).id}/releases`, payload: { releaseId: release.id } };
    },
  },
  { route: 'POST /api/v1/incidents/:id/updates', allow: DRAFTERS, request: async (fx) => ({ url: `/api/v1/incidents/${(await incident(fx)).id}/updates`, payload: updateBody }) },
  { route: 'PUT /api/v1/incident-updates/:id', allow: DRAFTERS, request: async (fx) => ({ url: `/api/v1/incident-updates/${(await update(fx, 'draft')).id}`, payload: updateBody }) },
  {
    route: 'POST /api/v1/incident-updates/:id/review',
    allow: REVIEWERS,
    request: async (fx) => ({ url: `/api/v1/incident-updates/${(await update(fx, 'draft')).id}/review`, payload: { confidentialityReview: { reviewer: '李保密', reviewedAt: fx.at } } }),
  },
  { route: 'POST /api/v1/incident-updates/:id/publish', allow: REVIEWERS, request: async (fx) => ({ url: `/api/v1/incident-updates/${(await update(fx, 'reviewed')).id}/publish` }) },
];
