// A windowed source: what <summit-timeline> asks of an archive too large to hold in the
// browser. The types follow the summitline wire format (version 1, `@summitline/server`'s
// WIRE-FORMAT.md), copied here so that the timeline does not depend on the server.
import type { GroupBy } from '../core/rows.js';
import type { TimelineRecord } from '../record.js';

/** Where `step` goes: after or before an event or a time, or to the first or last event. */
export type StepDirection = 'next' | 'previous' | 'first' | 'last';

/**
 * An event as a source answers it: a `TimelineRecord` with its days (`start`, `end`,
 * `YYYY-MM-DD`, end inclusive), precision, status and countries always given. Any other
 * field of the source's record (participants, location, sources, …) is there as given.
 */
export interface SourceRecord extends TimelineRecord {
  start: string;
  end: string;
  precision: 'day' | 'month' | 'year';
  status: 'happened' | 'planned' | 'postponed' | 'cancelled';
  countries: string[];
}

/** A count per key (a kind, a country), in a stated order. */
export interface KeyCount {
  key: string;
  count: number;
}

/** The whole archive, whatever the filter: the legend's counts, the lanes there can be, the overview's span. */
export interface SourceTotals {
  /** Fingerprint of the data: it changes whenever the archive does. */
  dataVersion: string;
  total: number;
  /** The first start and the last end (exclusive) in UTC ms, and the same as days (`end` inclusive); null when empty. */
  span: { from: number; to: number; start: string; end: string } | null;
  /** The longest event, in ms. */
  longest: number;
  /** Every kind present, with its count, in legend order. */
  kinds: KeyCount[];
  /** Every country present (and `—` for events that name none), the most events first, ties by code. */
  countries: KeyCount[];
}

/** The kind filter: the kinds shown, or null (or an empty list) for every kind. */
export type KindFilter = readonly string[] | null | undefined;

export interface DensityRequest {
  /** The span to slice; the archive's span unless given. */
  from?: number;
  to?: number;
  /** How many slices: 200 unless given, 1 … 4000. */
  bins?: number;
  kinds?: KindFilter;
}

/** How many events start in each of `counts.length` equal slices of [from, to): the overview's density. */
export interface SourceDensity {
  from: number;
  to: number;
  kinds: string[] | null;
  counts: number[];
}

export interface WindowRequest {
  /** The window, [from, to) in UTC ms. */
  from: number;
  to: number;
  /** Its width on screen, in px (1 … 8192). */
  width: number;
  kinds?: KindFilter;
  /** The lanes: `none` unless given. */
  group?: GroupBy;
  /** Pixels per bin: 12 unless given (the timeline merges point events 12 px apart). */
  px?: number;
  /** The most marks answered as events: 1500 unless given. */
  limit?: number;
}

/** Events of a lane whose starts fall in one bin: two or more of them. */
export interface SourceBin {
  /** The bin's position in the answer's window, from 0. */
  index: number;
  /** The bin's span, [start, end) in UTC ms (the first bin also holds the events that began before the window). */
  start: number;
  end: number;
  count: number;
  /** The count per kind, in legend order. */
  kinds: KeyCount[];
  /** Ids of the bin's first and last events in time order (records in the answer's `events`). */
  first: string;
  last: string;
}

export interface SourceLane {
  /** `all` (no grouping), a kind, or a country code (`—` for events that name none). */
  key: string;
  /** The lane's marks in the window: its bins' counts and its events alone. */
  count: number;
  /** Bins of two or more events, in time order. */
  bins: SourceBin[];
  /** Ids of the events drawn one by one, in time order (records in the answer's `events`). */
  events: string[];
}

/**
 * What a source answers for a window: every event in it when they fit (`events` mode),
 * else per-lane bins with the events that stand alone (`bins` mode). The answer covers
 * at least the window asked for: a tiled source answers the tiles that cover it, and
 * says so in `from`, `to` and `width`.
 */
export interface SourceWindow {
  /** The data version the answer was made from: when it differs from the totals', read `totals()` again. */
  dataVersion: string;
  from: number;
  to: number;
  /** The width of [from, to) in px, at the answer's detail. */
  width: number;
  group: GroupBy;
  /** The filter, in legend order, or null for every kind. */
  kinds: string[] | null;
  mode: 'events' | 'bins';
  /** Marks in the window: events, counted once per lane they are drawn in. */
  marks: number;
  limit: number;
  /** Bins across the width, and the length of each in ms. */
  bins: number;
  binLength: number;
  /** Bins mode only: lanes with marks in the window (`all`; kinds in legend order; countries with the most marks first). */
  lanes?: SourceLane[];
  /** Events mode: every event in the window. Bins mode: every event the lanes name. Each once, in time order. */
  events: SourceRecord[];
}

export interface StepRequest {
  direction: StepDirection;
  /** For `next`/`previous`: the event to step from (its kind need not be in the filter). */
  id?: string;
  /** For `next`/`previous` without an id: the time to step from. */
  at?: number;
  kinds?: KindFilter;
}

/**
 * A windowed source of events: what the timeline asks instead of holding every record.
 * `HttpSource` asks a server that speaks the wire format; `FakeSource` answers the same
 * way from records in memory. Every method takes an `AbortSignal`: when it aborts, the
 * promise rejects with the signal's reason, and work no other question needs stops.
 */
export interface TimelineSource {
  /** The whole archive: count, span, per-kind and per-country counts, data version. */
  totals(signal?: AbortSignal): Promise<SourceTotals>;
  /** How many events start in each slice of a span, for the overview. */
  density(request: DensityRequest, signal?: AbortSignal): Promise<SourceDensity>;
  /** A window's events, or its per-lane bins. */
  window(request: WindowRequest, signal?: AbortSignal): Promise<SourceWindow>;
  /** The next or previous event from an event or a time, or the first or last, among the filter's kinds; null past the end. */
  step(request: StepRequest, signal?: AbortSignal): Promise<SourceRecord | null>;
  /** One event by id; null when the archive does not hold it. */
  event(id: string, signal?: AbortSignal): Promise<SourceRecord | null>;
}

/** Why a source failed: the wire format's error codes, and what can go wrong on the way. */
export type SourceErrorCode =
  | 'bad-parameter'
  | 'not-found'
  | 'version-changed'
  | 'method-not-allowed'
  | 'internal'
  /** An HTTP status with no error answer of the wire format. */
  | 'http'
  /** The request did not reach the server, or no answer came back. */
  | 'network'
  /** The answer is not JSON. */
  | 'bad-json'
  /** The answer is JSON, but not what the wire format says (`field` names what is wrong). */
  | 'bad-answer'
  /** A fake source told to fail. */
  | 'failed';

/** What a source's failure says, besides its message. */
export interface SourceErrorDetails {
  code: SourceErrorCode;
  /** The URL asked, for an HTTP source. */
  url?: string;
  /** The HTTP status, when one came. */
  status?: number;
  /** For `bad-answer`: the field at fault, as a path (`lanes[0].bins[3].count`). */
  field?: string;
  /** For `bad-parameter`: the question's parameter at fault. */
  parameter?: string;
}

/** A source's failure: a message a person can act on, and its parts for code. */
export class SourceError extends Error {
  override name = 'SourceError';
  readonly code: SourceErrorCode;
  readonly url: string | undefined;
  readonly status: number | undefined;
  readonly field: string | undefined;
  readonly parameter: string | undefined;

  constructor(message: string, details: SourceErrorDetails, options?: { cause?: unknown }) {
    super(message, options);
    this.code = details.code;
    this.url = details.url;
    this.status = details.status;
    this.field = details.field;
    this.parameter = details.parameter;
  }
}
