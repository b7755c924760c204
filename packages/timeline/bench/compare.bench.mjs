#!/usr/bin/env node
// Side by side in headless Chromium: <summit-timeline>, vis-timeline 8 with default
// options and vis-timeline 8 with clustering, each with 1,000, 10,000 and 100,000
// seeded synthetic events on a 1000×500 px timeline. For each: the first drawing, a
// continuous Ctrl+wheel zoom (one step per frame, 40 in and 40 out), long tasks, DOM
// nodes and JS heap; then the gzipped bundle sizes beside vis-timeline's and
// TimelineJS's. Prints one table, the targets and the machine, and writes the
// same to bench/results.json.
//
// Run after a build:  node packages/timeline/bench/compare.bench.mjs [sizes, e.g. 1000,10000]
// vis-timeline and TimelineJS are dev dependencies of the repository root only.
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import prettier from 'prettier';
import { installBench } from './compare/in-page.mjs';
import { bundleTable, machineLines, resultsTable, targetLines, targets } from './compare/report.mjs';

const SIZES = (process.argv[2] ?? '1000,10000,100000').split(',').map(Number);
const WIDTH = 1000;
const HEIGHT = 500;
const STEPS = 40; // wheel steps in, then as many out
// One wheel event per frame, Ctrl held, at the plot's centre, for every library.
// summitline (d3-zoom) scales by 2^(deltaY × 0.002 × 10) with Ctrl: 13.15 px is 1.2×.
// vis-timeline zooms on any wheel, Ctrl or not (its zoomKey is '' by default), by a
// fixed 1.2× per event: it reads the legacy wheelDelta, which Chromium sets to ±120
// for every event. So both move 1.2× per step: 40 steps are up to 1,470×.
const WHEEL_DELTA_Y = Math.log2(1.2) / (0.002 * 10);
const LIMIT_MS = 60_000; // per run: for the first drawing, and for the whole zoom
const GRACE_MS = 20_000; // for a page still busy when a limit is reached
const SETTLE_MS = 2_000; // after the first drawing, still the load phase (reading may go on)
const CHROME = process.env.CHROME_PATH ?? '/usr/bin/chromium';
const ARGS = [
  '--no-sandbox',
  '--enable-precise-memory-info',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--js-flags=--expose-gc',
];

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '../../..');
const require = createRequire(import.meta.url);
const packageDir = (name) => dirname(require.resolve(`${name}/package.json`));
const files = {
  summitline: [join(here, '../dist/summit-timeline.min.js')],
  // The standalone build injects its own CSS, so it is the whole of vis-timeline.
  vis: [join(packageDir('vis-timeline'), 'standalone/umd/vis-timeline-graph2d.min.js')],
  timelinejs: ['dist/js/timeline.js', 'dist/css/timeline.css'].map((f) =>
    join(packageDir('@knight-lab/timelinejs'), f),
  ),
};
const version = (name) => JSON.parse(readFileSync(join(packageDir(name), 'package.json'), 'utf8')).version;

const LIBRARIES = [
  { library: 'summitline', label: 'summitline', script: files.summitline[0] },
  // height: the only option given, so that vis-timeline's box is 1000×500 px too (it
  // otherwise grows with its stacked items).
  { library: 'vis', label: 'vis-timeline 8', script: files.vis[0], options: { height: `${HEIGHT}px` } },
  {
    library: 'vis-cluster',
    label: 'vis-timeline 8, cluster',
    script: files.vis[0],
    options: { height: `${HEIGHT}px`, cluster: true },
  },
];

/** Resolves to { ok: true, value } or, after `ms`, to { ok: false }. */
function within(promise, ms) {
  let timer;
  return Promise.race([
    promise.then((value) => ({ ok: true, value })),
    new Promise((resolve) => (timer = setTimeout(() => resolve({ ok: false }), ms))),
  ]).finally(() => clearTimeout(timer));
}

const quantile = (xs, q) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * q))];

/** One library at one size, in a browser of its own (closed, whatever state the page is in). */
async function run(lib, events) {
  const result = {
    library: lib.library,
    label: lib.label,
    events,
    loadAverage: os.loadavg()[0], // other work on the machine skews every timing
    firstDraw: { timedOut: false, ms: null },
  };
  const browser = await chromium.launch({ executablePath: CHROME, args: ARGS });
  try {
    const page = await browser.newPage({ viewport: { width: WIDTH + 40, height: HEIGHT + 100 } });
    // A line of text above, as in the article the timeline is embedded in: the page's
    // first text layout (font fallback) is then not charged to the library.
    await page.setContent(`<!doctype html><html lang="en-GB"><body style="margin:20px;font:16px system-ui">
      <p style="margin:0 0 8px">Summits and visits, 2000–2025</p>
      <div id="host" style="width:${WIDTH}px;height:${HEIGHT}px"></div></body></html>`);
    await page.addScriptTag({ content: readFileSync(lib.script, 'utf8') });
    await page.evaluate(installBench, lib.library);
    await page.evaluate((n) => window.__bench.generate(n), events);
    await page.evaluate((options) => window.__bench.mount(options), lib.options);

    // A page stuck in one long task cannot answer: the node side's clock decides.
    const load = await within(
      page.evaluate((limit) => window.__bench.load(limit), LIMIT_MS),
      LIMIT_MS + GRACE_MS,
    );
    // Over the limit is "> 60 s" in the table, even when the drawing came during the grace.
    if (!load.ok || load.value.timedOut || load.value.ms > LIMIT_MS) {
      result.firstDraw = { timedOut: true, ms: load.ok ? load.value.ms : null };
      return result;
    }
    result.firstDraw = { timedOut: false, ms: load.value.ms };
    result.loadTasks = await page.evaluate(
      ([t0, settle]) => window.__bench.settle(t0, settle),
      [load.value.t0, SETTLE_MS],
    );
    result.heapBytes = await page.evaluate(() => window.__bench.heap());
    const nodesAfterLoad = await page.evaluate(() => window.__bench.nodes());
    const spanBefore = await page.evaluate(() => window.__bench.span());

    // The zoom runs inside the page (see zoomSteps in compare/in-page.mjs), which stops
    // at LIMIT_MS; the node side only waits longer for a page stuck in one long task.
    const zoom = await within(
      page.evaluate(
        ([deltaY, steps, limit]) => window.__bench.zoom(deltaY, steps, limit),
        [WHEEL_DELTA_Y, STEPS, LIMIT_MS],
      ),
      LIMIT_MS + GRACE_MS,
    );
    if (!zoom.ok) {
      result.nodes = { afterLoad: nodesAfterLoad, zoomedIn: null, zoomedOut: null, max: nodesAfterLoad };
      result.zoom = { steps: 2 * STEPS, stepsDone: null, timedOut: true, hung: true, frames: 0 };
      return result;
    }
    const { zoomIn, zoomOut } = zoom.value;
    const halves = [zoomIn, zoomOut].filter(Boolean);
    const intervals = halves.flatMap((h) => h.intervals);
    result.nodes = {
      afterLoad: nodesAfterLoad,
      zoomedIn: zoomIn.nodes ?? null,
      zoomedOut: zoomOut?.nodes ?? null,
      max: Math.max(nodesAfterLoad, ...halves.map((h) => h.nodes)),
    };
    result.zoom = {
      steps: 2 * STEPS,
      hung: false,
      stepsDone: zoomIn.done + (zoomOut?.done ?? 0),
      timedOut: zoomIn.done + (zoomOut?.done ?? 0) < 2 * STEPS,
      frames: intervals.length,
      p50: intervals.length ? quantile(intervals, 0.5) : null,
      p95: intervals.length ? quantile(intervals, 0.95) : null,
      max: intervals.length ? Math.max(...intervals) : null,
      tasks: {
        count: halves.reduce((n, h) => n + h.tasks.count, 0),
        longest: Math.max(...halves.map((h) => h.tasks.longest)),
      },
      // How far the view went: fitted span ÷ span after zooming in, and back.
      zoomedInBy: zoomIn.span ? spanBefore / zoomIn.span : null,
      zoomedOutBy: zoomIn.span && zoomOut?.span ? zoomOut.span / zoomIn.span : null,
    };
    return result;
  } catch (error) {
    result.error = String(error?.message ?? error).split('\n')[0];
    return result;
  } finally {
    // A renderer stuck in script does not stop the browser process from closing.
    await within(browser.close(), 30_000);
  }
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

const started = Date.now();
const loadStart = os.loadavg()[0];
const sizes = bundles();
const chromiumVersion = await (async () => {
  const browser = await chromium.launch({ executablePath: CHROME, args: ARGS });
  const v = browser.version();
  await browser.close();
  return v;
})();

const runs = [];
for (const events of SIZES) {
  for (const lib of LIBRARIES) {
    const t = Date.now();
    const r = await run(lib, events);
    runs.push(r);
    console.error(`  ${lib.label}, ${events.toLocaleString('en')} events: ${((Date.now() - t) / 1000).toFixed(0)} s`);
  }
}

const machine = {
  cpuModel: os.cpus()[0]?.model ?? 'unknown',
  cpuCount: os.cpus().length,
  memoryBytes: os.totalmem(),
  platform: `${os.type()} ${os.release()} ${os.arch()}`,
  chromium: chromiumVersion,
  chromiumPath: CHROME,
  node: process.version,
  loadAverage: { start: loadStart, end: os.loadavg()[0], highest: Math.max(...runs.map((r) => r.loadAverage)) },
  commit: git('rev-parse', '--short', 'HEAD'),
  sourceChanged: git('status', '--porcelain', '--', '../src') !== '',
};
const goals = targets(runs, sizes);
const seconds = LIMIT_MS / 1000;

console.log(
  `summitline against vis-timeline ${version('vis-timeline')} — ${WIDTH}×${HEIGHT} px, headless Chromium, ${STEPS} Ctrl+wheel steps in and ${STEPS} out, one per frame\n`,
);
console.log(resultsTable(runs, seconds));
console.log(`
first drawing: from setting the data (summitline's \`events\`, vis-timeline's setItems) to the end of the
  first frame after whose rendering the event marks are in the DOM (vis-timeline: and its root is shown).
zoom: one Ctrl+wheel event per frame, ${STEPS} in then ${STEPS} out, at the plot's centre, dispatched from a rAF
  callback (where Chromium delivers real wheel input); 1.2× per step for both libraries (vis-timeline also
  zooms with a plain wheel). p50/p95 of the ${2 * STEPS} frame intervals (vsync-bound: ~16.7 ms is the floor).
long tasks: count, and the longest, of tasks over 50 ms (PerformanceObserver 'longtask'); load = from setting
  the data until ${SETTLE_MS / 1000} s after the first drawing.
DOM nodes: elements in the timeline, shadow roots included, the most of after load, zoomed in and zoomed out.
heap: performance.memory.usedJSHeapSize after load and two gc(), the page's whole heap (input data
  included as far as the library keeps it). ×: the figure ÷ summitline's at the same size.
each run has ${seconds} s for the first drawing and ${seconds} s for the zoom; its own browser.
`);
console.log('Bundles, gzipped with node:zlib (level 6)\n');
console.log(bundleTable(sizes));
console.log("\nThe issue's targets, for summitline\n");
console.log(targetLines(goals));
console.log(`\nMachine\n\n${machineLines(machine)}`);
console.log(`\n${((Date.now() - started) / 1000).toFixed(0)} s in all`);

// Written as the repository's formatter writes JSON, so `prettier --check` passes on it.
const resultsPath = join(here, 'results.json');
const json = JSON.stringify(
  {
    date: new Date().toISOString(),
    machine,
    setup: {
      sizes: SIZES,
      width: WIDTH,
      height: HEIGHT,
      wheelSteps: { in: STEPS, out: STEPS, deltaY: WHEEL_DELTA_Y, ctrlKey: true, factorPerStep: 1.2 },
      limitMs: LIMIT_MS,
      settleMs: SETTLE_MS,
      libraries: LIBRARIES.map(({ library, label, options }) => ({ library, label, options: options ?? null })),
      versions: {
        'vis-timeline': version('vis-timeline'),
        '@knight-lab/timelinejs': version('@knight-lab/timelinejs'),
      },
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
