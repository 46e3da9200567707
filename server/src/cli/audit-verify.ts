/** `npm run audit:verify`: walks the audit chain and reports the first broken link (exit 1). */
import { loadConfig } from '../config';
import { openDatabase } from '../db/database';
import { createAuditTrail, loadAuditKey } from '../modules/audit/trail';

const config = loadConfig();
const db = openDatabase(config.database);
try {
  const result = await createAuditTrail(loadAuditKey(config.auditKey, config.dataDir)).verify(db.kysely);
  if (result.ok) {
    process.stdout.write(`审计链完整：已校验 ${result.checked} 条记录；最后一条的哈希 ${result.lastHash}（可另行保存，用于日后核对记录是否被截断）\n`);
  } else {
    process.stdout.write(`审计链断开：第 ${result.firstBrokenId} 号记录，${result.reason}（此前 ${result.checked} 条完好）\n`);
    process.exitCode = 1;
  }
} finally {
  await db.close();
}
