#!/usr/bin/env node
// Side by side in headless Chromium, one library at a time in a browser of its own:
// the floor (compare/floor.mjs: the least a browser must do for this job),
// <summit-timeline>, Apache ECharts 6 (a custom series on a canvas) and vis-timeline 8
// (default options, and with clustering), each with 1,000, 10,000 and 100,000 seeded
// synthetic events on a 1000×500 px timeline. For each: the first drawing; two zoom
// sweeps, one step per frame: Ctrl+wheel (40 in, 40 out) and 60 windows set through
// the library's own API (the whole span to 1/1000 of it and back); long tasks, DOM
// nodes and JS heap. Then the gzipped bundle sizes, the targets as ratios to the floor
// and to the fastest peer, and the machine. Writes the same to bench/results.json.
//
// Run after a build:
//   node packages/timeline/bench/compare.bench.mjs [sizes] [--libs floor,summitline,echarts,vis,vis-cluster]
// e.g. `… compare.bench.mjs 1000,10000 --libs floor,summitline`. ECharts, vis-timeline
// and TimelineJS are dev dependencies of the repository root only.
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import prettier from 'prettier';
import { bundleTable, machineLines, notesText, resultsTable } from './compare/report.mjs';
import { ARGS, CHROME, run } from './compare/run.mjs';
import { standingTargets, targetLines, targets } from './compare/targets.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '../../..');
const require = createRequire(import.meta.url);
const packageDir = (name) => dirname(require.resolve(`${name}/package.json`));
const version = (name) => JSON.parse(readFileSync(join(packageDir(name), 'package.json'), 'utf8')).version;
const files = {
  summitline: [join(here, '../dist/summit-timeline.min.js')],
  echarts: [join(packageDir('echarts'), 'dist/echarts.min.js')],
  // The standalone build injects its own CSS, so it is the whole of vis-timeline.
  vis: [join(packageDir('vis-timeline'), 'standalone/umd/vis-timeline-graph2d.min.js')],
  timelinejs: ['dist/js/timeline.js', 'dist/css/timeline.css'].map((f) =>
    join(packageDir('@knight-lab/timelinejs'), f),
  ),
};

const WIDTH = 1000;
const HEIGHT = 500;
const SETUP = {
  width: WIDTH,
  height: HEIGHT,
  limitMs: 60_000, // per run: for the first drawing, and for each sweep
  graceMs: 20_000, // for a page still busy when a limit is reached
  settleMs: 2_000, // after the first drawing, still the load phase (reading may go on)
  // One wheel event per frame, Ctrl held, at the plot's centre. d3-zoom (summitline)
  // and the floor scale by 2^(deltaY × 0.002 × 10) with Ctrl: 13.15 px is 1.2×; each
  // library's legacy wheelDeltaY is the one that moves it 1.2× (compare/libraries.mjs),
  // so 40 steps are up to 1,470×.
  wheel: { steps: 40, deltaY: Math.log2(1.2) / (0.002 * 10), factorPerStep: 1.2 },
  // 30 windows in and 30 out: 1000^(1/30), about 1.26×, per step.
  scripted: { steps: 30, depth: 1000 },
};

const PEERS = ['echarts', 'vis', 'vis-cluster'];
const LIBRARIES = [
  { library: 'floor', adapter: 'floor', label: 'floor', scripts: [] },
  { library: 'summitline', adapter: 'summitline', label: 'summitline', scripts: files.summitline },
  { library: 'echarts', adapter: 'echarts', label: `ECharts ${version('echarts')}`, scripts: files.echarts },
  // height: the only option given, so that vis-timeline's box is 1000×500 px too (it
  // otherwise grows with its stacked items).
  {
    library: 'vis',
    adapter: 'vis',
    label: `vis-timeline ${version('vis-timeline')}`,
    scripts: files.vis,
    options: { height: `${HEIGHT}px` },
  },
  {
    library: 'vis-cluster',
    adapter: 'vis',
    label: `vis-timeline ${version('vis-timeline')}, cluster`,
    scripts: files.vis,
    options: { height: `${HEIGHT}px`, cluster: true },
  },
];

/** `[sizes] [--libs a,b]`, in either order; `--libs=a,b` too. */
function parseArgs(argv) {
  let sizes = '1000,10000,100000';
  let libs = LIBRARIES.map((l) => l.library).join(',');
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--libs') libs = argv[++i] ?? '';
    else if (arg.startsWith('--libs=')) libs = arg.slice('--libs='.length);
    else sizes = arg;
  }
  const sizeList = sizes.split(',').map(Number);
  if (sizeList.some((n) => !Number.isInteger(n) || n < 1)) {
    throw new Error(`sizes: expected event counts such as 1000,10000, got "${sizes}"`);
  }
  const wanted = libs.split(',').filter(Boolean);
  const unknown = wanted.filter((w) => !LIBRARIES.some((l) => l.library === w));
  if (unknown.length || !wanted.length) {
    throw new Error(
      `--libs: unknown "${unknown.join(',') || libs}"; choose from ${LIBRARIES.map((l) => l.library).join(',')}`,
    );
  }
  return { sizes: sizeList, libraries: LIBRARIES.filter((l) => wanted.includes(l.library)) };
}

function bundles() {
  const measure = (library, label, paths) => {
    const parts = paths.map((p) => {
      const bytes = readFileSync(p);
      return { name: p.split('/').slice(-1)[0], path: p, bytes: bytes.length, gzipBytes: gzipSync(bytes).length };
    });
    const sum = (k) => parts.reduce((n, f) => n + f[k], 0);
    return { library, label, files: parts, bytes: sum('bytes'), gzipBytes: sum('gzipBytes') };
  };
  return [
    measure('summitline', 'summitline (embed)', files.summitline),
    measure('echarts', `ECharts ${version('echarts')} (full build)`, files.echarts),
    measure('vis-timeline', `vis-timeline ${version('vis-timeline')} standalone`, files.vis),
    measure('timelinejs', `TimelineJS ${version('@knight-lab/timelinejs')}`, files.timelinejs),
  ].map((b) => ({ ...b, files: b.files.map((f) => ({ ...f, path: relative(root, f.path) })) }));
}

function git(...args) {
  try {
    return execFileSync('git', args, { cwd: here, encoding: 'utf8' }).trim();
  } catch {
    return '';
  }
}

let options;
try {
  options = parseArgs(process.argv.slice(2));
} catch (error) {
  console.error(error.message);
  process.exit(2);
}
const started = new Date();
const loadStart = os.loadavg();
const sizes = bundles();
const chromiumVersion = await (async () => {
  const browser = await chromium.launch({ executablePath: CHROME, args: ARGS });
  const v = browser.version();
  await browser.close();
  return v;
})();

const runs = [];
for (const events of options.sizes) {
  for (const lib of options.libraries) {
    const t = Date.now();
    const r = await run(lib, events, SETUP);
    runs.push(r);
    console.error(`  ${lib.label}, ${events.toLocaleString('en')} events: ${((Date.now() - t) / 1000).toFixed(0)} s`);
  }
}

const loadEnd = os.loadavg();
const machine = {
  cpuModel: os.cpus()[0]?.model ?? 'unknown',
  cpuCount: os.cpus().length,
  memoryBytes: os.totalmem(),
  platform: `${os.type()} ${os.release()} ${os.arch()}`,
  chromium: chromiumVersion,
  chromiumPath: CHROME,
  node: process.version,
  // 1, 5 and 15 minute load averages at the start and the end; the highest 1-minute
  // figure as a run began.
  loadAverage: {
    start: loadStart,
    end: loadEnd,
    highest: Math.max(loadStart[0], loadEnd[0], ...runs.map((r) => r.loadAverage)),
  },
  commit: git('rev-parse', '--short', 'HEAD'),
  branch: git('rev-parse', '--abbrev-ref', 'HEAD'),
  sourceChanged: git('status', '--porcelain', '--', '../src') !== '',
};
const goals = { ratios: targets(runs, PEERS, SETUP.limitMs), standing: standingTargets(runs, sizes) };
const seconds = SETUP.limitMs / 1000;
const date = started.toISOString().slice(0, 16).replace('T', ' ') + ' UTC';

console.log(
  `The floor, summitline, ECharts ${version('echarts')} and vis-timeline ${version('vis-timeline')}: ${WIDTH}×${HEIGHT} px, headless Chromium, ${date}\n`,
);
console.log(resultsTable(runs, seconds));
console.log(`\n${notesText(SETUP)}`);
console.log('Bundles, gzipped with node:zlib (level 6)\n');
console.log(bundleTable(sizes));
console.log('\nTargets: summitline against the floor and the fastest peer, measured in this run\n');
console.log(targetLines(goals.ratios));
console.log('\nStanding targets\n');
console.log(targetLines(goals.standing));
console.log(`\nMachine\n\n${machineLines({ ...machine, date })}`);
console.log(`\n${((Date.now() - started) / 1000).toFixed(0)} s in all`);

// Written as the repository's formatter writes JSON, so `prettier --check` passes on it.
const resultsPath = join(here, 'results.json');
const json = JSON.stringify(
  {
    date: started.toISOString(),
    machine,
    setup: {
      ...SETUP,
      sizes: options.sizes,
      libraries: options.libraries.map(({ library, label, options }) => ({ library, label, options: options ?? null })),
      versions: Object.fromEntries(
        ['echarts', 'vis-timeline', '@knight-lab/timelinejs'].map((name) => [name, version(name)]),
      ),
    },
    runs,
    bundles: sizes,
    targets: goals,
  },
  null,
  2,
);
writeFileSync(
  resultsPath,
  await prettier.format(json, { ...(await prettier.resolveConfig(resultsPath)), parser: 'json' }),
);
console.log(`written: ${relative(root, resultsPath)}`);
