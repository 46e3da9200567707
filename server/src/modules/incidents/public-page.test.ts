import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildTestApp, DIALECTS, TestClock, withTwoServers, type TestApp } from '../../../test/helpers';
import { createIncident, createIncidentUpdate, createRelease } from '../../../test/factories';
import { openStream } from '../../../test/sse-client';
import { emergencyFixture } from './testing';

async function listen(t: TestApp): Promise<string> {
  await t.app.listen({ port: 0, host: '127.0.0.1' });
  return `http://127.0.0.1:${(t.app.server.address() as { port: number }).port}`;
}

/** Polls until the page shows `text`; returns how long that took. */
async function visibleWithin(t: TestApp, url: string, text: string, limitMs: number): Promise<number> {
  const started = Date.now();
  for (;;) {
    if ((await t.app.inject(url)).body.includes(text)) return Date.now() - started;
    if (Date.now() - started > limitMs) throw new Error(`not visible within ${limitMs} ms`);
    await new Promise((r) => setTimeout(r, 10));
  }
}

describe.each(DIALECTS)('the public emergency page on %s', (dialect) => {
  let t: TestApp;
  let fx: Awaited<ReturnType<typeof emergencyFixture>>;
  beforeEach(async () => {
    t = await buildTestApp(dialect, { config: { heartbeatMs: 50 } });
    fx = await emergencyFixture(t);
  });
  afterEach(async () => t.close());

  it('shows the latest authoritative information first, then the timeline, as HTML that needs no script (A13.4-d)', async () => {
    const incident = (await fx.register(60)).json();
    await fx.publish(incident.id, { title: '第一次通报：白马镇山体滑坡', facts: '3人受伤。' });
    await fx.advance(60 * 60_000);
    await fx.publish(incident.id, { title: '第二次通报：伤员情况稳定', facts: '3名伤员已送医，情况稳定。', causes: '系持续降雨引发。' });
    await fx.api('POST', `/incidents/${incident.id}/updates`, fx.office.cookie, fx.fourParts({ title: '尚未审核的草稿' }));
    const conference = await createRelease(t.ctx.db, t.clock.now().toISOString(), { unitId: fx.units.township.id, title: '白马镇山体滑坡新闻发布会', categories: ['incident'] });
    await t.ctx.db.updateTable('releases').set({ starts_at: new Date(t.clock.now().getTime() - 30 * 60_000).toISOString() }).where('id', '=', conference.id).execute();
    await fx.api('POST', `/incidents/${incident.id}/releases`, fx.office.cookie, { releaseId: conference.id });

    const res = await t.app.inject(`/incidents/${incident.id}`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/text\/html/);
    const page = res.body;
    expect(page).toContain('name="viewport"');
    expect(page).toContain('<script src="/incidents/live.js" defer></script>');
    expect(page).not.toMatch(/<script(?![^>]*\ssrc=)[^>]*>/);
    const latest = page.slice(page.indexOf('id="incident-latest"'), page.indexOf('id="incident-timeline"'));
    expect(latest).toContain('第二次通报：伤员情况稳定');
    expect(latest).not.toContain('第一次通报');
    const timeline = page.slice(page.indexOf('id="incident-timeline"'));
    const order = ['第二次通报', '白马镇山体滑坡新闻发布会', '第一次通报'].map((title) => timeline.indexOf(title));
    expect(order.every((i) => i > 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    expect(timeline).toContain('<span class="badge">待核实</span>');
    expect(timeline).toContain('来源：白马镇山体滑坡现场指挥部');
    expect(page).not.toContain('尚未审核的草稿');

    expect((await t.app.inject('/incidents')).body).toContain(`href="/incidents/${incident.id}"`);
    expect((await t.app.inject('/')).body).toContain('突发事件信息发布');
    const script = await t.app.inject('/incidents/live.js');
    expect(script.headers['content-type']).toMatch(/javascript/);
    expect(script.body).toContain('EventSource');
    expect(res.headers['content-security-policy']).toMatch(/script-src 'self'(;|$)/);
  });

  it('shows nothing of an incident that is not public, nor an update without its confidentiality review (A4.2, A18.5)', async () => {
    const hidden = await createIncident(t.ctx.db, t.clock.now().toISOString(), { unitId: fx.units.township.id, isPublic: false, title: '不公开的事件' });
    expect((await t.app.inject(`/incidents/${hidden.id}`)).statusCode).toBe(404);
    expect((await t.app.inject(`/incidents/${hidden.id}/events`)).statusCode).toBe(404);
    expect((await t.app.inject('/incidents')).body).not.toContain('不公开的事件');

    // Public, but its public facts have not passed the confidentiality review yet.
    const unreviewed = (await fx.register(30, { title: '尚未保密审查的事件', confidentialityReview: null })).json();
    expect((await t.app.inject(`/incidents/${unreviewed.id}`)).statusCode).toBe(404);
    await fx.api('PATCH', `/incidents/${unreviewed.id}`, fx.office.cookie, { confidentialityReview: { reviewer: '保密员', reviewedAt: t.clock.now().toISOString() } });
    expect((await t.app.inject(`/incidents/${unreviewed.id}`)).statusCode).toBe(200);

    const shown = await createIncident(t.ctx.db, t.clock.now().toISOString(), { unitId: fx.units.township.id });
    const update = await createIncidentUpdate(t.ctx.db, t.clock.now().toISOString(), { incidentId: shown.id, status: 'published', facts: '未经保密审查的内容' });
    await t.ctx.db.updateTable('releases').set({ confidentiality_reviewer: null, confidentiality_reviewed_at: null }).where('id', '=', update.release_id).execute();
    const page = await t.app.inject(`/incidents/${shown.id}`);
    expect(page.statusCode).toBe(200);
    expect(page.body).not.toContain('未经保密审查的内容');
  });

  it('pushes a published update to the page’s readers, with heartbeats, and a reader who reconnects with Last-Event-ID misses nothing', async () => {
    const incident = (await fx.register(60)).json();
    const base = await listen(t);
    const stream = await openStream(`${base}/incidents/${incident.id}/events`);
    await fx.publish(incident.id, { title: '第一次通报', facts: '现场已控制。' });
    await stream.waitFor(1);
    expect(stream.events[0]!.event).toBe('update');
    const first = JSON.parse(stream.events[0]!.data);
    expect(first.html).toContain('现场已控制。');
    expect(first.html).toContain('data-key="u');
    await new Promise((r) => setTimeout(r, 120));
    expect(stream.comments).toBeGreaterThanOrEqual(1);
    stream.close();

    await fx.publish(incident.id, { title: '第二次通报', facts: '伤员已转运。' });
    await fx.publish(incident.id, { title: '第三次通报', facts: '道路已恢复通行。' });
    const again = await openStream(`${base}/incidents/${incident.id}/events`, { 'last-event-id': stream.events[0]!.id });
    await again.waitFor(2);
    expect(again.events.filter((e) => e.event === 'update').map((e) => JSON.parse(e.data).html.includes('伤员已转运。') || JSON.parse(e.data).html.includes('道路已恢复通行。'))).toEqual([true, true]);
    again.close();
  });

  it('drops the cached page when an update is published: a new reader sees it within 1 s', async () => {
    // The registration announces itself; on PostgreSQL that event comes back over LISTEN/NOTIFY a
    // moment later and drops the page, so wait for it before filling the cache.
    const announced = new Promise<void>((resolve) => t.ctx.realtime.onEvent((event) => event.channel.startsWith('incident-') && resolve()));
    const incident = (await fx.register(60)).json();
    await announced;
    const url = `/incidents/${incident.id}`;
    expect((await t.app.inject(url)).body).toContain('权威信息正在核实中');
    // Served from the cache now: a change behind its back would not show.
    await t.ctx.db.updateTable('incidents').set({ location: '不经服务修改的地点' }).where('id', '=', incident.id).execute();
    expect((await t.app.inject(url)).body).not.toContain('不经服务修改的地点');
    await fx.publish(incident.id, { title: '首条权威信息', facts: '白马镇大田村发生山体滑坡。' });
    expect(await visibleWithin(t, url, '首条权威信息', 1000)).toBeLessThan(1000);
  });
});

describe.runIf(DIALECTS.includes('postgres'))('the public emergency page across servers on PostgreSQL', () => {
  it('reaches the readers of another server and drops that server’s cached page (LISTEN/NOTIFY)', async () => {
    await withTwoServers({ clock: new TestClock() }, async (a, b) => {
      const fx = await emergencyFixture(a);
      const incident = (await fx.register(60)).json();
      const url = `/incidents/${incident.id}`;
      expect((await b.app.inject(url)).body).toContain('权威信息正在核实中');
      const stream = await openStream(`${await listen(b)}${url}/events`);
      await fx.publish(incident.id, { title: '首条权威信息', facts: '白马镇大田村发生山体滑坡。' });
      await stream.waitFor(1);
      expect(JSON.parse(stream.events[0]!.data).html).toContain('首条权威信息');
      expect(await visibleWithin(b, url, '首条权威信息', 1000)).toBeLessThan(1000);
      stream.close();
    });
  });
});
