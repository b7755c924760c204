// The floor: the least a browser must do to show these events on a zoomable timeline,
// written for the benchmark only, so that each library's timings have something to be
// measured against. One canvas; the events parsed and sorted once into typed arrays,
// a lane per kind; each frame one bar per occupied pixel column per lane. No text, no
// axis, no accessibility, no selection. It zooms as the others do: Ctrl+wheel at the
// pointer (d3-zoom's step: 2^(−deltaY × 0.002 × 10)) and a window set from script.
//
// `installFloor` is sent to the page as source text (see compare/run.mjs), so it stays
// self-contained; it leaves the class on `window.BenchFloor`.

export function installFloor() {
  const COLOURS = ['#1f77b4', '#ff7f0e', '#2ca02c', '#d62728', '#9467bd', '#8c564b', '#e377c2', '#7f7f7f', '#bcbd22'];
  const DAY = 86_400_000;

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
     * `items`: { kind, start, end? } with ISO dates, `end` exclusive (none: a point).
     * Parsed into typed arrays, ordered by start once, split into a lane per kind.
     */
    setData(items) {
      const n = items.length;
      const starts = new Float64Array(n);
      const ends = new Float64Array(n);
      const lane = new Uint8Array(n);
      const kinds = new Map();
      for (let i = 0; i < n; i++) {
        const item = items[i];
        starts[i] = Date.parse(item.start);
        ends[i] = item.end ? Date.parse(item.end) : starts[i];
        let k = kinds.get(item.kind);
        if (k === undefined) kinds.set(item.kind, (k = kinds.size));
        lane[i] = k;
      }
      const order = new Uint32Array(n);
      for (let i = 0; i < n; i++) order[i] = i;
      order.sort((a, b) => starts[a] - starts[b]);
      const counts = new Uint32Array(kinds.size);
      for (let i = 0; i < n; i++) counts[lane[i]]++;
      this.lanes = [...counts].map((count) => ({
        starts: new Float64Array(count),
        ends: new Float64Array(count),
        longest: 0, // the longest duration: how far before the window a span may start
        length: 0,
      }));
      let lo = Infinity;
      let hi = -Infinity;
      for (const i of order) {
        const l = this.lanes[lane[i]];
        l.starts[l.length] = starts[i];
        l.ends[l.length] = ends[i];
        l.longest = Math.max(l.longest, ends[i] - starts[i]);
        l.length++;
        lo = Math.min(lo, starts[i]);
        hi = Math.max(hi, ends[i]);
      }
      const pad = Math.max(DAY, (hi - lo) * 0.02);
      this.extent = n ? [lo - pad, hi + pad] : [0, DAY];
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
