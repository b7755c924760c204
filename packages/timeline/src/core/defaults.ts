// Every tuning number of the timeline, named, in one place. The layout, the element
// and its controllers read them from here; nothing restates them.
import { DAY_MS } from './edtf.js';

// Marks and lanes (see layout.ts for how they are used).

/** Lanes of marks in one row, before marks that still collide merge into clusters. */
export const DEFAULT_MAX_LANES = 6;
/** Lanes in the single row (no grouping), and in each swimlane when grouped. */
export const LANES = { single: DEFAULT_MAX_LANES, grouped: 2 } as const;
/** Horizontal space kept free between neighbours in a lane. */
export const DEFAULT_LANE_GAP = 4;
/** Half the width of a point mark (a day event's symbol). */
export const DEFAULT_POINT_RADIUS = 6;
/** Narrowest cluster mark, wide enough for a two-digit count. */
export const CLUSTER_MIN_WIDTH = 26;
/** Point events whose centres fall in the same bin of this many pixels merge into one cluster. */
export const CLUSTER_BIN_PX = 12;
/**
 * Past this many candidate items in view, a row is drawn as one cluster per
 * `DENSE_BIN_PX` bin, found by binary search, so a frame costs O(width · log n)
 * however many events there are.
 */
export const DENSE_THRESHOLD = 1500;
/** Bin width of the dense mode: a cluster's width and the gap after it. */
export const DENSE_BIN_PX = CLUSTER_MIN_WIDTH + DEFAULT_LANE_GAP;
/** A multi-day event narrower than this is drawn as a point. */
export const MIN_BAR_PX = 8;
/** Lanes of the band strip above the marks, where month- and year-long events lie. */
export const DEFAULT_BAND_LANES = 2;
/** Space between a mark and its label. */
export const LABEL_OFFSET = 4;
/** A label shortened (with an ellipsis) to fit gets at least this much room, or none. */
export const LABEL_MIN_ROOM_PX = 80;
/** Labels are this many rem high (13 px at the browser's default size)… */
export const LABEL_REM = 0.8125;
/** …and never smaller than this. */
export const LABEL_MIN_PX = 12;
/** Room kept after a label's measured width. */
export const LABEL_PADDING_PX = 6;

// Geometry of the chart, in pixels.

/** Below this width the timeline becomes a vertical list, which reads better on a phone. */
export const NARROW_BREAKPOINT_PX = 480;
/** Height of one lane of marks. */
export const LANE_HEIGHT = 24;
/** Height of one lane of the band strip. */
export const BAND_HEIGHT = 16;
/** Height of the axis under the rows. */
export const AXIS_HEIGHT = 40;
/** Height of a swimlane's title line. */
export const ROW_LABEL_HEIGHT = 18;
/** Space under each row's last lane. */
export const ROW_PADDING = 6;
/** Width of one character of an axis label, for the check that a label fits before the right edge. */
export const AXIS_CHAR_PX = 7;
/** Minor ticks are at least this far apart, so their labels never touch. */
export const MIN_TICK_SPACING_PX = 64;
/** Height of the overview strip. */
export const OVERVIEW_HEIGHT = 36;
/** Width of each density bar of the overview. */
export const OVERVIEW_BIN_PX = 3;
/** Width of the brush's resize handles, just outside its edges, so that even a narrow window can be dragged. */
export const BRUSH_HANDLE_PX = 10;
/** The brush never gets narrower than this when resized. */
export const BRUSH_MIN_PX = 4;

// Zoom.

/** A one-finger swipe is the page's (a scroll) or the timeline's (a pan) once it has moved this far, by its direction. */
export const SWIPE_DECIDE_PX = 6;

/** Each press of + or −, each zoom button and each double-click zooms by this factor. */
export const ZOOM_STEP = 2;
/** How long animated zooms (buttons, keys, `zoomTo`) take, unless the reader prefers reduced motion. */
export const ZOOM_DURATION_MS = 250;
/** The closest zoom: a day spans at most 100 px. */
export const MIN_MS_PER_100PX = DAY_MS;
/** Margin around all events when fitting, as a fraction of their span on each side. */
export const DEFAULT_FIT_PADDING = 0.04;
/** The shortest span a fitted view shows, so that a single event is not zoomed to the limit. */
export const MIN_FIT_SPAN_MS = 60 * DAY_MS;
/**
 * The opening view (without `start`/`end`) is the shortest stretch that holds this
 * share of the events…
 */
export const STORY_SHARE = 0.8;
/** …widened to take in events lying within this fraction of its length beyond its ends… */
export const STORY_REACH = 0.25;
/** …unless showing everything is less than this many times as long: then it shows everything. */
export const STORY_MIN_GAIN = 1.5;
/** With fewer events than this, the opening view shows them all. */
export const STORY_MIN_EVENTS = 5;
/** A selected event is shown in a window at least this long… */
export const REVEAL_MIN_SPAN_MS = 120 * DAY_MS;
/** …and at least this many times its own length. */
export const REVEAL_SPAN_FACTOR = 3;
/** Zooming into a cluster leaves this fraction of its span free on each side (and at least a day). */
export const CLUSTER_ZOOM_PADDING = 0.15;

// Time and paging.

/** Clusters' spoken names are kept for reuse across frames, up to this many. */
export const CLUSTER_NAMES_KEPT = 4000;

/** Periods written in words are kept for reuse (by the units they name), up to this many. */
export const PERIODS_KEPT = 4000;

/**
 * The days the timeline can draw: the years 0000 to 9999 (those EDTF writes with four
 * digits). A record's `start` or `end` outside them (a `Date` far out) is reported, not
 * drawn; `start`/`end` attributes outside them are ignored.
 */
export const EARLIEST_TIME = -62_167_219_200_000; // 0000-01-01
export const LATEST_TIME = 253_402_300_800_000; // 10000-01-01, the day after 9999-12-31

/**
 * Titles longer than this many characters are cut (with an ellipsis) for drawing, naming
 * and measuring marks; the card shows the title as given.
 */
export const TITLE_MAX_LENGTH = 200;

/** A `src` that has not loaded in this long fails, with a way to try again (the `src-timeout` attribute, in ms). */
export const SRC_TIMEOUT_MS = 20_000;
/** An error message names a URL by at most this many characters of its host and path. */
export const URL_SHOWN_LENGTH = 80;

/** Up to this many records are read at once; more are read this many per task, so the page stays responsive. */
export const READ_CHUNK = 10_000;

/** From this many records on, the sort, the indexes and the arrangement each take tasks of their own before the first drawing. */
export const STEPS_FROM = 5_000;

/** The items a step of a sort takes (see `sortSteps`). */
export const SORT_STEP = 50_000;

/** How long the "Use Ctrl + scroll to zoom" hint stays. */
export const HINT_MS = 1600;
/** The live region names the new window once the view has been still this long. */
export const ANNOUNCE_DELAY_MS = 500;
/** Items shown at once in the phone list, before "Show more". */
export const LIST_PAGE = 50;
/**
 * Scroll steps: a step is active while it crosses this band around the middle of the
 * viewport (an IntersectionObserver `rootMargin`: a tenth of its height).
 */
export const STEPS_ROOT_MARGIN = '-45% 0px -45% 0px';
/** The hash link writes the view once it has been still this long, not on every frame of a zoom. */
export const HASH_WRITE_DELAY_MS = 400;
/** The phone list's rail: the longest gap drawn between two events, in pixels. */
export const LIST_MAX_GAP_PX = 40;

// Export (`toSVG`, `toPNG`).

/** Margin around the exported image's content. */
export const EXPORT_PADDING_PX = 16;
/** Line heights of the exported image's title, notes (window, credit) and legend. */
export const EXPORT_LINE_PX = { title: 24, note: 18, legend: 22 } as const;
/** `toPNG` draws at least this many pixels per CSS pixel, sharp on high-density screens and in print. */
export const EXPORT_MIN_SCALE = 2;
/** …and makes no image more than this many pixels on a side (what every browser's canvas holds). */
export const EXPORT_MAX_PX = 16_384;

// Windowed sources.

/** Width in px of a tile a windowed source asks for (the wire format's 256, 512 or 1024). */
export const SOURCE_TILE_WIDTH = 512;
/** Tiles fetched ahead on either side of the view. */
export const SOURCE_TILES_AHEAD = 1;
/** Tile answers kept, at most, and records in them: the cache's memory stays bounded whatever the archive's size. */
export const SOURCE_TILES_KEPT = 128;
export const SOURCE_RECORDS_KEPT = 20_000;
/** Other answers kept (density, steps, events). */
export const SOURCE_ANSWERS_KEPT = 64;
/** Items made from a source's records and kept by id, so that an event stays the same item from one answer to the next. */
export const SOURCE_ITEMS_KEPT = 20_000;
