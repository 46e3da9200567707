#!/usr/bin/env node
// `npm run bench`: every benchmark, one after the other; each prints its figures and ratios.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

const scripts = Object.keys(JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')).scripts).filter((s) => s.startsWith('bench:'));
let failed = 0;
for (const script of scripts) {
  process.stdout.write(`\n=== ${script} ===\n`);
  const r = spawnSync('npm', ['run', '--silent', script], { cwd: new URL('.', import.meta.url), stdio: 'inherit' });
  if (r.status !== 0) failed++;
}
process.exit(failed ? 1 : 0);
