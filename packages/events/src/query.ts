import { countryNames } from './countries.js';
import { events as dataset } from './dataset.js';
import type { DiplomaticEvent, EventKind } from './types.js';

/** A calendar date: a `Date` (read in UTC) or an ISO string `YYYY`, `YYYY-MM`, `YYYY-MM-DD` or longer. */
export type DateInput = Date | string;

export interface BetweenOptions {
  /**
   * `'overlaps'` (the default) keeps every event with at least one day in the range;
   * `'within'` keeps only events whose every day is in the range.
   */
  match?: 'overlaps' | 'within';
  /** The events to search; the bundled dataset by default. */
  among?: readonly DiplomaticEvent[];
}

const ISO_PREFIX = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?(?:T.*)?$/;

function pad(n: number, width = 2): string {
  return String(n).padStart(width, '0');
}

/** The first or last `YYYY-MM-DD` day a date input stands for. */
export function toDay(input: DateInput, edge: 'first' | 'last', name = 'date'): string {
  if (input instanceof Date) {
    if (Number.isNaN(input.getTime())) throw new RangeError(`${name}: invalid Date`);
    return `${pad(input.getUTCFullYear(), 4)}-${pad(input.getUTCMonth() + 1)}-${pad(input.getUTCDate())}`;
  }
  const m = typeof input === 'string' ? ISO_PREFIX.exec(input.trim()) : null;
  if (!m) {
    throw new RangeError(
      `${name}: expected a Date or an ISO date such as 2025, 2025-09 or 2025-09-03, got ${JSON.stringify(input)}`,
    );
  }
  const [, y, mo, d] = m;
  const year = Number(y);
  const month = mo === undefined ? (edge === 'first' ? 1 : 12) : Number(mo);
  if (month < 1 || month > 12) throw new RangeError(`${name}: month out of range in ${JSON.stringify(input)}`);
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  const day = d === undefined ? (edge === 'first' ? 1 : daysInMonth) : Number(d);
  if (day < 1 || day > daysInMonth) throw new RangeError(`${name}: day out of range in ${JSON.stringify(input)}`);
  return `${y}-${pad(month)}-${pad(day)}`;
}

/** The event with this id, or `undefined`. */
export function getEvent(id: string, among: readonly DiplomaticEvent[] = dataset): DiplomaticEvent | undefined {
  return among.find((event) => event.id === id);
}

/**
 * Events between two dates, both inclusive. A partial date stands for its whole
 * period: `eventsBetween('2024', '2024')` is the year 2024. By default an event
 * matches when it *overlaps* the range; pass `{ match: 'within' }` for events that
 * lie wholly inside it. A month- or year-precision event covers its whole period.
 */
export function eventsBetween(from: DateInput, to: DateInput, options: BetweenOptions = {}): DiplomaticEvent[] {
  const { match = 'overlaps', among = dataset } = options;
  const first = toDay(from, 'first', 'from');
  const last = toDay(to, 'last', 'to');
  if (first > last) throw new RangeError(`from (${first}) is after to (${last})`);
  return among.filter((event) =>
    match === 'within' ? event.start >= first && event.end <= last : event.start <= last && event.end >= first,
  );
}

function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase()
    .trim();
}

/**
 * Events involving a country or a person. Accepts an ISO 3166-1 alpha-3 code
 * (`'CHN'`), an English country name (`'China'`), or part of a participant's name
 * (`'Xi Jinping'`, `'Blinken'`); case and accents do not matter.
 */
export function eventsInvolving(countryOrName: string, among: readonly DiplomaticEvent[] = dataset): DiplomaticEvent[] {
  const query = fold(countryOrName);
  if (!query)
    throw new RangeError('eventsInvolving: expected a country code, country name or person, got an empty string');
  const codes = new Set(
    Object.entries(countryNames)
      .filter(([code, name]) => fold(code) === query || fold(name) === query)
      .map(([code]) => code),
  );
  return among.filter(
    (event) =>
      event.countries.some((code) => codes.has(code)) || event.participants.some((p) => fold(p.name).includes(query)),
  );
}

/** Events of one kind, or of any of several kinds. */
export function eventsOfKind(
  kind: EventKind | readonly EventKind[],
  among: readonly DiplomaticEvent[] = dataset,
): DiplomaticEvent[] {
  const kinds = new Set<string>(typeof kind === 'string' ? [kind] : kind);
  return among.filter((event) => kinds.has(event.kind));
}
