// The wire format's defaults and limits for a question, and the checks both sources make
// of one before answering it, so that the fake refuses what the server refuses.
import { compareKinds } from '../core/kinds.js';
import { SourceError, type KindFilter } from './source.js';

/** The defaults and limits of a question's values, as WIRE-FORMAT.md names them. */
export const SOURCE_LIMITS = {
  /** Pixels per bin: the timeline merges point events within 12 px into a cluster. */
  px: { default: 12, min: 1, max: 256 },
  /** Most marks answered as events: past 1,500 the timeline draws a row as bins anyway. */
  limit: { default: 1500, min: 0, max: 5000 },
  width: { min: 1, max: 8192 },
  /** Slices of the overview's density. */
  bins: { default: 200, min: 1, max: 4000 },
  kinds: { max: 64, length: 100 },
  id: { length: 500 },
  /** Times served: ±2e14 ms from 1970, about the years −4400 to 8300. */
  time: 2e14,
} as const;

/** The lane of events that name no country, when grouped by country. */
export { NO_COUNTRY } from '../core/rows.js';

/**
 * The kind filter as answers echo it: each kind once, in legend order; null for every
 * kind (none given, or an empty list).
 */
export function kindList(kinds: KindFilter): string[] | null {
  if (!kinds?.length) return null;
  const list = [...new Set(kinds)];
  if (list.length > SOURCE_LIMITS.kinds.max) {
    throw badParameter('kinds', `kinds names ${list.length} kinds; at most ${SOURCE_LIMITS.kinds.max} are taken.`);
  }
  const long = list.find((kind) => kind.length > SOURCE_LIMITS.kinds.length || !kind || /[\s,]/.test(kind));
  if (long !== undefined) {
    throw badParameter(
      'kinds',
      long.length > SOURCE_LIMITS.kinds.length
        ? `kinds has a kind of ${long.length} characters; at most ${SOURCE_LIMITS.kinds.length}.`
        : `kinds has the kind ${JSON.stringify(long)}: the wire format cannot name a kind that is empty or holds a blank or a comma.`,
    );
  }
  return list.sort(compareKinds);
}

/** A whole number within [min, max], or the default when none is given. */
export function integer(
  name: string,
  value: number | undefined,
  limits: { min: number; max: number; default?: number },
) {
  if (value === undefined) {
    if (limits.default === undefined) throw badParameter(name, `${name} is required.`);
    return limits.default;
  }
  if (!Number.isInteger(value)) throw badParameter(name, `${name} ${value} is not a whole number.`);
  if (value < limits.min || value > limits.max) {
    throw badParameter(name, `${name} ${value} is outside ${limits.min}…${limits.max}.`);
  }
  return value;
}

/**
 * A time in UTC ms within the times served. The wire format takes whole milliseconds;
 * a view's edges need not be, so a time is rounded up (for `at`: the events that start
 * at or after it are the same), and a window outwards (see `span`).
 */
export function time(name: string, value: number, round: (t: number) => number = Math.ceil): number {
  if (!Number.isFinite(value) || Math.abs(value) > SOURCE_LIMITS.time) {
    throw badParameter(
      name,
      `${name} ${value} is not a time served: UTC ms within ±2e14 (about the years −4400 to 8300).`,
    );
  }
  return round(value);
}

/** `from` and `to`, `to` after `from`, rounded outwards to whole milliseconds. */
export function span(from: number, to: number): { from: number; to: number } {
  const start = time('from', from, Math.floor);
  const end = time('to', to, Math.ceil);
  if (!(to > from)) throw badParameter('to', `to (${to}) must be after from (${from}).`);
  return { from: start, to: end };
}

export function badParameter(parameter: string, message: string): SourceError {
  return new SourceError(message, { code: 'bad-parameter', parameter });
}
