import { defineConfig } from 'vitest/config';

// The packages as published: packed, installed into new projects and used from there
// (packages/timeline/test/packed/). Run after the other tests, on its own, because
// packing builds the packages again (`prepack`), rewriting the files they read.
export default defineConfig({
  test: {
    name: 'packed',
    environment: 'node',
    include: ['packages/*/test/packed/**/*.test.ts'],
    env: { TZ: 'UTC' },
    testTimeout: 120_000,
    hookTimeout: 600_000,
  },
});
