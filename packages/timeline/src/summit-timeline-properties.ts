import { LitElement } from 'lit';
import type { WheelZoom } from './controllers/zoom-controller.js';
import { LIST_PAGE } from './core/defaults.js';
import type { KindOptions } from './core/kind-styles.js';
import type { GroupBy } from './core/rows.js';
import type { Strings } from './core/strings.js';
import type { SourceInfo, TimelineRecord } from './record.js';
import type { TimelineSource } from './source/source.js';

/**
 * The reactive properties of `<summit-timeline>`, each with its documentation: the
 * element's public state, which `SummitTimeline` (summit-timeline.ts) extends with what
 * it does. Not registered, and not exported by the package.
 */
export class SummitTimelineProperties<R extends TimelineRecord = TimelineRecord> extends LitElement {
  /** Lit's options for the reactive properties; each is documented at its field below. */
  static override properties = {
    events: { attribute: false },
    src: {},
    srcTimeout: { type: Number, attribute: 'src-timeout' },
    source: { attribute: false },
    sources: { attribute: false },
    start: {},
    end: {},
    kinds: { reflect: true },
    kindOptions: { attribute: false },
    groupBy: { attribute: 'group-by', reflect: true },
    selected: { reflect: true },
    hashLink: { type: Boolean, attribute: 'hash-link' },
    steps: {},
    wheelZoom: { attribute: 'wheel-zoom' },
    locale: {},
    strings: { attribute: false },
    direction: { reflect: true },
    theme: { reflect: true },
    label: {},
    credit: {},
    download: { type: Boolean },
    listCount: { state: true },
  };

  /** The records to draw (`DiplomaticEvent`s of `@summitline/events`, or any objects with `id`, `title`, `kind` and `date` or `start`/`end`). Takes precedence over `src` and the light-DOM list. Each record's fields are read once, into a plain copy; dates must lie in the years 0000–9999; titles are drawn cut to 200 characters (`TITLE_MAX_LENGTH`), the card shows them whole. */
  declare events?: readonly R[];
  /** URL of a JSON array of records, or of an object with an `events` array (and optionally `sources`, to credit quotes). Timelines that load the same URL at once share one request. A failure (or no answer within `src-timeout`) shows its reason, naming the URL by host and path only, with a button (`part="retry"`) that calls `reload()`, and fires `summit-error` (`field: 'src'`). */
  declare src?: string;
  /** How long `src` may take to load, in milliseconds, before it fails with "did not answer" (and a button to try again). Default: 20,000. */
  declare srcTimeout?: number;
  /**
   * A windowed source of events (type `TimelineSource`), for an archive too large to hold in the page: the timeline
   * asks it for the totals (legend counts, span), the overview's density and each window in view, where it draws the
   * answer's events, or its bins as clusters; ←/→, Home/End, hash links and `selected` reach the whole archive.
   * Takes precedence over `events`, `src` and the list. Needs `@summitline/timeline/source.js` (which exports
   * `HttpSource` for the wire format of `@summitline/server`), or the `summit-timeline-source.min.js` embed; without
   * it, the timeline shows why. A failure shows its reason, with a button that calls `reload()`, and fires
   * `summit-error` (`field: 'source'`).
   */
  declare source?: TimelineSource;
  /** The articles quoted by the records (`sources` of `@summitline/events`), so that the card credits publisher and headline. */
  sources: readonly SourceInfo[] = [];
  /**
   * Start of the initial window (ISO date). Default: where most events are: the shortest
   * stretch holding 80 % of them, widened to take in events within a quarter of its
   * length beyond its ends. Events far from the rest (a war in 1950 behind a 2023–2026
   * story) stay reachable through the overview and "Show all". With fewer than five
   * events, or when that stretch is not much shorter than all of them, it shows all.
   */
  declare start?: string;
  /** End of the initial window (ISO date); default: see `start`. */
  declare end?: string;
  /**
   * Space-separated kinds to show (`"summit visit"`); empty or absent shows every kind, as does a list that names no
   * kind present. A kind with a blank, a comma, a plus or a percent sign in its name is written percent-encoded
   * (`"summit foreign%20affairs"`). The legend toggles it.
   */
  declare kinds?: string;
  /**
   * Label, colour and shape per kind, curated or custom (type `KindOptions`), over what the kind has otherwise:
   * `timeline.kindOptions = { election: { label: 'Election', color: '#7a1f5c', shape: 'square' } }`. Any part may be
   * left out. `label` comes before `strings`; `color` is any CSS colour (before `--summit-color-<kind>`;
   * `light-dark(…, …)` gives one per theme); `shape` is one of `KIND_SHAPES` (`star`, `circle`, `square`, …). Keys
   * are kind names as the records have them, trimmed.
   */
  declare kindOptions?: KindOptions;
  /** `none`, `kind` or `country`: one labelled swimlane per kind or per country (an event with several countries appears in each of their lanes). */
  groupBy: GroupBy = 'none';
  /** Id of the selected event, whose card is shown. */
  declare selected?: string;
  /** Keep the view and `location.hash` in step, so that a shared link opens the same view and Back/Forward restore it: `#from=2025-08-01&to=2025-10-31&kinds=summit,parade&event=event-id` (each part optional; `from`/`to` are days, months or years, both inclusive; `kinds` as the `kinds` attribute has them, comma-separated, each escaped for the URL: `foreign%2520affairs`). An older `#event-id` selects and reveals that event. Selecting an event adds a history entry; zooming, panning and filtering replace it once the view is still. A hash that is not the timeline's (a heading's anchor) is left alone. A timeline with an `id` prefixes its keys with it (`#a.from=2025-08-01&a.to=2025-10-31&b.event=event-id` for timelines `a` and `b`), so several on one page keep their own views: each reads only its keys and writes them beside the others'; one without an `id` uses the bare keys. */
  hashLink = false;
  /** Follow the article as the reader scrolls: the CSS selector of a container whose `[data-summit-step="event-id"]` and `[data-summit-range="2025-08/2025-09"]` elements move the timeline to that event (focused, with room around it) or window as they cross the middle of the viewport; the one followed gets `data-summit-active`. Empty (`steps`): the whole document. Steps added later are followed too; under reduced motion the moves jump. */
  declare steps?: string;
  /** `ctrl`: a plain wheel scrolls the page and Ctrl/⌘ + wheel or pinch zooms (with a hint); `free`: the wheel zooms. */
  wheelZoom: WheelZoom = 'ctrl';
  /** BCP 47 language tag for dates and words (`zh_TW` is read as `zh-TW`); default: the nearest `lang` in the document (on the server: `en-GB`). Dates are Gregorian whatever the locale's calendar (`fa-IR`, `-u-ca-hebrew`), written in its words and digits. Words other than English need the language's module, `@summitline/timeline/locales/<fr|de|zh|zh-Hant|ar>.js` (the embed has every language); without it the words are English, and the console names the module. */
  declare locale?: string;
  /** Words to use instead of the locale's: any entries of the `Strings` table, as in the example above. An entry of the wrong kind (not a string, or plural forms without `other`) is left out, the locale's word stays, and `summit-error` reports it (`field: 'strings.<key>'`). */
  declare strings?: Partial<Strings>;
  /** `ltr` (the default, whatever the page's `dir`): time runs left to right; `rtl` (in any case): right to left. Any other value (`auto`, empty), or removing the attribute, is `ltr`; the window stays where it is. */
  direction: 'ltr' | 'rtl' = 'ltr';
  /** `light` or `dark`; default: the reader's `prefers-color-scheme`. */
  declare theme?: 'light' | 'dark';
  /** Accessible name of the timeline, and the title of exported images; default: "Timeline of events", in the locale's words. */
  declare label?: string;
  /** The credit line of exported images; default: "Source: " and the publishers of `sources`, then "Chart: summitline". */
  declare credit?: string;
  /** Show buttons that save the current view as a PNG image (`part="download"`) or an SVG image (`part="download-svg"`). */
  download = false;

  /** How many events the phone list shows; "More" adds a page. */
  protected listCount = LIST_PAGE;
}
