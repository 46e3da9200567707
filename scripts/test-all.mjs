#!/usr/bin/env node
// `npm test`: every suite — unit and HTTP/database tests (vitest; on PostgreSQL too when
// DATABASE_URL is set), then the browser journeys (Playwright) against the built app — and
// one closing line summed over all of them: `N passed, N failed[, N skipped]`.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const results = path.join(root, 'results');
fs.rmSync(results, { recursive: true, force: true });
fs.mkdirSync(results, { recursive: true });

const totals = { passed: 0, failed: 0, skipped: 0 };
const problems = [];

function run(title, command, args, options = {}) {
  process.stdout.write(`\n== ${title} ==\n`);
  const r = spawnSync(command, args, { cwd: root, stdio: 'inherit', ...options });
  return r.status === 0;
}

function readJson(file) {
  try {
    return JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch {
    return null;
  }
}

// 1. Unit, database and HTTP tests.
const vitestFile = path.join(results, 'vitest.json');
const vitestOk = run('unit, database and HTTP tests' + (process.env.DATABASE_URL ? ' (SQLite and PostgreSQL)' : ' (SQLite)'), 'npx', [
  'vitest',
  'run',
  '--reporter=default',
  '--reporter=json',
  `--outputFile.json=${vitestFile}`,
]);
const vitest = readJson(vitestFile);
if (vitest) {
  totals.passed += vitest.numPassedTests;
  totals.failed += vitest.numFailedTests;
  totals.skipped += vitest.numPendingTests + vitest.numTodoTests;
  if (!vitestOk && vitest.numFailedTests === 0) problems.push('vitest exited with an error (a suite failed to load?)');
} else {
  problems.push('vitest produced no results');
}

// 2. Browser journeys against the built app.
const built = run('build (console and server)', 'npm', ['run', 'build', '--silent']);
if (!built) problems.push('the build failed, so the browser tests did not run');
else {
  const e2eFile = path.join(root, 'e2e', 'results', 'results.json');
  fs.rmSync(e2eFile, { force: true });
  const e2eOk = run('browser journeys (Playwright, Chromium)', 'npx', ['playwright', 'test'], { cwd: path.join(root, 'e2e') });
  const e2e = readJson(e2eFile);
  if (e2e?.stats) {
    totals.passed += e2e.stats.expected + (e2e.stats.flaky ?? 0);
    totals.failed += e2e.stats.unexpected;
    totals.skipped += e2e.stats.skipped;
    if (!e2eOk && e2e.stats.unexpected === 0) problems.push('Playwright exited with an error');
  } else {
    problems.push('Playwright produced no results');
  }
}

for (const p of problems) process.stdout.write(`\n!! ${p}\n`);
const failed = totals.failed + problems.length;
process.stdout.write(`\n${totals.passed} passed, ${failed} failed${totals.skipped ? `, ${totals.skipped} skipped` : ''}\n`);
process.exit(failed > 0 || totals.passed === 0 ? 1 : 0);
