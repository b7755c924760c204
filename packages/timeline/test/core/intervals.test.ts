import { utcDay as d3Day, utcMonth as d3Month, utcWeek as d3Week, utcYear as d3Year } from 'd3-time';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { utcDay, utcMonth, utcWeek, utcYear } from '../../src/core/intervals.js';

// The axis's intervals against d3-time's, which they stand in for.
const pairs = [
  ['day', utcDay(), d3Day],
  ['2 days', utcDay(2), d3Day.every(2)!],
  ['15 days', utcDay(15), d3Day.every(15)!],
  ['week', utcWeek(), d3Week],
  ['month', utcMonth(), d3Month],
  ['3 months', utcMonth(3), d3Month.every(3)!],
  ['6 months', utcMonth(6), d3Month.every(6)!],
  ['year', utcYear(), d3Year],
  ['5 years', utcYear(5), d3Year.every(5)!],
  ['25 years', utcYear(25), d3Year.every(25)!],
  ['100 years', utcYear(100), d3Year.every(100)!],
] as const;

const DAY = 86_400_000;

describe('UTC intervals of the axis', () => {
  it.each(pairs)('%s: starts in a range as d3-time finds them', (_, ours, theirs) => {
    const span = { day: 60, '2 days': 90, '15 days': 400, week: 200 }[_ as string] ?? 20_000;
    fc.assert(
      fc.property(fc.integer({ min: -2_000_000, max: 2_000_000 }), fc.integer({ min: 0, max: span }), (day, length) => {
        // Any millisecond, from about 3500 BCE to 7400 CE.
        const from = day * DAY + ((day * 7919) % DAY);
        const to = from + length * DAY + 1234;
        expect(ours.range(from, to)).toEqual(theirs.range(new Date(from), new Date(to)).map(Number));
      }),
      { numRuns: 200 },
    );
  });

  it('floors a day, a month and a year as d3-time does', () => {
    for (const t of [Date.UTC(2024, 1, 29, 13, 5), Date.UTC(1950, 5, 25), Date.UTC(2025, 11, 31, 23, 59, 59, 999)]) {
      expect(utcDay().floor(t)).toBe(+d3Day.floor(new Date(t)));
      expect(utcWeek().floor(t)).toBe(+d3Week.floor(new Date(t)));
      expect(utcMonth().floor(t)).toBe(+d3Month.floor(new Date(t)));
      expect(utcYear().floor(t)).toBe(+d3Year.floor(new Date(t)));
    }
  });

  it('finds nothing in an empty range, and a start exactly at its beginning', () => {
    const jan = Date.UTC(2025, 0, 1);
    expect(utcMonth().range(jan, jan)).toEqual([]);
    expect(utcMonth().range(jan, jan + 1)).toEqual([jan]);
    expect(utcMonth().range(jan + 1, Date.UTC(2025, 1, 1))).toEqual([]);
  });
});
