import { defaultEvaluationTemplate } from '@fabutong/core';
import type { MatrixEntry, MatrixFixture } from '../../../test/authorization';

const READERS = ['news_office', 'leader', 'auditor', 'editor_own', 'editor_other', 'approver_own', 'approver_other'] as const;
const UNIT_READERS = ['news_office', 'leader', 'auditor', 'editor_own', 'approver_own'] as const;
const DISTRICT = ['news_office', 'leader', 'auditor'] as const;

/** Each request its own year (one evaluation per year): years created through the API must lie in 2020–2100, fixtures need not. */
let year = 2030;
let fixtureYear = 3000;

async function evaluation(fx: MatrixFixture, status: string) {
  const row = await fx.t.ctx.db
    .insertInto('evaluations')
    .values({
      year: fixtureYear++,
      title: '年度新闻发布工作评估',
      status,
      indicators: JSON.stringify(defaultEvaluationTemplate()),
      submitted_at: null,
      submitted_by: null,
      decided_at: null,
      decided_by: null,
      decision_note: null,
      correction_reason: null,
      created_by: null,
      created_at: fx.at,
      updated_at: fx.at,
    })
    .returning(['id', 'year'])
    .executeTakeFirstOrThrow();
  if (status === 'published') {
    await fx.t.ctx.db
      .insertInto('evaluation_publications')
      .values({
        evaluation_id: row.id,
        year: row.year,
        version: 1,
        snapshot: JSON.stringify({ title: '年度新闻发布工作评估', approvedBy: null, correctionReason: null, indicators: [], rows: [] }),
        published_at: fx.at,
        published_by: null,
        superseded_at: null,
      })
      .execute();
  }
  return row.id;
}

const step = (action: string, status: string, allow: MatrixEntry['allow'], note?: string): MatrixEntry => ({
  route: `POST /api/v1/evaluations/:id/${action}`,
  allow,
  request: async (fx) => ({ url: `/api/v1/evaluations/${await evaluation(fx, status)}/${action}`, payload: note ? { note } : {} }),
});

export const matrix: MatrixEntry[] = [
  { route: 'GET /api/v1/evaluations', allow: READERS, request: () => ({ url: '/api/v1/evaluations' }) },
  { route: 'POST /api/v1/evaluations', allow: ['news_office'], request: () => ({ url: '/api/v1/evaluations', payload: { year: year++, title: '年度评估' } }) },
  { route: 'GET /api/v1/evaluations/:id', allow: READERS, request: async (fx) => ({ url: `/api/v1/evaluations/${await evaluation(fx, 'open')}` }) },
  {
    route: 'PUT /api/v1/evaluations/:id/template',
    allow: ['news_office'],
    request: async (fx) => ({ url: `/api/v1/evaluations/${await evaluation(fx, 'draft')}/template`, payload: { title: '年度评估', indicators: defaultEvaluationTemplate() } }),
  },
  step('open', 'draft', ['news_office']),
  step('submit', 'open', ['news_office']),
  step('approve', 'submitted', ['leader']),
  step('return', 'submitted', ['leader'], '请补充佐证材料'),
  step('publish', 'approved', ['news_office']),
  step('reopen', 'published', ['news_office'], '更正某单位得分'),
  { route: 'GET /api/v1/evaluations/:id/units', allow: READERS, request: async (fx) => ({ url: `/api/v1/evaluations/${await evaluation(fx, 'open')}/units` }) },
  { route: 'GET /api/v1/evaluations/:id/units/:unitId', allow: UNIT_READERS, request: async (fx) => ({ url: `/api/v1/evaluations/${await evaluation(fx, 'open')}/units/${fx.units.own.id}` }) },
  {
    route: 'PUT /api/v1/evaluations/:id/units/:unitId/self',
    allow: ['editor_own', 'approver_own'],
    request: async (fx) => ({ url: `/api/v1/evaluations/${await evaluation(fx, 'open')}/units/${fx.units.own.id}/self`, payload: { entries: [{ key: 'system_building', score: 8, comment: '制度健全' }] } }),
  },
  {
    route: 'POST /api/v1/evaluations/:id/units/:unitId/adjust',
    allow: ['news_office'],
    request: async (fx) => ({ url: `/api/v1/evaluations/${await evaluation(fx, 'open')}/units/${fx.units.own.id}/adjust`, payload: { key: 'system_building', score: 7, reason: '缺少保密审查制度' } }),
  },
  { route: 'GET /api/v1/evaluations/:id/publications', allow: READERS, request: async (fx) => ({ url: `/api/v1/evaluations/${await evaluation(fx, 'published')}/publications` }) },
  { route: 'GET /api/v1/evaluations/:id/report.docx', allow: DISTRICT, request: async (fx) => ({ url: `/api/v1/evaluations/${await evaluation(fx, 'published')}/report.docx` }) },
  { route: 'GET /api/v1/evaluations/:id/export.xlsx', allow: DISTRICT, request: async (fx) => ({ url: `/api/v1/evaluations/${await evaluation(fx, 'open')}/export.xlsx` }) },
];
