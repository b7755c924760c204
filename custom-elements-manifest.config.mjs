// Generates packages/timeline/custom-elements.json from the elements' JSDoc: the
// API tables of Storybook's Docs tab and of editors come from it.
export default {
  globs: ['packages/timeline/src/summit-*.ts'],
  exclude: ['packages/timeline/src/**/*.styles.ts'],
  outdir: 'packages/timeline',
  litelement: true,
};
