import { defineConfig } from 'vitest/config';

// Two groups, run one after the other: fast pure unit tests, then everything that talks to real
// servers (PostgreSQL, the Temporal test and dev servers, the running product, Chromium), which
// test/global-setup.ts starts once for the whole run and stops afterwards.
export default defineConfig({
  test: {
    pool: 'forks',
    projects: [
      {
        test: {
          name: 'unit',
          include: ['test/unit/**/*.test.ts'],
          testTimeout: 120_000,
          sequence: { groupOrder: 0 },
        },
      },
      {
        test: {
          name: 'integration',
          include: ['test/workflows/**/*.test.ts', 'test/web/**/*.test.ts', 'test/e2e/**/*.test.ts'],
          globalSetup: ['test/global-setup.ts'],
          fileParallelism: false,
          testTimeout: 120_000,
          hookTimeout: 300_000,
          sequence: { groupOrder: 1 },
        },
      },
    ],
  },
});
