// What the side-by-side benchmark runs inside the page. `installBench` is handed to
// page.evaluate, which sends its source text to the browser: it must stay
// self-contained (no imports, no closures over this module), and it leaves everything
// it needs on `window.__bench`.

/** Installs `window.__bench` for one library: 'summitline', 'vis' or 'vis-cluster'. */
export function installBench(library) {
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
  const isSummit = library === 'summitline';
  let timeline; // the <summit-timeline> element or the vis.Timeline

  /**
   * `count` seeded synthetic events (an LCG, seed 42), the same for every library:
   * 5 % whole months, 15 % spans of 1–9 days, the rest single days, 2000–2025; nine
   * kinds in turn. summitline gets them as records with an EDTF `date`; vis-timeline as
   * items with ISO `start` (and an exclusive `end` for spans), the kind as a class.
   */
  function generate(count) {
    const kinds = ['summit', 'meeting', 'visit', 'call', 'parade', 'agreement', 'statement', 'military', 'other'];
    const day = 86_400_000;
    const origin = Date.UTC(2000, 0, 1);
    let seed = 42;
    const random = () => (seed = (seed * 1664525 + 1013904223) >>> 0) / 2 ** 32;
    const iso = (t) => new Date(t).toISOString().slice(0, 10);
    const events = new Array(count);
    for (let i = 0; i < count; i++) {
      const start = origin + Math.floor(random() * 26 * 365) * day;
      const r = random();
      const title = `Synthetic event number ${i}`;
      const kind = kinds[i % kinds.length];
      let date, from, to;
      if (r < 0.05) {
        const d = new Date(start);
        date = iso(start).slice(0, 7);
        from = `${date}-01`;
        to = iso(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 1));
      } else if (r < 0.2) {
        const last = start + (1 + Math.floor(random() * 9)) * day;
        date = `${iso(start)}/${iso(last)}`;
        from = iso(start);
        to = iso(last + day);
      } else {
        date = from = iso(start);
      }
      events[i] = isSummit
        ? { id: `e${i}`, title, kind, date }
        : to
          ? { id: `e${i}`, content: title, start: from, end: to, className: kind }
          : { id: `e${i}`, content: title, start: from, className: kind };
    }
    window.__data = events;
    return count;
  }

  /** Puts an empty timeline, 1000×500 px, on the page and lets it settle. */
  async function mount(visOptions) {
    if (isSummit) {
      await customElements.whenDefined('summit-timeline');
      timeline = document.createElement('summit-timeline');
      timeline.style.width = '100%';
      host.append(timeline);
      await timeline.updateComplete;
    } else {
      // No items yet: vis-timeline then fits its window to the first items it is given.
      timeline = new window.vis.Timeline(host, undefined, visOptions);
    }
    await nextFrame();
    await nextFrame();
  }

  /** Whether the library's event marks are in the DOM (and, for vis-timeline, shown). */
  function marksShown() {
    if (isSummit) {
      // SVG marks or clusters; a canvas layer also counts, should dense rows be drawn on one.
      return !!timeline.shadowRoot?.querySelector('[part~="event"], [part~="cluster"], canvas');
    }
    // vis-timeline keeps its root hidden until its first fitted drawing.
    const root = host.querySelector('.vis-timeline');
    return !!host.querySelector('.vis-item') && !!root && root.style.visibility !== 'hidden';
  }

  /**
   * First drawing: from handing over the data (setting `events`; vis-timeline's
   * `setItems`) to the end of the first frame after whose rendering the marks are in
   * the DOM. Checked after each frame's rendering, so marks added during a frame (in a
   * rAF or ResizeObserver callback) count in that frame, and marks added by a task
   * between frames count in the next one, which is the one that paints them.
   */
  async function load(limitMs) {
    const data = window.__data;
    window.__data = null; // only what the library keeps should stay on the heap
    const t0 = performance.now();
    if (isSummit) timeline.events = data;
    else timeline.setItems(data);
    let end;
    for (;;) {
      await nextFrame();
      end = await afterFrame();
      if (marksShown()) break;
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

  /** The visible span in ms. */
  function span() {
    if (isSummit) {
      const { start, end } = timeline.visibleRange;
      return end - start;
    }
    const { start, end } = timeline.getWindow();
    return end - start;
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
   * Continuous zoom: `steps` wheel events, one per frame, each dispatched from a
   * requestAnimationFrame callback, where Chromium also delivers real wheel input
   * (rAF-aligned), so each frame handles exactly one step and draws it. The events
   * are those Chromium makes for a wheel with Ctrl held: `ctrlKey`, pixel `deltaY`,
   * and the legacy `wheelDeltaY` of ±120 that vis-timeline reads. Frame times are the
   * intervals between the callbacks' timestamps; the last step's frame is closed by
   * one more frame. Stops early, with the steps done so far, at `deadline`.
   */
  async function zoomSteps(deltaY, steps, deadline) {
    const plot = isSummit
      ? timeline.shadowRoot.querySelector('[part~="plot"]')
      : host.querySelector('.vis-panel.vis-center');
    const box = plot.getBoundingClientRect();
    const x = box.x + box.width / 2;
    const y = box.y + box.height / 2;
    const since = performance.now();
    const stamps = [];
    let done = 0;
    while (done < steps && performance.now() < deadline) {
      stamps.push(await nextFrame());
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
          deltaY,
          wheelDeltaY: deltaY < 0 ? 120 : -120,
        }),
      );
      done++;
    }
    stamps.push(await nextFrame());
    const intervals = stamps.slice(1).map((t, i) => t - stamps[i]);
    return { done, intervals, tasks: tasksIn(since, performance.now()), span: span(), nodes: countNodes(host) };
  }

  /** `steps` in, then (if there is time) as many out, within `limitMs` in all. */
  async function zoom(deltaY, steps, limitMs) {
    const deadline = performance.now() + limitMs;
    const zoomIn = await zoomSteps(-deltaY, steps, deadline);
    const zoomOut = zoomIn.done === steps ? await zoomSteps(deltaY, steps, deadline) : null;
    return { zoomIn, zoomOut };
  }

  window.__bench = {
    generate,
    mount,
    load,
    settle,
    heap,
    span,
    zoom,
    nodes: () => countNodes(host),
  };
}
