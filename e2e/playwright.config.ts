import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { defineConfig } from '@playwright/test';

/** E2E_PORT lets two runs on one machine stay apart. */
const PORT = Number(process.env.E2E_PORT ?? 3100);
const BASE_URL = `http://127.0.0.1:${PORT}`;

// The journeys run on a fresh embedded SQLite database of their own: the server inherits this
// environment, and CI's DATABASE_URL would otherwise point it at a PostgreSQL schema a previous
// run has filled (the demo district loads only into an empty database).
delete process.env.DATABASE_URL;

// Playwright loads this file again in every worker; the environment carries the first run's directory to them.
process.env.FABUTONG_E2E_DATA_DIR ??= fs.mkdtempSync(path.join(os.tmpdir(), 'fabutong-e2e-'));

/** Journeys through the built app (`npm run build` first) in Debian's Chromium, on a fresh demo district. */
export default defineConfig({
  testDir: './tests',
  workers: 1,
  // Journeys click through many pages; a loaded CI machine needs more than the 5 s default.
  timeout: 180_000,
  expect: { timeout: 20_000 },
  forbidOnly: true,
  reporter: [['list'], ['json', { outputFile: 'results/results.json' }]],
  use: {
    baseURL: BASE_URL,
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
    // As a reader who asked for less motion: the console then skips its animations (this 2-core
    // machine spent much of each journey waiting for drawers and charts to settle).
    reducedMotion: 'reduce',
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath: '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    },
  },
  webServer: {
    command: 'node ../server/dist/main.js',
    url: `${BASE_URL}/readyz`,
    reuseExistingServer: false,
    timeout: 60_000,
    env: {
      PORT: String(PORT),
      HOST: '127.0.0.1',
      DEMO: '1',
      DATA_DIR: process.env.FABUTONG_E2E_DATA_DIR,
      LOG_LEVEL: 'warn',
    },
  },
});
