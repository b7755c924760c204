// The floor: the least a browser must do to show these events on a zoomable timeline,
// written for the benchmark only, so that each library's timings have something to be
// measured against. One canvas; the events read (at a day's resolution, as the data
// is) and sorted once into typed arrays, a lane per kind; each frame one bar per
// occupied pixel column per lane. No text, no axis, no accessibility, no selection. It
// zooms as the others do: Ctrl+wheel at the pointer (d3-zoom's step:
// 2^(−deltaY × 0.002 × 10)) and a window set from script.
//
// `installFloor` is sent to the page as source text (see compare/run.mjs), so it stays
// self-contained; it leaves the class on `window.BenchFloor`.

export function installFloor() {
  const COLOURS = ['#1f77b4', '#ff7f0e', '#2ca02c', '#d62728', '#9467bd', '#8c564b', '#e377c2', '#7f7f7f', '#bcbd22'];
  const DAY = 86_400_000;

  /** 'YYYY-MM-DD' → days since 1970-01-01, by arithmetic (the proleptic Gregorian calendar). */
  function dayOf(iso) {
    const at = (i) => iso.charCodeAt(i) - 48;
    const m = at(5) * 10 + at(6);
    const d = at(8) * 10 + at(9);
    const y = at(0) * 1000 + at(1) * 100 + at(2) * 10 + at(3) - (m <= 2 ? 1 : 0);
    const era = Math.floor(y / 400);
    const yoe = y - era * 400;
    const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
    return era * 146097 + yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy - 719468;
  }

  class BenchFloor {
    /** A canvas filling `host`, drawn once a frame at most. */
    constructor(host) {
      this.width = host.clientWidth;
      this.height = host.clientHeight;
      this.canvas = document.createElement('canvas');
      this.canvas.width = this.width;
      this.canvas.height = this.height;
      this.canvas.style.display = 'block';
      host.append(this.canvas);
      this.context = this.canvas.getContext('2d');
      this.lanes = [];
      this.extent = [0, 1];
      this.window = [0, 1];
      this.frames = 0; // frames drawn with data
      this.pending = false;
      this.canvas.addEventListener('wheel', (event) => this.wheel(event), { passive: false });
    }

    /**
     * `items`: { kind, start, end? } with ISO dates (YYYY-MM-DD), `end` exclusive (none:
     * a point). Read at the data's resolution, a day, into typed arrays; ordered by start
     * once with a numeric sort of (day, index) keys; split into a lane per kind.
     */
    setData(items) {
      const n = items.length;
      const starts = new Int32Array(n); // days since 1970-01-01
      const ends = new Int32Array(n);
      const lane = new Uint8Array(n);
      const kinds = new Map();
      let first = Infinity;
      let last = -Infinity;
      for (let i = 0; i < n; i++) {
        const item = items[i];
        starts[i] = dayOf(item.start);
        ends[i] = item.end ? dayOf(item.end) : starts[i];
        let k = kinds.get(item.kind);
        if (k === undefined) kinds.set(item.kind, (k = kinds.size));
        lane[i] = k;
        if (starts[i] < first) first = starts[i];
        if (ends[i] > last) last = ends[i];
      }
      // key = (start − first) × n + index: a plain numeric sort orders by start, and the
      // index comes back as key mod n.
      const keys = new Float64Array(n);
      for (let i = 0; i < n; i++) keys[i] = (starts[i] - first) * n + i;
      keys.sort();
      // Lane by lane, in start order, in two arrays: a lane's events from offset[k] on.
      const lanes = kinds.size;
      const offset = new Uint32Array(lanes + 1);
      for (let i = 0; i < n; i++) offset[lane[i] + 1]++;
      for (let k = 0; k < lanes; k++) offset[k + 1] += offset[k];
      const cursor = offset.slice(0, lanes);
      const sortedStarts = new Float64Array(n); // ms
      const sortedEnds = new Float64Array(n);
      const longest = new Float64Array(lanes); // how far before the window a span may start
      for (let j = 0; j < n; j++) {
        const i = keys[j] % n;
        const k = lane[i];
        const at = cursor[k]++;
        sortedStarts[at] = starts[i] * DAY;
        sortedEnds[at] = ends[i] * DAY;
        if (sortedEnds[at] - sortedStarts[at] > longest[k]) longest[k] = sortedEnds[at] - sortedStarts[at];
      }
      this.lanes = Array.from({ length: lanes }, (_, k) => ({
        starts: sortedStarts.subarray(offset[k], offset[k + 1]),
        ends: sortedEnds.subarray(offset[k], offset[k + 1]),
        longest: longest[k],
        length: offset[k + 1] - offset[k],
      }));
      const pad = Math.max(DAY, (last - first) * DAY * 0.02);
      this.extent = n ? [first * DAY - pad, last * DAY + pad] : [0, DAY];
      this.setWindow(...this.extent);
    }

    /** Shows `start`–`end` (ms) from the next frame on. */
    setWindow(start, end) {
      if (!(end > start)) return;
      this.window = [start, end];
      if (this.pending) return;
      this.pending = true;
      requestAnimationFrame(() => {
        this.pending = false;
        this.draw();
      });
    }

    /** Ctrl+wheel zooms about the pointer, within the data's extent and down to 10 days. */
    wheel(event) {
      if (!event.ctrlKey) return;
      event.preventDefault();
      const scale = 2 ** (-event.deltaY * (event.deltaMode ? 1 : 0.002) * 10);
      const [w0, w1] = this.window;
      const [e0, e1] = this.extent;
      const at = Math.min(1, Math.max(0, event.offsetX / this.width));
      const pointer = w0 + at * (w1 - w0);
      const span = Math.min(e1 - e0, Math.max(10 * DAY, (w1 - w0) / scale));
      const start = Math.min(e1 - span, Math.max(e0, pointer - at * span));
      this.setWindow(start, start + span);
    }

    draw() {
      const { context, width, height, lanes } = this;
      const [w0, w1] = this.window;
      const perMs = width / (w1 - w0);
      const laneHeight = height / Math.max(1, lanes.length);
      const bar = Math.max(1, Math.floor(laneHeight * 0.6));
      const columns = new Uint8Array(width);
      context.clearRect(0, 0, width, height);
      lanes.forEach((l, k) => {
        columns.fill(0);
        // The first event that can reach into the window: binary search on the starts.
        let i = 0;
        let j = l.length;
        const from = w0 - l.longest;
        while (i < j) {
          const m = (i + j) >>> 1;
          if (l.starts[m] < from) i = m + 1;
          else j = m;
        }
        for (; i < l.length && l.starts[i] <= w1; i++) {
          if (l.ends[i] < w0) continue;
          const x0 = Math.max(0, Math.floor((l.starts[i] - w0) * perMs));
          const x1 = Math.min(width - 1, Math.floor((l.ends[i] - w0) * perMs));
          for (let x = x0; x <= x1; x++) columns[x] = 1;
        }
        const y = Math.round(k * laneHeight + (laneHeight - bar) / 2);
        context.beginPath();
        for (let x = 0; x < width; x++) if (columns[x]) context.rect(x, y, 1, bar);
        context.fillStyle = COLOURS[k % COLOURS.length];
        context.fill();
      });
      if (lanes.length) this.frames++;
    }
  }

  window.BenchFloor = BenchFloor;
}
