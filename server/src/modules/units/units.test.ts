import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildTestApp, DIALECTS, snapshotTables, type TestApp } from '../../../test/helpers';
import { appoint, createDistrict, createPerson, createUnit, loginAs } from '../../../test/factories';

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

  const call = (method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE', url: string, payload?: object, cookie = office.cookie) =>
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

  /** 区政府 with two vice district heads, and a former one whose post ended in 2025. */
  async function districtLeaders() {
    const gov = await createUnit(t.ctx.db, at(), { parentId: units.district.id, kind: 'district_gov', name: '区政府' });
    const leader = async (name: string, post: string, from: string, to: string | null = null) => {
      const person = await createPerson(t.ctx.db, at(), { name });
      await appoint(t.ctx.db, at(), { unitId: gov.id, post, personId: person.id, from, to });
      return person;
    };
    return {
      gov,
      liu: await leader('刘洋', 'vice_district_head', '2024-01-01'),
      chen: await leader('陈建国', 'standing_vice_district_head', '2024-01-01'),
      former: await leader('王前', 'vice_district_head', '2021-06-01', '2025-03-31'),
    };
  }
  const detail = async () => (await call('GET', `/units/${units.department.id}`)).json();
  const leaderUrl = () => `/units/${units.department.id}/leader-in-charge`;

  it('puts a vice district head in charge of a unit, and on a change closes the charge the day before, keeping the history (A13.2, A15.3)', async () => {
    const { liu, chen } = await districtLeaders();
    const set = await call('PUT', leaderUrl(), { personId: liu.id, from: '2024-01-01' });
    expect(set.statusCode).toBe(200);
    expect(set.json()).toMatchObject({ personId: liu.id, personName: '刘洋', from: '2024-01-01', to: null, current: true });
    expect((await detail()).leaderInCharge).toMatchObject({ personId: liu.id, personName: '刘洋', from: '2024-01-01' });

    const changed = await call('PUT', leaderUrl(), { personId: chen.id, from: '2026-07-01' });
    expect(changed.statusCode).toBe(200);
    const after = await detail();
    expect(after.leaderInCharge).toMatchObject({ personId: chen.id, personName: '陈建国', from: '2026-07-01', to: null, current: true });
    expect(after.leadersInCharge).toEqual([
      expect.objectContaining({ personName: '陈建国', from: '2026-07-01', to: null, current: true }),
      expect.objectContaining({ personName: '刘洋', from: '2024-01-01', to: '2026-06-30', current: false }),
    ]);
    const audit = await t.ctx.db.selectFrom('audit_log').select(['action', 'entity_id']).where('action', 'like', 'unit.leader_in_charge.%').orderBy('id').execute();
    expect(audit.map((a) => a.action)).toEqual(['unit.leader_in_charge.set', 'unit.leader_in_charge.set']);

    // Not again from a day the current charge has already begun, nor the same leader twice.
    expect((await call('PUT', leaderUrl(), { personId: liu.id, from: '2026-07-01' })).statusCode).toBe(409);
    expect((await call('PUT', leaderUrl(), { personId: chen.id, from: '2026-08-01' })).statusCode).toBe(409);
  });

  it('ends the charge today by default, or on the day given, and then a new one may start after it', async () => {
    const { liu, chen } = await districtLeaders();
    await call('PUT', leaderUrl(), { personId: liu.id, from: '2024-01-01' });
    expect((await call('DELETE', `${leaderUrl()}?to=2023-12-31`)).statusCode).toBe(400);
    const ended = await call('DELETE', leaderUrl());
    expect(ended.statusCode).toBe(200);
    expect(ended.json()).toMatchObject({ personName: '刘洋', to: '2026-11-26', current: true });
    expect((await call('DELETE', leaderUrl())).statusCode).toBe(409);
    // The charge has ended (today included): a successor starts after it, not during it.
    expect((await call('PUT', leaderUrl(), { personId: chen.id, from: '2026-11-26' })).statusCode).toBe(409);
    expect((await call('PUT', leaderUrl(), { personId: chen.id, from: '2026-11-27' })).statusCode).toBe(200);
    expect((await call('DELETE', leaderUrl(), { to: '2026-12-31' })).json()).toMatchObject({ personName: '陈建国', from: '2026-11-27', to: '2026-12-31' });
    // 刘洋 is still in charge today, the last day; 陈建国's charge, begun and ended later, is history to come.
    expect((await detail()).leaderInCharge).toMatchObject({ personName: '刘洋', to: '2026-11-26' });
    expect((await detail()).leadersInCharge.map((l: { to: string }) => l.to)).toEqual(['2026-12-31', '2026-11-26']);
  });

  it('refuses anyone not a vice district head of 区政府 today and on the first day with 422, writing nothing (A15.3)', async () => {
    const { liu, former } = await districtLeaders();
    const principal = await createPerson(t.ctx.db, at(), { name: '罗国庆' });
    await appoint(t.ctx.db, at(), { unitId: units.department.id, post: 'principal', personId: principal.id, from: '2024-01-01' });
    const before = await snapshotTables(t);
    for (const [body, path] of [
      [{ personId: principal.id, from: '2026-01-01' }, 'personId'],
      [{ personId: former.id, from: '2025-01-01' }, 'personId'],
      [{ personId: liu.id, from: '2023-06-01' }, 'from'],
    ] as const) {
      const res = await call('PUT', leaderUrl(), body);
      expect(res.statusCode).toBe(422);
      expect(res.json()).toMatchObject({ rule: 'A15.3', errors: [expect.objectContaining({ path })] });
      expect(res.json().detail).toMatch(/不担任区政府副区长或区政府常务副区长/);
    }
    expect((await call('PUT', leaderUrl(), { personId: 99_999, from: '2026-01-01' })).statusCode).toBe(400);
    // 区政府 itself has no leader in charge.
    expect((await call('PUT', `/units/${units.district.id}/leader-in-charge`, { personId: liu.id, from: '2026-01-01' })).statusCode).toBe(400);
    expect(await snapshotTables(t)).toEqual(before);
  });

  it('lets only the news office and the administrator set or end the leader in charge (A17)', async () => {
    const { liu } = await districtLeaders();
    for (const role of ['unit_editor', 'unit_approver'] as const) {
      const user = await loginAs(t.ctx.db, at(), role, units.department.id);
      const res = await call('PUT', leaderUrl(), { personId: liu.id, from: '2026-01-01' }, user.cookie);
      expect(res.statusCode).toBe(403);
      expect(res.json().rule).toBe('A17');
      expect((await call('DELETE', leaderUrl(), undefined, user.cookie)).statusCode).toBe(403);
    }
    const leader = await loginAs(t.ctx.db, at(), 'leader', units.district.id);
    expect((await call('PUT', leaderUrl(), { personId: liu.id, from: '2026-01-01' }, leader.cookie)).statusCode).toBe(403);
    expect(await t.ctx.db.selectFrom('unit_leaders_in_charge').selectAll().execute()).toEqual([]);
    const admin = await loginAs(t.ctx.db, at(), 'admin', null);
    expect((await call('PUT', leaderUrl(), { personId: liu.id, from: '2026-01-01' }, admin.cookie)).statusCode).toBe(200);
  });
});
