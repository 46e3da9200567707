import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../db/database';
import { prepareDatabase } from '../db/migrate';
import { createAuditTrail } from '../modules/audit/trail';

const KEY = 'cli-test-audit-key-0123456789abcdef';

function run(dataDir: string) {
  return spawnSync(process.execPath, ['--import', 'tsx', path.resolve(__dirname, 'audit-verify.ts')], {
    env: { ...process.env, DATA_DIR: dataDir, AUDIT_KEY: KEY, DATABASE_URL: '' },
    encoding: 'utf8',
    timeout: 30_000,
  });
}

describe('npm run audit:verify', () => {
  it('reports an intact chain, then the first broken record with exit code 1', async () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'fabutong-audit-'));
    const db = openDatabase({ kind: 'sqlite', file: path.join(dataDir, 'fabutong.sqlite') });
    await prepareDatabase(db.kysely, new Date().toISOString());
    const trail = createAuditTrail(Buffer.from(KEY));
    for (let i = 0; i < 4; i++) {
      await db.kysely.transaction().execute((trx) => trail.record(trx, { actorId: 1, actorName: '周敏', ip: null }, { action: 'test', entity: 'x', entityId: i }, new Date().toISOString()));
    }
    const intact = run(dataDir);
    expect(intact.status).toBe(0);
    expect(intact.stdout).toContain('审计链完整：已校验 4 条记录');

    await db.kysely.deleteFrom('audit_log').where('id', '=', 2).execute();
    await db.close();
    const broken = run(dataDir);
    expect(broken.status).toBe(1);
    expect(broken.stdout).toContain('审计链断开：第 3 号记录');
    fs.rmSync(dataDir, { recursive: true, force: true });
  });
});
