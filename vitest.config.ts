import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    // checks that read ../shared (real stories, benchmarks) run apart: npm run test:shared (vitest.shared.config.ts)
    exclude: ['**/node_modules/**', '**/*.shared.test.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: 'forks',
    globalSetup: ['./test/support/pg-global.ts'],
    reporters: ['default', './test/support/summary-reporter.ts'],
  },
});
