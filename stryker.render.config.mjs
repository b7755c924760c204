// @ts-check
// Mutation testing of the mark layer, the d3-selection stand-in and the frame's
// arrangement against the browser tests that cover them (as the element's run does):
// `npx stryker run stryker.render.config.mjs`.
import element from './stryker.element.config.mjs';

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
const config = {
  ...element,
  vitest: { configFile: 'vitest.render.config.ts' },
  mutate: [
    'packages/timeline/src/render/marks.ts',
    'packages/timeline/src/internal/selection.ts',
    'packages/timeline/src/controllers/pipeline.ts',
  ],
  jsonReporter: { fileName: 'reports/mutation/render.json' },
  tempDirName: '.stryker-tmp/render',
};

export default config;
