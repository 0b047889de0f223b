import { defineConfig } from 'vitest/config';
export default defineConfig({
  test: { include: ['test/unit/**/*.test.ts'], pool: 'forks', testTimeout: 600000, hookTimeout: 600000 },
});
