/** The kinds of diplomatic event the dataset distinguishes. */
export type EventKind =
  | 'summit'
  | 'meeting'
  | 'visit'
  | 'call'
  | 'parade'
  | 'agreement'
  | 'statement'
  | 'military'
  | 'legislation'
  | 'inauguration'
  | 'other';

/** Every kind, in the order legends and summaries list them. */
export const EVENT_KINDS: readonly EventKind[] = [
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
];

export type Precision = 'day' | 'month' | 'year';
export type EventStatus = 'happened' | 'planned' | 'postponed' | 'cancelled';
export type Relation = 'part-of' | 'follows' | 'realizes';

export interface Participant {
  /** Person or body, as commonly written in English. */
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
  /** First day covered, `YYYY-MM-DD`. */
  start: string;
  /** Last day covered, `YYYY-MM-DD`. */
  end: string;
  precision: Precision;
  /** The words the article used for the date. */
  dateText?: string;
  /** How the date was found: stated, or resolved from which words against which anchor. */
  dateBasis: string;
  status: EventStatus;
  participants: Participant[];
  /** ISO 3166-1 alpha-3 codes. */
  countries: string[];
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
