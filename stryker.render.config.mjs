// @ts-check
// Mutation testing of the mark layer, the d3-selection stand-in and the frame's
// arrangement against the browser tests that cover them:
// `npx stryker run stryker.render.config.mjs`.
/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
const config = {
  testRunner: 'vitest',
  vitest: { configFile: 'vitest.render.config.ts' },
  mutate: [
    'packages/timeline/src/render/marks.ts',
    'packages/timeline/src/internal/selection.ts',
    'packages/timeline/src/controllers/frame-controller.ts',
  ],
  coverageAnalysis: 'all',
  reporters: ['clear-text', 'progress', 'json'],
  jsonReporter: { fileName: 'reports/mutation/render.json' },
  thresholds: { high: 85, low: 75, break: 75 },
  concurrency: 1,
  timeoutMS: 20000,
  tempDirName: '.stryker-tmp/render',
};

export default config;
