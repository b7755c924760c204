#!/usr/bin/env node
// Where the embed's bytes go: bundles src/embed.ts the way the embed is built (d3-transition,
// d3-interpolate, d3-selection and d3-dispatch stood in for, minified) with
// esbuild's metafile, and prints each package's share of the minified output beside the size of
// the real embed in dist/.
// Run after a build:  node packages/timeline/bench/bundle.mjs
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

const src = (path) => new URL(`../src/${path}`, import.meta.url).pathname;
const standIns = {
  name: 'stand-ins',
  setup: (b) => {
    b.onResolve({ filter: /^d3-(transition|interpolate)$/ }, () => ({ path: src('internal/no-transition.ts') }));
    b.onResolve({ filter: /^d3-selection$/ }, () => ({ path: src('internal/selection.ts') }));
    b.onResolve({ filter: /^d3-dispatch$/ }, () => ({ path: src('internal/dispatch.ts') }));
  },
};
const { metafile, outputFiles } = await build({
  entryPoints: [src('embed.ts')],
  bundle: true,
  minify: true,
  format: 'iife',
  target: 'es2022',
  write: false,
  metafile: true,
  outfile: 'embed.js',
  plugins: [standIns],
});

const shares = new Map();
for (const [file, { bytesInOutput }] of Object.entries(Object.values(metafile.outputs)[0].inputs)) {
  const name = file.match(/node_modules\/((?:@[^/]+\/)?[^/]+)/)?.[1] ?? 'summitline (src)';
  shares.set(name, (shares.get(name) ?? 0) + bytesInOutput);
}
const total = [...shares.values()].reduce((a, b) => a + b, 0);
const kib = (n) => `${(n / 1024).toFixed(1)} KiB`;
console.log('embed bundle by package (esbuild, minified, before gzip)');
for (const [name, bytes] of [...shares].sort((a, b) => b[1] - a[1])) {
  console.log(`${name.padEnd(24)}${kib(bytes).padStart(10)}${`${((bytes / total) * 100).toFixed(0)} %`.padStart(6)}`);
}
const esbuilt = gzipSync(outputFiles[0].contents).length;
const embed = readFileSync(new URL('../dist/summit-timeline.min.js', import.meta.url));
console.log(`\nthis esbuild bundle: ${kib(outputFiles[0].contents.length)} minified, ${kib(esbuilt)} gzipped`);
console.log(
  `dist/summit-timeline.min.js (rollup + terser): ${kib(embed.length)}, ${kib(gzipSync(embed).length)} gzipped`,
);
