#!/usr/bin/env node
// Frame times of <summit-timeline> in Chromium with 100,000 events: the embed bundle
// on a blank page, real ctrl+wheel zooms and drags through the DevTools input
// pipeline, each frame timed with requestAnimationFrame. Also the time from setting
// `events` to the first drawing, the DOM size and the JavaScript heap.
// Run after a build:  node packages/timeline/bench/frames.bench.mjs [count]
import { readFileSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { quantile, recordFrames } from './frame-recorder.mjs';

const COUNT = Number(process.argv[2] ?? 100_000);
const WIDTH = 1100;
const bundle = readFileSync(new URL('../dist/summit-timeline.min.js', import.meta.url), 'utf8');

const browser = await chromium.launch({
  executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--enable-precise-memory-info'],
});
const page = await browser.newPage({ viewport: { width: WIDTH + 40, height: 700 } });
await page.setContent(`<!doctype html><html lang="en-GB"><body style="margin:20px;font:16px system-ui">
  <summit-timeline style="width:${WIDTH}px" wheel-zoom="ctrl"></summit-timeline></body></html>`);
await page.addScriptTag({ content: bundle });

const load = await page.evaluate(async (count) => {
  const kinds = ['summit', 'meeting', 'visit', 'call', 'parade', 'agreement', 'statement', 'military', 'other'];
  const day = 86_400_000;
  const origin = Date.UTC(2000, 0, 1);
  let seed = 42;
  const random = () => (seed = (seed * 1664525 + 1013904223) >>> 0) / 2 ** 32;
  const iso = (t) => new Date(t).toISOString().slice(0, 10);
  const events = Array.from({ length: count }, (_, i) => {
    const start = origin + Math.floor(random() * 26 * 365) * day;
    const r = random();
    const date = r < 0.05 ? iso(start).slice(0, 7) : r < 0.2 ? `${iso(start)}/${iso(start + 3 * day)}` : iso(start);
    return { id: `e${i}`, title: `Synthetic event number ${i}`, kind: kinds[i % kinds.length], date };
  });
  const el = document.querySelector('summit-timeline');
  await customElements.whenDefined('summit-timeline');
  const t0 = performance.now();
  el.events = events;
  // Many records are read a chunk per task: the first drawing is the first frame with marks.
  while (!el.shadowRoot?.querySelector('[part="event"], [part="cluster"]')) {
    await new Promise((r) => requestAnimationFrame(r));
  }
  const firstDraw = performance.now() - t0;
  await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
  return {
    firstDraw,
    // Every element, nested shadow roots (the overview's) included.
    nodes: (function size(root) {
      let n = 0;
      for (const node of root.querySelectorAll('*')) n += 1 + (node.shadowRoot ? size(node.shadowRoot) : 0);
      return n;
    })(el.shadowRoot),
    heap: performance.memory?.usedJSHeapSize ?? NaN,
  };
}, COUNT);

/** Frame intervals while `gesture` runs, then the DOM size and the days in view. */
async function frames(gesture) {
  const samples = await recordFrames(page, gesture);
  const after = await page.evaluate(() => {
    const el = document.querySelector('summit-timeline');
    const { start, end } = el.visibleRange;
    const days = Math.round((end - start) / 86_400_000);
    const nodes = (function size(root) {
      let n = 0;
      for (const node of root.querySelectorAll('*')) n += 1 + (node.shadowRoot ? size(node.shadowRoot) : 0);
      return n;
    })(el.shadowRoot);
    return { nodes, days };
  });
  return { samples, ...after };
}

const box = await page.locator('summit-timeline svg.plot').boundingBox();
const cx = box.x + box.width / 2;
const cy = box.y + box.height - 10;

const zoomIn = await frames(async () => {
  await page.mouse.move(cx, cy);
  await page.keyboard.down('Control');
  for (let i = 0; i < 40; i++) await page.mouse.wheel(0, -40);
  await page.keyboard.up('Control');
});
const pan = await frames(async () => {
  await page.mouse.move(cx, cy);
  await page.mouse.down();
  for (let i = 1; i <= 60; i++) await page.mouse.move(cx - i * 8, cy);
  await page.mouse.up();
});
const zoomOut = await frames(async () => {
  await page.keyboard.down('Control');
  for (let i = 0; i < 40; i++) await page.mouse.wheel(0, 40);
  await page.keyboard.up('Control');
});
const heapAfter = await page.evaluate(() => performance.memory?.usedJSHeapSize ?? NaN);
await browser.close();

const mib = (bytes) => `${(bytes / 2 ** 20).toFixed(1)} MiB`;
console.log(`summitline frame benchmark — ${COUNT.toLocaleString('en')} events, ${WIDTH} px, Chromium`);
console.log(`setting events to first drawing: ${load.firstDraw.toFixed(0)} ms (${load.nodes} shadow DOM nodes)`);
console.log(`JS heap: ${mib(load.heap)} after load, ${mib(heapAfter)} after the gestures\n`);
console.log('gesture            frames  p50 ms  p95 ms  max ms  ≤16.7 ms  DOM nodes  view after');
for (const [name, r] of [
  ['ctrl+wheel zoom in', zoomIn],
  ['drag pan', pan],
  ['ctrl+wheel zoom out', zoomOut],
]) {
  const within = r.samples.filter((s) => s <= 1000 / 60 + 1).length / r.samples.length;
  console.log(
    `${name.padEnd(19)}${String(r.samples.length).padStart(6)}${quantile(r.samples, 0.5).toFixed(1).padStart(8)}${quantile(r.samples, 0.95).toFixed(1).padStart(8)}${Math.max(
      ...r.samples,
    )
      .toFixed(1)
      .padStart(
        8,
      )}${`${(within * 100).toFixed(0)} %`.padStart(10)}${String(r.nodes).padStart(11)}  ${r.days.toLocaleString('en')} days`,
  );
}
console.log('\nFrame times are rAF intervals (vsync-bound, so ~16.7 ms is the best possible); headless, no GPU.');
