import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createPerson, createRelease } from '../../../test/factories';
import { buildTestApp, DIALECTS, type TestApp } from '../../../test/helpers';
import { opinionFixture } from '../opinions/testing';

describe.each(DIALECTS)('the expert pool on %s', (dialect) => {
  let t: TestApp;
  let fx: Awaited<ReturnType<typeof opinionFixture>>;
  beforeEach(async () => {
    t = await buildTestApp(dialect);
    fx = await opinionFixture(t);
  });
  afterEach(async () => t.close());

  const body = (over: Record<string, unknown> = {}) => ({ name: '李明', affiliation: '重庆交通大学', kind: 'field_expert', fields: ['交通工程', '防汛减灾'], contact: '13800000000', availability: '工作日', ...over });

  it('is kept by the news office and searched by field and kind (A13.5)', async () => {
    expect((await fx.api('POST', '/experts', fx.editor.cookie, body())).statusCode).toBe(403);
    expect((await fx.api('POST', '/experts', fx.office.cookie, body())).statusCode).toBe(201);
    await fx.api('POST', '/experts', fx.office.cookie, body({ name: '张华', kind: 'media_expert', fields: ['新闻传播'] }));
    await fx.api('POST', '/experts', fx.office.cookie, body({ name: '王强', kind: 'policy_maker', fields: ['交通规划'], active: false }));
    const names = async (query: string) => (await fx.api('GET', `/experts${query}`, fx.editor.cookie)).json().items.map((e: { name: string }) => e.name);
    expect(await names(`?field=${encodeURIComponent('防汛')}`)).toEqual(['李明']);
    expect(await names(`?field=${encodeURIComponent('交通')}&includeInactive=1`)).toEqual(['李明', '王强']);
    expect(await names('?kind=media_expert')).toEqual(['张华']);
    expect((await fx.api('POST', '/experts', fx.office.cookie, body({ fields: [] }))).statusCode).toBe(400);
  });

  it('shows the policy interpretations its person spoke at (A13.5, A5.2)', async () => {
    const person = await createPerson(t.ctx.db, t.clock.now().toISOString(), { name: '李明' });
    const expert = (await fx.api('POST', '/experts', fx.office.cookie, body({ personId: person.id }))).json();
    await createRelease(t.ctx.db, t.clock.now().toISOString(), { unitId: fx.units.department.id, title: '解读《武隆区农村公路管理办法》', categories: ['policy_interpretation'], participants: [{ personId: person.id, part: 'expert' }] });
    await createRelease(t.ctx.db, t.clock.now().toISOString(), { unitId: fx.units.department.id, title: '其他发布', categories: ['disclosure'], participants: [{ personId: person.id, part: 'expert' }] });
    const history = (await fx.api('GET', `/experts/${expert.id}/history`, fx.leader.cookie)).json();
    expect(history.interpretations).toEqual([expect.objectContaining({ title: '解读《武隆区农村公路管理办法》', part: '专家' })]);
    expect(history.consultations).toEqual([]);
  });
});
