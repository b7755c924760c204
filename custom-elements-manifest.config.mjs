// Generates packages/timeline/custom-elements.json from the elements' JSDoc: the
// API tables of Storybook's Docs tab and of editors come from it.

/**
 * Keeps only the events documented with `@fires` (the analyzer also lists every
 * `dispatchEvent` call it finds) and the public members.
 */
function documentedEventsOnly() {
  return {
    name: 'summitline-documented-events',
    packageLinkPhase({ customElementsManifest }) {
      for (const module of customElementsManifest.modules) {
        for (const declaration of module.declarations ?? []) {
          if (declaration.events) declaration.events = declaration.events.filter((e) => e.name && e.description);
          // Private and internal members are not API.
          if (declaration.members) {
            declaration.members = declaration.members.filter((m) => !m.privacy || m.privacy === 'public');
          }
        }
      }
    },
  };
}

export default {
  globs: ['packages/timeline/src/summit-*.ts'],
  exclude: ['packages/timeline/src/**/*.styles.ts'],
  outdir: 'packages/timeline',
  litelement: true,
  plugins: [documentedEventsOnly()],
};
