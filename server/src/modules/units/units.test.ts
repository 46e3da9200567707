import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildTestApp, DIALECTS, type TestApp } from '../../../test/helpers';
import { appoint, createDistrict, loginAs } from '../../../test/factories';

describe.each(DIALECTS)('units on %s', (dialect) => {
  let t: TestApp;
  let units: Awaited<ReturnType<typeof createDistrict>>;
  let office: { cookie: string };
  const at = () => t.clock.now().toISOString();
  beforeEach(async () => {
    t = await buildTestApp(dialect);
    units = await createDistrict(t.ctx.db, at());
    office = await loginAs(t.ctx.db, at(), 'news_office', units.district.id);
  });
  afterEach(async () => t.close());

  const call = (method: 'GET' | 'POST' | 'PATCH' | 'DELETE', url: string, payload?: object, cookie = office.cookie) =>
    t.app.inject({ method, url: `/api/v1${url}`, payload, headers: { cookie } });

  it('creates a livelihood department with a quarterly routine-conference period by default (A14)', async () => {
    const res = await call('POST', '/units', { parentId: units.district.id, kind: 'department', name: '武隆区民政局', shortName: '区民政局', livelihoodRelated: true });
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({ name: '武隆区民政局', livelihoodRelated: true, routineConferencePeriod: 'quarterly', active: true });
    const audit = await t.ctx.db.selectFrom('audit_log').select('action').where('action', '=', 'unit.create').execute();
    expect(audit).toHaveLength(1);
  });

  it('refuses the livelihood flag on a township and a unit kind that does not fit under its parent', async () => {
    expect((await call('POST', '/units', { parentId: units.district.id, kind: 'township', name: '新镇', livelihoodRelated: true })).statusCode).toBe(400);
    expect((await call('POST', '/units', { parentId: units.township.id, kind: 'department', name: '镇里的局' })).statusCode).toBe(400);
  });

  it('lists units as a tree with search', async () => {
    const all = (await call('GET', '/units')).json().items;
    expect(all.map((u: { name: string }) => u.name)).toEqual(['武隆区', '区政府新闻办', '白马镇', '区交通局']);
    const found = (await call('GET', `/units?q=${encodeURIComponent('白马')}`)).json().items;
    expect(found.map((u: { name: string }) => u.name)).toEqual(['白马镇']);
  });

  it('deletes a unit nothing refers to, and only retires one with history', async () => {
    const fresh = (await call('POST', '/units', { parentId: units.district.id, kind: 'department', name: '临时单位' })).json();
    expect((await call('DELETE', `/units/${fresh.id}`)).statusCode).toBe(200);
    await appoint(t.ctx.db, at(), { unitId: units.department.id, post: 'spokesperson', from: '2024-01-01' });
    const refused = await call('DELETE', `/units/${units.department.id}`);
    expect(refused.statusCode).toBe(409);
    expect(refused.json().detail).toContain('只能停用');
    expect((await call('POST', `/units/${units.department.id}/retire`)).json().active).toBe(false);
    expect((await call('GET', '/units')).json().items.map((u: { name: string }) => u.name)).not.toContain('区交通局');
    expect((await call('GET', '/units?includeRetired=1')).json().items.map((u: { name: string }) => u.name)).toContain('区交通局');
  });

  it('will not retire a unit that still has active units under it', async () => {
    expect((await call('POST', `/units/${units.district.id}/retire`)).statusCode).toBe(409);
  });

  it('lets a unit editor read units but not change them, and a news office of another district not at all', async () => {
    const editor = await loginAs(t.ctx.db, at(), 'unit_editor', units.township.id);
    expect((await call('GET', `/units/${units.township.id}`, undefined, editor.cookie)).statusCode).toBe(200);
    expect((await call('PATCH', `/units/${units.township.id}`, { pressSectionName: '办公室' }, editor.cookie)).statusCode).toBe(403);
    const otherDistrict = await t.ctx.db.insertInto('units').values({ parent_id: null, path: '/999/', kind: 'district', name: '彭水县', created_at: at(), updated_at: at() }).returning('id').executeTakeFirstOrThrow();
    const otherOffice = await loginAs(t.ctx.db, at(), 'news_office', otherDistrict.id);
    const res = await call('PATCH', `/units/${units.township.id}`, { pressSectionName: '办公室' }, otherOffice.cookie);
    expect(res.statusCode).toBe(403);
    expect(res.json().rule).toBe('A17');
  });
});
