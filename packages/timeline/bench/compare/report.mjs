// Tables and targets of the side-by-side benchmark: plain functions from its results
// to text, so the runner stays about running. Units are binary (KiB, MiB), as in the
// other benchmarks; the issue's "40 KB" and "60 MB" are read as 40 KiB and 60 MiB.

const KIB = 1024;
const MIB = 1024 * 1024;

const int = (n) => Math.round(n).toLocaleString('en');
const ms = (n) => (n >= 100 ? int(n) : n.toFixed(1));

/** "×3.4" for a figure against summitline's, or '' where there is nothing to compare. */
function ratio(value, reference) {
  if (value == null || reference == null || !(reference > 0) || !Number.isFinite(value)) return '';
  const r = value / reference;
  return `×${r >= 100 ? int(r) : r >= 10 ? r.toFixed(0) : r.toFixed(1)}`;
}

/** A text table: `rows` of cells, first column left-aligned, the rest right-aligned. */
function layout(header, rows) {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells) =>
    cells
      .map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i])))
      .join('  ')
      .trimEnd();
  return [line(header), line(widths.map((w) => '─'.repeat(w))), ...rows.map(line)].join('\n');
}

/** The figures of one run that the table and the ratios use (null: not measured). */
export function figures(run) {
  const zoom = run.zoom;
  return {
    firstDraw: run.firstDraw.timedOut ? null : run.firstDraw.ms,
    p50: zoom?.p50 ?? null,
    p95: zoom?.p95 ?? null,
    loadLongest: run.loadTasks?.longest ?? null,
    zoomLongest: zoom?.tasks?.longest ?? null,
    nodes: run.nodes?.max ?? null,
    heap: run.heapBytes ?? null,
  };
}

/** The one table: a row per library and size, each figure with its ratio to summitline's. */
export function resultsTable(runs, limitSeconds) {
  const notes = new Set();
  const rows = runs.map((run) => {
    const f = figures(run);
    const ref = figures(runs.find((r) => r.library === 'summitline' && r.events === run.events) ?? run);
    const mine = run.library === 'summitline';
    const cell = (value, text, refValue) =>
      value == null ? '—' : `${text}${mine ? '' : ` ${ratio(value, refValue)}`}`.trim();
    const tasks = (t, refValue) =>
      t == null ? '—' : t.count === 0 ? '0' : cell(t.longest, `${t.count}, ≤ ${int(t.longest)} ms`, refValue);
    let first = cell(f.firstDraw, ms(f.firstDraw ?? 0), ref.firstDraw);
    if (run.firstDraw.timedOut) first = `> ${limitSeconds} s`;
    let p50 = cell(f.p50, ms(f.p50 ?? 0), ref.p50);
    let p95 = cell(f.p95, ms(f.p95 ?? 0), ref.p95);
    if (run.zoom?.hung) {
      notes.add(
        `${run.label} at ${int(run.events)}: one zoom step outlasted the ${limitSeconds} s limit; no frame figures`,
      );
    } else if (run.zoom?.timedOut) {
      p50 += ' *';
      p95 += ' *';
      notes.add(
        `* ${run.label} at ${int(run.events)}: zoom stopped at the ${limitSeconds} s limit after ${run.zoom.stepsDone} of ${run.zoom.steps} steps; figures from those frames`,
      );
    }
    if (run.firstDraw.timedOut) {
      const after = run.firstDraw.ms ? `; it came after ${(run.firstDraw.ms / 1000).toFixed(0)} s` : '';
      notes.add(`${run.label} at ${int(run.events)}: no drawing within ${limitSeconds} s${after}, so no zoom`);
    }
    if (run.error) notes.add(`${run.label} at ${int(run.events)}: ${run.error}`);
    return [
      run.label,
      int(run.events),
      first,
      p50,
      p95,
      tasks(run.loadTasks, ref.loadLongest),
      tasks(run.zoom?.tasks, ref.zoomLongest),
      cell(f.nodes, int(f.nodes ?? 0), ref.nodes),
      cell(f.heap, ((f.heap ?? 0) / MIB).toFixed(1), ref.heap),
    ];
  });
  const header = [
    'library',
    'events',
    'first drawing ms',
    'zoom p50 ms',
    'zoom p95 ms',
    'long tasks, load',
    'long tasks, zoom',
    'DOM nodes',
    'heap MiB',
  ];
  return [layout(header, rows), ...notes].join('\n');
}

/** Gzipped sizes side by side. */
export function bundleTable(bundles) {
  const rows = bundles.map((b) => [
    b.label,
    b.files.map((f) => f.name).join(' + '),
    `${(b.bytes / KIB).toFixed(1)} KiB`,
    `${(b.gzipBytes / KIB).toFixed(1)} KiB`,
    ratio(b.gzipBytes, bundles[0].gzipBytes) || '×1',
  ]);
  return layout(['library', 'files', 'minified', 'gzipped', 'ratio'], rows);
}

/**
 * The issue's targets against summitline's figures. `holds` is null where there is
 * no figure to judge (a run that failed).
 */
export function targets(runs, bundles) {
  const summit = (events) => runs.find((r) => r.library === 'summitline' && r.events === events);
  const list = [];
  const add = (target, value, shown, holds) => list.push({ target, value, shown, holds: value == null ? null : holds });
  for (const [events, limit] of [
    [1_000, 30],
    [10_000, 60],
    [100_000, 250],
  ]) {
    const run = summit(events);
    if (!run) continue;
    const f = figures(run);
    add(
      `first drawing ≤ ${limit} ms at ${int(events)}`,
      f.firstDraw,
      `${ms(f.firstDraw ?? 0)} ms`,
      f.firstDraw <= limit,
    );
  }
  const big = summit(100_000);
  if (big) {
    const longest = figures(big).loadLongest;
    add(
      'no task over 100 ms while 100,000 records are read',
      longest,
      longest ? `longest ${int(longest)} ms` : 'no long task',
      longest <= 100,
    );
  }
  const sizes = runs.filter((r) => r.library === 'summitline');
  for (const run of sizes) {
    const { p95 } = figures(run);
    add(`zoom p95 ≤ 20 ms at ${int(run.events)}`, p95, `${ms(p95 ?? 0)} ms`, p95 <= 20);
  }
  for (const run of sizes) {
    const { nodes } = figures(run);
    add(`DOM nodes ≤ 3,000 at ${int(run.events)}`, nodes, int(nodes ?? 0), nodes <= 3000);
  }
  if (big) {
    const { heap } = figures(big);
    add('JS heap ≤ 60 MiB at 100,000', heap, `${((heap ?? 0) / MIB).toFixed(1)} MiB`, heap <= 60 * MIB);
  }
  const embed = bundles.find((b) => b.library === 'summitline');
  if (embed) {
    add(
      'embed ≤ 40 KiB gzipped',
      embed.gzipBytes,
      `${(embed.gzipBytes / KIB).toFixed(1)} KiB`,
      embed.gzipBytes <= 40 * KIB,
    );
  }
  return list;
}

export function targetLines(list) {
  const width = Math.max(...list.map((t) => t.target.length));
  return list
    .map((t) => `${t.holds === null ? '?' : t.holds ? '✓' : '✗'}  ${t.target.padEnd(width)}  ${t.shown}`)
    .join('\n');
}

export function machineLines(m) {
  return [
    `CPU: ${m.cpuModel} × ${m.cpuCount}, ${(m.memoryBytes / 2 ** 30).toFixed(0)} GiB; ${m.platform}`,
    `Chromium ${m.chromium} (headless, ${m.chromiumPath}); Node ${m.node}`,
    `load average (1 min): ${m.loadAverage.start.toFixed(2)} at the start, ${m.loadAverage.end.toFixed(2)} at the end, ${m.loadAverage.highest.toFixed(2)} at most as a run began`,
    `summitline at ${m.commit}${m.sourceChanged ? ' with uncommitted changes under packages/timeline/src' : ''}`,
  ].join('\n');
}
