/** The one place that chooses the database. */
import fs from 'node:fs';
import path from 'node:path';
import { Kysely } from 'kysely';
import type { Config } from '../config';
import { postgresDialect, sqliteDialect, type DialectName } from './dialect';
import type { Database } from './schema';

export interface Db {
  kysely: Kysely<Database>;
  dialect: DialectName;
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
      ping: async () => {
        try {
          await pool.query('select 1');
          return true;
        } catch {
          return false;
        }
      },
      close: () => kysely.destroy(),
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
