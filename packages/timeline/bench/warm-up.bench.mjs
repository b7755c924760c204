#!/usr/bin/env node
// Does the idle warm-up make the first drawing faster for a reader? A page embeds the
// one-file bundle with <summit-timeline src="…"> (a deferred classic script, as in the
// article example); a local server answers `src` after a delay (150 and 600 ms by
// default) with the bundled dataset or with seeded synthetic events. Timed in the page:
// from the response's arrival (Resource Timing's responseEnd) and from navigation start
// to the end of the first frame that renders the marks, and the longest task of the
// load. Each run in a fresh browser, the two builds interleaved (A, B, then B, A): A is
// the embed as built, B the same build with `warmUp` replaced by a function that does
// nothing. Both are built here with rollup.config.mjs, so they differ in that alone.
//
// Run after a build:  node packages/timeline/bench/warm-up.bench.mjs [runs] [sizes] [delays]
// e.g.  node packages/timeline/bench/warm-up.bench.mjs 15 bundled,1000,10000 150,600
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import os from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { rollup } from 'rollup';

const RUNS = Number(process.argv[2] ?? 15);
const SIZES = (process.argv[3] ?? 'bundled,1000,10000').split(',');
const DELAYS = (process.argv[4] ?? '150,600').split(',').map(Number);
const LIMIT_MS = 30_000; // per run, for the first drawing
const SETTLE_MS = 1_000; // after the first drawing, for long tasks that follow it
const WIDTH = 1000;
const HEIGHT = 500;
const CHROME = process.env.CHROME_PATH ?? '/usr/bin/chromium';
const ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'];

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '../../..');

/** The embed as rollup.config.mjs builds it, and the same without the warm-up. */
async function builds() {
  process.chdir(root); // the config's paths are relative to the repository root
  const { default: config } = await import(pathToFileURL(join(root, 'rollup.config.mjs')).href);
  const embed = config.find((entry) => entry.input === 'packages/timeline/src/embed.ts');
  const noWarmUp = {
    name: 'no-warm-up',
    load: (id) => (id.endsWith('/src/internal/warm-up.ts') ? 'export function warmUp() {}' : null),
  };
  const build = async (plugins) => {
    const bundle = await rollup({ ...embed, plugins });
    const { output } = await bundle.generate({ ...embed.output, file: undefined, sourcemap: false });
    await bundle.close();
    return output[0].code;
  };
  const a = await build(embed.plugins);
  const b = await build([noWarmUp, ...embed.plugins]);
  if (a === b) throw new Error('the build without the warm-up is the same as the build with it');
  let dist = '';
  try {
    dist = readFileSync(join(here, '../dist/summit-timeline.min.js'), 'utf8');
  } catch {
    // Not built: said below.
  }
  // The built file ends with a line that names its source map.
  return { a, b, sameAsDist: a.trim() === dist.replace(/\n\/\/# sourceMappingURL=.*\s*$/, '').trim() };
}

/** `count` seeded synthetic records (an LCG, seed 42), as compare.bench.mjs makes them. */
function synthetic(count) {
  const kinds = ['summit', 'meeting', 'visit', 'call', 'parade', 'agreement', 'statement', 'military', 'other'];
  const day = 86_400_000;
  const origin = Date.UTC(2000, 0, 1);
  let seed = 42;
  const random = () => (seed = (seed * 1664525 + 1013904223) >>> 0) / 2 ** 32;
  const iso = (t) => new Date(t).toISOString().slice(0, 10);
  return Array.from({ length: count }, (_, i) => {
    const start = origin + Math.floor(random() * 26 * 365) * day;
    const r = random();
    const date =
      r < 0.05
        ? iso(start).slice(0, 7)
        : r < 0.2
          ? `${iso(start)}/${iso(start + (1 + Math.floor(random() * 9)) * day)}`
          : iso(start);
    return { id: `e${i}`, title: `Synthetic event number ${i}`, kind: kinds[i % kinds.length], date };
  });
}

function dataFor(size) {
  if (size === 'bundled') return readFileSync(join(root, 'packages/events/data/events.json'));
  return Buffer.from(JSON.stringify(synthetic(Number(size))));
}

/**
 * The page: the bundle deferred in the head, a line of text above the timeline (the page's
 * first text layout is then not charged to it), and what the page records for the bench:
 * long tasks from the start, and, once the element is defined, the end of the first
 * frame whose rendering holds its marks. A MutationObserver finds them as soon as they
 * are in the shadow root; the warm-up's hidden scratch drawing is added and removed in
 * one task, so it is never there when the observer looks.
 */
function page(build, src) {
  return `<!doctype html><html lang="en-GB"><head><meta charset="utf-8">
<script>
  window.__longTasks = [];
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) window.__longTasks.push({ start: e.startTime, duration: e.duration });
  }).observe({ type: 'longtask', buffered: true });
  window.__drawn = new Promise((resolve) => {
    document.addEventListener('DOMContentLoaded', () => {
      const root = document.querySelector('summit-timeline').shadowRoot;
      const marks = () => root.querySelector('[part~="event"], [part~="cluster"], canvas');
      let seen = false;
      const check = () => {
        if (seen || !marks()) return;
        seen = true;
        observer.disconnect();
        // A task posted from a frame runs after that frame's rendering: the end of the frame that shows the marks.
        requestAnimationFrame(() => {
          const channel = new MessageChannel();
          channel.port1.onmessage = () => resolve({ frameEnd: performance.now() });
          channel.port2.postMessage(0);
        });
      };
      const observer = new MutationObserver(check);
      observer.observe(root, { childList: true, subtree: true });
      check();
    });
  });
</script>
<script src="/bundle-${build}.js" defer></script>
</head><body style="margin:20px;font:16px system-ui">
<p style="margin:0 0 8px">Summits and visits, 2000–2025</p>
<div style="width:${WIDTH}px;height:${HEIGHT}px"><summit-timeline src="${src}" label="Diplomatic events" style="width:100%"></summit-timeline></div>
</body></html>`;
}

/** Serves the page, both bundles, and each data set after its delay. */
function serve(bundles) {
  const data = new Map(SIZES.map((size) => [size, dataFor(size)]));
  const server = createServer((request, response) => {
    const url = new URL(request.url, 'http://localhost');
    const send = (type, body) => {
      response.writeHead(200, { 'content-type': type, 'cache-control': 'no-store' });
      response.end(body);
    };
    const bundle = url.pathname.match(/^\/bundle-([ab])\.js$/);
    if (url.pathname === '/') {
      const src = `/events.json?size=${url.searchParams.get('size')}&delay=${url.searchParams.get('delay')}`;
      send('text/html; charset=utf-8', page(url.searchParams.get('build'), src));
    } else if (bundle) send('text/javascript', bundles[bundle[1]]);
    else if (url.pathname === '/events.json' && data.has(url.searchParams.get('size'))) {
      const body = data.get(url.searchParams.get('size'));
      setTimeout(() => send('application/json', body), Number(url.searchParams.get('delay')));
    } else {
      response.writeHead(404).end();
    }
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

/** Resolves to { ok: true, value } or, after `ms`, to { ok: false }. */
function within(promise, ms) {
  let timer;
  return Promise.race([
    promise.then((value) => ({ ok: true, value })),
    new Promise((resolve) => (timer = setTimeout(() => resolve({ ok: false }), ms))),
  ]).finally(() => clearTimeout(timer));
}

/** One load of one build, in a browser of its own. */
async function run(origin, build, size, delay) {
  const browser = await chromium.launch({ executablePath: CHROME, args: ARGS });
  try {
    const tab = await browser.newPage({ viewport: { width: WIDTH + 40, height: HEIGHT + 100 } });
    await tab.goto(`${origin}/?build=${build}&size=${size}&delay=${delay}`);
    const drawn = await within(
      tab.evaluate(() => window.__drawn),
      LIMIT_MS,
    );
    if (!drawn.ok) return { error: `no drawing within ${LIMIT_MS / 1000} s` };
    const { frameEnd } = drawn.value;
    await tab.waitForTimeout(SETTLE_MS);
    return await tab.evaluate(
      ([frameEnd, settle]) => {
        const response = performance.getEntriesByType('resource').find((e) => e.name.includes('/events.json'));
        const until = frameEnd + settle;
        const tasks = window.__longTasks.filter((t) => t.start < until);
        return {
          fromResponse: frameEnd - response.responseEnd,
          fromNavigation: frameEnd,
          longestTask: Math.max(0, ...tasks.map((t) => t.duration)),
        };
      },
      [frameEnd, SETTLE_MS],
    );
  } catch (error) {
    return { error: String(error?.message ?? error).split('\n')[0] };
  } finally {
    await within(browser.close(), 30_000);
  }
}

const sorted = (xs) => [...xs].sort((a, b) => a - b);
const quantile = (xs, q) => sorted(xs)[Math.min(xs.length - 1, Math.floor(xs.length * q))];
const median = (xs) => {
  const s = sorted(xs);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

/** 95 % bootstrap interval of median(b) − median(a): seeded, so a rerun on the same figures gives the same interval. */
function difference(a, b) {
  let seed = 7;
  const random = () => (seed = (seed * 1664525 + 1013904223) >>> 0) / 2 ** 32;
  const resample = (xs) => xs.map(() => xs[Math.floor(random() * xs.length)]);
  const diffs = Array.from({ length: 2000 }, () => median(resample(b)) - median(resample(a)));
  return { median: median(b) - median(a), low: quantile(diffs, 0.025), high: quantile(diffs, 0.975) };
}

function git(...args) {
  try {
    return execFileSync('git', args, { cwd: here, encoding: 'utf8' }).trim();
  } catch {
    return '';
  }
}

const load = () =>
  os
    .loadavg()
    .map((n) => n.toFixed(2))
    .join(' / ');
const startedAt = new Date();
const loadAtStart = load();
const { a, b, sameAsDist } = await builds();
const server = await serve({ a, b });
const origin = `http://127.0.0.1:${server.address().port}`;
const probe = await chromium.launch({ executablePath: CHROME, args: ARGS });
const chromiumVersion = probe.version();
await probe.close();

const cells = SIZES.flatMap((size) => DELAYS.map((delay) => ({ size, delay, a: [], b: [], errors: [] })));
for (let i = 0; i < RUNS; i++) {
  // A then B, then B then A: a drift in the machine's load falls on both alike.
  const order = i % 2 ? ['b', 'a'] : ['a', 'b'];
  for (const cell of cells) {
    for (const build of order) {
      const result = await run(origin, build, cell.size, cell.delay);
      if (result.error) cell.errors.push(`${build}: ${result.error}`);
      else cell[build].push(result);
    }
  }
  process.stderr.write(`round ${i + 1} of ${RUNS} done (load ${load()})\n`);
}
server.close();
const loadAtEnd = load();

const ms = (n) => (n >= 100 ? n.toFixed(0) : n.toFixed(1));
const signed = (n) => `${n > 0 ? '+' : n < 0 ? '−' : '±'}${ms(Math.abs(n))}`;
const label = (size) => (size === 'bundled' ? 'events.json (67)' : `${Number(size).toLocaleString('en')} synthetic`);
const columns = [
  ['data', 20],
  ['delay', 6],
  ['runs', 6],
  ['response → drawing ms', 24],
  ['nav → drawing ms', 20],
  ['longest task ms', 18],
  ['B − A, response → drawing', 28],
  ['B − A, nav → drawing', 28],
];
const pad = (text, width, i) => (i === 0 ? text.padEnd(width) : text.padStart(width));
const lines = [
  'The first drawing with the idle warm-up (A, the embed as built) and without it (B);',
  'each cell: median / p90 for A, then for B; B − A: difference of the medians',
  'with its 95 % bootstrap interval (an interval across 0 is within the run-to-run noise).',
  '',
  columns.map(([name, width], i) => pad(name, width, i)).join(' '),
  columns.map(([, width]) => '─'.repeat(width)).join(' '),
];
const pair = (runs, key) =>
  `${ms(median(runs.map((r) => r[key])))} / ${ms(
    quantile(
      runs.map((r) => r[key]),
      0.9,
    ),
  )}`;
for (const cell of cells) {
  if (!cell.a.length || !cell.b.length) {
    lines.push(`${label(cell.size).padEnd(20)} ${`${cell.delay}`.padStart(6)}  no result: ${cell.errors[0]}`);
    continue;
  }
  const [fromResponse, fromNavigation] = ['fromResponse', 'fromNavigation'].map((key) => {
    const d = difference(
      cell.a.map((r) => r[key]),
      cell.b.map((r) => r[key]),
    );
    return `${signed(d.median)} (${signed(d.low)} to ${signed(d.high)})`;
  });
  for (const build of ['a', 'b']) {
    const runs = cell[build];
    const row = [
      build === 'a' ? label(cell.size) : '',
      build === 'a' ? `${cell.delay}` : '',
      `${build.toUpperCase()} ${runs.length}`,
      pair(runs, 'fromResponse'),
      pair(runs, 'fromNavigation'),
      pair(runs, 'longestTask'),
      build === 'a' ? fromResponse : '',
      build === 'a' ? fromNavigation : '',
    ];
    lines.push(row.map((text, i) => pad(text, columns[i][1], i)).join(' '));
  }
  if (cell.errors.length) lines.push(`  ${cell.errors.length} runs failed, e.g. ${cell.errors[0]}`);
}
// As test/bundle-size.test.ts measures it (zlib at level 9; GNU gzip -9 makes about 1 % less).
const gz = (code) => gzipSync(Buffer.from(code), { level: 9 }).length;
lines.push(
  '',
  `embed, zlib gzip level 9: A ${gz(a).toLocaleString('en')} B, B ${gz(b).toLocaleString('en')} B` +
    (sameAsDist ? ' (A is byte for byte dist/summit-timeline.min.js)' : ' (A differs from dist/: run npm run build)'),
  `${os.cpus()[0]?.model ?? 'CPU'} × ${os.cpus().length}, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB; ${os.platform()} ${os.release()}`,
  `Chromium ${chromiumVersion} (headless, ${CHROME}); Node ${process.version}`,
  `started ${startedAt.toISOString()}, ${((Date.now() - startedAt) / 60_000).toFixed(1)} min; summitline at ${git('rev-parse', '--short', 'HEAD')}${git('status', '--porcelain', '--', join(here, '../src')) ? ' with uncommitted changes under packages/timeline/src' : ''}`,
  `load average (1 / 5 / 15 min): ${loadAtStart} at the start, ${loadAtEnd} at the end`,
);
console.log(lines.join('\n'));
