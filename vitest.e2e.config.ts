import { defineConfig } from 'vitest/config';

/**
 * End-to-end tests: the built extensions (.output/) in real browsers, one browser at a time.
 * `npm run test:e2e` builds first. See tests/e2e/helpers.ts.
 */
export default defineConfig({
  test: {
    environment: 'node',
    include: ['tests/e2e/**/*.e2e.ts'],
    fileParallelism: false,
    testTimeout: 90_000,
    hookTimeout: 120_000,
    teardownTimeout: 60_000,
    reporters: ['verbose'],
  },
});
