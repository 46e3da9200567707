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
  /** PostgreSQL only: a dedicated connection that LISTENs on `channel` (namespaced by schema). */
  listen?(channel: string, onPayload: (payload: string) => void): Promise<{ notifyName: string; close(): Promise<void> }>;
  /** Is the database reachable (for /readyz)? */
  ping(): Promise<boolean>;
  close(): Promise<void>;
}

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
      listen: async (channel, onPayload) => {
        const notifyName = `${channel}_${database.schema ?? 'public'}`.toLowerCase();
        const client = new pg.Client({ connectionString: database.url });
        await client.connect();
        client.on('notification', (n) => {
          if (n.channel === notifyName && n.payload) onPayload(n.payload);
        });
        await client.query(`listen ${notifyName}`);
        return { notifyName, close: () => client.end() };
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
