// What the side-by-side benchmark runs inside the page, the same for every library.
// `installBench` is handed to page.evaluate, which sends its source text to the
// browser: it must stay self-contained (no imports, no closures over this module). It
// drives the library through `window.__lib` (see compare/libraries.mjs) and leaves
// everything the runner calls on `window.__bench`.

export function installBench() {
  const lib = window.__lib;
  const nextFrame = () => new Promise((resolve) => requestAnimationFrame(resolve));
  // A task posted from inside a frame runs after that frame's whole rendering update
  // (rAF callbacks, style, layout, ResizeObserver, paint), so its time is the end of
  // the frame's main-thread work.
  const afterFrame = () =>
    new Promise((resolve) => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => resolve(performance.now());
      channel.port2.postMessage(0);
    });

  // Every long task (over 50 ms) from here on; the node side sorts them into phases.
  const longTasks = [];
  const keep = (entries) => {
    for (const e of entries) longTasks.push({ start: e.startTime, duration: e.duration });
  };
  const observer = new PerformanceObserver((list) => keep(list.getEntries()));
  observer.observe({ type: 'longtask', buffered: true });
  /** Long tasks that overlap [from, to]: the task that hands over the data starts a little before t0. */
  const tasksIn = (from, to) => {
    keep(observer.takeRecords()); // entries not yet delivered to the callback
    const inside = longTasks.filter((t) => t.start < to && t.start + t.duration > from);
    return { count: inside.length, longest: Math.max(0, ...inside.map((t) => t.duration)) };
  };

  /** Elements under `root`, shadow roots (and theirs) included. */
  const countNodes = (root) => {
    let n = 0;
    for (const node of root.querySelectorAll('*')) n += 1 + (node.shadowRoot ? countNodes(node.shadowRoot) : 0);
    return n;
  };

  const host = document.getElementById('host');
  let extent; // [first start, last end] of the data, in ms

  /**
   * `count` seeded synthetic events (an LCG, seed 42), the same for every library:
   * 5 % whole months, 15 % spans of 1–9 days, the rest single days, 2000–2025; nine
   * kinds in turn. Each record has an EDTF `date` and ISO `start` and exclusive `end`
   * (none for a single day); the library's adapter takes what it reads.
   */
  function generate(count) {
    const kinds = ['summit', 'meeting', 'visit', 'call', 'parade', 'agreement', 'statement', 'military', 'other'];
    const day = 86_400_000;
    const origin = Date.UTC(2000, 0, 1);
    let seed = 42;
    const random = () => (seed = (seed * 1664525 + 1013904223) >>> 0) / 2 ** 32;
    const iso = (t) => new Date(t).toISOString().slice(0, 10);
    const records = new Array(count);
    let lo = Infinity;
    let hi = -Infinity;
    for (let i = 0; i < count; i++) {
      const start = origin + Math.floor(random() * 26 * 365) * day;
      const r = random();
      let date, end;
      if (r < 0.05) {
        const d = new Date(start);
        date = iso(start).slice(0, 7);
        end = Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 1);
        records[i] = { date, start: `${date}-01`, end: iso(end) };
        lo = Math.min(lo, Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), 1));
      } else if (r < 0.2) {
        const last = start + (1 + Math.floor(random() * 9)) * day;
        end = last + day;
        records[i] = { date: `${iso(start)}/${iso(last)}`, start: iso(start), end: iso(end) };
      } else {
        end = start + day;
        records[i] = { date: iso(start), start: iso(start) };
      }
      Object.assign(records[i], { id: `e${i}`, title: `Synthetic event number ${i}`, kind: kinds[i % kinds.length] });
      lo = Math.min(lo, start);
      hi = Math.max(hi, end);
    }
    extent = [lo, hi];
    window.__data = lib.convert(records);
    return extent;
  }

  /** Puts an empty timeline, 1000×500 px, on the page and lets it settle. */
  async function mount(options) {
    await lib.mount(options);
    await nextFrame();
    await nextFrame();
  }

  /**
   * First drawing: from handing over the data to the end of the first frame after
   * whose rendering the marks are drawn. Checked after each frame's rendering, so marks
   * added during a frame (in a rAF or ResizeObserver callback) count in that frame, and
   * marks added by a task between frames count in the next one, which paints them.
   */
  async function load(limitMs) {
    const data = window.__data;
    window.__data = null; // only what the library keeps should stay on the heap
    const t0 = performance.now();
    lib.load(data);
    let end;
    for (;;) {
      await nextFrame();
      end = await afterFrame();
      if (lib.marksShown()) break;
      if (end - t0 > limitMs) return { timedOut: true, ms: end - t0 };
    }
    return { timedOut: false, ms: end - t0, t0, end };
  }

  /** Long tasks from `t0` until `settleMs` after the first drawing (reading may go on after it). */
  async function settle(t0, settleMs) {
    await new Promise((resolve) => setTimeout(resolve, settleMs));
    return tasksIn(t0, performance.now());
  }

  /** JS heap after two forced collections (the page runs with --expose-gc). */
  function heap() {
    window.gc?.();
    window.gc?.();
    return performance.memory?.usedJSHeapSize ?? NaN;
  }

  /** The innermost element at (x, y), through shadow roots, as the browser would hit-test. */
  function deepestAt(x, y) {
    let el = document.elementFromPoint(x, y);
    while (el?.shadowRoot) {
      const inner = el.shadowRoot.elementFromPoint(x, y);
      if (!inner || inner === el) break;
      el = inner;
    }
    return el;
  }

  /**
   * `count` steps, one per frame, each taken in a requestAnimationFrame callback, where
   * Chromium also delivers real input (rAF-aligned), so each frame handles one step and
   * draws it. Frame times are the intervals between the callbacks' timestamps; the last
   * step's frame is closed by one more frame. Stops early, with the steps done so far,
   * at `deadline`.
   */
  async function steps(step, count, deadline) {
    const since = performance.now();
    const stamps = [];
    let done = 0;
    while (done < count && performance.now() < deadline) {
      stamps.push(await nextFrame());
      step(done);
      done++;
    }
    stamps.push(await nextFrame());
    const intervals = stamps.slice(1).map((t, i) => t - stamps[i]);
    return { done, intervals, tasks: tasksIn(since, performance.now()), span: lib.span(), nodes: countNodes(host) };
  }

  /**
   * Wheel sweep: `count` wheel events in, then as many out, at the plot's centre. The
   * events are those Chromium makes for a wheel with Ctrl held: `ctrlKey`, pixel
   * `deltaY`, and the legacy `wheelDeltaY` that vis-timeline and ECharts read.
   */
  async function wheel(deltaY, count, limitMs) {
    const deadline = performance.now() + limitMs;
    const box = lib.plot().getBoundingClientRect();
    const x = box.x + box.width / 2;
    const y = box.y + box.height / 2;
    const dispatch = (sign) => () =>
      deepestAt(x, y).dispatchEvent(
        new WheelEvent('wheel', {
          bubbles: true,
          cancelable: true,
          composed: true,
          view: window,
          clientX: x,
          clientY: y,
          ctrlKey: true,
          deltaMode: WheelEvent.DOM_DELTA_PIXEL,
          deltaY: sign * deltaY,
          wheelDeltaY: -sign * lib.wheelDeltaY,
        }),
      );
    const zoomIn = await steps(dispatch(-1), count, deadline);
    const zoomOut = zoomIn.done === count ? await steps(dispatch(1), count, deadline) : null;
    return { zoomIn, zoomOut };
  }

  /**
   * Scripted sweep: `count` windows about the data's centre, from the whole span down
   * to `1 / depth` of it in geometric steps, then as many back up to the whole, each set
   * with the library's own call (no animation).
   */
  async function scripted(count, depth, limitMs) {
    const deadline = performance.now() + limitMs;
    const [lo, hi] = extent;
    const centre = (lo + hi) / 2;
    const at = (k) => {
      const half = ((hi - lo) * depth ** (-k / count)) / 2;
      return [centre - half, centre + half];
    };
    // In: k = 1 … count (the deepest); out: k = count − 1 … 0 (the whole span).
    const zoomIn = await steps((i) => lib.setWindow(...at(i + 1)), count, deadline);
    const zoomOut =
      zoomIn.done === count ? await steps((i) => lib.setWindow(...at(count - 1 - i)), count, deadline) : null;
    return { zoomIn, zoomOut, windowIn: at(count), windowOut: at(0) };
  }

  window.__bench = {
    generate,
    mount,
    load,
    settle,
    heap,
    span: () => lib.span(),
    wheel,
    scripted,
    nodes: () => countNodes(host),
  };
}
