import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { AnnouncerController } from './controllers/announcer-controller.js';
import { FrameController } from './controllers/frame-controller.js';
import { NavigationController } from './controllers/navigation-controller.js';
import { HashLinkController } from './controllers/hash-link-controller.js';
import { HintController, hintText } from './controllers/hint-controller.js';
import { RecordsController } from './controllers/records-controller.js';
import { StepsController } from './controllers/steps-controller.js';
import { WidthController } from './controllers/width-controller.js';
import { ZoomController, type WheelZoom } from './controllers/zoom-controller.js';
import { LIST_PAGE, NARROW_BREAKPOINT_PX } from './core/defaults.js';
import { describeWindow } from './core/format.js';
import { selectionWindow } from './core/reveal.js';
import { activeKinds, toggleKind, type GroupBy } from './core/rows.js';
import { storyWindow } from './core/scale.js';
import { canonicalLocale, readStrings, stringsFor, type Strings } from './core/strings.js';
import { IDENTITY, parseWindow, readDirection, viewWindow, windowTransform } from './core/transform.js';
import { readList } from './data-sources.js';
import { define } from './define.js';
import { SummitErrorEvent } from './error-event.js';
import { warmUp } from './internal/warm-up.js';
import { RangeReporter } from './range-change-event.js';
import type { SourceInfo, TimelineRecord } from './record.js';
import { renderCard } from './render/card.js';
import { renderChart, renderControls } from './render/chart.js';
import { exportSVG, rasterize } from './render/export.js';
import { renderLegend } from './render/legend.js';
import { renderMessage } from './render/message.js';
import { renderPhoneList } from './render/phone-list.js';
import { SummitEventCard } from './summit-event-card.js';
import { SummitOverview } from './summit-overview.js';
import { timelineStyles } from './summit-timeline.styles.js';
import { themeStyles } from './theme.styles.js';

/**
 * A zoomable timeline of diplomatic events.
 *
 * Give it records through the `events` property, a `src` URL, or a light-DOM list (`<ol><li data-date="2025-09-03"
 * data-kind="parade">Victory Day parade</li></ol>`), which is also what readers without JavaScript see. Marks show
 * the kind by colour and shape; day events are points, multi-day events bars, month- or year-long events soft bands,
 * planned ones hollow and dashed. Marks that would collide merge into a cluster with a count, which splits as you
 * zoom in.
 *
 * Gestures: drag to pan; Ctrl/⌘ + wheel or a trackpad pinch zooms around the pointer (a plain wheel scrolls the page,
 * unless `wheel-zoom="free"`); touch pinch and drag; double-click zooms in. Keyboard (the timeline is one tab stop):
 * ←/→ previous/next event, ↑/↓ lane, Home/End first/last, Enter/Space select (on a cluster: zoom into it), Escape
 * close the card, +/− zoom, 0 show all. Below 480 px wide it shows a chronological list instead. With
 * `direction="rtl"` time runs right to left (←/→ still go to the event drawn on that side). Words follow `locale`
 * (English, French, German, Simplified and Traditional Chinese, Arabic; else English; dates in the Gregorian calendar, in the locale's words and digits); `strings` overrides entries of the table (type
 * `Strings`, English `STRINGS_EN`): `timeline.strings = { call: 'Telephone call', showing: 'Now showing {range}' }`.
 *
 * @summary Zoomable, accessible timeline of diplomatic events.
 * @tagname summit-timeline
 *
 * @fires summit-select - An event was selected. `detail: { id, event }`.
 * @fires summit-rangechange - The visible range changed. `detail: { start: Date, end: Date }`.
 * @fires summit-error - Records were invalid, `src` failed, or entries of `strings` could not be used. `detail: { problems: { index, id?, field, message }[] }`; bad records are skipped, the rest draw; bad words give way to the locale's.
 *
 * @slot - A fallback `<ol>` (or `<ul>`) of `<li data-date data-kind [data-id] [data-end] [data-status]>` items, read as data when no `events` or `src` is given; not shown once the element runs.
 *
 * @csspart legend - The list of kind toggles.
 * @csspart legend-item - One kind toggle button.
 * @csspart controls - The zoom buttons (and the download button).
 * @csspart download - The button (with the `download` attribute) that saves the current view as a PNG image.
 * @csspart download-svg - The button beside it, which saves it as an SVG image.
 * @csspart plot - The SVG of the rows and axis.
 * @csspart axis - The time axis.
 * @csspart event - One event mark.
 * @csspart cluster - A cluster mark (several events).
 * @csspart overview - The overview strip of the whole span.
 * @csspart brush - The overview's window over the current view.
 * @csspart card - The card of the selected event (`<summit-event-card>`).
 * @csspart list - The phone layout's list.
 * @csspart retry - The button beside the reason `src` failed, which loads it again.
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
export class SummitTimeline<R extends TimelineRecord = TimelineRecord> extends LitElement {
  static override styles = [themeStyles, timelineStyles];

  /** The records to draw (`DiplomaticEvent`s of `@summitline/events`, or any objects with `id`, `title`, `kind` and `date` or `start`/`end`). Takes precedence over `src` and the light-DOM list. Each record's fields are read once, into a plain copy; dates must lie in the years 0000–9999; titles are drawn cut to 200 characters (`TITLE_MAX_LENGTH`), the card shows them whole. */
  @property({ attribute: false }) events?: readonly R[];
  /** URL of a JSON array of records, or of an object with an `events` array (and optionally `sources`, to credit quotes). Timelines that load the same URL at once share one request. A failure (or no answer within `src-timeout`) shows its reason, naming the URL by host and path only, with a button (`part="retry"`) that calls `reload()`, and fires `summit-error` (`field: 'src'`). */
  @property() src?: string;
  /** How long `src` may take to load, in milliseconds, before it fails with "did not answer" (and a button to try again). Default: 20,000. */
  @property({ type: Number, attribute: 'src-timeout' }) srcTimeout?: number;
  /** The articles quoted by the records (`sources` of `@summitline/events`), so that the card credits publisher and headline. */
  @property({ attribute: false }) sources: readonly SourceInfo[] = [];
  /**
   * Start of the initial window (ISO date). Default: where most events are: the shortest
   * stretch holding 80 % of them, widened to take in events within a quarter of its
   * length beyond its ends. Events far from the rest (a war in 1950 behind a 2023–2026
   * story) stay reachable through the overview and "Show all". With fewer than five
   * events, or when that stretch is not much shorter than all of them, it shows all.
   */
  @property() start?: string;
  /** End of the initial window (ISO date); default: see `start`. */
  @property() end?: string;
  /** Space-separated kinds to show (`"summit visit"`); empty or absent shows every kind. The legend toggles it. */
  @property({ reflect: true }) kinds?: string;
  /** `none`, `kind` or `country`: one labelled swimlane per kind or per country (an event with several countries appears in each of their lanes). */
  @property({ attribute: 'group-by', reflect: true }) groupBy: GroupBy = 'none';
  /** Id of the selected event, whose card is shown. */
  @property({ reflect: true }) selected?: string;
  /** Keep the view and `location.hash` in step, so that a shared link opens the same view and Back/Forward restore it: `#from=2025-08-01&to=2025-10-31&kinds=summit,parade&event=event-id` (each part optional; `from`/`to` are days, months or years, both inclusive). An older `#event-id` selects and reveals that event. Selecting an event adds a history entry; zooming, panning and filtering replace it once the view is still. A hash that is not the timeline's (a heading's anchor) is left alone. A timeline with an `id` prefixes its keys with it (`#a.from=2025-08-01&a.to=2025-10-31&b.event=event-id` for timelines `a` and `b`), so several on one page keep their own views: each reads only its keys and writes them beside the others'; one without an `id` uses the bare keys. */
  @property({ type: Boolean, attribute: 'hash-link' }) hashLink = false;
  /** Follow the article as the reader scrolls: the CSS selector of a container whose `[data-summit-step="event-id"]` and `[data-summit-range="2025-08/2025-09"]` elements move the timeline to that event (focused, with room around it) or window as they cross the middle of the viewport; the one followed gets `data-summit-active`. Empty (`steps`): the whole document. Steps added later are followed too; under reduced motion the moves jump. */
  @property() steps?: string;
  /** `ctrl`: a plain wheel scrolls the page and Ctrl/⌘ + wheel or pinch zooms (with a hint); `free`: the wheel zooms. */
  @property({ attribute: 'wheel-zoom' }) wheelZoom: WheelZoom = 'ctrl';
  /** BCP 47 language tag for dates and words (`zh_TW` is read as `zh-TW`); default: the nearest `lang` in the document. Dates are Gregorian whatever the locale's calendar (`fa-IR`, `-u-ca-hebrew`), written in its words and digits. */
  @property() locale?: string;
  /** Words to use instead of the locale's: any entries of the `Strings` table, as in the example above. An entry of the wrong kind (not a string, or plural forms without `other`) is left out, the locale's word stays, and `summit-error` reports it (`field: 'strings.<key>'`). */
  @property({ attribute: false }) strings?: Partial<Strings>;
  /** `ltr` (the default, whatever the page's `dir`): time runs left to right; `rtl` (in any case): right to left. Any other value (`auto`, empty), or removing the attribute, is `ltr`; the window stays where it is. */
  @property({ reflect: true }) direction: 'ltr' | 'rtl' = 'ltr';
  /** `light` or `dark`; default: the reader's `prefers-color-scheme`. */
  @property({ reflect: true }) theme?: 'light' | 'dark';
  /** Accessible name of the timeline, and the title of exported images; default: "Timeline of events", in the locale's words. */
  @property() label?: string;
  /** The credit line of exported images; default: "Source: " and the publishers of `sources`, then "Chart: summitline". */
  @property() credit?: string;
  /** Show buttons that save the current view as a PNG image (`part="download"`) or an SVG image (`part="download-svg"`). */
  @property({ type: Boolean }) download = false;

  @state() private listCount = LIST_PAGE;

  private readonly size = new WidthController(this);
  private readonly records = new RecordsController(this, {
    onLoad: (problems, sources) => {
      if (sources && !this.sources.length) this.sources = sources;
      this.nav.placed = false;
      this.zoom.moveTo(IDENTITY, false);
      if (problems.length) this.dispatchEvent(new SummitErrorEvent(problems));
    },
    onFail: (message) => this.dispatchEvent(new SummitErrorEvent([{ index: -1, field: 'src', message }])),
    prepare: (items) =>
      this.frame.arrangeAhead({ items, width: this.size.width, initial: parseWindow(this.start, this.end) }),
  });
  private readonly zoom = new ZoomController(this, {
    wheelZoom: () => this.wheelZoom,
    onZoom: () => this.announcer.announce(() => describeWindow(this.window(), this.lang_, this.text.showing)),
    onPlainWheel: () => this.hint.show(),
  });
  private readonly announcer = new AnnouncerController(this);
  private readonly hint = new HintController(this);
  private readonly nav = new NavigationController(this, {
    view: () => this.frame.view,
    order: () => this.frame.arranged?.shown ?? [],
    item: (id) => (id === undefined ? undefined : this.records.byId.get(id)),
    given: (item) => this.records.given(item),
    show: ([a, b], animate) => this.zoomTo(a, b, animate),
    zoomBy: (factor, at) => this.zoom.scaleBy(factor, at),
    fit: () => this.fit(),
  });
  /** The locale, resolved once per update, and its words. */
  private lang_ = 'en-GB';
  private text = stringsFor(this.lang_);
  private readonly frame = new FrameController(this, this.zoom);
  private readonly ranges = new RangeReporter(this);

  constructor() {
    super();
    // The timeline draws these inside its shadow root, whatever name it is registered under.
    define('summit-overview', SummitOverview);
    define('summit-event-card', SummitEventCard);
    new HashLinkController(this, {
      ready: () => this.nav.placed,
      has: (id) => this.records.byId.has(id),
      select: (id, reveal) => this.nav.showSelected(reveal ? selectionWindow : () => this.window(), id),
    });
    new StepsController(this, { ready: () => this.nav.placed, event: (id) => this.nav.showItem(id, selectionWindow) });
  }

  /** The dates currently in view. */
  get visibleRange(): { start: Date; end: Date } {
    const [start, end] = this.window();
    return { start: new Date(start), end: new Date(end) };
  }

  /** Zooms and pans so that `start`–`end` fills the width. */
  zoomTo(start: Date | string | number, end: Date | string | number, animate = true): void {
    const [a, b] = [+new Date(start), +new Date(end)];
    if (!(b > a) || !this.frame.arranged) return;
    this.zoom.moveTo(
      windowTransform(this.frame.arranged.domain, this.size.width, [a, b], this.direction === 'rtl'),
      animate,
    );
  }

  /** Zooms out to show every event. */
  fit(animate = true): void {
    this.zoom.moveTo(IDENTITY, animate);
  }

  /** Loads the records again: fetches `src` anew (after it failed or did not answer), or reads `events` or the light-DOM list again. */
  reload(): void {
    this.records.load({ records: this.events, src: this.src, list: () => readList(this), timeout: this.srcTimeout });
    this.requestUpdate();
  }

  /** Brings an event into view, focuses its mark and selects it. */
  focusEvent(id: string): void {
    this.nav.focusEvent(id);
  }

  /** The current view as a standalone SVG document (title from `label`, window, legend of the kinds in view, marks, axis, credit line), colours and type resolved from the styles; fonts are named, not embedded. Throws an `Error` while nothing is drawn, or once the timeline is out of the page. */
  toSVG(): string {
    return exportSVG(this, this.frame.view, this.lang_, this.text);
  }

  /** `toSVG()` as a PNG, `scale` (default: at least 2) pixels per CSS pixel. A page with a Content-Security-Policy must allow `img-src blob:`. Web fonts do not reach the image (an SVG image loads none), installed fonts do. Never throws: the promise rejects with an `Error` when `toSVG()` would throw, and with a `RangeError` for a `scale` that is not a positive number or that would make the image more than 16,384 px on a side. */
  async toPNG(options: { scale?: number } = {}): Promise<Blob> {
    return rasterize(this.toSVG(), options.scale);
  }

  protected override willUpdate(changed: PropertyValues): void {
    this.lang_ = canonicalLocale(
      this.locale || this.closest('[lang]')?.getAttribute('lang') || navigator.language || 'en-GB',
    );
    const words = readStrings(this.lang_, this.strings);
    this.text = words.strings;
    // Entries that cannot be used are left out (the locale's words stay) and reported once per `strings`.
    if (changed.has('strings') && words.problems.length) this.dispatchEvent(new SummitErrorEvent(words.problems));
    // What takes long the first time (formats, fonts, compiling, styles) is done while idle, before records arrive.
    if (!this.hasUpdated) warmUp(this, this.lang_, this.text, () => this.records.items.length > 0);
    if (changed.has('events') || changed.has('src') || !this.hasUpdated) this.reload();
    // `RTL`, `auto`, empty or no attribute: one of the two directions, and the window mirrored only when it changes.
    this.direction = readDirection(this.direction);
    if (changed.has('direction') && this.hasUpdated && readDirection(changed.get('direction')) !== this.direction)
      this.zoom.mirror();
    const { items } = this.records;
    const { width } = this.size;
    const initial = parseWindow(this.start, this.end);
    this.frame.arrange(changed, { items, width, initial });
    const { arranged } = this.frame;
    if (arranged && items.length && width && !this.nav.placed) this.nav.place(initial ?? storyWindow(arranged.shown));
    this.frame.layout(width, { locale: this.lang_, window: this.window(), focus: this.nav.item });
  }

  protected override updated(): void {
    this.zoom.attach(this.renderRoot.querySelector<SVGSVGElement>('svg.plot'));
    this.ranges.report(this.frame.view?.window);
  }

  override render(): TemplateResult {
    const { loading, error, items } = this.records;
    if (loading || (items.length && !this.size.width)) return renderMessage(this.text.loading);
    if (error) return renderMessage(this.text.failed, error, [this.text.retry, () => this.reload()]);
    const { view, arranged } = this.frame;
    if (!view || !arranged) return renderMessage(this.text.empty);
    const narrow = this.size.width < NARROW_BREAKPOINT_PX;
    const { counts, shown } = arranged;
    const selected = this.selected ? this.records.byId.get(this.selected) : undefined;
    const words = { locale: this.lang_, strings: this.text, label: this.label ?? this.text.label };
    return html`
      <div class="top">
        ${renderLegend(counts, activeKinds(this.kinds), (kind) => (this.kinds = toggleKind(this.kinds, kind, counts)), this.text)}
        ${renderControls(this.zoom, this, narrow, this.text)}
      </div>
      ${
        narrow
          ? renderPhoneList({
              items: shown,
              count: this.listCount,
              selected: this.selected,
              ...words,
              onToggle: (id) => this.nav.select(id === this.selected ? undefined : id),
              onMore: () => (this.listCount += LIST_PAGE),
            })
          : renderChart({
              view,
              arranged,
              ...words,
              groupBy: this.groupBy,
              selected: this.selected,
              hint: this.hint.shown ? hintText(this.text) : undefined,
              onKeyDown: this.nav.onKeyDown,
              onFocus: this.nav.onFocus,
              onClick: this.nav.onClick,
              onWindow: ([a, b]) => this.zoomTo(a, b, false),
            })
      }
      ${selected ? renderCard(selected, { sources: this.sources, locale: this.lang_, theme: this.theme, strings: this.text, onClose: this.nav.closeCard }) : nothing}
      <div class="visually-hidden" role="status" aria-live="polite">${this.announcer.message}</div>
    `;
  }

  private window(): [number, number] {
    return viewWindow(
      this.frame.arranged?.domain ?? [0, 1],
      this.size.width,
      this.zoom.transform,
      this.direction === 'rtl',
    );
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'summit-timeline': SummitTimeline;
  }
}
