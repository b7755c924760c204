#!/usr/bin/env node
// Per-frame cost of the timeline's layout with 100,000 events: the work one zoom or
// pan frame does (visible window by binary search, lanes and clusters) at several
// zoom levels, plus the one-off cost per data change (validation and sort).
// Run after a build:  node packages/timeline/bench/layout.bench.mjs [count]
import { gzipSync } from 'node:zlib';
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { blockMaxEnd, fitDomain, layoutRow, normalize, prefixMaxEnd, visibleRange } from '../dist/core/index.js';

const COUNT = Number(process.argv[2] ?? 100_000);
const WIDTH = 720;
const FRAME_BUDGET_MS = 1000 / 60;
const KINDS = ['summit', 'meeting', 'visit', 'call', 'parade', 'agreement', 'statement', 'military', 'other'];

let seed = 42;
const random = () => (seed = (seed * 1664525 + 1013904223) >>> 0) / 2 ** 32;
const pad = (n) => String(n).padStart(2, '0');
const day = (t) => {
  const d = new Date(t);
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
};
const origin = Date.UTC(2000, 0, 1);
const records = Array.from({ length: COUNT }, (_, i) => {
  const start = origin + Math.floor(random() * 26 * 365) * 86_400_000;
  const r = random();
  const date =
    r < 0.05
      ? day(start).slice(0, 7)
      : r < 0.2
        ? `${day(start)}/${day(start + (1 + Math.floor(random() * 9)) * 86_400_000)}`
        : day(start);
  return { id: `e${i}`, title: `Synthetic event number ${i}`, kind: KINDS[i % KINDS.length], date };
});

function time(fn, runs) {
  const samples = [];
  let result;
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    result = fn(i);
    samples.push(performance.now() - t0);
  }
  samples.sort((a, b) => a - b);
  return { p50: samples[Math.floor(runs / 2)], p95: samples[Math.floor(runs * 0.95)], max: samples[runs - 1], result };
}

const prep = time(() => normalize(records), 3);
const { items, problems } = prep.result;
const maxEnd = prefixMaxEnd(items);
const blockEnds = blockMaxEnd(items);
const domain = fitDomain(items);
const labelWidth = (item) => item.title.length * 6.5;

console.log(
  `summitline layout benchmark — ${items.length.toLocaleString('en')} events (${problems.length} rejected), ${WIDTH} px wide`,
);
console.log(`data change (validate + sort, once):   p50 ${prep.p50.toFixed(1)} ms\n`);
console.log('view span        frame p50   p95     max   marks¹ clusters¹  of budget (16.7 ms)');
const spans = [
  ['all (26 years)', domain[1] - domain[0]],
  ['5 years', 5 * 365.25 * 864e5],
  ['1 year', 365.25 * 864e5],
  ['1 month', 30 * 864e5],
  ['1 week', 7 * 864e5],
];
for (const [label, span] of spans) {
  // Pan across the whole range, one frame per step, as a drag would.
  const steps = 200;
  let totalMarks = 0;
  let totalClusters = 0;
  const r = time((i) => {
    const from = domain[0] + ((domain[1] - domain[0] - span) * i) / steps;
    const k = WIDTH / span;
    const [lo, hi] = visibleRange(items, maxEnd, from, from + span);
    const marks = layoutRow(items, lo, hi, {
      scale: (t) => (t - from) * k,
      invert: (px) => from + px / k,
      blockEnds,
      width: WIDTH,
      labelWidth,
    });
    totalMarks += marks.length;
    totalClusters += marks.filter((m) => m.type === 'cluster').length;
    return marks;
  }, steps);
  const marks = Math.round(totalMarks / steps);
  const clusters = Math.round(totalClusters / steps);
  console.log(
    `${label.padEnd(16)} ${r.p50.toFixed(2).padStart(7)} ms ${r.p95.toFixed(2).padStart(6)} ${r.max.toFixed(2).padStart(7)} ${String(marks).padStart(8)} ${String(clusters).padStart(9)}  ${((r.p95 / FRAME_BUDGET_MS) * 100).toFixed(1).padStart(5)} %`,
  );
}
console.log('¹ mean per frame over the pan');
try {
  const bundle = readFileSync(new URL('../dist/summit-timeline.min.js', import.meta.url));
  console.log(
    `\nembed bundle: ${(bundle.length / 1024).toFixed(1)} KiB minified, ${(gzipSync(bundle).length / 1024).toFixed(1)} KiB gzipped`,
  );
} catch {
  console.log('\nembed bundle: not built (npm run build)');
}
