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
  const date = new Date(0);
  date.setUTCFullYear(year, month, day);
  return date.getTime();
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
    const last = new Date(utc(year, month!, 0)).getUTCDate();
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
  if (typeof text !== 'string' || !text.trim()) throw new RangeError('empty date');
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
