/**
 * A record the timeline can draw: `@summitline/events`' `DiplomaticEvent` as it is, or
 * any object with an `id`, `title`, `kind` (any string) and a `date` (EDTF) or
 * `start`/`end`. Other fields are kept: `summit-select` hands back the record as given,
 * typed as the caller's own record type (`SummitTimeline<MyRecord>`).
 */
export interface TimelineRecord {
  id: string;
  title: string;
  kind: string;
  date?: string;
  start?: string | Date;
  end?: string | Date;
  precision?: 'day' | 'month' | 'year';
  status?: 'happened' | 'planned' | 'postponed' | 'cancelled';
  participants?: { name: string; role?: string; country: string }[];
  countries?: string[];
  location?: { place?: string; country?: string };
  summary?: string;
  sources?: { source: string; quote: string; offset?: number; publisher?: string; headline?: string }[];
}

/** What the card shows for a source: the `sources` entry of `@summitline/events`, or any object with these fields. */
export interface SourceInfo {
  id: string;
  publisher?: string;
  headline?: string;
  published?: string;
  url?: string;
}
