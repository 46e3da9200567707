import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // The database tests spend much of their time waiting on PostgreSQL: two files at a time keep
    // this machine's two cores busy (Vitest's default here would be one).
    maxWorkers: 2,
    projects: [
      {
        test: {
          name: 'core',
          root: './core',
          include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
        },
      },
      {
        test: {
          name: 'server',
          root: './server',
          include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
          globalSetup: ['./test/postgres-template.ts'],
          // Each file builds its own app on its own database, so the files can share one module
          // graph: importing the server again for each file cost more than half the run.
          isolate: false,
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
    ],
  },
});
