import type { MatrixEntry, MatrixFixture } from '../../../test/authorization';
import { createWarning } from '../../../test/factories';

const ISSUERS = ['news_office', 'approver_own'] as const;
const warning = (fx: MatrixFixture) => createWarning(fx.t.ctx.db, fx.at, { unitId: fx.units.own.id });
const body = (fx: MatrixFixture) => ({
  title: '白马镇地质灾害气象风险预警',
  category: '地质灾害',
  area: '白马镇全境',
  level: 'orange',
  content: '未来24小时白马镇发生地质灾害的风险较高，请注意防范。',
  issuingUnitId: fx.units.own.id,
  validFrom: fx.at,
  validUntil: new Date(Date.parse(fx.at) + 24 * 3_600_000).toISOString(),
  confidentialityReview: { reviewer: '李保密', reviewedAt: fx.at },
});

export const matrix: MatrixEntry[] = [
  { route: 'GET /api/v1/warnings', allow: 'everyone', request: () => ({ url: '/api/v1/warnings' }) },
  { route: 'POST /api/v1/warnings', allow: ISSUERS, request: (fx) => ({ url: '/api/v1/warnings', payload: body(fx) }) },
  { route: 'PUT /api/v1/warnings/:id', allow: ISSUERS, request: async (fx) => ({ url: `/api/v1/warnings/${(await warning(fx)).id}`, payload: body(fx) }) },
  { route: 'POST /api/v1/warnings/:id/lift', allow: ISSUERS, request: async (fx) => ({ url: `/api/v1/warnings/${(await warning(fx)).id}/lift`, payload: { reason: '降雨已经结束' } }) },
];
