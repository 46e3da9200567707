import { Migrator, type Kysely } from 'kysely';
import { seedCalendar } from '../modules/calendar/chinese-days';
import { seedPlatforms } from '../modules/releases/platforms';
import type { Database } from './schema';
import { migrations } from './migrations/index';

/** `schema`: on PostgreSQL, where the migration tables are; without it Kysely may find another schema's. */
export async function migrateToLatest(db: Kysely<any>, schema?: string): Promise<string[]> {
  const migrator = new Migrator({ db, provider: { getMigrations: async () => migrations }, ...(schema ? { migrationTableSchema: schema } : {}) });
  const { error, results } = await migrator.migrateToLatest();
  const failed = results?.find((r) => r.status === 'Error');
  if (error || failed) {
    throw new Error(`数据库迁移失败：${failed?.migrationName ?? ''} ${error instanceof Error ? error.message : String(error ?? '')}`);
  }
  return (results ?? []).map((r) => r.migrationName);
}

/** Schema up to date, plus the reference data every deployment needs (the holiday schedules). */
export async function prepareDatabase(db: Kysely<Database>, at: string, schema?: string): Promise<void> {
  await migrateToLatest(db, schema);
  await seedCalendar(db, at);
  await seedPlatforms(db);
}
