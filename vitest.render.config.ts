import { browserSuite } from './vitest.element.config.js';

// The browser tests of the mark layer (and its labels), the d3-selection stand-in and the frame's
// arrangement: what `stryker.render.config.mjs` runs for each mutant.
export default browserSuite('render', [
  'packages/timeline/test/marks.browser.test.ts',
  'packages/timeline/test/selection.browser.test.ts',
  'packages/timeline/test/pipeline.browser.test.ts',
  'packages/timeline/test/labels.browser.test.ts',
]);
