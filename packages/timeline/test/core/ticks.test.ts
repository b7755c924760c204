import { describe, expect, it } from 'vitest';
import { MIN_MS_PER_100PX, MIN_TICK_SPACING_PX } from '../../src/core/defaults.js';
import { chooseTicks } from '../../src/core/ticks.js';
import { fitDomain, maxZoom } from '../../src/core/scale.js';
import { randomItems } from './random.js';

describe('chooseTicks', () => {
  it('puts months under years over a span of two years', () => {
    const { minor, major } = chooseTicks([Date.UTC(2024, 0, 15), Date.UTC(2026, 0, 15)], 1200, 'en-GB');
    expect(major.map((t) => t.label)).toEqual(['2024', '2025', '2026']);
    expect(minor.map((t) => t.label)).toContain('Jul');
  });

  it('puts days under months over a few weeks, with the month at the left edge', () => {
    const { minor, major } = chooseTicks([Date.UTC(2025, 8, 10), Date.UTC(2025, 9, 5)], 1000, 'en-GB');
    expect(major[0]).toEqual({ value: Date.UTC(2025, 8, 10), label: 'September 2025' });
    expect(major.map((t) => t.label)).toContain('October 2025');
    expect(minor.map((t) => t.label)).toContain('15');
  });

  it('keeps minor ticks far enough apart to label at any width', () => {
    const spans: [number, number][] = [
      [Date.UTC(1950, 0, 1), Date.UTC(2026, 0, 1)],
      [Date.UTC(2025, 6, 1), Date.UTC(2025, 10, 1)],
      [Date.UTC(2025, 7, 20), Date.UTC(2025, 8, 20)],
    ];
    for (const [from, to] of spans) {
      for (const width of [320, 600, 1400]) {
        const { minor } = chooseTicks([from, to], width, 'en-GB');
        const px = (t: number) => ((t - from) / (to - from)) * width;
        for (let i = 1; i < minor.length; i++) {
          expect(px(minor[i]!.value) - px(minor[i - 1]!.value)).toBeGreaterThanOrEqual(MIN_TICK_SPACING_PX * 0.75 - 1);
        }
      }
    }
  });

  it('labels in the locale', () => {
    const { minor } = chooseTicks([Date.UTC(2025, 0, 1), Date.UTC(2025, 11, 31)], 1200, 'zh-CN');
    expect(minor.map((t) => t.label)).toContain('9月');
  });

  it('names the Gregorian months its ticks stand on, in the words and digits of a locale with another calendar', () => {
    const gregorian = (locale: string, options: Intl.DateTimeFormatOptions) =>
      new Intl.DateTimeFormat(locale, { ...options, timeZone: 'UTC', calendar: 'gregory' });
    for (const locale of ['fa-IR', 'en-GB-u-ca-hebrew', 'ar-SA', 'th-TH']) {
      const { minor, major } = chooseTicks([Date.UTC(2025, 0, 1), Date.UTC(2026, 11, 31)], 1200, locale);
      for (const tick of minor) {
        expect(new Date(tick.value).getUTCDate(), locale).toBe(1);
        expect(tick.label, locale).toBe(gregorian(locale, { month: 'short' }).format(tick.value));
      }
      expect(major.map((t) => t.label)).toEqual(
        [2025, 2026].map((year) => gregorian(locale, { year: 'numeric' }).format(Date.UTC(year, 0, 1))),
      );
    }
    const persian = chooseTicks([Date.UTC(2025, 0, 1), Date.UTC(2025, 11, 31)], 1200, 'fa-IR').minor;
    // March is مارس, in Persian digits and words; not اسفند or فروردین, the Persian months around it.
    expect(persian.find((t) => t.value === Date.UTC(2025, 2, 1))!.label).toMatch(/^مارس$/);
    const hebrew = chooseTicks([Date.UTC(2025, 0, 1), Date.UTC(2025, 11, 31)], 1200, 'en-GB-u-ca-hebrew').minor;
    expect(hebrew.find((t) => t.value === Date.UTC(2025, 2, 1))!.label).toBe('Mar');
  });
});

describe('zoom limits', () => {
  it('fits every item with a margin, and never magnifies past a day per 100 px', () => {
    const items = randomItems(100, 5);
    const [from, to] = fitDomain(items);
    expect(items.every((i) => i.start > from && i.end < to)).toBe(true);
    const k = maxZoom([from, to], 800);
    expect((to - from) / 800 / k).toBeCloseTo(MIN_MS_PER_100PX / 100);
    expect(fitDomain([], { now: Date.UTC(2025, 0, 1) })[1]).toBe(Date.UTC(2025, 0, 1));
  });
});

describe('chooseTicks, level by level', () => {
  const DAY = 86_400_000;
  const YEAR = 365.25 * DAY;
  const from = Date.UTC(2001, 0, 1);
  /** Ticks over 1000 px at `msPerPx`, from 1 January 2001. */
  const at = (msPerPx: number) => chooseTicks([from, from + 1000 * msPerPx], 1000, 'en-GB');
  const first = (msPerPx: number) =>
    at(msPerPx)
      .minor.slice(0, 4)
      .map((t) => t.label);

  // Each step is taken as soon as it is 64 px wide, the finest first.
  const levels: [string, number, string[]][] = [
    ['a day', DAY, ['1', '2', '3', '4']],
    ['two days', 2 * DAY, ['1', '3', '5', '7']],
    ['a week, from Sunday', 7 * DAY, ['7', '14', '21', '28']],
    ['half a month', 15 * DAY, ['1', '16', '31', '16']],
    ['a month', YEAR / 12, ['Jan', 'Feb', 'Mar', 'Apr']],
    ['a quarter', YEAR / 4, ['Jan', 'Apr', 'Jul', 'Oct']],
    ['half a year', YEAR / 2, ['Jan', 'Jul', 'Jan', 'Jul']],
    ['a year', YEAR, ['2001', '2002', '2003', '2004']],
    ['two years', 2 * YEAR, ['2002', '2004', '2006', '2008']],
    ['five years', 5 * YEAR, ['2005', '2010', '2015', '2020']],
    ['a decade', 10 * YEAR, ['2010', '2020', '2030', '2040']],
    ['25 years', 25 * YEAR, ['2025', '2050', '2075', '2100']],
    ['50 years', 50 * YEAR, ['2050', '2100', '2150', '2200']],
    ['a century', 100 * YEAR, ['2100', '2200', '2300', '2400']],
  ];

  it.each(levels.map((level, i) => [...level, levels[i + 1]?.[2]] as const))(
    'steps by %s once that is 64 px wide, and by the next step when it is narrower',
    (_, ms, labels, next) => {
      expect(first(ms / 64)).toEqual(labels);
      if (next) expect(first((ms / 64) * 1.001)).toEqual(next);
    },
  );

  it('steps by centuries however long the view, leaving out those closer than 48 px', () => {
    // Ten years a pixel: a century is only 10 px wide, and no step is wider.
    expect(first(10 * YEAR)).toEqual(['2100', '2600', '3100', '3600']);
  });

  it('puts months under days, years under months, and nothing under years', () => {
    expect(at(DAY / 64).major.map((t) => t.label)).toEqual(['January 2001']);
    expect(at(15 * (DAY / 64)).major.map((t) => t.label)).toEqual([
      'January 2001',
      'February 2001',
      'March 2001',
      'April 2001',
      'May 2001',
      'June 2001',
      'July 2001',
      'August 2001',
    ]);
    expect(at(YEAR / 12 / 64).major.map((t) => t.label)).toEqual(['2001', '2002']);
    expect(at(YEAR / 2 / 64).major.map((t) => [t.value, t.label])).toEqual(
      [2001, 2002, 2003, 2004, 2005, 2006, 2007, 2008].map((y) => [Date.UTC(y, 0, 1), String(y)]),
    );
    expect(at(YEAR / 64).major).toEqual([]);
  });

  it('leaves out a day tick 47 px after the last one, and keeps one 48 px after it', () => {
    // Two-day steps: the 31st is followed a day later by the 1st.
    const days = (width: number) =>
      chooseTicks([Date.UTC(2025, 0, 25), Date.UTC(2025, 1, 14)], width, 'en-GB').minor.map((t) => t.label);
    expect(days(960)).toEqual(['25', '27', '29', '31', '1', '3', '5', '7', '9', '11', '13']);
    expect(days(940)).toEqual(['25', '27', '29', '31', '3', '5', '7', '9', '11', '13']);
  });

  it('names the period the view starts in at its left edge, once the next label is more than 110 px away', () => {
    // Quarters under years, 2^26 ms per pixel: 1 January 2026 is 110 or 111 px from the left edge.
    const msPerPx = 2 ** 26;
    const years = (px: number) => {
      const start = Date.UTC(2026, 0, 1) - px * msPerPx;
      return chooseTicks([start, start + 1000 * msPerPx], 1000, 'en-GB').major.map((t) => [t.value - start, t.label]);
    };
    expect(years(110).slice(0, 2)).toEqual([
      [110 * msPerPx, '2026'],
      [110 * msPerPx + 365 * DAY, '2027'],
    ]);
    expect(years(111).slice(0, 2)).toEqual([
      [0, '2025'],
      [111 * msPerPx, '2026'],
    ]);
  });

  it('names the year of a view inside one year', () => {
    // Months under years, and no new year in view.
    const { minor, major } = chooseTicks([Date.UTC(2025, 2, 10), Date.UTC(2025, 5, 20)], 300, 'en-GB');
    expect(minor.map((t) => t.label)).toEqual(['Apr', 'May', 'Jun']);
    expect(major).toEqual([{ value: Date.UTC(2025, 2, 10), label: '2025' }]);
  });

  it('names the year of a view inside 1960 as well', () => {
    const { major } = chooseTicks([Date.UTC(1960, 2, 10), Date.UTC(1960, 5, 20)], 300, 'en-GB');
    expect(major).toEqual([{ value: Date.UTC(1960, 2, 10), label: '1960' }]);
  });

  it('has no ticks for an empty or backwards window, or no width', () => {
    const empty = { minor: [], major: [] };
    const noon = Date.UTC(2025, 0, 1, 12);
    expect(chooseTicks([noon, noon], 1000, 'en-GB')).toEqual(empty);
    // A window over the year 2000, on a chart of no width or less.
    const y2k = [Date.UTC(1999, 5, 1), Date.UTC(2001, 5, 1)] as [number, number];
    expect(chooseTicks(y2k, 0, 'en-GB')).toEqual(empty);
    expect(chooseTicks(y2k, -100, 'en-GB')).toEqual(empty);
    expect(chooseTicks([y2k[1], y2k[0]], 1000, 'en-GB')).toEqual(empty);
    expect(chooseTicks([Date.UTC(2025, 0, 1), Date.UTC(2025, 0, 1)], 1000, 'en-GB')).toEqual(empty);
    expect(chooseTicks([Date.UTC(2025, 1, 1), Date.UTC(2025, 0, 1)], 1000, 'en-GB')).toEqual(empty);
    expect(chooseTicks([Date.UTC(2025, 0, 1), Date.UTC(2026, 0, 1)], 0, 'en-GB')).toEqual(empty);
    expect(chooseTicks([Date.UTC(2025, 0, 1), Date.UTC(2026, 0, 1)], Number.NaN, 'en-GB')).toEqual(empty);
    expect(chooseTicks([Number.NaN, Date.UTC(2026, 0, 1)], 1000, 'en-GB')).toEqual(empty);
  });
});
