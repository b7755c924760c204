import { html, isServer, type PropertyValues, type TemplateResult } from 'lit';
import { AnnouncerController } from './controllers/announcer-controller.js';
import { NavigationController } from './controllers/navigation-controller.js';
import { HashLinkController } from './controllers/hash-link-controller.js';
import { HintController } from './controllers/hint-controller.js';
import { Pipeline, type Frame, type FrameInput } from './controllers/pipeline.js';
import { RecordsController, type RecordsState } from './controllers/records-controller.js';
import { StepsController } from './controllers/steps-controller.js';
import { WidthController } from './controllers/width-controller.js';
import { WordsController } from './controllers/words-controller.js';
import { ZoomController } from './controllers/zoom-controller.js';
import { LIST_PAGE } from './core/defaults.js';
import { describeWindow } from './core/format.js';
import type { Strings } from './core/strings.js';
import { parseWindow, readDirection } from './core/transform.js';
import { define } from './define.js';
import { takeRenderRoot } from './internal/server-render.js';
import { warmUp } from './internal/warm-up.js';
import { RangeReporter } from './range-change-event.js';
import type { TimelineRecord } from './record.js';
import { exportSVG, rasterize } from './render/export.js';
import { renderTimeline } from './render/timeline.js';
import { SummitEventCard } from './summit-event-card.js';
import { SummitOverview } from './summit-overview.js';
import { SummitTimelineProperties } from './summit-timeline-properties.js';
import { timelineStyles } from './summit-timeline.styles.js';

/**
 * A zoomable, accessible timeline of diplomatic events.
 *
 * Give it records in the `events` property, the URL of a JSON file in `src`, or a list
 * inside the element, which is also what readers without JavaScript see:
 *
 * ```html
 * <summit-timeline label="How Beijing courted Washington's allies">
 *   <ol>
 *     <li data-date="2025-09-03" data-kind="parade">Victory Day parade in Beijing</li>
 *     <li data-date="2025-08-31/2025-09-01" data-kind="summit">SCO summit in Tianjin</li>
 *   </ol>
 * </summit-timeline>
 * ```
 *
 * Each mark shows its event's kind by colour and shape. Day events are points,
 * multi-day events bars, month- or year-long events soft bands; planned events are
 * hollow and dashed. Marks that would collide merge into a cluster with a count, which
 * splits as you zoom in. Below 480 px wide, the timeline is a chronological list. The
 * view is a window in time: when the element's width changes, the same dates stay in
 * view.
 *
 * An archive too large for the page (millions of events) is drawn through a windowed
 * `source` instead (`@summitline/timeline/source.js`): the timeline asks it for each
 * window in view. On a phone, the list holds the window's events and, as entries that
 * narrow the view when chosen, its bins of events.
 *
 * Kinds: any non-empty string is a kind. The eleven curated kinds (`summit`, `meeting`,
 * `visit`, `call`, `parade`, `agreement`, `statement`, `military`, `legislation`,
 * `inauguration`, `other`) have their word in each language, their colour and their
 * shape; any other kind is named in the legend as it is written, with a colour of the
 * categorical scheme `KIND_COLORS` and a shape of `KIND_SHAPES` that no other kind
 * present has (see the Theming page); `kindOptions` sets label, colour and shape per
 * kind. In forced colours, the shapes tell the kinds apart.
 *
 * Pointer and touch: drag to pan; Ctrl/⌘ + wheel, a trackpad pinch or a touch pinch
 * zooms around the pointer; double-click zooms in. A plain wheel scrolls the page,
 * unless `wheel-zoom="free"`.
 *
 * Keyboard (the timeline is one tab stop): `←`/`→` previous and next event, `↑`/`↓`
 * the lane above or below, `Home`/`End` first and last, `Enter`/`Space` select (on a
 * cluster, zoom in), `Escape` close the card, `+`/`−` zoom, `0` show all (the
 * Accessibility page has the whole table).
 *
 * With `direction="rtl"`, time runs right to left, and ← and → go to the event drawn
 * on that side. Words follow `locale`: English, and French, German, Simplified and
 * Traditional Chinese and Arabic once imported (`import '@summitline/timeline/locales/fr.js'`,
 * or `locales/all.js`; the embed has them all); other languages get English. Dates are
 * Gregorian, in the locale's words and digits. The `strings` property replaces entries of the
 * `Strings` table, whose English is `STRINGS_EN`:
 * `timeline.strings = { call: 'Telephone call' }`; entries it cannot use give way to
 * the locale's words and are reported with `summit-error`.
 *
 * Server rendering (`@lit-labs/ssr`) renders the chronological list a phone shows, with
 * every event of `events`, in the words of `locale` (else British English); it reads no
 * light DOM and fetches no `src`. In the browser it hydrates into the chart, or is
 * replaced without Lit's hydrate support (see "Server rendering" in the README).
 *
 * @summary Zoomable, accessible timeline of diplomatic events.
 * @tagname summit-timeline
 *
 * @fires {SummitSelectEvent} summit-select - An event was selected (click, Enter or Space, `selected`, or the URL hash). `event.detail` is `{ id, event }`: the record's id and the record as given.
 * @fires {SummitRangeChangeEvent} summit-rangechange - The visible range changed (zoom, pan, resize, `zoomTo()`, `fit()`). `event.detail` is `{ start, end }`, two `Date`s.
 * @fires {SummitErrorEvent} summit-error - Records were invalid, `src` failed to load, or entries of `strings` could not be used. `event.detail.problems` has one `{ index, id?, field, message }` per bad record and field; those records are skipped, the rest are drawn; words that cannot be used give way to the locale's.
 *
 * @slot - A fallback `<ol>` (or `<ul>`) of `<li data-date data-kind [data-id] [data-end] [data-status]>` items, read as data when no `events` or `src` is given; not shown once the element runs (shown by a server render without `events`).
 *
 * @csspart legend - The list of kind toggles.
 * @csspart legend-item - One kind toggle button.
 * @csspart controls - The zoom buttons (and the download buttons).
 * @csspart download - The button (with the `download` attribute) that saves the current view as a PNG image.
 * @csspart download-svg - The button beside it, which saves it as an SVG image.
 * @csspart plot - The SVG of the rows and axis.
 * @csspart axis - The time axis.
 * @csspart event - One event mark.
 * @csspart cluster - A cluster mark (several events); with a `source`, a bin's entry in the phone layout's list.
 * @csspart overview - The overview strip of the whole span.
 * @csspart brush - The overview's window over the current view.
 * @csspart card - The card of the selected event (`<summit-event-card>`).
 * @csspart list - The phone layout's list.
 * @csspart retry - The button beside the reason `src` failed, which loads it again.
 *
 * @cssprop --summit-foreground - Text and strong lines.
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
export class SummitTimeline<R extends TimelineRecord = TimelineRecord> extends SummitTimelineProperties<R> {
  static override styles = timelineStyles;

  /** Whether this update takes over a shadow root that the server rendered (the first, with Lit's hydrate support). */
  #hydrating = false;
  readonly #size = new WidthController(this, () => this.#hydrating);
  readonly #records = new RecordsController(this, (loaded) => this.#pipeline.arrange(this.#input(loaded)));
  readonly #words = new WordsController(this);
  readonly #announcer = new AnnouncerController(this);
  readonly #hint = new HintController(this);
  readonly #zoom = new ZoomController(this, {
    wheelZoom: () => this.wheelZoom,
    onZoom: () =>
      this.#announcer.announce(() => describeWindow(this.#zoom.window(), this.#words.locale, this.#text.showing)),
    onPlainWheel: () => this.#hint.show(),
  });
  readonly #nav = new NavigationController(this, this.#zoom, () => this.#frame?.view);
  readonly #pipeline = new Pipeline(this, [this.#zoom, this.#nav], () => ({
    window: this.#zoom.window(),
    focus: this.#nav.item,
  }));
  /** The frame of the last update. */
  #frame?: Frame;
  /** The records of the last update, and their state (read here, or a source mode's). */
  #drawn!: RecordsState;
  readonly #ranges = new RangeReporter(this);

  constructor() {
    super();
    // The timeline draws these inside its shadow root, whatever name it is registered under.
    define('summit-overview', SummitOverview);
    define('summit-event-card', SummitEventCard);
    new HashLinkController(this, this.#nav);
    new StepsController(this, this.#nav);
  }

  /** The dates currently in view. */
  get visibleRange(): { start: Date; end: Date } {
    const [start, end] = this.#zoom.window();
    return { start: new Date(start), end: new Date(end) };
  }

  /** Zooms and pans so that `start`–`end` fills the width. */
  zoomTo(start: Date | string | number, end: Date | string | number, animate = true): void {
    this.#zoom.show([+new Date(start), +new Date(end)], animate);
  }

  /** Zooms out to show every event. */
  fit(animate = true): void {
    this.#zoom.fit(animate);
  }

  /** Loads the records again: fetches `src` anew (after it failed or did not answer), or reads `events` or the light-DOM list again. */
  reload(): void {
    this.#records.reload(isServer || this.#hydrating);
    this.requestUpdate();
  }

  /** Brings an event into view, focuses its mark and selects it. */
  focusEvent(id: string): void {
    this.#nav.focusEvent(id);
  }

  /** The current view as a standalone SVG document (title from `label`, window, legend of the kinds in view, marks, axis, credit line), colours and type resolved from the styles; fonts are named, not embedded. Throws an `Error` while nothing is drawn, or once the timeline is out of the page. */
  toSVG(): string {
    return exportSVG(this, this.#frame?.view, this.#words.locale, this.#text, this.#frame?.kinds);
  }

  /** `toSVG()` as a PNG, `scale` (default: at least 2) pixels per CSS pixel. A page with a Content-Security-Policy must allow `img-src blob:`. Web fonts do not reach the image (an SVG image loads none), installed fonts do. Never throws: the promise rejects with an `Error` when `toSVG()` would throw, and with a `RangeError` for a `scale` that is not a positive number or that would make the image more than 16,384 px on a side. */
  async toPNG(options: { scale?: number } = {}): Promise<Blob> {
    return rasterize(this.toSVG(), options.scale);
  }

  /** The words of the locale, as `strings` amends them. */
  get #text(): Strings {
    return this.#words.strings;
  }

  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    const { root, hydrating } = takeRenderRoot(this, () => super.createRenderRoot());
    this.#hydrating = hydrating;
    return root;
  }

  protected override willUpdate(changed: PropertyValues): void {
    // The server, and the update that hydrates its HTML, render `events` as a list (see the class's docs).
    const server = isServer || this.#hydrating;
    this.#words.update(changed, server);
    // What takes long the first time (formats, fonts, compiling, styles) is done while idle, before records arrive.
    if (!this.hasUpdated && !server)
      warmUp(this, this.#words.locale, this.#text, () => this.#records.loaded.items.length > 0);
    this.#records.follow(changed, server);
    // The server's list has every event; the browser keeps them when it takes the list over.
    if (server) this.listCount = Math.max(this.listCount, this.#records.loaded.items.length);
    // `RTL`, `auto`, empty or no attribute: one of the two directions.
    this.direction = readDirection(this.direction);
    const input = this.#input();
    const records = (this.#drawn = this.#records.from(input, server));
    this.#frame = this.#pipeline.run({ ...input, loaded: records.loaded, arrangement: records.arrangement });
  }

  /** The pipeline's input: the records (default: the ones read) and the element's state. */
  #input(loaded = this.#records.loaded): FrameInput {
    const { kinds, groupBy, kindOptions } = this;
    const { locale, strings } = this.#words;
    const [width, initial, rtl] = [this.#size.width, parseWindow(this.start, this.end), this.direction === 'rtl'];
    return { loaded, kinds, groupBy, width, initial, rtl, locale, strings, kindOptions };
  }

  protected override updated(): void {
    this.#hydrating = false;
    this.#zoom.attach(this.renderRoot.querySelector<SVGSVGElement>('svg.plot'));
    const view = this.#frame?.view;
    this.#ranges.report(view?.window);
    if (view) this.#records.want(view.window, view.width);
  }

  override render(): TemplateResult {
    const server = isServer || this.#hydrating;
    // Without `events`, the server shows the page's own list, if any, until the element runs.
    if (server && !this.events) return html`<slot></slot>`;
    return renderTimeline({
      host: this,
      server,
      drawn: this.#drawn,
      frame: this.#frame!,
      width: this.#size.width,
      locale: this.#words.locale,
      strings: this.#text,
      zoom: this.#zoom,
      nav: this.#nav,
      hint: this.#hint.shown,
      announcement: this.#announcer.message,
      listCount: this.listCount,
      onMore: () => (this.listCount += LIST_PAGE),
    });
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'summit-timeline': SummitTimeline;
  }
}
