/** One day in milliseconds; the timeline's calendar is UTC. */
export const DAY_MS = 86_400_000;

export type Precision = 'day' | 'month' | 'year';

export interface ParsedDate {
  /** UTC midnight of the first day covered. */
  start: number;
  /** UTC midnight of the day after the last day covered (exclusive). */
  end: number;
  precision: Precision;
  uncertain: boolean;
  approximate: boolean;
}

const PART = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?([?~%])?$/;
const RANK: Record<Precision, number> = { year: 0, month: 1, day: 2 };

/** UTC midnight of a day, like `Date.UTC`, but a year from 0 to 99 is that year, not 1900–1999. */
function utc(year: number, month: number, day: number): number {
  if (year >= 100) return Date.UTC(year, month, day);
  const date = new Date(0);
  date.setUTCFullYear(year, month, day);
  return date.getTime();
}

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** Days in a month (1–12) of the proleptic Gregorian calendar, as JavaScript's dates count them. */
function daysIn(year: number, month: number): number {
  return month === 2 && year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : MONTH_DAYS[month - 1]!;
}

/** The number written with `length` digits at `at`, or -1 if a character there is not a digit. */
function digits(text: string, at: number, length: number): number {
  let n = 0;
  for (let i = at; i < at + length; i++) {
    const c = text.charCodeAt(i) - 48;
    if (c < 0 || c > 9) return -1;
    n = n * 10 + c;
  }
  return n;
}

/** UTC midnight of the plain `YYYY-MM-DD` (year 100 or later) at `at` in `text`, or NaN for anything else. */
function dayAt(text: string, at: number): number {
  if (text.charCodeAt(at + 4) !== 45 || text.charCodeAt(at + 7) !== 45) return NaN;
  const year = digits(text, at, 4);
  const month = digits(text, at + 5, 2);
  const day = digits(text, at + 8, 2);
  if (year < 100 || month < 1 || month > 12 || day < 1 || day > daysIn(year, month)) return NaN;
  return Date.UTC(year, month - 1, day);
}

/**
 * The fast path for the commonest date, a plain `YYYY-MM-DD`: UTC midnight of that day,
 * or undefined for anything else (which the full parser then reads, or explains).
 */
export function plainDay(text: string): number | undefined {
  return text.length === 10 ? plainDate(text)?.start : undefined;
}

/**
 * The fast path for the commonest dates: a plain `YYYY-MM-DD`, `YYYY-MM-DD/YYYY-MM-DD`
 * or `YYYY-MM` (no qualifier, no blank, years from 100), read without a regular
 * expression; undefined for anything else, which the full parser then reads, or explains.
 */
export function plainDate(text: string): ParsedDate | undefined {
  const { length } = text;
  let start: number;
  let end: number;
  let precision: Precision = 'day';
  if (length === 7) {
    const year = digits(text, 0, 4);
    const month = digits(text, 5, 2);
    if (text.charCodeAt(4) !== 45 || year < 100 || month < 1 || month > 12) return undefined;
    start = Date.UTC(year, month - 1, 1);
    end = Date.UTC(year, month, 1);
    precision = 'month';
  } else if (length === 10 || (length === 21 && text.charCodeAt(10) === 47)) {
    start = dayAt(text, 0);
    end = (length === 10 ? start : dayAt(text, 11)) + DAY_MS;
  } else return undefined;
  // NaN (not a plain day) fails this, as does an interval that ends before it starts.
  return end > start ? { start, end, precision, uncertain: false, approximate: false } : undefined;
}

function parsePart(text: string, whole: string): ParsedDate {
  const m = PART.exec(text);
  if (!m)
    throw new RangeError(
      `"${whole}" is not an EDTF date (expected e.g. 2025-09-03, 2025-09, 2025 or 2024-04-08/2024-04-09)`,
    );
  const [, y, mo, d, q] = m;
  const year = Number(y);
  const month = mo === undefined ? undefined : Number(mo);
  if (month !== undefined && (month < 1 || month > 12)) throw new RangeError(`"${whole}": month ${mo} does not exist`);
  const precision: Precision = d !== undefined ? 'day' : mo !== undefined ? 'month' : 'year';
  let start: number;
  let end: number;
  if (precision === 'year') {
    start = utc(year, 0, 1);
    end = utc(year + 1, 0, 1);
  } else if (precision === 'month') {
    start = utc(year, month! - 1, 1);
    end = utc(year, month!, 1);
  } else {
    const day = Number(d);
    const last = daysIn(year, month!);
    if (day < 1 || day > last) throw new RangeError(`"${whole}": day ${d} does not exist in ${y}-${mo}`);
    start = utc(year, month! - 1, day);
    end = start + DAY_MS;
  }
  return { start, end, precision, uncertain: q === '?' || q === '%', approximate: q === '~' || q === '%' };
}

/**
 * Parses the EDTF subset the data uses (ISO 8601-2 levels 0–1): `YYYY`, `YYYY-MM`,
 * `YYYY-MM-DD`, each optionally qualified with `?` (uncertain), `~` (approximate) or
 * `%` (both), and intervals `A/B` of those. An interval's precision is its coarser end.
 */
export function parseEDTF(text: string): ParsedDate {
  const plain = typeof text === 'string' ? plainDate(text) : undefined;
  if (plain) return plain;
  const value: unknown = text;
  if (typeof value !== 'string')
    throw new RangeError(
      `expected an EDTF string, got ${value instanceof Date ? 'a Date: give it as `start`' : typeof value === 'number' ? `the number ${value}` : value}`,
    );
  if (!text.trim()) throw new RangeError('empty date');
  const trimmed = text.trim();
  const parts = trimmed.split('/');
  if (parts.length > 2) throw new RangeError(`"${trimmed}" has more than one "/"`);
  if (parts.length === 1) return parsePart(trimmed, trimmed);
  const a = parsePart(parts[0]!, trimmed);
  const b = parsePart(parts[1]!, trimmed);
  if (b.end <= a.start) throw new RangeError(`"${trimmed}" ends before it starts`);
  return {
    start: a.start,
    end: b.end,
    precision: RANK[a.precision] <= RANK[b.precision] ? a.precision : b.precision,
    uncertain: a.uncertain || b.uncertain,
    approximate: a.approximate || b.approximate,
  };
}

/** UTC midnight of a day given as a `Date` (its UTC calendar day), `YYYY-MM-DD` or a full ISO date-time. */
export function parseDay(value: string | Date): number {
  const day = typeof value === 'string' ? plainDay(value) : undefined;
  if (day !== undefined) return day;
  if (value instanceof Date) {
    const t = value.getTime();
    if (Number.isNaN(t)) throw new RangeError('invalid Date');
    return Math.floor(t / DAY_MS) * DAY_MS;
  }
  if (typeof value !== 'string' || !value.trim()) throw new RangeError('expected a Date or an ISO date string');
  const text = value.trim();
  if (/^\d{4}-\d{2}-\d{2}$/.test(text)) return parsePart(text, text).start;
  if (/^\d{4}-\d{2}-\d{2}T/.test(text)) {
    const t = Date.parse(text);
    if (Number.isNaN(t)) throw new RangeError(`"${text}" is not an ISO date`);
    return Math.floor(t / DAY_MS) * DAY_MS;
  }
  throw new RangeError(`"${text}" is not an ISO date (expected YYYY-MM-DD)`);
}
