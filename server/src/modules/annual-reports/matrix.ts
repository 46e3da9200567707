import type { MatrixEntry, MatrixFixture } from '../../../test/authorization';

const READERS = ['news_office', 'leader', 'auditor', 'editor_own', 'editor_other', 'approver_own', 'approver_other'] as const;
const UNIT_READERS = ['news_office', 'leader', 'auditor', 'editor_own', 'approver_own'] as const;
const body = { workReport: '全年组织新闻发布活动6次，回应关切3次。', nextYearPlan: '明年计划举行新闻发布会2场。' };

/** Each request its own year, so one actor's submission does not stand in another's way. */
let year = 2030;

async function submitted(fx: MatrixFixture) {
  const y = year++;
  await fx.t.ctx.db
    .insertInto('annual_reports')
    .values({
      year: y,
      unit_id: fx.units.own.id,
      spokesperson_person_id: null,
      work_report: body.workReport,
      next_year_plan: body.nextYearPlan,
      prefill: null,
      status: 'submitted',
      submitted_at: fx.at,
      submitted_by: null,
      acknowledged_at: null,
      acknowledged_by: null,
      acknowledgement_note: null,
      created_at: fx.at,
      updated_at: fx.at,
    })
    .execute();
  return y;
}

export const matrix: MatrixEntry[] = [
  { route: 'GET /api/v1/annual-reports', allow: READERS, request: () => ({ url: '/api/v1/annual-reports?year=2026' }) },
  { route: 'GET /api/v1/annual-reports/:year/:unitId', allow: UNIT_READERS, request: (fx) => ({ url: `/api/v1/annual-reports/2026/${fx.units.own.id}` }) },
  { route: 'PUT /api/v1/annual-reports/:year/:unitId', allow: ['editor_own', 'approver_own'], request: (fx) => ({ url: `/api/v1/annual-reports/${year++}/${fx.units.own.id}`, payload: body }) },
  { route: 'POST /api/v1/annual-reports/:year/:unitId/submit', allow: ['editor_own', 'approver_own'], request: (fx) => ({ url: `/api/v1/annual-reports/${year++}/${fx.units.own.id}/submit`, payload: body }) },
  { route: 'POST /api/v1/annual-reports/:year/:unitId/acknowledge', allow: ['approver_own'], request: async (fx) => ({ url: `/api/v1/annual-reports/${await submitted(fx)}/${fx.units.own.id}/acknowledge`, payload: { note: '已阅，同意' } }) },
  { route: 'PUT /api/v1/annual-report-dues/:year', allow: ['news_office'], request: () => ({ url: '/api/v1/annual-report-dues/2026', payload: { dueDate: '2027-01-15' } }) },
];
