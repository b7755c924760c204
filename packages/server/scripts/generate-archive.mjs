#!/usr/bin/env node
// Writes the seeded archive as Parquet: `node scripts/generate-archive.mjs [--rows N]
// [--seed N] [--out FILE]`. 1,000,000 rows by default, into data/archive.parquet
// beside this package; `--rows 10000000` for the benchmark.
import { mkdirSync, renameSync, rmSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { writeArchive } from './archive.mjs';

const { values } = parseArgs({
  options: {
    rows: { type: 'string', default: '1000000' },
    seed: { type: 'string', default: '1' },
    out: { type: 'string' },
  },
});
const rows = Number(values.rows.replaceAll('_', ''));
const seed = Number(values.seed);
if (!Number.isInteger(rows) || rows < 1) throw new Error(`--rows must be a whole number ≥ 1, not "${values.rows}"`);
if (!Number.isInteger(seed)) throw new Error(`--seed must be a whole number, not "${values.seed}"`);
const file = resolve(values.out ?? fileURLToPath(new URL('../data/archive.parquet', import.meta.url)));
mkdirSync(dirname(file), { recursive: true });

const started = performance.now();
let shown = 0;
// Written beside the file and then moved into place, so that an interrupted run leaves no half archive.
const partial = `${file}.partial`;
try {
  await writeArchive({
    rows,
    seed,
    file: partial,
    onProgress: (done) => {
      if (done - shown >= 1_000_000 || done === rows) {
        shown = done;
        process.stderr.write(`\r${done.toLocaleString('en')} of ${rows.toLocaleString('en')} records…`);
      }
    },
  });
  renameSync(partial, file);
} finally {
  rmSync(partial, { force: true });
}
process.stderr.write('\n');
console.log(`${file}: ${rows.toLocaleString('en')} records in ${((performance.now() - started) / 1000).toFixed(1)} s`);
