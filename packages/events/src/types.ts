/**
 * Every kind of diplomatic event the dataset distinguishes, in the order legends and
 * summaries list them. This is the one list in the package: `EventKind`, the JSON
 * Schema's enum and the CSV column description are all made from it.
 */
export const EVENT_KINDS = [
  'summit',
  'meeting',
  'visit',
  'call',
  'parade',
  'agreement',
  'statement',
  'military',
  'legislation',
  'inauguration',
  'other',
] as const;

/** The kinds of diplomatic event the dataset distinguishes. */
export type EventKind = (typeof EVENT_KINDS)[number];

export type Precision = 'day' | 'month' | 'year';
export type EventStatus = 'happened' | 'planned' | 'postponed' | 'cancelled';
export type Relation = 'part-of' | 'follows' | 'realizes';

export interface Participant {
  /**
   * Person or body, as commonly written in English. A country that takes part without a
   * named person is a participant by the group the article names (`Chinese soldiers`)
   * or else by its own name (`China`).
   */
  name: string;
  /** Office held at the time of the event. */
  role?: string;
  /** ISO 3166-1 alpha-3 code of the country the participant represents. */
  country: string;
}

export interface SourceRef {
  /** Id of an entry in `sources`. */
  source: string;
  /** Verbatim excerpt of the article (at most 200 characters). */
  quote: string;
  /** Index (UTF-16 code units) of the quote in the article's text file. */
  offset: number;
}

export interface DiplomaticEvent {
  /** Stable kebab-case slug, unique, never reused. */
  id: string;
  kind: EventKind;
  /** Short neutral headline, plain text. */
  title: string;
  /** EDTF (ISO 8601-2) levels 0–1: `2025-09-03`, `2025-09`, `2025`, `2024-04-08/2024-04-09`, with `?` or `~`. */
  date: string;
  /**
   * The date or period the article alone places the event in (EDTF levels 0–1, open
   * ends `..` allowed), where `date` is finer because it rests on the public record;
   * it always contains `date`. Absent when `date` rests on the article alone.
   */
  dateAsReported?: string;
  /** First day covered, `YYYY-MM-DD`; derived from `date`. */
  start: string;
  /** Last day covered (inclusive), `YYYY-MM-DD`; derived from `date`. */
  end: string;
  /** The coarsest unit of `date` (of either end of an interval); derived from `date`. */
  precision: Precision;
  /** The words the article used for the date. */
  dateText?: string;
  /**
   * How the date was found: stated, or resolved from which words against which anchor.
   * Begins "Public record (…)" when the date rests on a published record other than the
   * article, naming it.
   */
  dateBasis: string;
  status: EventStatus;
  participants: Participant[];
  /**
   * ISO 3166-1 alpha-3 codes of the countries taking part, each once: every
   * participant's country and the host (`location.country`), and no other. A country
   * the event is only about (the subject of a statement, the target of a measure) is not
   * listed.
   */
  countries: string[];
  /** Where the event took place; its `country` is the host, and is among `countries`. */
  location?: { place?: string; country?: string };
  /** One or two sentences in our own words. */
  summary?: string;
  sources: SourceRef[];
  /** CAMEO event code, e.g. `"042"` (make a visit), `"041"` (discuss by telephone). */
  cameo?: string;
  /** PLOVER event category, e.g. `CONSULT`, `AGREE`, `MOBILIZE`. */
  plover?: string;
  related?: { id: string; relation: Relation }[];
}

/**
 * A record as authored in `records.ts`: everything but `start`, `end` and `precision`,
 * which are derived from `date` (see `deriveDates`), so they can never disagree with it.
 */
export type AuthoredEvent = Omit<DiplomaticEvent, 'start' | 'end' | 'precision'>;

/** An id that was published and then removed, merged or split; it is never used again. */
export interface RetiredId {
  /** The id as it was published. */
  id: string;
  /** What became of the record, and why. */
  reason: string;
  /** The current records that carry on what it held; empty when it was removed outright. */
  replacedBy: string[];
}

export interface Source {
  /** Kebab-case id, referred to by `DiplomaticEvent.sources[].source`. */
  id: string;
  /** File name in the seeds folder the article was read from. */
  file: string;
  publisher: string;
  headline: string;
  /** The article's own date, EDTF. */
  published: string;
  /** How the article's date was established. */
  publishedBasis: string;
  /** SHA-256 (hex) of the file. */
  sha256: string;
}
