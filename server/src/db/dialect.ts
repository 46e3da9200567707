/**
 * Everything that differs between SQLite and PostgreSQL lives here, so the rest of the
 * code writes one query for both.
 */
import SqliteDatabase from 'better-sqlite3';
import {
  CompiledQuery,
  Kysely,
  PostgresAdapter,
  PostgresDialect,
  SqliteDialect,
  SqliteDriver,
  sql,
  type ColumnDefinitionBuilder,
  type DatabaseConnection,
  type Dialect,
  type Expression,
  type RawBuilder,
  type SqliteDialectConfig,
} from 'kysely';
import pg from 'pg';

export type DialectName = 'sqlite' | 'postgres';

// bigint counts and numeric sums arrive as strings from pg; our figures fit in a double.
pg.types.setTypeParser(20, (v) => Number(v));
pg.types.setTypeParser(1700, (v) => Number(v));

/** SQLite writers take the write lock when they begin, so a busy database waits (busy_timeout) instead of failing mid-transaction. */
class ImmediateSqliteDriver extends SqliteDriver {
  override async beginTransaction(connection: DatabaseConnection): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw('begin immediate'));
  }
}

class ImmediateSqliteDialect extends SqliteDialect {
  constructor(private readonly sqliteConfig: SqliteDialectConfig) {
    super(sqliteConfig);
  }
  override createDriver() {
    return new ImmediateSqliteDriver(this.sqliteConfig);
  }
}

export function sqliteDialect(file: string): Dialect {
  return new ImmediateSqliteDialect({
    database: async () => {
      const db = new SqliteDatabase(file);
      db.pragma('journal_mode = WAL');
      db.pragma('synchronous = FULL');
      db.pragma('busy_timeout = 10000');
      db.pragma('foreign_keys = ON');
      return db;
    },
  });
}

export interface PostgresOptions {
  url: string;
  /** Tests run each app in its own schema. */
  schema?: string;
  max?: number;
}

export function postgresDialect(options: PostgresOptions): { dialect: Dialect; pool: pg.Pool } {
  const pool = new pg.Pool({
    connectionString: options.url,
    max: options.max ?? 10,
    connectionTimeoutMillis: 5_000,
    idleTimeoutMillis: 30_000,
    statement_timeout: 30_000,
    idle_in_transaction_session_timeout: 60_000,
    application_name: 'fabutong',
    ...(options.schema ? { options: `-c search_path=${options.schema}` } : {}),
  });
  // An idle connection the database ended (a restart, an administrator): the pool drops it and
  // opens another when next needed. Unhandled, the pool's error event would end the process.
  pool.on('error', () => undefined);
  return { dialect: new PostgresDialect({ pool }), pool };
}

export function dialectOf(db: Kysely<any>): DialectName {
  return db.getExecutor().adapter instanceof PostgresAdapter ? 'postgres' : 'sqlite';
}

/** An auto-increment integer primary key, spelled as each database wants it. */
export function idColumn(db: Kysely<any>) {
  return dialectOf(db) === 'postgres'
    ? (c: ColumnDefinitionBuilder) => c.primaryKey().generatedByDefaultAsIdentity()
    : (c: ColumnDefinitionBuilder) => c.primaryKey().autoIncrement();
}

/**
 * Serializes writers of one chain (the audit log) across connections and servers:
 * SQLite transactions already hold the write lock (begin immediate); PostgreSQL takes a
 * transaction-scoped advisory lock.
 */
export async function lockChain(trx: Kysely<any>, key: number): Promise<void> {
  if (dialectOf(trx) === 'postgres') await sql`select pg_advisory_xact_lock(${key})`.execute(trx);
}

/** Year of an ISO text timestamp or date column. */
export function yearOf(column: Expression<string>): RawBuilder<string> {
  return sql<string>`substr(${column}, 1, 4)`;
}

/** The texts of a group joined into one, with `separator` between them (null for an empty group). */
export function joinedText(db: Kysely<any>, text: Expression<string>, separator: string): RawBuilder<string | null> {
  return dialectOf(db) === 'postgres' ? sql<string | null>`string_agg(${text}, ${separator})` : sql<string | null>`group_concat(${text}, ${separator})`;
}

/** Case-insensitive substring match. */
export function containsText(db: Kysely<any>, column: Expression<string>, text: string): RawBuilder<boolean> {
  const pattern = `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
  return dialectOf(db) === 'postgres'
    ? sql<boolean>`${column} ilike ${pattern} escape '\\'`
    : sql<boolean>`${column} like ${pattern} escape '\\'`;
}

/** A write refused because another row still refers to this one (SQLite and PostgreSQL codes). */
export function isForeignKeyViolation(err: unknown): boolean {
  const e = err as { code?: string } | null;
  return e?.code === 'SQLITE_CONSTRAINT_FOREIGNKEY' || e?.code === '23503';
}

/** A write refused by a unique index. */
export function isUniqueViolation(err: unknown): boolean {
  const e = err as { code?: string } | null;
  return e?.code === 'SQLITE_CONSTRAINT_UNIQUE' || e?.code === 'SQLITE_CONSTRAINT_PRIMARYKEY' || e?.code === '23505';
}

