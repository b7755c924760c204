// One library at one size, in a headless Chromium of its own: the first drawing, the
// load's long tasks, heap and DOM nodes, then the wheel sweep and the scripted sweep.
import { readFileSync } from 'node:fs';
import os from 'node:os';
import { chromium } from 'playwright-core';
import { installFloor } from './floor.mjs';
import { installBench } from './in-page.mjs';
import { adapters } from './libraries.mjs';

export const CHROME = process.env.CHROME_PATH ?? '/usr/bin/chromium';
export const ARGS = [
  '--no-sandbox',
  '--enable-precise-memory-info',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--js-flags=--expose-gc',
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

/**
 * A sweep's figures from its two halves (`zoomIn`, `zoomOut`; null when the page did
 * not answer in time). `fitted` is the span before the sweep.
 */
function sweepFigures(outcome, count, fitted) {
  if (!outcome.ok) return { steps: 2 * count, stepsDone: null, timedOut: true, hung: true, frames: 0 };
  const { zoomIn, zoomOut } = outcome.value;
  const halves = [zoomIn, zoomOut].filter(Boolean);
  const intervals = halves.flatMap((h) => h.intervals);
  const done = zoomIn.done + (zoomOut?.done ?? 0);
  return {
    steps: 2 * count,
    hung: false,
    stepsDone: done,
    timedOut: done < 2 * count,
    frames: intervals.length,
    p50: intervals.length ? quantile(intervals, 0.5) : null,
    p95: intervals.length ? quantile(intervals, 0.95) : null,
    max: intervals.length ? Math.max(...intervals) : null,
    tasks: {
      count: halves.reduce((n, h) => n + h.tasks.count, 0),
      longest: Math.max(...halves.map((h) => h.tasks.longest)),
    },
    // How far the view went: the span before ÷ the span zoomed in, and back out.
    zoomedInBy: zoomIn.span ? fitted / zoomIn.span : null,
    zoomedOutBy: zoomIn.span && zoomOut?.span ? zoomOut.span / zoomIn.span : null,
    nodes: Math.max(...halves.map((h) => h.nodes)),
  };
}

/**
 * Runs `lib` ({ library, adapter, label, scripts, options }) with `events` events.
 * `setup`: { width, height, limitMs, graceMs, settleMs, wheel: { deltaY, steps },
 * scripted: { steps, depth } }. Never throws: a failure is the run's `error`.
 */
export async function run(lib, events, setup) {
  const { width, height, limitMs, graceMs, settleMs } = setup;
  const result = {
    library: lib.library,
    label: lib.label,
    events,
    loadAverage: os.loadavg()[0], // other work on the machine skews every timing
    firstDraw: { timedOut: false, ms: null },
  };
  const browser = await chromium.launch({ executablePath: CHROME, args: ARGS });
  try {
    const page = await browser.newPage({ viewport: { width: width + 40, height: height + 100 } });
    // A line of text above, as in the article the timeline is embedded in: the page's
    // first text layout (font fallback) is then not charged to the library.
    await page.setContent(`<!doctype html><html lang="en-GB"><body style="margin:20px;font:16px system-ui">
      <p style="margin:0 0 8px">Summits and visits, 2000–2025</p>
      <div id="host" style="width:${width}px;height:${height}px"></div></body></html>`);
    for (const script of lib.scripts) await page.addScriptTag({ content: readFileSync(script, 'utf8') });
    if (lib.library === 'floor') await page.addScriptTag({ content: `(${installFloor})();` });
    await page.evaluate(adapters[lib.adapter]);
    await page.evaluate(installBench);
    await page.evaluate((n) => window.__bench.generate(n), events);
    await page.evaluate((options) => window.__bench.mount(options), lib.options);

    // A page stuck in one long task cannot answer: the node side's clock decides.
    const load = await within(
      page.evaluate((limit) => window.__bench.load(limit), limitMs),
      limitMs + graceMs,
    );
    // Over the limit is "> 60 s" in the table, even when the drawing came during the grace.
    if (!load.ok || load.value.timedOut || load.value.ms > limitMs) {
      result.firstDraw = { timedOut: true, ms: load.ok ? load.value.ms : null };
      return result;
    }
    result.firstDraw = { timedOut: false, ms: load.value.ms };
    result.loadTasks = await page.evaluate(
      ([t0, settle]) => window.__bench.settle(t0, settle),
      [load.value.t0, settleMs],
    );
    result.heapBytes = await page.evaluate(() => window.__bench.heap());
    const nodesAfterLoad = await page.evaluate(() => window.__bench.nodes());
    result.nodes = { afterLoad: nodesAfterLoad, max: nodesAfterLoad };

    // Each sweep runs inside the page and stops at limitMs; the node side only waits
    // longer for a page stuck in one long task, and a stuck page gets no second sweep.
    const sweeps = {
      wheel: ([o, limit]) => window.__bench.wheel(o.deltaY, o.steps, limit),
      scripted: ([o, limit]) => window.__bench.scripted(o.steps, o.depth, limit),
    };
    for (const [name, sweep] of Object.entries(sweeps)) {
      const fitted = await page.evaluate(() => window.__bench.span());
      const outcome = await within(page.evaluate(sweep, [setup[name], limitMs]), limitMs + graceMs);
      result[name] = sweepFigures(outcome, setup[name].steps, fitted);
      result.nodes.max = Math.max(result.nodes.max, result[name].nodes ?? 0);
      if (result[name].hung) break;
    }
    return result;
  } catch (error) {
    result.error = String(error?.message ?? error).split('\n')[0];
    return result;
  } finally {
    // A renderer stuck in script does not stop the browser process from closing.
    await within(browser.close(), 30_000);
  }
}
