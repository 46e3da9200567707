/** `npm run db:seed`: loads the demo district (or the first administrator) into an empty database. */
import { bootstrap } from '../bootstrap';
import { loadConfig } from '../config';
import { openDatabase } from '../db/database';
import { prepareDatabase } from '../db/migrate';
import { loadAuditKey } from '../modules/audit/trail';

const config = loadConfig();
const db = openDatabase(config.database);
try {
  await prepareDatabase(db.kysely, config.now().toISOString(), db.schema);
  const { created } = await bootstrap(db.kysely, config, loadAuditKey(config.auditKey, config.dataDir));
  process.stdout.write(
    created === 'demo' ? '已载入演示数据\n' : created === 'admin' ? '已创建首个管理员 admin\n' : '数据库中已有账户，未载入任何数据\n',
  );
} finally {
  await db.close();
}
