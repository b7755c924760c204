// @ts-check
// Mutation testing of the element's keyboard, selection, hash and overview code
// against the browser tests that cover it: `npx stryker run stryker.element.config.mjs`.
/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
const config = {
  testRunner: 'vitest',
  vitest: { configFile: 'vitest.element.config.ts' },
  mutate: [
    'packages/timeline/src/controllers/navigation-controller.ts',
    'packages/timeline/src/controllers/hash-link-controller.ts',
    'packages/timeline/src/summit-overview.ts',
    'packages/timeline/src/internal/drag.ts',
  ],
  coverageAnalysis: 'all',
  reporters: ['clear-text', 'progress', 'json'],
  jsonReporter: { fileName: 'reports/mutation/element.json' },
  thresholds: { high: 85, low: 75, break: 75 },
  concurrency: 1,
  timeoutMS: 20000,
  tempDirName: '.stryker-tmp/element',
};

export default config;
