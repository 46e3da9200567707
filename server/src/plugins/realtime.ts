/**
 * Live updates over Server-Sent Events (works through proxies and in WeChat's browser).
 *
 * An event is a row of `live_events`, written in the same transaction as the change it
 * announces, so nothing is announced that did not happen and nothing that happened is lost:
 * a reader who reconnects with Last-Event-ID is sent what they missed. On PostgreSQL the row's
 * id goes out with NOTIFY — delivered only on commit, to every server — and each server
 * fans it out to its own subscribers. On SQLite there is one server and one writer, so events
 * commit in id order and a high-water mark finds the new ones.
 */
import type { FastifyReply, FastifyRequest } from 'fastify';
import { sql, type Kysely } from 'kysely';
import type { Db } from '../db/database';
import type { Database } from '../db/schema';

export interface LiveEvent {
  id: number;
  channel: string;
  event: string;
  data: string;
}

export interface Realtime {
  /** Record an event inside the caller's transaction; subscribers get it once that commits. */
  publish(trx: Kysely<Database>, channel: string, event: string, data: unknown): Promise<number>;
  /** Serve a channel as text/event-stream, replaying what the reader missed. */
  stream(request: FastifyRequest, reply: FastifyReply, channel: string): Promise<void>;
  /** Called for every event this server fans out (e.g. to drop a cached page). */
  onEvent(listener: (event: LiveEvent) => void): void;
  subscriberCount(channel?: string): number;
  start(): Promise<void>;
  close(): Promise<void>;
}

const NOTIFY_CHANNEL = 'fabutong_live';
/** After the LISTEN connection is lost, events from this long before the loss are fetched again. */
const CATCH_UP_MARGIN_MS = 60_000;
/** The newest delivered event ids kept to skip them in a catch-up. */
const DELIVERED_KEPT = 10_000;

interface Client {
  write(frame: string): void;
  end(): void;
  /** While the backlog is being sent, live events wait here. */
  pending: LiveEvent[] | null;
  /** Events already sent with the backlog, not to be sent again live. */
  replayed: Set<number> | null;
}

export function frameOf(e: Pick<LiveEvent, 'id' | 'event' | 'data'>): string {
  return `id: ${e.id}\nevent: ${e.event}\ndata: ${e.data}\n\n`;
}

export function createRealtime(db: Db, now: () => Date, heartbeatMs: number, log: { warn: (o: object, m: string) => void }): Realtime {
  const kysely = db.kysely;
  const channels = new Map<string, Set<Client>>();
  const listeners: ((e: LiveEvent) => void)[] = [];
  let highWater = 0;
  let heartbeat: NodeJS.Timeout | null = null;
  let listener: { notifyName: string; close(): Promise<void> } | null = null;
  let flushing: Promise<void> | null = null;
  let flushAgain = false;

  function fanOut(events: LiveEvent[]) {
    for (const e of events) {
      for (const l of listeners) l(e);
      const clients = channels.get(e.channel);
      if (!clients) continue;
      const frame = frameOf(e);
      for (const client of clients) {
        if (client.pending) client.pending.push(e);
        else if (!client.replayed?.has(e.id)) client.write(frame);
      }
    }
  }

  // PostgreSQL: notified ids are delivered one batch at a time, in the order they committed.
  let notified: number[] = [];
  const delivered = new Set<number>();
  let delivering: Promise<void> | null = null;
  function deliverNotified() {
    delivering ??= (async () => {
      while (notified.length > 0) {
        const ids = notified;
        notified = [];
        const rows = await kysely.selectFrom('live_events').select(['id', 'channel', 'event', 'data']).where('id', 'in', ids).execute();
        const byId = new Map(rows.map((r) => [r.id, r]));
        const fresh = ids.flatMap((id) => {
          const row = byId.get(id);
          if (!row || delivered.has(id)) return [];
          delivered.add(id);
          return [row];
        });
        // Kept only to tell a catch-up's events from those already delivered.
        for (const id of delivered) {
          if (delivered.size <= DELIVERED_KEPT) break;
          delivered.delete(id);
        }
        fanOut(fresh);
      }
    })()
      .catch((err: unknown) => log.warn({ err }, 'live event delivery failed'))
      .finally(() => (delivering = null));
  }

  /** SQLite: everything above the high-water mark, in order. Runs after the writer's commit (one connection). */
  function flush(): Promise<void> {
    if (flushing) {
      flushAgain = true;
      return flushing;
    }
    flushing = (async () => {
      do {
        flushAgain = false;
        const rows = await kysely.selectFrom('live_events').select(['id', 'channel', 'event', 'data']).where('id', '>', highWater).orderBy('id').limit(1000).execute();
        if (rows.length) highWater = rows[rows.length - 1]!.id;
        fanOut(rows);
        if (rows.length === 1000) flushAgain = true;
      } while (flushAgain);
    })().finally(() => (flushing = null));
    return flushing;
  }

  const realtime: Realtime = {
    async publish(trx, channel, event, data) {
      const row = await trx
        .insertInto('live_events')
        .values({ channel, event, data: JSON.stringify(data), created_at: now().toISOString() })
        .returning('id')
        .executeTakeFirstOrThrow();
      if (listener) await sql`select pg_notify(${listener.notifyName}, ${String(row.id)})`.execute(trx);
      else setImmediate(() => void flush().catch((err: unknown) => log.warn({ err }, 'live event flush failed')));
      return row.id;
    },

    async stream(request, reply, channel) {
      const lastEventId = Number(request.headers['last-event-id'] ?? (request.query as { lastEventId?: string } | undefined)?.lastEventId ?? 0) || 0;
      reply.hijack();
      const res = reply.raw;
      res.writeHead(200, {
        'content-type': 'text/event-stream; charset=utf-8',
        'cache-control': 'no-cache, no-transform',
        connection: 'keep-alive',
        'x-accel-buffering': 'no',
      });
      res.write(`retry: 3000\n\n`);
      const client: Client = { write: (frame) => void res.write(frame), end: () => res.end(), pending: [], replayed: null };
      const set = channels.get(channel) ?? new Set<Client>();
      channels.set(channel, set);
      set.add(client);
      request.raw.on('close', () => {
        set.delete(client);
        if (set.size === 0) channels.delete(channel);
      });
      const sent = new Set<number>();
      if (lastEventId > 0) {
        const missed = await kysely
          .selectFrom('live_events')
          .select(['id', 'channel', 'event', 'data'])
          .where('channel', '=', channel)
          .where('id', '>', lastEventId)
          .orderBy('id')
          .execute();
        for (const e of missed) {
          sent.add(e.id);
          client.write(frameOf(e));
        }
      }
      const waiting = client.pending ?? [];
      client.pending = null;
      client.replayed = sent.size > 0 ? sent : null;
      for (const e of waiting) if (!sent.has(e.id)) client.write(frameOf(e));
    },

    onEvent(l) {
      listeners.push(l);
    },

    subscriberCount(channel) {
      if (channel) return channels.get(channel)?.size ?? 0;
      let n = 0;
      for (const set of channels.values()) n += set.size;
      return n;
    },

    async start() {
      const last = await kysely.selectFrom('live_events').select((eb) => eb.fn.max('id').as('id')).executeTakeFirst();
      highWater = Number(last?.id ?? 0);
      if (db.listen) {
        let lostAt: string | null = null;
        listener = await db.listen(NOTIFY_CHANNEL, {
          onPayload: (payload) => {
            const id = Number(payload);
            if (!Number.isInteger(id)) return;
            notified.push(id);
            deliverNotified();
          },
          onLost: (err) => {
            lostAt ??= now().toISOString();
            log.warn({ err }, '实时推送的数据库监听连接断开，正在重连');
          },
          // What other servers published while this one was not listening, from a little before the loss (their clocks differ).
          onRestored: () => {
            const since = new Date(Date.parse(lostAt ?? now().toISOString()) - CATCH_UP_MARGIN_MS).toISOString();
            lostAt = null;
            void kysely
              .selectFrom('live_events')
              .select('id')
              .where('created_at', '>=', since)
              .orderBy('id')
              .execute()
              .then((rows) => {
                notified.push(...rows.map((r) => r.id).filter((id) => !delivered.has(id)));
                deliverNotified();
              })
              .catch((err: unknown) => log.warn({ err }, 'live event catch-up failed'));
          },
        });
      }
      heartbeat = setInterval(() => {
        for (const set of channels.values()) for (const c of set) c.write(': ping\n\n');
      }, heartbeatMs);
      heartbeat.unref();
    },

    async close() {
      if (heartbeat) clearInterval(heartbeat);
      // Open streams would keep the server from closing; readers reconnect to another server.
      for (const set of channels.values()) for (const c of set) c.end();
      channels.clear();
      await listener?.close();
      listener = null;
      await Promise.all([flushing, delivering]);
    },
  };
  return realtime;
}
