/** `npm run audit:verify`: walks the audit chain, checks it against the anchors in DATA_DIR, and reports the first break (exit 1). */
import { formatDistrictDateTime } from '@fabutong/core';
import { loadConfig } from '../config';
import { openDatabase } from '../db/database';
import { auditAnchorFile } from '../modules/audit/anchors';
import { createAuditTrail, loadAuditKey } from '../modules/audit/trail';

const config = loadConfig();
const db = openDatabase(config.database);
try {
  const trail = createAuditTrail(loadAuditKey(config.auditKey, config.dataDir), { anchorFile: auditAnchorFile(config.dataDir) });
  const result = await trail.verify(db.kysely);
  if (result.ok) {
    process.stdout.write(`审计链完整：已校验 ${result.checked} 条记录；最后一条的哈希 ${result.lastHash}（可另行保存，用于日后核对记录是否被截断）\n`);
    if (result.newestAnchor) process.stdout.write(`已与 ${result.anchorsChecked} 个锚点核对，最新锚点为第 ${result.newestAnchor.id} 条（${formatDistrictDateTime(result.newestAnchor.at)} 记录）\n`);
  } else {
    process.stdout.write(`审计链断开：第 ${result.firstBrokenId} 号记录，${result.reason}（此前 ${result.checked} 条完好）\n`);
    process.exitCode = 1;
  }
  for (const warning of result.warnings) process.stdout.write(`注意：${warning}\n`);
} finally {
  await db.close();
}
