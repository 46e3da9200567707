import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildTestApp, DIALECTS, type TestApp } from '../../test/helpers';
import { createDistrict, createRelease } from '../../test/factories';

describe.each(DIALECTS)('the public portal on %s', (dialect) => {
  let t: TestApp;
  let units: Awaited<ReturnType<typeof createDistrict>>;
  const at = () => t.clock.now().toISOString();
  beforeEach(async () => {
    t = await buildTestApp(dialect);
    units = await createDistrict(t.ctx.db, at());
  });
  afterEach(async () => t.close());

  it('serves the home page as plain HTML in Chinese, readable on a phone and without JavaScript', async () => {
    const res = await t.app.inject('/');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/text\/html/);
    expect(res.body).toContain('<html lang="zh-CN">');
    expect(res.body).toContain('name="viewport"');
    expect(res.body).toContain('重庆市武隆区人民政府新闻发布');
    expect(res.body).not.toMatch(/<script/);
    expect((await t.app.inject('/portal.css')).headers['content-type']).toMatch(/text\/css/);
  });

  it('shows only releases that went out, are public and passed the confidentiality review (A4.2, A18.5)', async () => {
    const shown = await createRelease(t.ctx.db, at(), { unitId: units.department.id, title: '农村公路建设新闻发布会', status: 'held', body: '第一段\n第二段<script>' });
    const planned = await createRelease(t.ctx.db, at(), { unitId: units.department.id, title: '筹备中的发布', status: 'planned' });
    const internal = await createRelease(t.ctx.db, at(), { unitId: units.department.id, title: '不公开的发布', isPublic: false });
    const unreviewed = await createRelease(t.ctx.db, at(), { unitId: units.department.id, title: '未经保密审查的发布' });
    await t.ctx.db.updateTable('releases').set({ confidentiality_reviewed_at: null, confidentiality_reviewer: null }).where('id', '=', unreviewed.id).execute();

    const list = (await t.app.inject('/releases')).body;
    expect(list).toContain('农村公路建设新闻发布会');
    for (const hidden of ['筹备中的发布', '不公开的发布', '未经保密审查的发布']) expect(list).not.toContain(hidden);
    expect((await t.app.inject('/')).body).toContain('农村公路建设新闻发布会');

    const page = await t.app.inject(`/releases/${shown.id}`);
    expect(page.body).toContain('<p>第二段&lt;script&gt;</p>');
    for (const r of [planned, internal, unreviewed]) expect((await t.app.inject(`/releases/${r.id}`)).statusCode).toBe(404);
  });
});
