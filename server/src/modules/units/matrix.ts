import type { MatrixEntry, MatrixFixture } from '../../../test/authorization';
import { appoint, createPerson, createUnit } from '../../../test/factories';

const OFFICE = ['admin', 'news_office'] as const;
const fresh = (fx: MatrixFixture) => createUnit(fx.t.ctx.db, fx.at, { parentId: fx.units.district.id, kind: 'department' });

/** A vice district head of the district government (created once), fit to be in charge of a unit. */
async function viceDistrictHead(fx: MatrixFixture) {
  const db = fx.t.ctx.db;
  const gov =
    (await db.selectFrom('units').select('id').where('kind', '=', 'district_gov').where('parent_id', '=', fx.units.district.id).executeTakeFirst()) ??
    (await createUnit(db, fx.at, { parentId: fx.units.district.id, kind: 'district_gov', name: '区政府' }));
  const held = await db.selectFrom('appointments').select('person_id').where('unit_id', '=', gov.id).where('post', '=', 'vice_district_head').executeTakeFirst();
  if (held) return held.person_id;
  const person = await createPerson(db, fx.at, { name: '刘洋' });
  await appoint(db, fx.at, { unitId: gov.id, post: 'vice_district_head', personId: person.id, from: '2024-01-01' });
  return person.id;
}
/** A fresh department with a leader in charge since 2024, so that each actor has a charge to end. */
async function inCharge(fx: MatrixFixture) {
  const unit = await fresh(fx);
  await fx.t.ctx.db
    .insertInto('unit_leaders_in_charge')
    .values({ unit_id: unit.id, person_id: await viceDistrictHead(fx), from_date: '2024-01-01', to_date: null, note: null, created_at: fx.at, updated_at: fx.at })
    .execute();
  return unit;
}

export const matrix: MatrixEntry[] = [
  { route: 'GET /api/v1/units', allow: 'everyone', request: () => ({ url: '/api/v1/units' }) },
  { route: 'GET /api/v1/units/gaps', allow: 'everyone', request: () => ({ url: '/api/v1/units/gaps' }) },
  { route: 'GET /api/v1/units/:id', allow: 'everyone', request: (fx) => ({ url: `/api/v1/units/${fx.units.own.id}` }) },
  {
    route: 'POST /api/v1/units',
    allow: OFFICE,
    request: (fx) => ({ url: '/api/v1/units', payload: { parentId: fx.units.district.id, kind: 'department', name: '区医保局' } }),
  },
  { route: 'PATCH /api/v1/units/:id', allow: OFFICE, request: (fx) => ({ url: `/api/v1/units/${fx.units.own.id}`, payload: { pressSectionName: '综合办公室' } }) },
  { route: 'POST /api/v1/units/:id/retire', allow: OFFICE, request: async (fx) => ({ url: `/api/v1/units/${(await fresh(fx)).id}/retire` }) },
  { route: 'POST /api/v1/units/:id/reactivate', allow: OFFICE, request: async (fx) => ({ url: `/api/v1/units/${(await fresh(fx)).id}/reactivate` }) },
  {
    route: 'PUT /api/v1/units/:id/leader-in-charge',
    allow: OFFICE,
    request: async (fx) => ({ url: `/api/v1/units/${(await fresh(fx)).id}/leader-in-charge`, payload: { personId: await viceDistrictHead(fx), from: '2025-01-01' } }),
  },
  { route: 'DELETE /api/v1/units/:id/leader-in-charge', allow: OFFICE, request: async (fx) => ({ url: `/api/v1/units/${(await inCharge(fx)).id}/leader-in-charge` }) },
  { route: 'DELETE /api/v1/units/:id', allow: OFFICE, request: async (fx) => ({ url: `/api/v1/units/${(await fresh(fx)).id}` }) },
];
