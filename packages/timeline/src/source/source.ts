import type { GroupBy } from '../core/rows.js';
import type { TimelineRecord } from '../record.js';

// A windowed source: what the timeline asks of an archive too large for the browser.
// It holds every record; the timeline asks, for the window in view, its width in
// pixels, the kind filter and the grouping, and gets the events themselves where they
// fit, or per-lane bins (a count per kind, the first and last event) with the events
// that stand alone. `httpSource` speaks the server's wire format; `memorySource`
// answers the same way from an array.

/** The whole archive, whatever the filter: the legend's counts, the overview's span. */
export interface SourceTotals {
  total: number;
  /** The first start and the last end (exclusive), UTC ms; undefined for an empty archive. */
  span: readonly [number, number] | undefined;
  /** Events per kind, in legend order. */
  kinds: ReadonlyMap<string, number>;
}

/** A question about a window. */
export interface WindowQuery {
  /** The window, UTC ms, half-open. */
  from: number;
  to: number;
  /** How wide the window is drawn, in px. */
  width: number;
  /** The kinds shown; undefined for every kind. */
  kinds: readonly string[] | undefined;
  groupBy: GroupBy;
}

/** Several events of a lane, too close to draw apart at the width asked for. */
export interface SourceBin {
  /** The stretch of time the bin covers, UTC ms. */
  start: number;
  end: number;
  count: number;
  /** How many of its events are of each kind. */
  kinds: Readonly<Record<string, number>>;
  /** Its first and last events in time order. */
  first: TimelineRecord;
  last: TimelineRecord;
}

/** One lane of a window: `all`, a kind or a country (`—` for none). */
export interface SourceLane {
  key: string;
  /** The events drawn one by one, in time order. */
  events: readonly TimelineRecord[];
  /** The bins, in time order (none when every event fits). */
  bins: readonly SourceBin[];
}

/** A window's answer: its lanes, in the order they are drawn. */
export interface SourceWindow {
  lanes: readonly SourceLane[];
}

/** Where `step` goes. */
export interface StepQuery {
  direction: 'next' | 'previous' | 'first' | 'last';
  /** For `next`/`previous`: the event to step from (by time order)… */
  id?: string | undefined;
  /** …or the time to step from. */
  at?: number | undefined;
  kinds: readonly string[] | undefined;
}

/**
 * An archive the timeline reads a window at a time (its `source` property). Each
 * method may be called many times as the reader zooms and pans; a request the view
 * has left is aborted through its `signal`. A failure rejects with an `Error` whose
 * message says what went wrong (the timeline shows it, with a button to try again).
 */
export interface TimelineSource {
  totals(signal?: AbortSignal): Promise<SourceTotals>;
  /** How many events of `kinds` start in each of `bins` equal slices of [from, to): the overview. */
  density(
    query: { from: number; to: number; bins: number; kinds: readonly string[] | undefined },
    signal?: AbortSignal,
  ): Promise<number[]>;
  window(query: WindowQuery, signal?: AbortSignal): Promise<SourceWindow>;
  /** The next or previous event (of the kinds), or the first or last; undefined past the end. */
  step(query: StepQuery, signal?: AbortSignal): Promise<TimelineRecord | undefined>;
  /** One event by id; undefined when the archive has none. */
  event(id: string, signal?: AbortSignal): Promise<TimelineRecord | undefined>;
}
