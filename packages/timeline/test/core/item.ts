import type { TimelineItem } from '../../src/core/normalize.js';

export const DAY = 86_400_000;

/** A UTC date from its calendar numbers (months from 1). */
export const utc = (y: number, m = 1, d = 1) => Date.UTC(y, m - 1, d);

/** A day-precision event of `days` days from `start`, with the fields a test does not care about filled in. */
export function item(id: string, start: number, days = 1, fields: Partial<TimelineItem> = {}): TimelineItem {
  return {
    id,
    kind: 'meeting',
    title: id,
    start,
    end: start + days * DAY,
    precision: 'day',
    planned: false,
    status: 'happened',
    countries: [],
    uncertain: false,
    approximate: false,
    record: {},
    index: 0,
    ...fields,
  };
}
