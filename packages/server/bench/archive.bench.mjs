#!/usr/bin/env node
// `npm run bench:archive [-- --rows N] [-- --pg-rows N] [-- --no-pg] [-- --detail]`: the seeded archive
// (10,000,000 events unless told) in DuckDB and in PostgreSQL, and a window's answer
// timed over a zoom sweep, from the whole span down to one day and back out, in each
// grouping: in the process (the query and its JSON) and over HTTP (request to parsed
// answer, on localhost, no cache). Prints a report (--detail: each window's times too);
// it asserts nothing.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, statSync } from 'node:fs';
import { cpus, loadavg, totalmem, platform, release } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { writeArchive } from '../scripts/archive.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const { values } = parseArgs({
  options: {
    rows: { type: 'string', default: '10000000' },
    'pg-rows': { type: 'string' },
    'no-pg': { type: 'boolean', default: false },
    detail: { type: 'boolean', default: false },
    width: { type: 'string', default: '1280' },
  },
});
const rows = Number(values.rows);
const pgRows = Number(values['pg-rows'] ?? values.rows);
const width = Number(values.width);
const DAY = 86_400_000;

const server = await import('../dist/index.js').catch(() => {
  console.error('Build the packages first (npm run build), or run npm run bench:archive.');
  process.exit(1);
});

const seconds = (ms) => `${(ms / 1000).toFixed(1)} s`;
const quantile = (values, q) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)];
};

async function archiveFile(n) {
  const file = join(here, '..', 'data', `archive-${n}.parquet`);
  if (!existsSync(file) || statSync(file).size === 0) {
    mkdirSync(dirname(file), { recursive: true });
    console.log(`Generating ${n.toLocaleString('en')} events into ${file}…`);
    const started = performance.now();
    await writeArchive({ rows: n, seed: 1, file });
    console.log(`  generated in ${seconds(performance.now() - started)}`);
  }
  return file;
}

/** Windows from the whole span down to one day, each half as long, around a point of the span (70 %); then back out. */
function sweep(span, at = 0.7) {
  const centre = span.from + Math.round((span.to - span.from) * at);
  const windows = [];
  for (let length = span.to - span.from; length >= DAY; length /= 2) {
    const from = Math.max(span.from, Math.round(centre - length / 2));
    windows.push({ from, to: Math.min(span.to, from + Math.round(length)) });
  }
  return [...windows, ...windows.slice(0, -1).reverse()];
}

async function measure(name, archive) {
  const { createServer } = server;
  const http = await createServer({ source: archive });
  const url = await http.listen(0);
  const results = [];
  const windows = sweep(archive.totals().span);
  // Windows elsewhere in the archive, to warm the server up before the timed sweep.
  const warmUp = sweep(archive.totals().span, 0.3).slice(0, 10);
  for (const group of ['none', 'kind', 'country']) {
    const query = [];
    const overHttp = [];
    const modes = { events: 0, bins: 0 };
    const sizes = [];
    // Untimed: the ten longest windows of a sweep around 30 % of the span, in process and
    // over HTTP, as a server that has been up a while would have answered (not the timed
    // windows themselves: no cache of answers is at work).
    for (const w of warmUp) {
      await archive.window({ ...w, width, px: 12, limit: 1500, kinds: null, group });
      await (await fetch(`${url}v1/window?from=${w.from}&to=${w.to}&width=${width}&group=${group}`)).arrayBuffer();
    }
    for (const w of windows) {
      let started = performance.now();
      const answer = await archive.window({ ...w, width, px: 12, limit: 1500, kinds: null, group });
      JSON.stringify(answer);
      query.push(performance.now() - started);
      modes[answer.mode]++;
      started = performance.now();
      const response = await fetch(`${url}v1/window?from=${w.from}&to=${w.to}&width=${width}&group=${group}`, {
        headers: { 'Accept-Encoding': 'gzip' },
      });
      const body = await response.arrayBuffer();
      overHttp.push(performance.now() - started);
      sizes.push(body.byteLength);
      if (values.detail) {
        console.log(
          `    ${((w.to - w.from) / DAY).toFixed(1).padStart(8)} days: ${query.at(-1).toFixed(1)} ms in process, ${overHttp.at(-1).toFixed(1)} ms over HTTP`,
        );
      }
    }
    results.push({ name, group, windows: windows.length, query, overHttp, modes, sizes });
    console.log(
      `  ${name} group=${group}: p50 ${quantile(query, 0.5).toFixed(0)} ms, p95 ${quantile(query, 0.95).toFixed(0)} ms in process; p95 ${quantile(overHttp, 0.95).toFixed(0)} ms over HTTP`,
    );
  }
  await http.close();
  return results;
}

const started = new Date();
const load = loadavg();
let commit = 'unknown';
try {
  commit = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { encoding: 'utf8' }).trim();
} catch {
  // not a git checkout
}
const results = [];
const loads = [];

const duckFile = await archiveFile(rows);
let t = performance.now();
const duck = await server.openArchive(duckFile);
loads.push(
  `DuckDB: ${duck.totals().total.toLocaleString('en')} events read from Parquet in ${seconds(performance.now() - t)}`,
);
console.log(loads.at(-1));
results.push(...(await measure(`DuckDB ${rows.toLocaleString('en')}`, duck)));

let pgVersion = 'not run';
if (!values['no-pg']) {
  const { ensurePostgres } = await import('../../../scripts/postgres.mjs');
  const pgUrl = ensurePostgres();
  if (!pgUrl) {
    loads.push('PostgreSQL: none could be had (set SUMMITLINE_PG_URL)');
  } else {
    const pgFile = await archiveFile(pgRows);
    t = performance.now();
    await server.loadIntoPostgres(pgFile, pgUrl, { table: 'bench_events' });
    const pg = await server.openArchive(pgUrl, { table: 'bench_events' });
    pgVersion = String((await pg.engine.query('SHOW server_version'))[0].server_version);
    loads.push(
      `PostgreSQL ${pgVersion}: ${pg.totals().total.toLocaleString('en')} events loaded (COPY, indexes, rollups, ANALYZE) in ${seconds(performance.now() - t)}`,
    );
    console.log(loads.at(-1));
    results.push(...(await measure(`PostgreSQL ${pgRows.toLocaleString('en')}`, pg)));
  }
}

const cpu = cpus();
const end = loadavg();
const { version: duckVersion } = await import('@duckdb/node-api');
console.log(`
Archive benchmark: a window's answer over a zoom sweep (whole span → 1 day → whole span, halving and doubling), ${width} px wide, 12 px bins, limit 1,500 marks
Machine: ${cpu.length} × ${cpu[0]?.model ?? 'unknown CPU'}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, ${platform()} ${release()}; Node ${process.version}; DuckDB ${duckVersion()}; PostgreSQL ${pgVersion}
Date: ${started.toISOString()}; commit ${commit}; load average ${load.map((l) => l.toFixed(2)).join(' ')} at the start, ${end.map((l) => l.toFixed(2)).join(' ')} at the end
${loads.join('\n')}

| engine, events | group | windows (events / bins) | in process p50 | in process p95 | HTTP p50 | HTTP p95 | HTTP max | answer (gzip) p95 |
| --- | --- | --- | --- | --- | --- | --- | --- | --- |
${results
  .map(
    (r) =>
      `| ${r.name} | ${r.group} | ${r.windows} (${r.modes.events} / ${r.modes.bins}) | ${quantile(r.query, 0.5).toFixed(0)} ms | ${quantile(r.query, 0.95).toFixed(0)} ms | ${quantile(r.overHttp, 0.5).toFixed(0)} ms | ${quantile(r.overHttp, 0.95).toFixed(0)} ms | ${Math.max(...r.overHttp).toFixed(0)} ms | ${(quantile(r.sizes, 0.95) / 1024).toFixed(0)} KiB |`,
  )
  .join('\n')}
`);
