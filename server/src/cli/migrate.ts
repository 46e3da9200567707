import { loadConfig } from '../config';
import { openDatabase } from '../db/database';
import { migrateToLatest } from '../db/migrate';

const config = loadConfig();
const db = openDatabase(config.database);
try {
  const ran = await migrateToLatest(db.kysely, db.schema);
  process.stdout.write(ran.length ? `已执行迁移：${ran.join('、')}\n` : '数据库已是最新结构\n');
} finally {
  await db.close();
}
