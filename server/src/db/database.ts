/** The one place that chooses the database. */
import fs from 'node:fs';
import path from 'node:path';
import { Kysely } from 'kysely';
import pg from 'pg';
import type { Config } from '../config';
import { postgresDialect, sqliteDialect, type DialectName } from './dialect';
import type { Database } from './schema';

export interface Db {
  kysely: Kysely<Database>;
  dialect: DialectName;
  /** PostgreSQL: the schema the tables live in (tests give each run its own). */
  schema?: string;
  /**
   * PostgreSQL only: a dedicated connection that LISTENs on `channel` (namespaced by schema). When
   * the connection is lost (a database restart, an administrator ending it) it connects again,
   * and calls `onRestored` once listening again; what was notified in between is for the caller
   * to fetch again.
   */
  listen?(channel: string, handlers: ListenHandlers): Promise<{ notifyName: string; close(): Promise<void> }>;
  /** Is the database reachable (for /readyz)? */
  ping(): Promise<boolean>;
  close(): Promise<void>;
}

export interface ListenHandlers {
  onPayload(payload: string): void;
  onLost(err: Error): void;
  onRestored(): void;
}

/** How long a lost LISTEN connection waits before connecting again, and at most between tries. */
const RELISTEN_MS = { first: 500, max: 30_000 };

export function openDatabase(database: Config['database']): Db {
  if (database.kind === 'postgres') {
    const { dialect, pool } = postgresDialect({ url: database.url, schema: database.schema });
    const kysely = new Kysely<Database>({ dialect });
    return {
      kysely,
      dialect: 'postgres',
      schema: database.schema ?? 'public',
      ping: async () => {
        try {
          await pool.query('select 1');
          return true;
        } catch {
          return false;
        }
      },
      close: () => kysely.destroy(),
      listen: async (channel, handlers) => {
        const notifyName = `${channel}_${database.schema ?? 'public'}`.toLowerCase();
        let client: pg.Client | null = null;
        let closed = false;
        let retry: NodeJS.Timeout | null = null;
        const connect = async () => {
          const c = new pg.Client({ connectionString: database.url });
          // Without a handler a lost connection's error would end the process.
          c.on('error', (err) => lost(c, err));
          c.on('notification', (n) => {
            if (n.channel === notifyName && n.payload) handlers.onPayload(n.payload);
          });
          try {
            await c.connect();
            await c.query(`listen ${notifyName}`);
          } catch (err) {
            void c.end().catch(() => undefined);
            throw err;
          }
          client = c;
        };
        const lost = (c: pg.Client, err: Error) => {
          if (client !== c || closed) return;
          client = null;
          void c.end().catch(() => undefined);
          handlers.onLost(err);
          let wait = RELISTEN_MS.first;
          const again = () => {
            retry = setTimeout(() => {
              if (closed) return;
              connect().then(handlers.onRestored, () => {
                wait = Math.min(wait * 2, RELISTEN_MS.max);
                again();
              });
            }, wait);
            retry.unref();
          };
          again();
        };
        await connect();
        return {
          notifyName,
          close: async () => {
            closed = true;
            if (retry) clearTimeout(retry);
            await (client as pg.Client | null)?.end();
          },
        };
      },
    };
  }
  if (database.file !== ':memory:') fs.mkdirSync(path.dirname(database.file), { recursive: true });
  const kysely = new Kysely<Database>({ dialect: sqliteDialect(database.file) });
  return {
    kysely,
    dialect: 'sqlite',
    ping: async () => {
      try {
        await kysely.selectNoFrom((eb) => eb.lit(1).as('one')).execute();
        return true;
      } catch {
        return false;
      }
    },
    close: () => kysely.destroy(),
  };
}
