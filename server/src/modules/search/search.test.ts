import type { SearchResult } from '@fabutong/core';
import { sql } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createDistrict, createOpinionItem, createRelease, createTalkingPoint, createTopic, loginAs } from '../../../test/factories';
import { buildTestApp, DIALECTS, type TestApp } from '../../../test/helpers';
import { drainSearchQueue, indexSearchDocuments } from './indexer';

type District = Awaited<ReturnType<typeof createDistrict>>;

describe.each(DIALECTS)('full-text search on %s', (dialect) => {
  let t: TestApp;
  let at: string;
  let d: District;
  let office: string;
  let jiaotong: string;
  let baima: string;

  beforeEach(async () => {
    t = await buildTestApp(dialect);
    at = t.clock.now().toISOString();
    d = await createDistrict(t.ctx.db, at);
    office = (await loginAs(t.ctx.db, at, 'news_office', d.district.id)).cookie;
    jiaotong = (await loginAs(t.ctx.db, at, 'unit_editor', d.department.id)).cookie;
    baima = (await loginAs(t.ctx.db, at, 'unit_editor', d.township.id)).cookie;
  });
  afterEach(async () => t.close());

  const search = async (cookie: string | undefined, query: string) => {
    const res = await t.app.inject({ url: `/api/v1/search?${query}`, headers: cookie ? { cookie } : {} });
    return { status: res.statusCode, body: res.json<SearchResult>() };
  };
  const q = (text: string, extra = '') => `q=${encodeURIComponent(text)}${extra}`;
  const hits = (r: { body: SearchResult }) => r.body.items.map((h) => `${h.kind}:${h.refId}`);

  it('indexes a release in the transaction that writes it: found at once, the queue left empty', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/releases',
      headers: { cookie: jiaotong },
      payload: { unitId: d.department.id, title: '区交通运输局汛期道路保通新闻通气会', inNameOf: 'unit', organizer: 'unit', form: 'background_briefing', categories: ['disclosure'], startsAt: '2026-12-10T10:00:00+08:00', body: '全力保障G319国道汛期畅通。' },
    });
    expect(res.statusCode).toBe(201);
    expect(await t.ctx.db.selectFrom('search_queue').selectAll().execute()).toEqual([]);
    const found = await search(jiaotong, q('运输'));
    expect(hits(found)).toEqual([`release:${res.json().id}`]);
    // The title's hit is marked; a snippet comes from the text.
    expect(found.body.items[0]!.title.filter((p) => p.hit).map((p) => p.text)).toEqual(['运输']);
  });

  it('re-indexes a changed release: the old wording is no longer found, the new one is', async () => {
    const payload = { unitId: d.department.id, title: '汛期道路保通新闻通气会', inNameOf: 'unit', organizer: 'unit', form: 'background_briefing', categories: ['disclosure'], startsAt: '2026-12-10T10:00:00+08:00', body: '抢通塌方路段。' };
    const created = (await t.app.inject({ method: 'POST', url: '/api/v1/releases', headers: { cookie: jiaotong }, payload })).json();
    expect(hits(await search(jiaotong, q('塌方')))).toHaveLength(1);
    await t.app.inject({ method: 'PUT', url: `/api/v1/releases/${created.id}`, headers: { cookie: jiaotong }, payload: { ...payload, body: '清理落石，恢复通行。', startsAt: '2027-01-05T10:00:00+08:00' } });
    expect(hits(await search(jiaotong, q('塌方')))).toEqual([]);
    expect(hits(await search(jiaotong, q('落石')))).toEqual([`release:${created.id}`]);
    // The new date moved the document: one entry per record, filed under its year.
    expect(await t.ctx.db.selectFrom('search_documents').select(['year']).where('ref_id', '=', created.id).execute()).toEqual([{ year: 2027 }]);
  });

  it('finds records written around the services (another module, a script) through the queue their triggers fill', async () => {
    const r = await createRelease(t.ctx.db, at, { unitId: d.department.id, title: '区交通局召开安全生产会议', body: '排查整治安全隐患。' });
    expect(await t.ctx.db.selectFrom('search_queue').select('kind').execute()).toEqual([{ kind: 'release' }]);
    expect(hits(await search(office, q('隐患')))).toEqual([`release:${r.id}`]);
    // Deleted outside the services: gone from the index at the next search.
    await t.ctx.db.deleteFrom('releases').where('id', '=', r.id).execute();
    expect(hits(await search(office, q('隐患')))).toEqual([]);
    expect(await t.ctx.db.selectFrom('search_documents').selectAll().execute()).toEqual([]);
  });

  it('leaves no index entry when the record’s transaction rolls back', async () => {
    const r = await createRelease(t.ctx.db, at, { unitId: d.department.id, title: '回滚测试发布', body: '此条不应进入索引。' });
    await drainSearchQueue(t.ctx);
    await expect(
      t.ctx.db.transaction().execute(async (trx) => {
        await trx.updateTable('releases').set({ title: '滑坡应急处置通报' }).where('id', '=', r.id).execute();
        await indexSearchDocuments(t.ctx, trx, 'release', [r.id]);
        throw new Error('rolled back');
      }),
    ).rejects.toThrow('rolled back');
    expect(hits(await search(office, q('滑坡')))).toEqual([]);
    expect(hits(await search(office, q('回滚')))).toEqual([`release:${r.id}`]);
  });

  describe('who sees which hit (A17)', () => {
    let ids: Record<string, string>;
    beforeEach(async () => {
      const publicRelease = await createRelease(t.ctx.db, at, { unitId: d.department.id, title: '全区防汛工作新闻发布会', body: '介绍防汛准备情况。' });
      const plannedRelease = await createRelease(t.ctx.db, at, { unitId: d.department.id, title: '防汛物资储备情况通报（筹备中）', status: 'planned', body: '内部筹备稿。' });
      const internalPoint = await createTalkingPoint(t.ctx.db, at, { unitId: d.department.id, subject: '防汛转移安置口径', answer: '转移群众1200人，尚未对外公布。', sensitivity: 'internal', status: 'approved' });
      const quotablePoint = await createTalkingPoint(t.ctx.db, at, { unitId: d.department.id, subject: '防汛期间道路出行提示', answer: '请关注官方发布的路况信息。', sensitivity: 'quotable', status: 'approved' });
      const draftQuotable = await createTalkingPoint(t.ctx.db, at, { unitId: d.department.id, subject: '防汛草稿口径', sensitivity: 'quotable', status: 'draft' });
      const topic = await createTopic(t.ctx.db, at, { unitId: d.department.id, title: '主汛期防汛工作发布选题' });
      ids = {
        publicRelease: `release:${publicRelease.id}`,
        plannedRelease: `release:${plannedRelease.id}`,
        internalPoint: `talking_point:${internalPoint.id}`,
        quotablePoint: `talking_point:${quotablePoint.id}`,
        draftQuotable: `talking_point:${draftQuotable.id}`,
        topic: `topic:${topic.id}`,
      };
    });

    it('gives the unit and the news office every hit of the unit', async () => {
      const all = Object.values(ids).sort();
      expect(hits(await search(jiaotong, q('防汛'))).sort()).toEqual(all);
      expect(hits(await search(office, q('防汛'))).sort()).toEqual(all);
    });

    it('never gives another unit’s user that unit’s internal records, not as a snippet and not in the count', async () => {
      const other = await search(baima, q('防汛'));
      expect(hits(other).sort()).toEqual([ids.publicRelease, ids.quotablePoint].sort());
      expect(other.body.total).toBe(2);
      expect(JSON.stringify(other.body)).not.toContain('1200');
      expect(JSON.stringify(other.body)).not.toContain('内部筹备稿');
      // Filtering by the other unit does not open it either.
      expect(hits(await search(baima, q('转移', `&unitId=${d.department.id}`)))).toEqual([]);
    });

    it('gives the administrator public records only (accounts, not content)', async () => {
      const admin = (await loginAs(t.ctx.db, at, 'admin', null)).cookie;
      expect(hits(await search(admin, q('防汛'))).sort()).toEqual([ids.publicRelease, ids.quotablePoint].sort());
    });

    it('filters by kind, unit and year', async () => {
      expect(hits(await search(office, q('防汛', '&kind=topic')))).toEqual([ids.topic]);
      expect(hits(await search(office, q('防汛', `&unitId=${d.township.id}`)))).toEqual([]);
      expect(hits(await search(office, q('防汛', `&unitId=${d.district.id}&kind=release`))).sort()).toEqual([ids.publicRelease, ids.plannedRelease].sort());
      expect(hits(await search(office, q('防汛', '&year=2025')))).toEqual([]);
    });

    it('asks for a login', async () => {
      expect((await search(undefined, q('防汛'))).status).toBe(401);
    });
  });

  it('ranks a title hit above a passing mention, and sorts by date when asked', async () => {
    const older = await createRelease(t.ctx.db, at, { unitId: d.department.id, title: '乡村振兴工作推进会', date: '2026-03-01', body: '推进乡村振兴重点项目。' });
    const newer = await createRelease(t.ctx.db, at, { unitId: d.department.id, title: '全区重点项目建设情况通报', date: '2026-09-01', body: '其中包括乡村道路。' });
    expect(hits(await search(office, q('乡村')))).toEqual([`release:${older.id}`, `release:${newer.id}`]);
    expect(hits(await search(office, q('乡村', '&sort=date')))).toEqual([`release:${newer.id}`, `release:${older.id}`]);
  });

  it('pages through hits and counts them', async () => {
    for (let i = 0; i < 5; i++) await createRelease(t.ctx.db, at, { unitId: d.department.id, title: `第${i + 1}期政策解读`, date: `2026-0${i + 1}-10` });
    const first = await search(office, q('政策', '&sort=date&pageSize=2'));
    const third = await search(office, q('政策', '&sort=date&pageSize=2&page=3'));
    expect(first.body.total).toBe(5);
    expect(first.body.items.map((h) => h.date)).toEqual(['2026-05-10', '2026-04-10']);
    expect(third.body.items.map((h) => h.date)).toEqual(['2026-01-10']);
  });

  it('answers a query with no word in it with no hits, and refuses an empty one in Chinese', async () => {
    expect((await search(office, q('，。！'))).body).toEqual({ items: [], total: 0, totalCapped: false, terms: [] });
    const empty = await t.app.inject({ url: '/api/v1/search?q=', headers: { cookie: office } });
    expect(empty.statusCode).toBe(400);
    expect(empty.json().detail).toMatch(/[\u4e00-\u9fff]/);
  });

  it('searches the public releases alone on the portal', async () => {
    const shown = await createRelease(t.ctx.db, at, { unitId: d.department.id, title: '汛期出行安全提示', body: '请避开地质灾害隐患路段。' });
    await createRelease(t.ctx.db, at, { unitId: d.department.id, title: '汛期内部工作安排', status: 'planned' });
    await createRelease(t.ctx.db, at, { unitId: d.department.id, title: '汛期不予公开的通报', isPublic: false });
    await createTalkingPoint(t.ctx.db, at, { unitId: d.department.id, subject: '汛期可公开口径', sensitivity: 'quotable', status: 'approved' });
    const res = await t.app.inject({ url: `/search?q=${encodeURIComponent('汛期')}` });
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain(`href="/releases/${shown.id}"`);
    expect(res.body).toContain('<mark>汛期</mark>出行安全提示');
    expect(res.body).not.toContain('内部工作安排');
    expect(res.body).not.toContain('不予公开');
    expect(res.body).not.toContain('可公开口径');
    expect(res.body).toContain('找到 1 条');
    // A query is text, never markup.
    const hostile = await t.app.inject({ url: `/search?q=${encodeURIComponent('<script>汛期')}` });
    expect(hostile.body).not.toContain('<script>汛期');
  });

  describe('opinion items (舆情): the console only, within their unit', () => {
    const report = async (cookie: string, o: { title: string; excerpt: string; unitId: number | null }) => {
      const res = await t.app.inject({
        method: 'POST',
        url: '/api/v1/opinions',
        headers: { cookie },
        payload: { title: o.title, channel: 'online', source: '本地论坛网帖', link: null, firstSeenAt: at, excerpt: o.excerpt, unitId: o.unitId },
      });
      expect(res.statusCode).toBe(201);
      return res.json<{ id: number }>().id;
    };

    it('finds a reported item by a two-character word at once, linked to its console page, in its unit and the news office only', async () => {
      const id = await report(jiaotong, { title: '网民反映仙女山隧道积水严重', excerpt: '有网民发帖称隧道内积水较深，车辆排队通行，建议尽快抽排。', unitId: d.department.id });
      // Indexed in the transaction that wrote it: nothing left for the queue.
      expect(await t.ctx.db.selectFrom('search_queue').selectAll().execute()).toEqual([]);
      const found = await search(jiaotong, q('积水'));
      expect(hits(found)).toEqual([`opinion:${id}`]);
      expect(found.body.total).toBe(1);
      expect(found.body.items[0]).toMatchObject({ kind: 'opinion', link: `/opinions/${id}`, visibility: 'internal', unitId: d.department.id });
      expect(found.body.items[0]!.title.filter((p) => p.hit).map((p) => p.text)).toEqual(['积水']);
      expect(found.body.items[0]!.snippet.some((p) => p.hit && p.text === '积水')).toBe(true);
      // A word inside a longer one (隧道 in 仙女山隧道), and the kind filter.
      expect(hits(await search(jiaotong, q('隧道', '&kind=opinion')))).toEqual([`opinion:${id}`]);
      expect(hits(await search(jiaotong, q('隧道', '&kind=release')))).toEqual([]);
      expect(hits(await search(office, q('积水')))).toEqual([`opinion:${id}`]);

      // Another unit's user: no hit, no count, no snippet — and filtering by the unit does not open it.
      const other = await search(baima, q('积水'));
      expect(other.body).toEqual({ items: [], total: 0, totalCapped: false, terms: ['积水'] });
      expect(hits(await search(baima, q('隧道', `&unitId=${d.department.id}&kind=opinion`)))).toEqual([]);
      // Nor the administrator: opinion items are never open to all.
      const admin = (await loginAs(t.ctx.db, at, 'admin', null)).cookie;
      expect((await search(admin, q('积水'))).body.total).toBe(0);
    });

    it('keeps an unassigned item to the district roles, and follows it to the unit it is assigned to', async () => {
      const id = await report(office, { title: '群众反映白马镇集市占道经营', excerpt: '赶集日摊贩占道，交通拥堵。', unitId: null });
      expect(hits(await search(office, q('占道')))).toEqual([`opinion:${id}`]);
      const leader = (await loginAs(t.ctx.db, at, 'leader', d.district.id)).cookie;
      expect(hits(await search(leader, q('占道')))).toEqual([`opinion:${id}`]);
      for (const unit of [jiaotong, baima]) expect((await search(unit, q('占道'))).body.total).toBe(0);

      const assigned = await t.app.inject({ method: 'POST', url: `/api/v1/opinions/${id}/assign`, headers: { cookie: office }, payload: { unitId: d.township.id } });
      expect(assigned.statusCode).toBe(200);
      expect(await t.ctx.db.selectFrom('search_queue').selectAll().execute()).toEqual([]);
      expect(hits(await search(baima, q('占道')))).toEqual([`opinion:${id}`]);
      expect((await search(jiaotong, q('占道'))).body.total).toBe(0);
      expect(hits(await search(office, q('占道', `&unitId=${d.township.id}`)))).toEqual([`opinion:${id}`]);

      // The unit's assessment is searchable too, within the unit.
      const assessed = await t.app.inject({ method: 'POST', url: `/api/v1/opinions/${id}/assess`, headers: { cookie: baima }, payload: { level: 'general', sensitivity: 'low', trendNote: '周边商户转发增多，热度上升。' } });
      expect(assessed.statusCode).toBe(200);
      expect(hits(await search(baima, q('商户')))).toEqual([`opinion:${id}`]);
      expect((await search(jiaotong, q('商户'))).body.total).toBe(0);
    });

    it('indexes items written around the service (a feed, a vendor, a script) through the queue', async () => {
      const item = await createOpinionItem(t.ctx.db, at, { title: '网帖称芙蓉江漂流项目收费混乱', unitId: d.department.id });
      expect(await t.ctx.db.selectFrom('search_queue').select(['kind', 'ref_id']).execute()).toEqual([{ kind: 'opinion', ref_id: item.id }]);
      expect(hits(await search(jiaotong, q('漂流')))).toEqual([`opinion:${item.id}`]);
      expect((await search(baima, q('漂流'))).body.total).toBe(0);
      await t.ctx.db.deleteFrom('opinion_items').where('id', '=', item.id).execute();
      expect(hits(await search(office, q('漂流')))).toEqual([]);
    });

    it('is never found by the portal’s search', async () => {
      const release = await createRelease(t.ctx.db, at, { unitId: d.department.id, title: '关于景区停车收费的情况说明', body: '停车收费标准已公示。' });
      await report(jiaotong, { title: '游客质疑景区停车收费过高', excerpt: '网帖称停车收费每小时二十元。', unitId: d.department.id });
      await createOpinionItem(t.ctx.db, at, { title: '停车收费投诉集中', unitId: d.department.id });
      expect((await search(office, q('停车'))).body.total).toBe(3);
      const res = await t.app.inject({ url: `/search?q=${encodeURIComponent('停车')}` });
      expect(res.statusCode).toBe(200);
      expect(res.body).toContain(`href="/releases/${release.id}"`);
      expect(res.body).not.toContain('游客质疑');
      expect(res.body).not.toContain('投诉集中');
      expect(res.body).not.toContain('/opinions/');
      expect(res.body).toContain('找到 1 条');
    });
  });

  it('keeps the index in step when the search key must move, on both databases the same', async () => {
    const r = await createRelease(t.ctx.db, at, { unitId: d.department.id, title: '移动日期测试', date: '2026-02-02' });
    await drainSearchQueue(t.ctx);
    await t.ctx.db.updateTable('releases').set({ release_date: '2026-10-10' }).where('id', '=', r.id).execute();
    expect(hits(await search(office, q('移动')))).toEqual([`release:${r.id}`]);
    const rows = await sql<{ n: number }>`select count(*) as n from search_documents`.execute(t.ctx.db);
    expect(Number(rows.rows[0]!.n)).toBe(1);
  });
});
