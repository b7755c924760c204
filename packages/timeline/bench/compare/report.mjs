// Tables of the side-by-side benchmark: plain functions from its results to text, so
// the runner stays about running. Units are binary (KiB, MiB), as in the other
// benchmarks.

export const KIB = 1024;
export const MIB = 1024 * 1024;

export const int = (n) => Math.round(n).toLocaleString('en');
export const ms = (n) => (n >= 100 ? int(n) : n.toFixed(1));

/** "×3.4" for `value` ÷ `reference`, or '' where there is nothing to compare. */
export function ratio(value, reference) {
  if (value == null || reference == null || !(reference > 0) || !Number.isFinite(value)) return '';
  const r = value / reference;
  return `×${r >= 100 ? int(r) : r >= 10 ? r.toFixed(0) : r.toFixed(1)}`;
}

/** A text table: `rows` of cells, first column left-aligned, the rest right-aligned. */
export function layout(header, rows) {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells) =>
    cells
      .map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i])))
      .join('  ')
      .trimEnd();
  return [line(header), line(widths.map((w) => '─'.repeat(w))), ...rows.map(line)].join('\n');
}

/** The figures of one run that the table and the targets use (null: not measured). */
export function figures(run) {
  return {
    firstDraw: run.firstDraw.timedOut ? null : run.firstDraw.ms,
    wheelP50: run.wheel?.p50 ?? null,
    wheelP95: run.wheel?.p95 ?? null,
    scriptedP50: run.scripted?.p50 ?? null,
    scriptedP95: run.scripted?.p95 ?? null,
    loadTasks: run.loadTasks ?? null,
    loadLongest: run.loadTasks?.longest ?? null,
    nodes: run.nodes?.max ?? null,
    heap: run.heapBytes ?? null,
  };
}

/** Long tasks of both sweeps together, or null when neither ran. */
function zoomTasks(run) {
  const sweeps = [run.wheel, run.scripted].filter((s) => s?.tasks);
  if (!sweeps.length) return null;
  return {
    count: sweeps.reduce((n, s) => n + s.tasks.count, 0),
    longest: Math.max(...sweeps.map((s) => s.tasks.longest)),
  };
}

const tasksCell = (t) => (t == null ? '—' : t.count === 0 ? '0' : `${t.count}, ≤ ${int(t.longest)} ms`);

/** The p50 and p95 cells of one sweep, and a note when it stopped early. */
function sweepCells(run, name, label, limitSeconds, notes) {
  const sweep = run[name];
  if (!sweep) return ['—', '—'];
  const who = `${run.label} at ${int(run.events)}`;
  if (sweep.hung) {
    notes.add(`${who}: one ${label} step outlasted the ${limitSeconds} s limit; no frame figures after it`);
    return ['—', '—'];
  }
  const cells = [sweep.p50, sweep.p95].map((v) => (v == null ? '—' : ms(v)));
  if (!sweep.timedOut) return cells;
  notes.add(
    `* ${who}: the ${label} sweep stopped at the ${limitSeconds} s limit after ${sweep.stepsDone} of ${sweep.steps} steps; figures from those frames`,
  );
  return cells.map((c) => `${c} *`);
}

/** The one table: a row per library and size, the first drawing also as a multiple of the floor's. */
export function resultsTable(runs, limitSeconds) {
  const notes = new Set();
  const rows = runs.map((run) => {
    const f = figures(run);
    const floor = runs.find((r) => r.library === 'floor' && r.events === run.events);
    const who = `${run.label} at ${int(run.events)}`;
    let first = f.firstDraw == null ? '—' : ms(f.firstDraw);
    if (run.firstDraw.timedOut) {
      first = `> ${limitSeconds} s`;
      const after = run.firstDraw.ms ? `; it came after ${(run.firstDraw.ms / 1000).toFixed(0)} s` : '';
      notes.add(`${who}: no drawing within ${limitSeconds} s${after}, so no zoom`);
    }
    if (run.error) notes.add(`${who}: ${run.error}`);
    const floorMs = floor ? figures(floor).firstDraw : null;
    let timesFloor = ratio(f.firstDraw, floorMs) || '—';
    if (run.library === 'floor') timesFloor = '×1';
    else if (run.firstDraw.timedOut && floorMs) timesFloor = `> ${ratio(limitSeconds * 1000, floorMs)}`;
    return [
      run.label,
      int(run.events),
      first,
      timesFloor,
      ...sweepCells(run, 'wheel', 'wheel', limitSeconds, notes),
      ...sweepCells(run, 'scripted', 'scripted', limitSeconds, notes),
      tasksCell(run.loadTasks),
      tasksCell(zoomTasks(run)),
      f.nodes == null ? '—' : int(f.nodes),
      f.heap == null ? '—' : (f.heap / MIB).toFixed(1),
    ];
  });
  const header = [
    'library',
    'events',
    'first drawing ms',
    '÷ floor',
    'wheel p50',
    'wheel p95',
    'script p50',
    'script p95',
    'long tasks, load',
    'long tasks, zoom',
    'DOM nodes',
    'heap MiB',
  ];
  return [layout(header, rows), ...notes].join('\n');
}

/** What the columns mean, for the setup the run used. */
export function notesText(setup) {
  const { wheel, scripted, limitMs, settleMs } = setup;
  const seconds = limitMs / 1000;
  return `first drawing: from handing over the data (summitline's \`events\`, vis-timeline's setItems, ECharts'
  setOption, the floor's setData) to the end of the first frame after whose rendering event marks are
  drawn (vis-timeline: and its root is shown). ÷ floor: the same as a multiple of the floor's.
wheel p50/p95 (ms): one Ctrl+wheel event per frame, ${wheel.steps} in then ${wheel.steps} out, at the plot's centre,
  dispatched from a rAF callback (where Chromium delivers real wheel input); ${wheel.factorPerStep}× per step for every
  library (ECharts is given the legacy wheelDelta of ±240 that moves it 1.2×; vis-timeline also zooms
  with a plain wheel).
script p50/p95 (ms): ${2 * scripted.steps} windows, one per frame, about the data's centre, from its whole span down to
  1/${scripted.depth} of it in ${scripted.steps} geometric steps and back, each set through the library's own call: zoomTo(a, b,
  false), setWindow(a, b, { animation: false }), dispatchAction({ type: 'dataZoom', startValue,
  endValue }), the floor's setWindow. Frame intervals are vsync-bound: ~16.7 ms is the least.
long tasks: count, and the longest, of tasks over 50 ms (PerformanceObserver 'longtask'); load = from
  handing over the data until ${settleMs / 1000} s after the first drawing; zoom = both sweeps.
DOM nodes: elements in the timeline's box, shadow roots included, the most of after load and after each
  half of each sweep (a canvas is one node).
heap: performance.memory.usedJSHeapSize after load and two gc(), the page's whole heap (input data
  included as far as the library keeps it).
each run has its own browser, ${seconds} s for the first drawing and ${seconds} s for each sweep.
`;
}

/** Gzipped sizes side by side, with the ratio to the first. */
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

export function machineLines(m) {
  const loads = (l) => l.map((x) => x.toFixed(2)).join(' / ');
  return [
    `date: ${m.date}; summitline at ${m.commit} (${m.branch})${m.sourceChanged ? ' with uncommitted changes under packages/timeline/src' : ''}`,
    `CPU: ${m.cpuModel} × ${m.cpuCount}, ${(m.memoryBytes / 2 ** 30).toFixed(0)} GiB; ${m.platform}`,
    `Chromium ${m.chromium} (headless, ${m.chromiumPath}); Node ${m.node}`,
    `load average (1 / 5 / 15 min): ${loads(m.loadAverage.start)} at the start, ${loads(m.loadAverage.end)} at the end; ${m.loadAverage.highest.toFixed(2)} at most as a run began`,
  ].join('\n');
}
