import { Migrator, type Kysely } from 'kysely';
import { seedCalendar } from '../modules/calendar/chinese-days';
import { seedPlatforms } from '../modules/releases/platforms';
import type { Database } from './schema';
import { migrations } from './migrations/index';

export async function migrateToLatest(db: Kysely<any>): Promise<string[]> {
  const migrator = new Migrator({ db, provider: { getMigrations: async () => migrations } });
  const { error, results } = await migrator.migrateToLatest();
  const failed = results?.find((r) => r.status === 'Error');
  if (error || failed) {
    throw new Error(`数据库迁移失败：${failed?.migrationName ?? ''} ${error instanceof Error ? error.message : String(error ?? '')}`);
  }
  return (results ?? []).map((r) => r.migrationName);
}

/** Schema up to date, plus the reference data every deployment needs (the holiday schedules). */
export async function prepareDatabase(db: Kysely<Database>, at: string): Promise<void> {
  await migrateToLatest(db);
  await seedCalendar(db, at);
  await seedPlatforms(db);
}
