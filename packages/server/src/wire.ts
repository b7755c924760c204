// The wire format's types (version 1): what each endpoint answers, as WIRE-FORMAT.md
// describes it. A client may copy these; nothing here imports the server.

/** The version in every path: `/v1/…`. */
export const WIRE_VERSION = 1;

/** How the timeline splits into lanes. */
export type Group = 'none' | 'kind' | 'country';

/** The lane of events that name no country, when grouped by country (as the timeline names it). */
export const NO_COUNTRY = '—';

/** Where `/v1/step` goes: after or before an event or a time, or to the first or last event. */
export type StepDirection = 'next' | 'previous' | 'first' | 'last';

/**
 * One event, with the fields of the timeline's `TimelineRecord`: `start` and `end` are
 * the first and last day covered (`YYYY-MM-DD`, end inclusive), `date` the EDTF date
 * as the data gave it. Any other field of the source record (participants, location,
 * sources, cameo, …) is there as given; fields the source left empty are absent.
 */
export interface WireRecord {
  id: string;
  title: string;
  kind: string;
  date?: string;
  start: string;
  end: string;
  precision: 'day' | 'month' | 'year';
  status: 'happened' | 'planned' | 'postponed' | 'cancelled';
  countries: string[];
  summary?: string;
  [field: string]: unknown;
}

/** A count per key (a kind, a country), in a stated order. */
export interface KeyCount {
  key: string;
  count: number;
}

/** `/v1/totals`: the whole archive, whatever the filter (legend counts, lanes, the overview's span). */
export interface TotalsAnswer {
  /** Fingerprint of the data: changes whenever the archive does. */
  dataVersion: string;
  total: number;
  /** First day's start and the last day's end (exclusive), UTC ms; null for an empty archive. */
  span: { from: number; to: number; start: string; end: string } | null;
  /** Longest event, in ms (from the start of its first day to the end of its last). */
  longest: number;
  /** Per kind: the data package's kinds in legend order, then any others by name. */
  kinds: KeyCount[];
  /** Per country (`—` for events that name none): the most events first, ties by code. */
  countries: KeyCount[];
}

/** `/v1/density`: how many events start in each of `bins` equal slices of [from, to). */
export interface DensityAnswer {
  from: number;
  to: number;
  kinds: string[] | null;
  counts: number[];
}

/** A bin of a lane: events of the window whose start falls in [start, end) (the first bin also takes those that began before the window). */
export interface Bin {
  /** Position of the bin in the window, from 0. */
  index: number;
  start: number;
  end: number;
  count: number;
  /** Per kind, in legend order: how many of the bin's events are of it. */
  kinds: KeyCount[];
  /** Ids of the bin's first and last events in time order (records in the answer's `events`). */
  first: string;
  last: string;
}

/** A lane of a binned answer. */
export interface Lane {
  /** `all` (group none), a kind, or a country code (`—` for none). */
  key: string;
  /** Events in the lane in this window. */
  count: number;
  /** Bins of two or more events, in time order. */
  bins: Bin[];
  /** Ids of the events alone in their bin, in time order (records in the answer's `events`). */
  events: string[];
}

/** `/v1/window` and `/v1/tile`. */
export interface WindowAnswer {
  from: number;
  to: number;
  width: number;
  group: Group;
  kinds: string[] | null;
  /** `events`: every event in the window is in `events`. `bins`: there were more marks than `limit`. */
  mode: 'events' | 'bins';
  /** Marks in the window: events, counted once per lane they are drawn in (group country counts an event once per country). */
  marks: number;
  limit: number;
  /** Bins across the width (`ceil(width / px)`), and each bin's length in ms. */
  bins: number;
  binLength: number;
  /** Lanes (bins mode only): `all`; kinds in legend order; countries with the most marks first, ties by code. */
  lanes?: Lane[];
  /** Records, each once, in time order (start, end, id). */
  events: WireRecord[];
  /** For `/v1/tile`: the tile's zoom level and index. */
  tile?: { z: number; i: number };
}

/** `/v1/step`. */
export interface StepAnswer {
  event: WireRecord | null;
}

/** `/v1/event`. */
export interface EventAnswer {
  event: WireRecord;
}

/** Any failure. */
export interface ErrorAnswer {
  error: {
    code: 'bad-parameter' | 'not-found' | 'version-changed' | 'method-not-allowed' | 'internal';
    message: string;
    /** For `bad-parameter`: the query parameter at fault. */
    parameter?: string;
  };
}
