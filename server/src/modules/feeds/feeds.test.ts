import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildTestApp, DIALECTS, type TestApp } from '../../../test/helpers';
import { opinionFixture } from '../opinions/testing';
import { FEED_POLL_JOB, nextPollAt } from './service';

/** A real feed server on loopback: answers with `body`, honours If-None-Match, counts requests. */
async function startFeedServer() {
  const state = { body: '', etag: '"v1"', status: 200, requests: 0, conditional: 0 };
  const server = http.createServer((req, res) => {
    state.requests++;
    if (req.headers['if-none-match'] === state.etag) {
      state.conditional++;
      return res.writeHead(304).end();
    }
    res.writeHead(state.status, { 'content-type': 'application/rss+xml; charset=utf-8', etag: state.etag }).end(state.body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/rss.xml`;
  return { url, state, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}

const rss = (items: { title: string; link: string; description?: string }[]) =>
  `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>武隆论坛</title>${items
    .map((i) => `<item><title>${i.title}</title><link>${i.link}</link><description><![CDATA[<p>${i.description ?? ''}</p>]]></description></item>`)
    .join('')}</channel></rss>`;

describe.each(DIALECTS)('feeds pulled on a schedule on %s', (dialect) => {
  let t: TestApp;
  let fx: Awaited<ReturnType<typeof opinionFixture>>;
  let feedServer: Awaited<ReturnType<typeof startFeedServer>>;
  beforeEach(async () => {
    t = await buildTestApp(dialect);
    fx = await opinionFixture(t);
    feedServer = await startFeedServer();
    await fx.api('POST', '/opinion-keyword-rules', fx.office.cookie, { unitId: fx.units.department.id, expression: '防汛 AND 武隆', exclusions: ['演练'] });
  });
  afterEach(async () => {
    await feedServer.close();
    await t.close();
  });

  const items = () => t.ctx.db.selectFrom('opinion_items').select(['title', 'suggested_unit_id', 'matched_keywords', 'source_kind', 'source']).orderBy('id').execute();
  const pendingPolls = () => t.ctx.db.selectFrom('jobs').select(['dedupe_key', 'run_at']).where('kind', '=', FEED_POLL_JOB).where('status', '=', 'pending').execute();

  it('polls a new feed at once and keeps only the entries a keyword rule matches, with the unit it suggests (A13.2)', async () => {
    feedServer.state.body = rss([
      { title: '武隆启动防汛四级应急响应', link: 'https://bbs.example.cn/t/1', description: '区交通局加强道路巡查' },
      { title: '武隆举行防汛演练', link: 'https://bbs.example.cn/t/2' },
      { title: '彭水县防汛形势', link: 'https://bbs.example.cn/t/3' },
    ]);
    const created = await fx.api('POST', '/opinion-feeds', fx.office.cookie, { name: '武隆论坛', url: feedServer.url, intervalMinutes: 5 });
    expect(created.statusCode).toBe(201);
    expect(await pendingPolls()).toHaveLength(1);
    expect(await t.ctx.jobs.runDue()).toBe(1);
    expect(feedServer.state.requests).toBe(1);
    expect(await items()).toEqual([{ title: '武隆启动防汛四级应急响应', suggested_unit_id: fx.units.department.id, matched_keywords: '["防汛","武隆"]', source_kind: 'feed', source: '武隆论坛' }]);
    const feed = (await fx.api('GET', '/opinion-feeds', fx.office.cookie)).json().items[0];
    expect(feed).toMatchObject({ lastStatus: 'ok', itemsFound: 1, lastError: null });
    // The next poll waits on the feed's grid, durable in the jobs table.
    expect(await pendingPolls()).toEqual([expect.objectContaining({ run_at: nextPollAt(t.clock.now(), 5).toISOString() })]);
  });

  it('keeps an entry once across polls, by link and by near-identical title, and asks with the ETag it was given', async () => {
    feedServer.state.body = rss([{ title: '武隆防汛：319国道白马段积水', link: 'https://bbs.example.cn/t/1' }]);
    const feedId = (await fx.api('POST', '/opinion-feeds', fx.office.cookie, { name: '武隆论坛', url: feedServer.url, intervalMinutes: 5 })).json().id;
    await t.ctx.jobs.runDue();
    t.clock.advance(5 * 60_000);
    await t.ctx.jobs.runDue();
    expect(feedServer.state.conditional).toBe(1);

    feedServer.state.etag = '"v2"';
    feedServer.state.body = rss([
      { title: '武隆防汛：319国道白马段积水', link: 'https://bbs.example.cn/t/1' },
      { title: '【转帖】武隆防汛 319国道白马段积水！', link: 'https://mirror.example.cn/9' },
      { title: '武隆防汛：江口镇转移群众', link: 'https://bbs.example.cn/t/5' },
    ]);
    const poll = await fx.api('POST', `/opinion-feeds/${feedId}/poll`, fx.office.cookie);
    expect(poll.json().result).toEqual({ fetched: 3, created: 1, duplicates: 2, unmatched: 0 });
    expect((await items()).map((i) => i.title)).toEqual(['武隆防汛：319国道白马段积水', '武隆防汛：江口镇转移群众']);
  });

  it('records a feed that fails and tries it again at the next slot', async () => {
    feedServer.state.status = 503;
    await fx.api('POST', '/opinion-feeds', fx.office.cookie, { name: '武隆论坛', url: feedServer.url, intervalMinutes: 10 });
    await t.ctx.jobs.runDue();
    const feed = (await fx.api('GET', '/opinion-feeds', fx.office.cookie)).json().items[0];
    expect(feed).toMatchObject({ lastStatus: 'error', lastError: 'HTTP 503' });
    expect(await pendingPolls()).toHaveLength(1);
    feedServer.state.status = 200;
    feedServer.state.body = rss([{ title: '武隆防汛物资到位', link: 'https://bbs.example.cn/t/7' }]);
    t.clock.advance(10 * 60_000);
    await t.ctx.jobs.runDue();
    expect(await items()).toHaveLength(1);
  });

  it('stops polling a feed that is switched off', async () => {
    const feedId = (await fx.api('POST', '/opinion-feeds', fx.office.cookie, { name: '武隆论坛', url: feedServer.url })).json().id;
    await fx.api('PUT', `/opinion-feeds/${feedId}`, fx.office.cookie, { name: '武隆论坛', url: feedServer.url, enabled: false });
    expect(await pendingPolls()).toEqual([]);
    await t.ctx.jobs.runDue();
    expect(feedServer.state.requests).toBe(0);
  });
});
