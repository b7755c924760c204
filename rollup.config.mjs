// Builds every package: ESM + bundled .d.ts for each, and the single-file embed
// bundle of the timeline (Lit and d3 inside, no data).
import nodeResolve from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import { dts } from 'rollup-plugin-dts';
import esbuild from 'rollup-plugin-esbuild';

const target = 'es2022';

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

/** In the embed, d3-color gives way to a stand-in (see `src/internal/no-color.ts` for why). */
function noColor() {
  const stand = new URL('packages/timeline/src/internal/no-color.ts', import.meta.url).pathname;
  return { name: 'no-color', resolveId: (source) => (source === 'd3-color' ? stand : null) };
}

/** In the embed, d3-interpolate and d3-ease give way to the few functions d3-zoom and d3-transition use (see `src/internal/`). */
function fewD3() {
  const stand = (file) => new URL(`packages/timeline/src/internal/${file}`, import.meta.url).pathname;
  const stands = { 'd3-interpolate': stand('interpolate.ts'), 'd3-ease': stand('ease.ts') };
  return { name: 'few-d3', resolveId: (source) => stands[source] ?? null };
}

/** ESM (one file per module, so bundlers can tree-shake) and one .d.ts per entry; dependencies stay external. */
function library(dir, entries, { external = [] } = {}) {
  const isExternal = (id) => external.some((name) => id === name || id.startsWith(`${name}/`));
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
    ...entries.map((entry) => ({
      input: `packages/${dir}/src/${entry}.ts`,
      external: isExternal,
      plugins: [dts({ tsconfig })],
      output: { file: `packages/${dir}/dist/${entry}.d.ts`, format: 'es' },
    })),
  ];
}

const timelineDeps = ['lit', 'd3-selection', 'd3-shape', 'd3-time', 'd3-transition', 'd3-zoom'];

export default [
  ...library('events', ['index']),
  ...library('timeline', ['index', 'core/index'], { external: timelineDeps }),
  {
    input: 'packages/timeline/src/embed.ts',
    plugins: [
      noColor(),
      fewD3(),
      nodeResolve({ browser: true }),
      esbuild({ target, tsconfig: 'packages/timeline/tsconfig.json' }),
      minifyLitCss(),
      terser({ ecma: 2020, format: { comments: false }, compress: { passes: 2 } }),
    ],
    output: {
      file: 'packages/timeline/dist/summit-timeline.min.js',
      format: 'iife',
      name: 'summitline',
      sourcemap: true,
    },
  },
];
