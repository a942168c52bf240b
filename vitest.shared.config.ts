// The checks that read ../shared (real stories, annotations, benchmarks): `npm run test:shared`, after npm test.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.shared.test.ts', 'test/**/*.shared.test.ts'],
    globalSetup: ['./test/support/shared-present.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: 'forks',
    reporters: ['default', './test/support/summary-reporter.ts'],
  },
});
