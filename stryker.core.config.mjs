// @ts-check
// Mutation testing of the timeline's pure core against its Node tests:
// `npx stryker run stryker.core.config.mjs`.
/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
const config = {
  testRunner: 'vitest',
  // The runner has no option to pick one project of vitest.config.ts (node, browser,
  // storybook); this config is the node project, narrowed to packages/timeline/test/core.
  vitest: { configFile: 'vitest.core.config.ts' },
  mutate: ['packages/timeline/src/core/**/*.ts', '!packages/timeline/src/core/index.ts'],
  coverageAnalysis: 'perTest',
  reporters: ['clear-text', 'progress', 'json'],
  jsonReporter: { fileName: 'reports/mutation/core.json' },
  thresholds: { high: 95, low: 90, break: 90 },
  concurrency: 2,
  tempDirName: '.stryker-tmp/core',
};

export default config;
