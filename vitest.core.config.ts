import { defineConfig } from 'vitest/config';

// The node project's settings, narrowed to the core's tests: what `stryker.core.config.mjs`
// runs for each mutant (the Stryker runner cannot pick one project of vitest.config.ts).
export default defineConfig({
  test: {
    name: 'node',
    environment: 'node',
    include: ['packages/timeline/test/core/**/*.test.ts'],
    env: { TZ: 'UTC' },
  },
});
