/**
 * One server process for the two-process alert test: the app on a PostgreSQL database shared
 * with another process, its clock fixed at NOW, running due jobs until none are left. Prints
 * how many it ran. Not part of the server build.
 */
import fs from 'node:fs';
import { buildApp } from '../../app';
import { openDatabase } from '../../db/database';
import { TEST_AUDIT_KEY, testConfig } from '../../../test/helpers';

const url = process.env.DATABASE_URL!;
const now = new Date(process.env.NOW!);

const database = openDatabase({ kind: 'postgres', url });
const config = testConfig({ database: { kind: 'postgres', url }, now: () => now });
const app = await buildApp({ config, database, auditKey: TEST_AUDIT_KEY });
await app.ready();
process.stdout.write('ready\n');
// Both processes start together (the parent releases them with a line on stdin).
await new Promise((resolve) => process.stdin.once('data', resolve));
let ran = 0;
for (let idle = 0; idle < 3; ) {
  const n = await app.ctx.jobs.runDue();
  ran += n;
  idle = n === 0 ? idle + 1 : 0;
  await new Promise((r) => setTimeout(r, 50));
}
process.stdout.write(`${JSON.stringify({ ran, worker: app.ctx.jobs.workerId })}\n`);
await app.close();
await database.close();
fs.rmSync(config.dataDir, { recursive: true, force: true });
process.exit(0);
