import type { Precision } from './types.js';

/** The days an EDTF date covers and the unit it is known to. */
export interface DerivedDates {
  /** First day covered, `YYYY-MM-DD`. */
  start: string;
  /** Last day covered (inclusive), `YYYY-MM-DD`. */
  end: string;
  /** The coarser unit of the two ends of an interval, or the unit of a single date. */
  precision: Precision;
}

// One end: YYYY, YYYY-MM or YYYY-MM-DD, optionally qualified ? (uncertain),
// ~ (approximate) or % (both). The subset of EDTF levels 0–1 that `date` may use, and
// the one the timeline's own parser reads; open or unknown ends (`..`, empty) have no
// last day, so they are not allowed here (they may appear in `dateAsReported`).
const PART = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?[?~%]?$/;
const RANK: Record<Precision, number> = { year: 0, month: 1, day: 2 };

function pad(n: number, width = 2): string {
  return String(n).padStart(width, '0');
}

/** Days in a month (1–12) of the proleptic Gregorian calendar (year 0 is a leap year; `Date.UTC` would take it for 1900). */
function daysIn(year: number, month: number): number {
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  return month === 2 ? (leap ? 29 : 28) : [31, 0, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]!;
}

function part(text: string, whole: string): DerivedDates {
  const m = PART.exec(text);
  if (!m) {
    throw new RangeError(
      `"${whole}" is not a closed EDTF date of levels 0–1 (expected e.g. 2025-09-03, 2025-09, 2025, 2025-06? or 2024-04-08/2024-04-09)`,
    );
  }
  const [, y, mo, d] = m;
  const year = Number(y);
  if (mo === undefined) return { start: `${y}-01-01`, end: `${y}-12-31`, precision: 'year' };
  const month = Number(mo);
  if (month < 1 || month > 12) throw new RangeError(`"${whole}": month ${mo} does not exist`);
  const last = daysIn(year, month);
  if (d === undefined) return { start: `${y}-${mo}-01`, end: `${y}-${mo}-${pad(last)}`, precision: 'month' };
  const day = Number(d);
  if (day < 1 || day > last) throw new RangeError(`"${whole}": day ${d} does not exist in ${y}-${mo}`);
  return { start: `${y}-${mo}-${d}`, end: `${y}-${mo}-${d}`, precision: 'day' };
}

/**
 * `start`, `end` and `precision` of an EDTF date: `2025-09` covers 2025-09-01 to
 * 2025-09-30 at month precision; `2024-04-08/2024-04-09` covers both days at day
 * precision; an interval's precision is that of its coarser end. Qualifiers (`?`, `~`,
 * `%`) do not change the days covered. Throws a `RangeError` for anything else.
 */
export function deriveDates(date: string): DerivedDates {
  const parts = date.split('/');
  if (parts.length === 1) return part(date, date);
  if (parts.length > 2) throw new RangeError(`"${date}" has more than one "/"`);
  const lower = part(parts[0]!, date);
  const upper = part(parts[1]!, date);
  if (upper.end < lower.start) throw new RangeError(`"${date}" ends before it starts`);
  if (upper.end === lower.end && upper.start === lower.start) throw new RangeError(`"${date}": both ends are the same`);
  return {
    start: lower.start,
    end: upper.end,
    precision: RANK[lower.precision] <= RANK[upper.precision] ? lower.precision : upper.precision,
  };
}
