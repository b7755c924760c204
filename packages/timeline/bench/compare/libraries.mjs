// How the side-by-side benchmark drives each library inside the page. Each `adapter`
// below is sent to the page as source text (page.evaluate), so each stays
// self-contained (no imports, no closures over this module) and leaves on
// `window.__lib` the same few functions:
//
//   convert(records)  the seeded records (see generate in in-page.mjs) in the library's own form
//   mount(options)    an empty 1000×500 px timeline in #host
//   load(data)        hands the data over (the first drawing is timed from here)
//   marksShown()      whether event marks have been drawn
//   span()            the visible span in ms
//   plot()            the element a wheel event goes to
//   setWindow(a, b)   the library's own call to show a–b (ms), without animation
//   wheelDeltaY       the legacy wheel delta of the wheel events this library gets

/** <summit-timeline>: records with an EDTF `date`; `zoomTo(start, end, false)`. */
function summitline() {
  const host = document.getElementById('host');
  let timeline;
  window.__lib = {
    wheelDeltaY: 120, // ignored: d3-zoom reads deltaY
    convert: (records) => records.map(({ id, title, kind, date }) => ({ id, title, kind, date })),
    async mount() {
      await customElements.whenDefined('summit-timeline');
      timeline = document.createElement('summit-timeline');
      timeline.style.width = '100%';
      host.append(timeline);
      await timeline.updateComplete;
    },
    load: (data) => (timeline.events = data),
    // SVG marks or clusters; a canvas layer also counts, should dense rows be drawn on one.
    marksShown: () => !!timeline.shadowRoot?.querySelector('[part~="event"], [part~="cluster"], canvas'),
    span() {
      const { start, end } = timeline.visibleRange;
      return end - start;
    },
    plot: () => timeline.shadowRoot.querySelector('[part~="plot"]'),
    setWindow: (start, end) => timeline.zoomTo(start, end, false),
  };
}

/** vis-timeline 8: items with ISO `start`/`end`, the kind as a class; `setWindow`. */
function vis() {
  const host = document.getElementById('host');
  let timeline;
  window.__lib = {
    // vis-timeline zooms on any wheel, Ctrl or not (its zoomKey is '' by default), by
    // 1 + (wheelDelta / 120) / 5 per event: 1.2× for Chromium's ±120.
    wheelDeltaY: 120,
    convert: (records) =>
      records.map(({ id, title, kind, start, end }) =>
        end ? { id, content: title, start, end, className: kind } : { id, content: title, start, className: kind },
      ),
    // No items yet: vis-timeline then fits its window to the first items it is given.
    mount: (options) => void (timeline = new window.vis.Timeline(host, undefined, options)),
    load: (data) => timeline.setItems(data),
    // vis-timeline keeps its root hidden until its first fitted drawing.
    marksShown() {
      const root = host.querySelector('.vis-timeline');
      return !!host.querySelector('.vis-item') && !!root && root.style.visibility !== 'hidden';
    },
    span() {
      const { start, end } = timeline.getWindow();
      return end - start;
    },
    plot: () => host.querySelector('.vis-panel.vis-center'),
    setWindow: (start, end) => timeline.setWindow(start, end, { animation: false }),
  };
}

/**
 * Apache ECharts 6 on a canvas: a time axis, a category axis of the kinds, and one
 * custom series drawing each event in its kind's row (a dot, or a bar for a span);
 * `dataZoom` inside with `zoomOnMouseWheel: 'ctrl'`; `dispatchAction` for a window.
 */
function echarts() {
  const host = document.getElementById('host');
  const KINDS = ['summit', 'meeting', 'visit', 'call', 'parade', 'agreement', 'statement', 'military', 'other'];
  const COLOURS = ['#1f77b4', '#ff7f0e', '#2ca02c', '#d62728', '#9467bd', '#8c564b', '#e377c2', '#7f7f7f', '#bcbd22'];
  const { graphic } = window.echarts;
  let chart;
  let loaded = false;
  let drawn = false;

  function renderItem(params, api) {
    const row = api.value(0);
    const from = api.value(1);
    const to = api.value(2);
    const [x0, y] = api.coord([from, row]);
    const fill = COLOURS[row % COLOURS.length];
    if (!(to > from)) return { type: 'circle', shape: { cx: x0, cy: y, r: 3 }, style: { fill } };
    const height = api.size([0, 1])[1] * 0.5;
    const x1 = api.coord([to, row])[0];
    const shape = graphic.clipRectByRect(
      { x: x0, y: y - height / 2, width: Math.max(1, x1 - x0), height },
      params.coordSys,
    );
    return shape && { type: 'rect', shape, style: { fill } };
  }

  window.__lib = {
    // ECharts zooms 1.1×, 1.2× or 1.4× per event for |wheelDelta| / 120 of 1, up to 3, or
    // more: ±240 (two notches at once, as Chromium sends for a faster turn) is its 1.2×.
    wheelDeltaY: 240,
    // Rows of [kind, start, end] as ISO dates; a single day's end is its start (a dot).
    convert: (records) => records.map(({ kind, start, end }) => [kind, start, end ?? start]),
    mount() {
      chart = window.echarts.init(host, null, { renderer: 'canvas' });
      chart.on('rendered', () => (drawn ||= loaded));
      chart.setOption({
        animation: false,
        grid: { left: 90, right: 20, top: 10, bottom: 30 },
        xAxis: { type: 'time' },
        yAxis: { type: 'category', data: KINDS, inverse: true },
        dataZoom: [
          {
            type: 'inside',
            xAxisIndex: 0,
            filterMode: 'weakFilter',
            zoomOnMouseWheel: 'ctrl',
            moveOnMouseWheel: false,
          },
        ],
        series: [
          {
            type: 'custom',
            renderItem,
            clip: true,
            dimensions: [
              { name: 'kind', type: 'ordinal' },
              { name: 'start', type: 'time' },
              { name: 'end', type: 'time' },
            ],
            encode: { x: [1, 2], y: 0 },
            data: [],
          },
        ],
      });
    },
    load(data) {
      loaded = true;
      chart.setOption({ series: [{ data }] });
    },
    marksShown: () => drawn,
    span() {
      const [start, end] = chart.getModel().getComponent('dataZoom', 0).getValueRange();
      return end - start;
    },
    plot: () => host.querySelector('canvas'),
    setWindow: (startValue, endValue) => chart.dispatchAction({ type: 'dataZoom', startValue, endValue }),
  };
}

/** The floor (compare/floor.mjs): the kind, ISO start and exclusive end of each event. */
function floor() {
  const host = document.getElementById('host');
  let timeline;
  window.__lib = {
    wheelDeltaY: 120, // ignored: the floor reads deltaY, as d3-zoom does
    convert: (records) => records.map(({ kind, start, end }) => ({ kind, start, end })),
    mount: () => void (timeline = new window.BenchFloor(host)),
    load: (data) => timeline.setData(data),
    marksShown: () => timeline.frames > 0,
    span: () => timeline.window[1] - timeline.window[0],
    plot: () => timeline.canvas,
    setWindow: (start, end) => timeline.setWindow(start, end),
  };
}

export const adapters = { summitline, vis, echarts, floor };
