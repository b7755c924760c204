#!/usr/bin/env node
// `npm run bench:source [-- --rows N]`: <summit-timeline> on an archive in Chromium, the
// windowed source mode beside the in-memory mode, in one run. The source mode asks
// `@summitline/server` (DuckDB, in this process, over HTTP on localhost) for the seeded
// archive (1,000,000 events unless told; generated on first run and kept); the in-memory
// mode is given 100,000 and then as many events as the archive holds, made in the page
// before the clock starts. For each: the time from the page asking (setting `source` or
// `events`) to the first drawing, the JS heap and the DOM size after it, and the frame
// intervals during ctrl+wheel zooms and a drag through the DevTools input pipeline
// (answers arriving meanwhile, in the source mode). Prints a report; asserts nothing.
import { existsSync, mkdirSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';
import { quantile, recordFrames } from '../../timeline/bench/frame-recorder.mjs';
import { writeArchive } from '../scripts/archive.mjs';
// @ts-expect-error: a plain ES module without types
import { serveArchive } from '../../../examples/archive/serve.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const { values } = parseArgs({ options: { rows: { type: 'string', default: '1000000' } } });
const ROWS = Number(values.rows);
const WIDTH = 1100;
const dist = join(here, '../../timeline/dist');
if (!existsSync(join(dist, 'summit-timeline-source.min.js'))) {
  console.error('Build the packages first (npm run build), or run npm run bench:source.');
  process.exit(1);
}

const file = ROWS === 1_000_000 ? join(here, '../data/archive.parquet') : join(here, `../data/archive-${ROWS}.parquet`);
if (!existsSync(file)) {
  console.log(`Generating the archive of ${ROWS.toLocaleString('en')} events (kept for later runs)…`);
  mkdirSync(dirname(file), { recursive: true });
  await writeArchive({ rows: ROWS, file });
}
const load = [loadavg()[0]];
const { server, url } = await serveArchive({ source: file, port: 0 });

const browser = await chromium.launch({
  executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--enable-precise-memory-info', '--js-flags=--expose-gc'],
});

/** A blank page with one timeline, 1,100 px wide, and the embed with the source mode (the archive page's bundle); the server answers any origin (CORS). */
async function openPage() {
  // A context of its own: no HTTP cache shared with the page before.
  const page = await browser.newPage({ viewport: { width: WIDTH + 40, height: 700 } });
  await page.setContent(`<!doctype html><html lang="en-GB"><body style="margin:20px;font:16px system-ui">
    <summit-timeline style="width:${WIDTH}px" wheel-zoom="ctrl"></summit-timeline></body></html>`);
  await page.addScriptTag({ url: new URL('summit-timeline-source.min.js', url).href });
  await page.evaluate(() => customElements.whenDefined('summit-timeline'));
  return page;
}

/** In the page: waits for the first frame that draws marks, from `t0`; gives the time, DOM size and heap. */
const FIRST_DRAWING = `async (t0) => {
  const el = document.querySelector('summit-timeline');
  const marks = () => el.shadowRoot?.querySelector('[part="event"], [part="cluster"]');
  while (!marks()) {
    const error = el.shadowRoot?.querySelector('.message.error');
    if (error) throw new Error(error.textContent);
    if (performance.now() - t0 > 120_000) throw new Error('nothing drawn within 2 minutes');
    await new Promise((r) => requestAnimationFrame(r));
  }
  const firstDraw = performance.now() - t0;
  await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
  globalThis.gc?.();
  const size = (root) => {
    let n = 0;
    for (const node of root.querySelectorAll('*')) n += 1 + (node.shadowRoot ? size(node.shadowRoot) : 0);
    return n;
  };
  return { firstDraw, nodes: size(el.shadowRoot), heap: performance.memory?.usedJSHeapSize ?? NaN };
}`;

async function sourceMode(page) {
  return page.evaluate(
    `(async () => {
      const el = document.querySelector('summit-timeline');
      const t0 = performance.now();
      el.source = new summitline.HttpSource(${JSON.stringify(url)});
      return (${FIRST_DRAWING})(t0);
    })()`,
  );
}

async function inMemory(page, count) {
  return page.evaluate(
    `(async () => {
      const kinds = ['summit', 'meeting', 'visit', 'call', 'parade', 'agreement', 'statement', 'military', 'other'];
      const day = 86_400_000;
      const origin = Date.UTC(1945, 0, 1);
      let seed = 42;
      const random = () => (seed = (seed * 1664525 + 1013904223) >>> 0) / 2 ** 32;
      const iso = (t) => new Date(t).toISOString().slice(0, 10);
      const events = Array.from({ length: ${count} }, (_, i) => {
        const start = origin + Math.floor(random() * 80 * 365) * day;
        const r = random();
        const date = r < 0.05 ? iso(start).slice(0, 7) : r < 0.2 ? iso(start) + '/' + iso(start + 3 * day) : iso(start);
        return { id: 'e' + i, title: 'Synthetic event number ' + i, kind: kinds[i % kinds.length], date };
      });
      const el = document.querySelector('summit-timeline');
      const t0 = performance.now();
      el.events = events;
      return (${FIRST_DRAWING})(t0);
    })()`,
  );
}

/** A zoom in from the whole span (40 ctrl+wheel steps), a drag of 480 px, and the zoom back out. */
async function sweep(page) {
  const box = await page.locator('summit-timeline svg.plot').boundingBox();
  const [cx, cy] = [box.x + box.width * 0.6, box.y + box.height - 10];
  return recordFrames(page, async () => {
    await page.mouse.move(cx, cy);
    await page.keyboard.down('Control');
    for (let i = 0; i < 40; i++) await page.mouse.wheel(0, -60);
    await page.keyboard.up('Control');
    await page.mouse.down();
    for (let i = 1; i <= 60; i++) await page.mouse.move(cx - i * 8, cy);
    await page.mouse.up();
    await page.keyboard.down('Control');
    for (let i = 0; i < 40; i++) await page.mouse.wheel(0, 60);
    await page.keyboard.up('Control');
  });
}

const runs = [];
{
  const page = await openPage();
  const first = await sourceMode(page);
  const samples = await sweep(page);
  const heap = await page.evaluate(() => (globalThis.gc?.(), performance.memory?.usedJSHeapSize ?? NaN));
  const asked = await page.evaluate(
    () => performance.getEntriesByType('resource').filter(({ name }) => name.includes('/v1/')).length,
  );
  runs.push({ name: `source mode, ${ROWS.toLocaleString('en')}, cold`, ...first, samples, heapAfter: heap, asked });
  await page.close();
}
{
  // A reader who comes after the first: the server has answered before (DuckDB's caches are warm), the browser has not.
  const page = await openPage();
  const first = await sourceMode(page);
  const samples = await sweep(page);
  const heap = await page.evaluate(() => (globalThis.gc?.(), performance.memory?.usedJSHeapSize ?? NaN));
  runs.push({ name: `source mode, ${ROWS.toLocaleString('en')}, warm server`, ...first, samples, heapAfter: heap });
  await page.close();
}
for (const count of [100_000, ROWS]) {
  const page = await openPage();
  const first = await inMemory(page, count);
  const samples = await sweep(page);
  const heap = await page.evaluate(() => (globalThis.gc?.(), performance.memory?.usedJSHeapSize ?? NaN));
  runs.push({ name: `in memory, ${count.toLocaleString('en')}`, ...first, samples, heapAfter: heap });
  await page.close();
}
await browser.close();
server.close();
load.push(loadavg()[0]);

const mib = (bytes) => `${(bytes / 2 ** 20).toFixed(1)}`;
console.log(
  `summitline source-mode benchmark — ${new Date().toISOString().slice(0, 16)}Z, ${cpus().length} cores, ` +
    `load average ${load.map((l) => l.toFixed(2)).join(' → ')}, ${WIDTH} px, headless Chromium`,
);
console.log('(in-memory events are generated in the page before the clock starts; the source mode asks over HTTP)\n');
console.log(
  'mode                               first drawing  heap MiB (after sweep)  DOM nodes  frames  p50 ms  p95 ms',
);
for (const r of runs) {
  console.log(
    `${r.name.padEnd(35)}${`${r.firstDraw.toFixed(0)} ms`.padStart(13)}${`${mib(r.heap)} (${mib(r.heapAfter)})`.padStart(24)}` +
      `${String(r.nodes).padStart(11)}${String(r.samples.length).padStart(8)}${quantile(r.samples, 0.5).toFixed(1).padStart(8)}` +
      `${quantile(r.samples, 0.95).toFixed(1).padStart(8)}`,
  );
}
const [cold, source, memory, memoryAll] = runs;
console.log(`\nthe cold source mode asked ${cold.asked} requests of /v1/ (tiles, totals, density) over the sweep`);
console.log(
  `targets (warm server): first drawing ≤ 300 ms: ${source.firstDraw <= 300 ? 'met' : 'not met'}; heap < 60 MB: ${
    source.heapAfter < 60e6 ? 'met' : 'not met'
  }; p95 frame within one frame (16.7 ms) of in memory at 100,000: ${
    quantile(source.samples, 0.95) <= quantile(memory.samples, 0.95) + 1000 / 60 ? 'met' : 'not met'
  }; faster to first drawing than in memory at ${ROWS.toLocaleString('en')}: ${
    source.firstDraw < memoryAll.firstDraw ? 'met' : 'not met'
  }`,
);
