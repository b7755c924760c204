import { MIN_TICK_SPACING_PX } from './defaults.js';
import { DAY_MS } from './edtf.js';
import { dateFormat } from './format.js';
import { utcDay, utcMonth, utcWeek, utcYear, type UtcInterval } from './intervals.js';

export interface Tick {
  value: number;
  label: string;
}

type Unit = 'day' | 'month' | 'year';

interface Level {
  interval: UtcInterval;
  /** Approximate length, to pick the level before generating any tick. */
  ms: number;
  unit: Unit;
  minor: Intl.DateTimeFormatOptions;
  /** The coarser level whose boundaries are the major ticks, or none. */
  major?: { interval: UtcInterval; options: Intl.DateTimeFormatOptions };
}

const DAY = DAY_MS;
const YEAR = 365.25 * DAY;
const byMonth = { interval: utcMonth(), options: { month: 'long', year: 'numeric' } as const };
const byYear = { interval: utcYear(), options: { year: 'numeric' } as const };

/** From finest to coarsest: days under months, months under years, years alone. */
const LEVELS: Level[] = [
  { interval: utcDay(), ms: DAY, unit: 'day', minor: { day: 'numeric' }, major: byMonth },
  { interval: utcDay(2), ms: 2 * DAY, unit: 'day', minor: { day: 'numeric' }, major: byMonth },
  { interval: utcWeek(), ms: 7 * DAY, unit: 'day', minor: { day: 'numeric' }, major: byMonth },
  { interval: utcDay(15), ms: 15 * DAY, unit: 'day', minor: { day: 'numeric' }, major: byMonth },
  { interval: utcMonth(), ms: YEAR / 12, unit: 'month', minor: { month: 'short' }, major: byYear },
  { interval: utcMonth(3), ms: YEAR / 4, unit: 'month', minor: { month: 'short' }, major: byYear },
  { interval: utcMonth(6), ms: YEAR / 2, unit: 'month', minor: { month: 'short' }, major: byYear },
  { interval: utcYear(), ms: YEAR, unit: 'year', minor: { year: 'numeric' } },
  { interval: utcYear(2), ms: 2 * YEAR, unit: 'year', minor: { year: 'numeric' } },
  { interval: utcYear(5), ms: 5 * YEAR, unit: 'year', minor: { year: 'numeric' } },
  { interval: utcYear(10), ms: 10 * YEAR, unit: 'year', minor: { year: 'numeric' } },
  { interval: utcYear(25), ms: 25 * YEAR, unit: 'year', minor: { year: 'numeric' } },
  { interval: utcYear(50), ms: 50 * YEAR, unit: 'year', minor: { year: 'numeric' } },
  { interval: utcYear(100), ms: 100 * YEAR, unit: 'year', minor: { year: 'numeric' } },
];

/**
 * Ticks for a time axis in two levels, labelled in `locale`: days under months,
 * months under years, or years alone. Minor ticks are at least
 * `MIN_TICK_SPACING_PX` apart. The first major tick names the period the view
 * starts in (at the left edge), so the reader always has the year or month.
 */
export function chooseTicks(domain: [number, number], width: number, locale: string): { minor: Tick[]; major: Tick[] } {
  const [from, to] = domain;
  if (!(to > from) || !(width > 0)) return { minor: [], major: [] };
  const msPerPx = (to - from) / width;
  const level = LEVELS.find((l) => l.ms / msPerPx >= MIN_TICK_SPACING_PX) ?? LEVELS[LEVELS.length - 1]!;
  const minorFormat = dateFormat(locale, level.minor);
  // A month level's first month of the year is the year's major tick; label the month anyway.
  const minor: Tick[] = [];
  for (const d of level.interval.range(from, to)) {
    // Day steps restart each month (…29, 31, 1): drop a tick that would crowd the one before.
    const previous = minor[minor.length - 1];
    if (previous && (d - previous.value) / msPerPx < MIN_TICK_SPACING_PX * 0.75) continue;
    minor.push({ value: d, label: minorFormat.format(d) });
  }
  if (!level.major) return { minor, major: [] };
  const majorFormat = dateFormat(locale, level.major.options);
  const major = level.major.interval.range(from, to).map((d) => ({ value: d, label: majorFormat.format(d) }));
  const leading = level.major.interval.floor(from);
  const next = major[0]?.value ?? Infinity;
  // Name the period at the left edge, unless the next major label would collide with it.
  if (leading < from && (next - from) / msPerPx > 110) {
    major.unshift({ value: from, label: majorFormat.format(leading) });
  }
  return { minor, major };
}
