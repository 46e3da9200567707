import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildTestApp, DIALECTS, type TestApp } from '../../../test/helpers';
import { appoint, createDistrict, createPerson, createUnit, loginAs } from '../../../test/factories';

describe.each(DIALECTS)('people and appointments on %s', (dialect) => {
  let t: TestApp;
  let units: Awaited<ReturnType<typeof createDistrict>>;
  let office: { cookie: string };
  const at = () => t.clock.now().toISOString();
  beforeEach(async () => {
    t = await buildTestApp(dialect); // 2026-11-26
    units = await createDistrict(t.ctx.db, at());
    office = await loginAs(t.ctx.db, at(), 'news_office', units.district.id);
  });
  afterEach(async () => t.close());

  const call = (method: 'GET' | 'POST' | 'PATCH', url: string, payload?: object, cookie = office.cookie) =>
    t.app.inject({ method, url: `/api/v1${url}`, payload, headers: { cookie } });

  it('appoints a spokesperson and shows them as current on the unit page', async () => {
    const person = (await call('POST', '/people', { name: '何静', pressPhone: '023-77712345', officePhone: '023-77700001' })).json();
    const res = await call('POST', '/appointments', { personId: person.id, unitId: units.department.id, post: 'spokesperson', title: '副局长', from: '2026-01-01' });
    expect(res.statusCode).toBe(201);
    const detail = (await call('GET', `/units/${units.department.id}`)).json();
    expect(detail.current).toMatchObject([{ personName: '何静', post: 'spokesperson', title: '副局长', pressPhone: '023-77712345', current: true }]);
    expect(detail.gaps.map((g: { kind: string }) => g.kind)).toEqual(['missing_assistant']);
  });

  it('refuses an overlapping second spokesperson with a problem citing A8.2 and writes nothing', async () => {
    await appoint(t.ctx.db, at(), { unitId: units.department.id, post: 'spokesperson', from: '2025-01-01' });
    const second = await createPerson(t.ctx.db, at(), { name: '李明' });
    const before = await t.ctx.db.selectFrom('appointments').select('id').execute();
    const res = await call('POST', '/appointments', { personId: second.id, unitId: units.department.id, post: 'spokesperson', from: '2026-06-01' });
    expect(res.statusCode).toBe(409);
    expect(res.json()).toMatchObject({ rule: 'A8.2', article: '第八条（二）', title: '不符合第八条（二）的规定' });
    expect(res.json().detail).toContain('只能设 1 名新闻发言人');
    expect(await t.ctx.db.selectFrom('appointments').select('id').execute()).toEqual(before);
  });

  it('accepts the successor once the predecessor has a last day, keeping the history', async () => {
    const first = await appoint(t.ctx.db, at(), { unitId: units.department.id, post: 'spokesperson', from: '2024-01-01' });
    expect((await call('PATCH', `/appointments/${first.id}`, { to: '2026-05-31' })).statusCode).toBe(200);
    const second = await createPerson(t.ctx.db, at(), { name: '李明' });
    expect((await call('POST', '/appointments', { personId: second.id, unitId: units.department.id, post: 'spokesperson', from: '2026-06-01' })).statusCode).toBe(201);
    const detail = (await call('GET', `/units/${units.department.id}`)).json();
    expect(detail.current.map((a: { personName: string }) => a.personName)).toEqual(['李明']);
    expect(detail.history).toHaveLength(1);
  });

  it('refuses to extend a past appointment over its successor (A8.2)', async () => {
    const first = await appoint(t.ctx.db, at(), { unitId: units.department.id, post: 'spokesperson_assistant', from: '2024-01-01', to: '2025-12-31' });
    await appoint(t.ctx.db, at(), { unitId: units.department.id, post: 'spokesperson_assistant', from: '2026-01-01' });
    const res = await call('PATCH', `/appointments/${first.id}`, { to: null });
    expect(res.statusCode).toBe(409);
    expect(res.json().rule).toBe('A8.2');
  });

  it('refuses a last day before the first', async () => {
    const person = await createPerson(t.ctx.db, at());
    const res = await call('POST', '/appointments', { personId: person.id, unitId: units.department.id, post: 'staff', from: '2026-06-01', to: '2026-05-01' });
    expect(res.statusCode).toBe(400);
    expect(res.json().errors[0]).toMatchObject({ path: 'to', message: '离任日期不能早于任职日期' });
  });

  it('shows units without a spokesperson or assistant on the news office home, and the unfiled district spokesperson', async () => {
    const gov = await createUnit(t.ctx.db, at(), { kind: 'district_gov', name: '武隆区人民政府', parentId: units.district.id });
    await appoint(t.ctx.db, at(), { unitId: gov.id, post: 'spokesperson', from: '2024-01-01' });
    await appoint(t.ctx.db, at(), { unitId: gov.id, post: 'spokesperson_assistant', from: '2024-01-01' });
    await appoint(t.ctx.db, at(), { unitId: units.township.id, post: 'spokesperson', from: '2024-01-01' });
    const pending = (await call('GET', '/home/pending')).json().items;
    const titles = pending.map((p: { title: string }) => p.title);
    expect(titles).toContain('武隆区人民政府：区政府新闻发言人任免尚未报市政府新闻办备案');
    expect(titles).toContain('白马镇：未设新闻发言人助理');
    expect(titles).toContain('区交通局：未设新闻发言人');
    expect(pending.every((p: { rule: string }) => p.rule === 'A8.2')).toBe(true);
    const editor = await loginAs(t.ctx.db, at(), 'unit_editor', units.township.id);
    expect((await call('GET', '/home/pending', undefined, editor.cookie)).json().items).toEqual([]);
  });
});
