// Builds every package: ESM + bundled .d.ts for each, and the single-file embed
// bundle of the timeline (Lit and d3 inside, no data).
import nodeResolve from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import { dts } from 'rollup-plugin-dts';
import esbuild from 'rollup-plugin-esbuild';

const target = 'es2022';

/**
 * Resolves packages for the browser, always to their production builds: the resolver
 * would otherwise take Lit's development build whenever NODE_ENV is set to anything
 * else, as test runners set it.
 */
const resolve = () => nodeResolve({ browser: true, exportConditions: ['production'] });

/**
 * Collapses the whitespace and comments of Lit's css`…` styles, which a JavaScript
 * minifier leaves alone (they are strings to it). Spaces that carry meaning in CSS
 * (between selectors, inside values) stay as one space.
 */
function minifyLitCss() {
  const squeeze = (text) =>
    text
      .replace(/\/\*[\s\S]*?\*\//g, '')
      .replace(/\s+/g, ' ')
      .replace(/\s*([{};])\s*/g, '$1')
      .replace(/,\s+/g, ',')
      .replace(/:\s+/g, ':')
      .replace(/;}/g, '}');
  return {
    name: 'minify-lit-css',
    transform(code, id) {
      if (!id.endsWith('.styles.ts')) return null;
      return { code: code.replace(/\bcss`([^`]*)`/g, (_, body) => `css\`${squeeze(body)}\``), map: null };
    },
  };
}

/**
 * Collapses the white space of Lit's html`…` and svg`…` templates, which a JavaScript
 * minifier leaves alone (they are strings to it): in their literal parts, each run of
 * blanks that holds a line break becomes one space, which renders the same (no
 * template holds a `<pre>`, and no attribute value spans lines). The source map follows
 * the change character by character.
 */
function minifyLitTemplates() {
  const quasis = (node, found = []) => {
    if (node?.type === 'TaggedTemplateExpression' && ['html', 'svg'].includes(node.tag.name)) {
      found.push(...node.quasi.quasis.map(({ start, end }) => [start, end]));
    }
    for (const value of Object.values(node ?? {})) {
      if (Array.isArray(value)) value.forEach((child) => child?.type && quasis(child, found));
      else if (value?.type) quasis(value, found);
    }
    return found;
  };
  return {
    name: 'minify-lit-templates',
    transform(code, id) {
      if (!id.includes('/packages/timeline/src/') || !/\b(html|svg)`/.test(code)) return null;
      const ranges = quasis(this.parse(code)).sort((a, b) => a[0] - b[0]);
      const run = /[ \t]*\n\s*/y;
      const mappings = [[]];
      let out = '';
      let [line, column, outColumn, r] = [0, 0, 0, 0];
      for (let i = 0; i < code.length;) {
        while (r < ranges.length && ranges[r][1] <= i) r++;
        run.lastIndex = i;
        const blank = r < ranges.length && ranges[r][0] <= i && run.exec(code)?.[0];
        if (!blank && code[i] === '\n') {
          [out, line, column, outColumn] = [`${out}\n`, line + 1, 0, 0];
          mappings.push([]);
          i++;
          continue;
        }
        mappings.at(-1).push([outColumn++, 0, line, column]);
        out += blank ? ' ' : code[i];
        for (const char of blank || code[i]) [line, column] = char === '\n' ? [line + 1, 0] : [line, column + 1];
        i += blank ? blank.length : 1;
      }
      return { code: out, map: { version: 3, sources: [id], names: [], mappings } };
    },
  };
}

/**
 * d3-transition and d3-interpolate give way to a stand-in (see
 * `src/internal/no-transition.ts` for why), d3-selection to the part of it that
 * d3-zoom and d3-drag use (`src/internal/selection.ts`), and d3-dispatch to the part
 * d3-zoom uses (`src/internal/dispatch.ts`). The same in the embed and the ESM build,
 * so that a bundler user ships the code the embed ships, and tests run it.
 */
const STAND_INS = {
  'd3-transition': 'no-transition.ts',
  'd3-interpolate': 'no-transition.ts',
  'd3-selection': 'selection.ts',
  'd3-dispatch': 'dispatch.ts',
};
function standIns() {
  const path = (file) => new URL(`packages/timeline/src/internal/${file}`, import.meta.url).pathname;
  return {
    name: 'stand-ins',
    resolveId: (source) => (STAND_INS[source] ? { id: path(STAND_INS[source]), moduleSideEffects: true } : null),
  };
}

/**
 * terser, for the embed or for the timeline's ESM build (`lib`), which a bundler
 * minifies again. Both turn `function` expressions that use neither `this` nor
 * `arguments` into arrows, and `key: function` into methods (nothing calls them with
 * `new`). The ESM build keeps functions used once where they are rather than inline
 * them at their call (`reduce_funcs: false`): a bundler's minifier (esbuild) gives the
 * locals of nested functions names of their own, so that inlined code grows when
 * bundled (about 0.1 KiB gzipped over the whole package), where the embed gains by it.
 */
function minifier(build) {
  const compress = { passes: 2, unsafe_arrows: true, unsafe_methods: true };
  return terser({
    ecma: 2020,
    module: build === 'lib',
    format: { comments: false },
    compress: build === 'lib' ? { ...compress, reduce_funcs: false } : compress,
  });
}

/**
 * ESM (one file per module, so bundlers can tree-shake) and one .d.ts per entry that has
 * types (all of them unless `types` names some: a bin has none); dependencies stay external.
 */
function library(dir, entries, { external = [], types = entries } = {}) {
  const isExternal = (id) =>
    id.startsWith('node:') || external.some((name) => id === name || id.startsWith(`${name}/`));
  const tsconfig = `packages/${dir}/tsconfig.json`;
  return [
    {
      input: Object.fromEntries(entries.map((entry) => [entry, `packages/${dir}/src/${entry}.ts`])),
      external: isExternal,
      plugins: [esbuild({ target, tsconfig })],
      output: {
        dir: `packages/${dir}/dist`,
        format: 'es',
        preserveModules: true,
        preserveModulesRoot: `packages/${dir}/src`,
        sourcemap: true,
      },
    },
    ...types.map((entry) => ({
      input: `packages/${dir}/src/${entry}.ts`,
      external: isExternal,
      plugins: [dts({ tsconfig })],
      output: { file: `packages/${dir}/dist/${entry}.d.ts`, format: 'es' },
    })),
  ];
}

/** The timeline's entries: `exports` in its package.json names each. */
const TIMELINE_ENTRIES = [
  'index',
  'elements',
  'define/summit-timeline',
  'define/summit-event-card',
  'react',
  'source',
  'core/index',
  // Each language's words, and all of them (the embed's).
  ...['fr', 'de', 'zh', 'zh-Hant', 'ar', 'all'].map((language) => `locales/${language}`),
  // Types only (each framework's JSX for the plain tags): empty modules, so that a
  // side-effect import of them resolves too.
  'jsx/react',
  'jsx/preact',
  'jsx/vue',
  'jsx/svelte',
];

/**
 * The timeline's ESM: one file per module, with the d3 modules it uses (and their
 * stand-ins) inside, in `dist/vendor/`; Lit, and React for the wrappers, stay
 * dependencies of the app. Minified as the embed is, the templates' and styles' white
 * space collapsed too. Declarations come from `tsc` (see the build script), one per
 * module.
 */
const timelineLibrary = {
  input: Object.fromEntries(TIMELINE_ENTRIES.map((entry) => [entry, `packages/timeline/src/${entry}.ts`])),
  external: (id) => /^(lit|@lit\/react|react)(\/|$)/.test(id),
  // The `jsx/` entries are empty on purpose.
  onwarn: (warning, warn) =>
    warning.code === 'EMPTY_BUNDLE' && /jsx\//.test(warning.message) ? undefined : warn(warning),
  plugins: [
    standIns(),
    resolve(),
    esbuild({ target, tsconfig: 'packages/timeline/tsconfig.json' }),
    minifyLitCss(),
    minifyLitTemplates(),
    // Minified as the embed is (with source maps, and declarations beside), as Lit ships
    // its own production build: a bundler's minifier then has little left to do, and an
    // app gets the embed's bytes.
    minifier('lib'),
  ],
  output: {
    dir: 'packages/timeline/dist',
    format: 'es',
    preserveModules: true,
    preserveModulesRoot: 'packages/timeline/src',
    sourcemap: true,
    entryFileNames: ({ facadeModuleId }) => {
      const vendor = facadeModuleId?.match(/node_modules\/(d3-[a-z]+)\//);
      return vendor ? `vendor/${vendor[1]}.js` : '[name].js';
    },
  },
};

export default [
  ...library('events', ['index']),
  ...library('server', ['index', 'bin'], {
    external: ['@duckdb/node-api', '@summitline/events', 'pg', 'pg-copy-streams'],
    types: ['index'],
  }),
  timelineLibrary,
  ...[
    ['embed', 'summit-timeline'],
    ['embed-source', 'summit-timeline-source'],
  ].map(([entry, file]) => ({
    input: `packages/timeline/src/${entry}.ts`,
    plugins: [
      standIns(),
      resolve(),
      esbuild({ target, tsconfig: 'packages/timeline/tsconfig.json' }),
      minifyLitCss(),
      minifyLitTemplates(),
      minifier('embed'),
    ],
    output: {
      file: `packages/timeline/dist/${file}.min.js`,
      format: 'iife',
      name: 'summitline',
      sourcemap: true,
    },
  })),
];
