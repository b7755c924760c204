import { LitElement, html, nothing, svg, type PropertyValues } from 'lit';
import { customElement, property, query, state } from 'lit/decorators.js';
import { scaleUtc } from 'd3-scale';
import { zoomIdentity, type ZoomTransform } from 'd3-zoom';
import { KINDS, KIND_LABELS, type Kind } from './core/kinds.js';
import { normalize, type Problem, type TimelineItem } from './core/normalize.js';
import { fitDomain, maxZoom } from './core/scale.js';
import { chooseTicks } from './core/ticks.js';
import { blockMaxEnd, prefixMaxEnd, visibleRange } from './core/visible.js';
import { DAY_MS } from './core/edtf.js';
import { DEFAULT_BAND_LANES, layoutRow, type LayoutMark } from './core/layout.js';
import { dateFormat, describeCluster, describeItem, formatEventDate } from './core/format.js';
import { fetchRecords, readList } from './data-sources.js';
import { SummitErrorEvent } from './error-event.js';
import { countryName } from './country-names.js';
import { kindPath } from './kind-symbols.js';
import { renderLegend } from './legend.js';
import { densityBins, dragBrush, OVERVIEW_HEIGHT, renderOverview, type BrushMode } from './overview.js';
import { SummitRangeChangeEvent } from './range-change-event.js';
import type { SourceInfo, TimelineRecord } from './record.js';
import { SummitSelectEvent } from './select-event.js';
import './summit-event-card.js';
import { timelineStyles } from './summit-timeline.styles.js';
import { themeStyles } from './theme.styles.js';
import { ZoomController, type WheelZoom } from './zoom-controller.js';

/** Below this width the timeline becomes a vertical list, which reads better on a phone. */
export const NARROW_BREAKPOINT_PX = 480;
/** Height of one lane of marks. */
export const LANE_HEIGHT = 24;
/** Lanes in the single row (no grouping), and in each swimlane when grouped. */
export const LANES = { single: 6, grouped: 2 } as const;
/** Height of one lane of the strip of month- and year-long bands above each row's lanes. */
export const BAND_HEIGHT = 16;
/** Lanes in that strip. */
export const BAND_LANES = DEFAULT_BAND_LANES;
/** Height of the axis under the rows. */
export const AXIS_HEIGHT = 40;
/** Height of a swimlane's title line. */
export const ROW_LABEL_HEIGHT = 18;
/** How long the "Use Ctrl + scroll to zoom" hint stays. */
export const HINT_MS = 1600;
/** Items shown at once in the phone list, before "Show more". */
export const LIST_PAGE = 50;
const DAY = DAY_MS;

interface Row {
  key: string;
  label: string;
  items: TimelineItem[];
  maxEnd: Float64Array;
  blockEnds: Float64Array;
}

/** The year of a time, in the locale's digits and calendar era. */
function yearLabel(t: number, locale: string): string {
  return dateFormat(locale, { year: 'numeric' }).format(t);
}

interface PlacedMark {
  key: string;
  mark: LayoutMark;
  row: number;
  y: number;
  x: number;
  /** First and last of its events in time order. */
  first: TimelineItem;
  last: TimelineItem;
}

/**
 * A zoomable timeline of diplomatic events.
 *
 * Give it records through the `events` property, a `src` URL, or a light-DOM list
 * (`<ol><li data-date="2025-09-03" data-kind="parade">Victory Day parade</li></ol>`),
 * which is also what readers without JavaScript see. Marks show the kind by colour
 * and shape; day events are points, multi-day events bars, month- or year-long events
 * soft bands, planned ones hollow and dashed. Marks that would collide merge into a
 * cluster with a count, which splits as you zoom in.
 *
 * Gestures: drag to pan; Ctrl/⌘ + wheel or a trackpad pinch zooms around the pointer
 * (a plain wheel scrolls the page, unless `wheel-zoom="free"`); touch pinch and drag;
 * double-click zooms in. Keyboard (the timeline is one tab stop): ←/→ previous/next
 * event, ↑/↓ lane, Home/End first/last, Enter/Space select (on a cluster: zoom into
 * it), Escape close the card, +/− zoom, 0 fit all. Below 480 px wide it shows a
 * chronological list instead.
 *
 * @summary Zoomable, accessible timeline of diplomatic events.
 *
 * @fires summit-select - An event was selected. `detail: { id, event }`.
 * @fires summit-rangechange - The visible range changed. `detail: { start: Date, end: Date }`.
 * @fires summit-error - Records were invalid or `src` failed. `detail: { problems: { index, id?, field, message }[] }`; bad records are skipped, the rest draw.
 *
 * @slot - A fallback `<ol>` (or `<ul>`) of `<li data-date data-kind [data-id] [data-end] [data-status]>` items, read as data when no `events` or `src` is given; not shown once the element runs.
 *
 * @csspart legend - The list of kind toggles.
 * @csspart legend-item - One kind toggle button.
 * @csspart controls - The zoom buttons.
 * @csspart plot - The SVG of the rows and axis.
 * @csspart axis - The time axis.
 * @csspart event - One event mark.
 * @csspart cluster - A cluster mark (several events).
 * @csspart overview - The overview strip of the whole span.
 * @csspart brush - The overview's window over the current view.
 * @csspart card - The card of the selected event (`<summit-event-card>`).
 * @csspart list - The phone layout's list.
 *
 * @cssprop --summit-foreground - Text and strong lines. Default: near-black, near-white in dark mode.
 * @cssprop --summit-background - Background behind labels and cards.
 * @cssprop --summit-muted - Secondary text: axis labels, counts, dates.
 * @cssprop --summit-grid - Grid lines and borders.
 * @cssprop --summit-accent - Focus ring and the overview's brush.
 * @cssprop --summit-surface - Fill of cluster marks.
 * @cssprop --summit-font - Font family.
 * @cssprop --summit-color-summit - Colour of summits.
 * @cssprop --summit-color-meeting - Colour of meetings and talks.
 * @cssprop --summit-color-visit - Colour of visits.
 * @cssprop --summit-color-call - Colour of phone calls.
 * @cssprop --summit-color-parade - Colour of parades.
 * @cssprop --summit-color-agreement - Colour of agreements.
 * @cssprop --summit-color-statement - Colour of statements.
 * @cssprop --summit-color-military - Colour of military events.
 * @cssprop --summit-color-legislation - Colour of legislation.
 * @cssprop --summit-color-inauguration - Colour of inaugurations.
 * @cssprop --summit-color-other - Colour of other events.
 */
@customElement('summit-timeline')
export class SummitTimeline extends LitElement {
  static override styles = [themeStyles, timelineStyles];

  /** The records to draw (`DiplomaticEvent`s of `@summitline/events`, or any objects with `id`, `title`, `kind` and `date` or `start`/`end`). Takes precedence over `src` and the light-DOM list. */
  @property({ attribute: false }) events?: readonly unknown[];

  /** URL of a JSON array of records, or of an object with an `events` array (and optionally `sources`, to credit quotes). */
  @property() src?: string;

  /** The articles quoted by the records (`sources` of `@summitline/events`), so that the card credits publisher and headline. */
  @property({ attribute: false }) sources: readonly SourceInfo[] = [];

  /** Start of the initial window (ISO date); default: fit all events. */
  @property() start?: string;

  /** End of the initial window (ISO date); default: fit all events. */
  @property() end?: string;

  /** Space-separated kinds to show (`"summit visit"`); empty or absent shows every kind. The legend toggles it. */
  @property({ reflect: true }) kinds?: string;

  /** `none`, `kind` or `country`: one labelled swimlane per kind or per country (an event with several countries appears in each of their lanes). */
  @property({ attribute: 'group-by', reflect: true }) groupBy: 'none' | 'kind' | 'country' = 'none';

  /** Id of the selected event, whose card is shown. */
  @property({ reflect: true }) selected?: string;

  /** Keep `selected` and `location.hash` in step: `#event-id` selects and reveals that event on load. */
  @property({ type: Boolean, attribute: 'hash-link' }) hashLink = false;

  /** `ctrl`: a plain wheel scrolls the page and Ctrl/⌘ + wheel or pinch zooms (with a hint); `free`: the wheel zooms. */
  @property({ attribute: 'wheel-zoom' }) wheelZoom: WheelZoom = 'ctrl';

  /** BCP 47 language tag for dates and labels; default: the nearest `lang` in the document. */
  @property() locale?: string;

  /** `light` or `dark`; default: the reader's `prefers-color-scheme`. */
  @property({ reflect: true }) theme?: 'light' | 'dark';

  /** Accessible name of the timeline. */
  @property() label = 'Timeline of events';

  @state() private items: TimelineItem[] = [];
  private byId = new Map<string, TimelineItem>();
  @state() private loading = false;
  @state() private loadError?: string;
  @state() private width = 0;
  @state() private transform: ZoomTransform = zoomIdentity;
  @state() private focusId?: string;
  @state() private hint = false;
  @state() private announcement = '';
  @state() private listCount = LIST_PAGE;

  @query('svg.plot') private plot?: SVGSVGElement;

  private rows: Row[] = [];
  private counts = new Map<Kind, number>();
  private shown: TimelineItem[] = [];
  private domain: [number, number] = [0, 1];
  /** First start and last day of the events, for the overview's end labels. */
  private span: [number, number] = [0, 1];
  private bins = new Uint32Array(1);
  private placed: PlacedMark[] = [];
  private widths = new Map<string, number>();
  private measure?: CanvasRenderingContext2D | null;
  private hintTimer = 0;
  private announceTimer = 0;
  private abort?: AbortController;
  private initialWindowDone = false;
  private lastRange = '';
  private resizeObserver?: ResizeObserver;

  private readonly zoom = new ZoomController(this, {
    wheelZoom: () => this.wheelZoom,
    onZoom: (transform) => {
      this.transform = transform;
      this.scheduleAnnouncement();
    },
    onPlainWheel: () => this.showHint(),
  });

  /** The dates currently in view. */
  get visibleRange(): { start: Date; end: Date } {
    const [start, end] = this.view().domain();
    return { start: start!, end: end! };
  }

  /** Zooms and pans so that `start`–`end` fills the width. */
  zoomTo(start: Date | string | number, end: Date | string | number, animate = true): void {
    const base = this.baseScale();
    const [a, b] = [+new Date(start), +new Date(end)];
    if (!Number.isFinite(a) || !Number.isFinite(b) || b <= a || !this.width) return;
    const k = this.width / (base(b) - base(a));
    this.zoom.moveTo(zoomIdentity.scale(k).translate(-base(a), 0), animate);
  }

  /** Zooms out to show every event. */
  fit(animate = true): void {
    this.zoom.moveTo(zoomIdentity, animate);
  }

  /** Brings an event into view, focuses its mark and selects it. */
  focusEvent(id: string): void {
    const item = this.byId.get(id);
    if (!item) return;
    this.reveal(item);
    this.focusId = id;
    this.select(id);
    this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('.chart')?.focus());
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.resizeObserver = new ResizeObserver(([entry]) => {
      const width = Math.floor(entry!.contentRect.width);
      // Next frame: a re-render inside the observer's callback would loop.
      if (width !== this.width) requestAnimationFrame(() => (this.width = width));
    });
    this.resizeObserver.observe(this);
    window.addEventListener('hashchange', this.onHashChange);
    if (this.hashLink) this.onHashChange();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.resizeObserver?.disconnect();
    this.abort?.abort();
    window.removeEventListener('hashchange', this.onHashChange);
    clearTimeout(this.hintTimer);
    clearTimeout(this.announceTimer);
  }

  protected override willUpdate(changed: PropertyValues): void {
    if (changed.has('events') || changed.has('src') || !this.hasUpdated) this.loadData();
    if (changed.has('items') || changed.has('kinds') || changed.has('groupBy') || changed.has('width')) {
      this.arrange();
    }
  }

  protected override updated(changed: PropertyValues): void {
    this.zoom.attach(this.plot);
    if (this.plot && (changed.has('width') || changed.has('items') || changed.has('groupBy') || changed.has('kinds'))) {
      this.zoom.setExtent(this.width, this.plotHeight(), maxZoom(this.domain, this.width));
      if (!this.initialWindowDone && this.items.length && this.width) {
        this.initialWindowDone = true;
        if (this.start && this.end) this.zoomTo(this.start, this.end, false);
        if (this.selected) this.revealSelected();
      }
    }
    const { start, end } = this.visibleRange;
    const range = `${+start}/${+end}`;
    if (this.items.length && this.width && range !== this.lastRange) {
      this.lastRange = range;
      this.dispatchEvent(new SummitRangeChangeEvent(start, end));
    }
    if (changed.has('selected') && this.hashLink && this.selected && location.hash.slice(1) !== this.selected) {
      history.replaceState(history.state, '', `#${encodeURIComponent(this.selected)}`);
    }
  }

  // Data: records → normalised items, once per data change.

  private loadData(): void {
    this.abort?.abort();
    if (this.events) return this.setRecords(this.events);
    if (this.src) {
      const controller = (this.abort = new AbortController());
      this.loading = true;
      this.loadError = undefined;
      fetchRecords(this.src, controller.signal).then(
        ({ records, sources }) => {
          if (controller.signal.aborted) return;
          this.loading = false;
          if (sources && !this.sources.length) this.sources = sources;
          this.setRecords(records);
        },
        (error: Error) => {
          if (controller.signal.aborted) return;
          this.loading = false;
          this.loadError = error.message;
          this.items = [];
          this.byId = new Map();
          this.dispatchEvent(new SummitErrorEvent([{ index: -1, field: 'src', message: error.message }]));
        },
      );
      return;
    }
    this.setRecords(readList(this));
  }

  private setRecords(records: readonly unknown[]): void {
    const { items, problems } = normalize(records);
    this.items = items;
    this.byId = new Map(items.map((item) => [item.id, item]));
    this.loadError = undefined;
    this.initialWindowDone = false;
    this.transform = zoomIdentity;
    this.zoom.transform = zoomIdentity;
    if (problems.length) this.dispatchEvent(new SummitErrorEvent(problems as Problem[]));
  }

  private activeKinds(): Set<Kind> {
    const wanted = (this.kinds ?? '').split(/\s+/).filter((k): k is Kind => (KINDS as readonly string[]).includes(k));
    return new Set(wanted.length ? wanted : KINDS);
  }

  /** Filters and groups the items into rows; runs when data, filter, grouping or width change, not per frame. */
  private arrange(): void {
    const active = this.activeKinds();
    this.counts = new Map();
    for (const item of this.items) this.counts.set(item.kind, (this.counts.get(item.kind) ?? 0) + 1);
    this.shown = this.items.filter((item) => active.has(item.kind));
    const groups = new Map<string, TimelineItem[]>();
    const add = (key: string, item: TimelineItem) => {
      let list = groups.get(key);
      if (!list) groups.set(key, (list = []));
      list.push(item);
    };
    for (const item of this.shown) {
      if (this.groupBy === 'kind') add(item.kind, item);
      else if (this.groupBy === 'country') for (const c of item.countries.length ? item.countries : ['—']) add(c, item);
      else add('all', item);
    }
    const keys = [...groups.keys()];
    if (this.groupBy === 'kind') keys.sort((a, b) => KINDS.indexOf(a as Kind) - KINDS.indexOf(b as Kind));
    else keys.sort((a, b) => groups.get(b)!.length - groups.get(a)!.length || a.localeCompare(b));
    this.rows = keys.map((key) => {
      const items = groups.get(key)!;
      const label =
        this.groupBy === 'kind'
          ? KIND_LABELS[key as Kind]
          : this.groupBy === 'country'
            ? countryName(key, this.resolvedLocale)
            : '';
      return { key, label, items, maxEnd: prefixMaxEnd(items), blockEnds: blockMaxEnd(items) };
    });
    this.domain = fitDomain(this.items);
    let last = -Infinity;
    for (const item of this.items) last = Math.max(last, item.end - DAY);
    this.span = [this.items[0]?.start ?? 0, last];
    const starts = new Float64Array(this.shown.length);
    this.shown.forEach((item, i) => (starts[i] = item.start));
    this.bins = densityBins(starts, this.domain, Math.max(1, Math.floor(this.width / 3)));
  }

  // Scales: the base scale fits all; the zoom transform rescales it.

  private baseScale() {
    return scaleUtc()
      .domain(this.domain)
      .range([0, Math.max(1, this.width)]);
  }

  private view() {
    return this.transform.rescaleX(this.baseScale());
  }

  private rowHeight(): number {
    const lanes = this.groupBy === 'none' ? LANES.single : LANES.grouped;
    return (this.groupBy === 'none' ? 0 : ROW_LABEL_HEIGHT) + BAND_LANES * BAND_HEIGHT + lanes * LANE_HEIGHT + 6;
  }

  private plotHeight(): number {
    return Math.max(1, this.rows.length) * this.rowHeight() + AXIS_HEIGHT;
  }

  /** @internal */
  get resolvedLocale(): string {
    return this.locale || this.closest('[lang]')?.getAttribute('lang') || navigator.language || 'en-GB';
  }

  private labelWidth = (item: TimelineItem): number => {
    let width = this.widths.get(item.id);
    if (width === undefined) {
      this.measure ??= document.createElement('canvas').getContext('2d');
      if (this.measure) {
        const style = getComputedStyle(this);
        this.measure.font = `13px ${style.fontFamily}`;
        width = Math.ceil(this.measure.measureText(item.title).width) + 6;
      } else {
        width = item.title.length * 7;
      }
      this.widths.set(item.id, width);
    }
    return width;
  };

  // Rendering.

  override render() {
    if (this.loading) return html`<p class="message" role="status">Loading events…</p>`;
    if (this.loadError)
      return html`<p class="message error" role="alert">Could not show the timeline: ${this.loadError}</p>`;
    if (!this.items.length) return html`<p class="message" role="status">No events to show.</p>`;
    // Until the first measurement there is no width to lay out in.
    if (!this.width) return html`<p class="message" role="status">Loading events…</p>`;
    const narrow = this.width < NARROW_BREAKPOINT_PX;
    return html`
      <div class="top">
        ${renderLegend(this.counts, this.activeKinds(), (kind) => this.toggleKind(kind))}
        ${
          narrow
            ? nothing
            : html`<div class="controls" part="controls">
                <button type="button" aria-label="Zoom in" title="Zoom in (+)" @click=${() => this.zoomBy(2)}>+</button>
                <button type="button" aria-label="Zoom out" title="Zoom out (−)" @click=${() => this.zoomBy(0.5)}>
                  −
                </button>
                <button type="button" aria-label="Show all" title="Show all (0)" @click=${() => this.fit()}>⤢</button>
              </div>`
        }
      </div>
      ${narrow ? this.renderList() : this.renderChart()} ${this.renderCard()}
      <div class="visually-hidden" role="status" aria-live="polite">${this.announcement}</div>
    `;
  }

  private renderChart() {
    const x = this.view();
    const [from, to] = x.domain().map(Number) as [number, number];
    const rowHeight = this.rowHeight();
    const lanes = this.groupBy === 'none' ? LANES.single : LANES.grouped;
    const placed: PlacedMark[] = [];
    // A UTC time scale is linear in milliseconds; plain arithmetic keeps the per-mark cost low.
    const k = this.width / Math.max(1, to - from);
    const scale = (t: number) => (t - from) * k;
    const invert = (px: number) => from + px / k;
    const rowsSvg = this.rows.map((row, r) => {
      const top = r * rowHeight + (this.groupBy === 'none' ? 0 : ROW_LABEL_HEIGHT);
      const [lo, hi] = visibleRange(row.items, row.maxEnd, from, to);
      const marks = layoutRow(row.items, lo, hi, {
        scale,
        invert,
        blockEnds: row.blockEnds,
        width: this.width,
        maxLanes: lanes,
        bandLanes: BAND_LANES,
        labelWidth: this.labelWidth,
      });
      for (const mark of marks) {
        const y =
          mark.lane < 0
            ? top + 2 + (-1 - mark.lane) * BAND_HEIGHT
            : top + BAND_LANES * BAND_HEIGHT + mark.lane * LANE_HEIGHT + LANE_HEIGHT / 2;
        const first = mark.type === 'cluster' ? mark.first : mark.item;
        const last = mark.type === 'cluster' ? mark.last : mark.item;
        const key = `${mark.type === 'cluster' ? 'c' : 'e'}:${r}:${first.id}`;
        placed.push({ key, mark, row: r, y, x: (mark.x0 + mark.x1) / 2, first, last });
      }
      return svg`<g class="row">
        ${
          this.groupBy === 'none'
            ? null
            : svg`<line class="row-rule" x1="0" x2=${this.width} y1=${r * rowHeight + 0.5} y2=${r * rowHeight + 0.5}></line>
          <text class="row-label" x="4" y=${r * rowHeight + 13}>${row.label}</text>`
        }
      </g>`;
    });
    placed.sort((a, b) => a.x - b.x || a.row - b.row || a.y - b.y);
    this.placed = placed;
    const focused = this.focusedMark();
    const height = this.plotHeight();
    const axisTop = height - AXIS_HEIGHT;
    const { minor, major } = chooseTicks([from, to], this.width, this.resolvedLocale);
    const brush = this.brushExtent();
    // An axis label that would run past the right edge is left out rather than cut.
    const fitsRight = (at: number, label: string) => at + 3 + label.length * 7 <= this.width;
    const { start, end } = { start: new Date(from), end: new Date(to) };
    return html`
      <div
        class="chart"
        tabindex="0"
        role="listbox"
        aria-roledescription="timeline"
        aria-label=${`${this.label}: ${this.shown.length} events, showing ${describeRange(start, end, this.resolvedLocale)}`}
        aria-activedescendant=${focused ? markDomId(focused.key) : nothing}
        @keydown=${this.onKeyDown}
        @focus=${this.onChartFocus}
      >
        <svg
          class="plot"
          part="plot"
          width=${this.width}
          height=${height}
          @click=${this.onPlotClick}
          @dblclick=${this.onDoubleClick}
        >
          ${rowsSvg} ${placed.filter((p) => p.mark.type === 'event' && p.mark.lane < 0).map((p) => this.renderMark(p))}
          ${placed.filter((p) => !(p.mark.type === 'event' && p.mark.lane < 0)).map((p) => this.renderMark(p))}
          ${focused ? this.renderFocusRing(focused) : null}
          <g class="axis" part="axis" transform="translate(0 ${axisTop})" aria-hidden="true">
            <line x1="0" x2=${this.width} y1="0.5" y2="0.5"></line>
            ${minor.map((t) => svg`<g class="minor" transform="translate(${Math.round(x(t.value)) + 0.5} 0)"><line y2="6"></line>${fitsRight(x(t.value), t.label) ? svg`<text x="3" y="17">${t.label}</text>` : null}</g>`)}
            ${major.map((t) => svg`<g class="major" transform="translate(${Math.max(0, Math.round(x(t.value))) + 0.5} 0)"><line y1=${-axisTop} y2="36" stroke-dasharray="2 3"></line>${fitsRight(Math.max(0, x(t.value)), t.label) ? svg`<text x="3" y="34">${t.label}</text>` : null}</g>`)}
          </g>
        </svg>
        ${this.hint ? html`<div class="hint" aria-hidden="true">${hintText()}</div>` : nothing}
      </div>
      <svg
        class="overview"
        part="overview"
        width=${this.width}
        height=${OVERVIEW_HEIGHT}
        role="slider"
        aria-label="Overview of the whole span; the highlighted window is the view"
        aria-valuetext=${describeRange(start, end, this.resolvedLocale)}
        @pointerdown=${this.onBrushDown}
      >
        <rect
          class="overview-frame"
          x="0.5"
          y="0.5"
          width=${this.width - 1}
          height=${OVERVIEW_HEIGHT - 1}
          rx="3"
        ></rect>
        ${renderOverview(this.bins, this.width, brush)}
      </svg>
      <div class="overview-span" aria-hidden="true">
        ${this.span.map((t) => html`<span>${yearLabel(t, this.resolvedLocale)}</span>`)}
      </div>
    `;
  }

  private renderMark(p: PlacedMark) {
    const { mark } = p;
    const id = markDomId(p.key);
    if (mark.type === 'cluster') {
      const w = Math.max(26, mark.x1 - mark.x0);
      const label = describeCluster(mark.count, mark.start, mark.end, this.resolvedLocale);
      return svg`<g class="cluster" part="cluster" id=${id} role="option" aria-selected="false" aria-label=${label} data-key=${p.key}>
        <title>${label}</title>
        <rect x=${p.x - w / 2} y=${p.y - 9} width=${w} height="18" rx="9"></rect>
        <text x=${p.x} y=${p.y + 4.5}>${mark.count}</text>
      </g>`;
    }
    const item = mark.item;
    const classes = `event${item.planned ? ' planned' : ''}${item.id === this.selected ? ' selected' : ''}`;
    const label = describeItem(item, this.resolvedLocale);
    const style = `--_kind: var(--_c-${item.kind})`;
    let shape;
    if (mark.shape === 'band') {
      shape = svg`<rect class="band" x=${mark.x0} y=${p.y} width=${Math.max(2, mark.x1 - mark.x0)} height=${BAND_HEIGHT - 3} rx="3"></rect>`;
    } else if (mark.shape === 'bar') {
      shape = svg`<rect class="bar" x=${mark.x0} y=${p.y - 5} width=${Math.max(3, mark.x1 - mark.x0)} height="10" rx="2"></rect>`;
    } else {
      shape = svg`<path class="symbol" transform="translate(${p.x} ${p.y})" d=${kindPath(item.kind, 90)}></path>`;
    }
    const labelY = mark.lane < 0 ? p.y + 10 : p.y + 4.5;
    return svg`<g class=${classes} part="event" style=${style} id=${id} role="option" aria-selected=${item.id === this.selected ? 'true' : 'false'} aria-label=${label} data-key=${p.key}>
      <title>${label}</title>
      ${shape}
      ${mark.labelX != null ? svg`<text x=${mark.labelX} y=${labelY}>${item.title}</text>` : null}
    </g>`;
  }

  private renderFocusRing(p: PlacedMark) {
    const { mark } = p;
    if (mark.type === 'event' && mark.shape === 'band') {
      return svg`<rect class="focus-ring" x=${mark.x0 - 3} y=${p.y - 3} width=${Math.max(8, mark.x1 - mark.x0 + 6)} height=${BAND_HEIGHT + 3} rx="4"></rect>`;
    }
    const w = mark.type === 'cluster' ? Math.max(26, mark.x1 - mark.x0) + 8 : Math.max(18, mark.x1 - mark.x0 + 12);
    return svg`<rect class="focus-ring" x=${p.x - w / 2} y=${p.y - 13} width=${w} height="26" rx="8"></rect>`;
  }

  private renderList() {
    const locale = this.resolvedLocale;
    const items = this.shown.slice(0, this.listCount);
    let lastYear = '';
    let lastEnd = items[0]?.start ?? 0;
    const yearFormat = dateFormat(locale, { year: 'numeric' });
    return html`<ol class="list" part="list" aria-label=${this.label}>
        ${items.map((item) => {
          const year = yearFormat.format(item.start);
          const heading = year !== lastYear ? html`<li class="year" aria-hidden="true">${year}</li>` : nothing;
          lastYear = year;
          // The rail is time-proportional: a longer gap between events, a longer stretch of rail.
          const gap = Math.min(40, Math.round(Math.log2(1 + Math.max(0, item.start - lastEnd) / DAY) * 3));
          lastEnd = Math.max(lastEnd, item.start);
          return html`${heading}
            <li
              class="item${item.planned ? ' planned' : ''}"
              style="--_kind: var(--_c-${item.kind}); margin-top: ${gap}px"
            >
              <button
                type="button"
                part="event"
                aria-expanded=${item.id === this.selected ? 'true' : 'false'}
                aria-label=${describeItem(item, locale)}
                @click=${() => this.select(item.id === this.selected ? undefined : item.id)}
              >
                <svg width="14" height="14" viewBox="-7 -7 14 14" aria-hidden="true">
                  <path class="symbol" d=${kindPath(item.kind, 70)}></path>
                </svg>
                <span class="when">${formatEventDate(item, locale)}</span>
                <span class="what">${item.title}</span>
              </button>
            </li>`;
        })}
      </ol>
      ${
        this.shown.length > this.listCount
          ? html`<button type="button" class="more" @click=${() => (this.listCount += LIST_PAGE)}>
              Show more (${this.shown.length - this.listCount} left)
            </button>`
          : nothing
      }`;
  }

  private renderCard() {
    const item = this.selected ? this.byId.get(this.selected) : undefined;
    if (!item) return nothing;
    return html`<div class="card-wrap">
      <summit-event-card
        part="card"
        .event=${item.record as TimelineRecord}
        .sources=${this.sources}
        locale=${this.resolvedLocale}
        theme=${this.theme ?? nothing}
      ></summit-event-card>
      <button type="button" class="close" aria-label="Close" title="Close (Esc)" @click=${() => this.closeCard()}>
        ×
      </button>
    </div>`;
  }

  // Interaction.

  private select(id: string | undefined): void {
    this.selected = id;
    if (!id) return;
    const item = this.byId.get(id);
    if (item) this.dispatchEvent(new SummitSelectEvent(id, item.record as TimelineRecord));
  }

  private closeCard(): void {
    const was = this.selected;
    this.selected = undefined;
    if (this.hashLink && location.hash) history.replaceState(history.state, '', location.pathname + location.search);
    if (was) {
      this.focusId = was;
      this.renderRoot.querySelector<HTMLElement>('.chart')?.focus();
    }
  }

  private toggleKind(kind: Kind): void {
    const active = this.activeKinds();
    if (active.has(kind)) active.delete(kind);
    else active.add(kind);
    const present = KINDS.filter((k) => this.counts.has(k));
    this.kinds = present.every((k) => active.has(k))
      ? undefined
      : [...active].filter((k) => this.counts.has(k)).join(' ');
  }

  private zoomBy(factor: number, center = this.width / 2): void {
    const t = this.transform;
    const k = t.k * factor;
    const xBase = t.invertX(center);
    this.zoom.moveTo(zoomIdentity.translate(center - xBase * k, 0).scale(k), true);
  }

  /** Pans (and zooms in if needed) so the item is in view, centred. */
  private reveal(item: TimelineItem): void {
    const x = this.view();
    const [from, to] = x.domain().map(Number) as [number, number];
    if (item.start >= from && item.end <= to) return;
    const span = Math.max(to - from, item.end - item.start);
    const mid = (item.start + item.end) / 2;
    this.zoomTo(mid - span / 2, mid + span / 2);
  }

  private revealSelected(): void {
    const item = this.selected ? this.byId.get(this.selected) : undefined;
    if (!item) return;
    this.focusId = item.id;
    const span = Math.max(120 * DAY, (item.end - item.start) * 3);
    const mid = (item.start + item.end) / 2;
    this.zoomTo(mid - span / 2, mid + span / 2, false);
  }

  private onHashChange = () => {
    if (!this.hashLink) return;
    const id = decodeURIComponent(location.hash.slice(1));
    if (!id || id === this.selected) return;
    if (!this.items.length) {
      this.selected = id;
      return;
    }
    if (this.byId.has(id)) {
      this.select(id);
      this.revealSelected();
    }
  };

  private focusedMark(): PlacedMark | undefined {
    const item = this.focusId === undefined ? undefined : this.byId.get(this.focusId);
    if (!item) return undefined;
    return this.placed.find(({ mark }) =>
      mark.type === 'event'
        ? mark.item === item
        : item.start >= mark.start && item.start <= mark.end && mark.items.includes(item),
    );
  }

  private onChartFocus = () => {
    if (this.focusId && this.focusedMark()) return;
    const first = this.placed.find((p) => p.x >= 0) ?? this.placed[0];
    if (first) this.focusId = first.first.id;
  };

  private onPlotClick = (event: MouseEvent) => {
    const target = (event.target as Element).closest('[data-key]');
    const placed = target && this.placed.find((p) => p.key === target.getAttribute('data-key'));
    if (!placed) return;
    this.focusId = placed.first.id;
    if (placed.mark.type === 'cluster') this.zoomIntoCluster(placed);
    else this.select(placed.mark.item.id);
  };

  private onDoubleClick = (event: MouseEvent) => {
    if ((event.target as Element).closest('[data-key]')) return;
    const rect = this.plot!.getBoundingClientRect();
    this.zoomBy(event.shiftKey ? 0.5 : 2, event.clientX - rect.left);
  };

  private zoomIntoCluster(p: PlacedMark): void {
    const { start, end } = p.mark.type === 'cluster' ? p.mark : p.mark.item;
    const pad = Math.max(DAY, (end - start) * 0.15);
    this.zoomTo(start - pad, end + pad);
  }

  private onKeyDown = (event: KeyboardEvent) => {
    const current = this.focusedMark();
    const order = this.shown;
    let handled = true;
    switch (event.key) {
      case 'ArrowRight':
      case 'ArrowLeft': {
        // The axis runs left to right in right-to-left pages too, so → is always later.
        const forward = event.key === 'ArrowRight';
        const members = new Set(current?.mark.type === 'cluster' ? current.mark.items : []);
        // The focused event may be off screen (the view still on its way to it): step from it all the same.
        const focused = this.focusId === undefined ? undefined : this.byId.get(this.focusId);
        let index = order.indexOf((current ? (forward ? current.last : current.first) : focused)!);
        if (index < 0) index = forward ? -1 : order.length;
        do index += forward ? 1 : -1;
        while (index >= 0 && index < order.length && members.has(order[index]!));
        this.moveFocus(order[Math.max(0, Math.min(order.length - 1, index))]);
        break;
      }
      case 'Home':
        this.moveFocus(order[0]);
        break;
      case 'End':
        this.moveFocus(order.at(-1));
        break;
      case 'ArrowUp':
      case 'ArrowDown': {
        if (!current) break;
        const lane = (p: PlacedMark) => p.row * 100 + p.mark.lane;
        const here = lane(current);
        const step = event.key === 'ArrowDown' ? 1 : -1;
        const candidates = this.placed.filter((p) => Math.sign(lane(p) - here) === step);
        if (!candidates.length) break;
        const nextLane = step > 0 ? Math.min(...candidates.map(lane)) : Math.max(...candidates.map(lane));
        const best = candidates
          .filter((p) => lane(p) === nextLane)
          .reduce((a, b) => (Math.abs(b.x - current.x) < Math.abs(a.x - current.x) ? b : a));
        this.focusId = best.first.id;
        break;
      }
      case 'Enter':
      case ' ':
        if (!current) break;
        if (current.mark.type === 'cluster') this.zoomIntoCluster(current);
        else this.select(current.mark.item.id);
        break;
      case 'Escape':
        if (this.selected) this.closeCard();
        else handled = false;
        break;
      case '+':
      case '=':
        this.zoomBy(2, current?.x ?? this.width / 2);
        break;
      case '-':
      case '_':
        this.zoomBy(0.5, current?.x ?? this.width / 2);
        break;
      case '0':
        this.fit();
        break;
      default:
        handled = false;
    }
    if (handled) event.preventDefault();
  };

  private moveFocus(item: TimelineItem | undefined): void {
    if (!item) return;
    this.focusId = item.id;
    this.reveal(item);
  }

  private showHint(): void {
    this.hint = true;
    clearTimeout(this.hintTimer);
    this.hintTimer = window.setTimeout(() => (this.hint = false), HINT_MS);
  }

  private scheduleAnnouncement(): void {
    clearTimeout(this.announceTimer);
    this.announceTimer = window.setTimeout(() => {
      const { start, end } = this.visibleRange;
      this.announcement = `Showing ${describeRange(start, end, this.resolvedLocale)}`;
    }, 500);
  }

  // The overview's brush.

  private brushExtent(): [number, number] {
    const full = scaleUtc().domain(this.domain).range([0, this.width]);
    const [from, to] = this.view().domain();
    return [full(from!), full(to!)];
  }

  private onBrushDown = (event: PointerEvent) => {
    const svgEl = event.currentTarget as SVGSVGElement;
    const mode = ((event.target as Element).getAttribute('data-mode') as BrushMode | null) ?? null;
    const full = scaleUtc().domain(this.domain).range([0, this.width]);
    const left = svgEl.getBoundingClientRect().left;
    let extent = this.brushExtent();
    if (!mode) {
      // A press outside the window centres the window there.
      const half = (extent[1] - extent[0]) / 2;
      const at = event.clientX - left;
      extent = dragBrush([at - half, at + half], 'move', 0, this.width);
      this.zoomTo(full.invert(extent[0]), full.invert(extent[1]), false);
      return;
    }
    event.preventDefault();
    try {
      svgEl.setPointerCapture(event.pointerId);
    } catch {
      // A pointer the browser no longer tracks (or a scripted one): follow it without capture.
    }
    const startX = event.clientX;
    const startExtent = extent;
    const move = (e: PointerEvent) => {
      const next = dragBrush(startExtent, mode, e.clientX - startX, this.width);
      this.zoomTo(full.invert(next[0]), full.invert(next[1]), false);
    };
    const up = () => {
      svgEl.removeEventListener('pointermove', move);
      svgEl.removeEventListener('pointerup', up);
      svgEl.removeEventListener('pointercancel', up);
    };
    svgEl.addEventListener('pointermove', move);
    svgEl.addEventListener('pointerup', up);
    svgEl.addEventListener('pointercancel', up);
  };
}

function markDomId(key: string): string {
  return `m-${key.replace(/[^\w-]/g, '_')}`;
}

function hintText(): string {
  const mac = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform);
  return mac ? 'Use ⌘ + scroll to zoom' : 'Use Ctrl + scroll to zoom';
}

function describeRange(start: Date, end: Date, locale: string): string {
  const format = dateFormat(locale, { day: 'numeric', month: 'long', year: 'numeric' });
  return format.formatRange(start, end);
}

declare global {
  interface HTMLElementTagNameMap {
    'summit-timeline': SummitTimeline;
  }
}
