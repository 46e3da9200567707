import type { FastifyInstance } from 'fastify';
import { sql } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import { buildTestApp, DIALECTS, withTwoServers, type TestApp } from '../../test/helpers';
import { openStream } from '../../test/sse-client';

const route = (app: FastifyInstance) => {
  app.get('/test/stream/:channel', { schema: { hide: true } }, async (request, reply) =>
    app.ctx.realtime.stream(request, reply, (request.params as { channel: string }).channel),
  );
};

async function listen(t: TestApp): Promise<string> {
  await t.app.listen({ port: 0, host: '127.0.0.1' });
  const address = t.app.server.address() as { port: number };
  return `http://127.0.0.1:${address.port}`;
}

describe.each(DIALECTS)('live updates on %s', (dialect) => {
  const apps: TestApp[] = [];
  afterEach(async () => {
    for (const t of apps.splice(0).reverse()) await t.close();
  });

  it('delivers an event once its transaction commits, and never one that rolled back', async () => {
    const t = await buildTestApp(dialect, { routes: route });
    apps.push(t);
    const base = await listen(t);
    const stream = await openStream(`${base}/test/stream/incident-1`);
    const other = await openStream(`${base}/test/stream/incident-2`);
    await t.ctx.db.transaction().execute((trx) => t.ctx.realtime.publish(trx, 'incident-1', 'update', { n: 1 }));
    await t.ctx.db
      .transaction()
      .execute(async (trx) => {
        await t.ctx.realtime.publish(trx, 'incident-1', 'update', { n: 'rolled back' });
        throw new Error('abort');
      })
      .catch(() => undefined);
    await t.ctx.db.transaction().execute((trx) => t.ctx.realtime.publish(trx, 'incident-1', 'update', { n: 2 }));
    await stream.waitFor(2);
    await new Promise((r) => setTimeout(r, 100));
    expect(stream.events.map((e) => JSON.parse(e.data))).toEqual([{ n: 1 }, { n: 2 }]);
    expect(stream.events.every((e) => e.event === 'update' && Number(e.id) > 0)).toBe(true);
    expect(other.events).toEqual([]);
    stream.close();
    other.close();
  });

  it('sends a reader who reconnects with Last-Event-ID everything they missed, and nothing twice', async () => {
    const t = await buildTestApp(dialect, { routes: route });
    apps.push(t);
    const base = await listen(t);
    const first = await openStream(`${base}/test/stream/c`);
    await t.ctx.db.transaction().execute((trx) => t.ctx.realtime.publish(trx, 'c', 'update', 1));
    await first.waitFor(1);
    first.close();
    for (const n of [2, 3]) await t.ctx.db.transaction().execute((trx) => t.ctx.realtime.publish(trx, 'c', 'update', n));
    const again = await openStream(`${base}/test/stream/c`, { 'last-event-id': first.events[0]!.id });
    await t.ctx.db.transaction().execute((trx) => t.ctx.realtime.publish(trx, 'c', 'update', 4));
    await again.waitFor(3);
    await new Promise((r) => setTimeout(r, 100));
    expect(again.events.map((e) => Number(e.data))).toEqual([2, 3, 4]);
    again.close();
  });

  it('keeps an idle stream open with comment lines', async () => {
    const t = await buildTestApp(dialect, { routes: route, config: { heartbeatMs: 50 } });
    apps.push(t);
    const stream = await openStream(`${await listen(t)}/test/stream/quiet`);
    await new Promise((r) => setTimeout(r, 180));
    expect(stream.comments).toBeGreaterThanOrEqual(2);
    stream.close();
  });

  it('closes open streams when the server stops', async () => {
    const t = await buildTestApp(dialect, { routes: route });
    const stream = await openStream(`${await listen(t)}/test/stream/x`);
    expect(t.ctx.realtime.subscriberCount('x')).toBe(1);
    await t.close();
    stream.close();
  });
});

/** Two servers on one PostgreSQL database, a reader streaming `incident-9` from the second; `work` gets the first and the stream. */
function acrossTwoServers(work: (a: TestApp, stream: Awaited<ReturnType<typeof openStream>>) => Promise<void>) {
  return withTwoServers({ routes: route }, async (a, b) => {
    const stream = await openStream(`${await listen(b)}/test/stream/incident-9`);
    await work(a, stream);
    stream.close();
  });
}

const publish = (t: TestApp, data: object) => t.ctx.db.transaction().execute((trx) => t.ctx.realtime.publish(trx, 'incident-9', 'update', data));

describe.runIf(DIALECTS.includes('postgres'))('live updates across servers on PostgreSQL', () => {
  it('reaches subscribers of another server through LISTEN/NOTIFY', () =>
    acrossTwoServers(async (a, stream) => {
      await publish(a, { from: 'server A' });
      await stream.waitFor(1);
      expect(JSON.parse(stream.events[0]!.data)).toEqual({ from: 'server A' });
    }));

  it('listens again when the database ends its LISTEN connection, and delivers what was published meanwhile', () =>
    acrossTwoServers(async (a, stream) => {
      // As a database restart or an administrator would: every LISTEN connection ended.
      const ended = await sql<{ pid: number }>`select pg_terminate_backend(pid) as pid from pg_stat_activity where datname = current_database() and query like 'listen fabutong_live%'`.execute(a.ctx.db);
      expect(ended.rows.length).toBe(2);
      await publish(a, { n: 1 });
      await stream.waitFor(1);
      await publish(a, { n: 2 });
      await stream.waitFor(2);
      expect(stream.events.map((e) => JSON.parse(e.data))).toEqual([{ n: 1 }, { n: 2 }]);
    }));
});
