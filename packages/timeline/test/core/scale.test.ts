import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { fitDomain, maxZoom, storyWindow } from '../../src/core/scale.js';
import { DAY, utc } from './item.js';

const span = (start: number, days: number) => ({ start, end: start + days * DAY });

describe('fitDomain: the fitted view', () => {
  it('shows every event with 4 % of their span free on each side', () => {
    const a = utc(2020, 1, 1);
    // Out of order, and the latest end is not the latest start's.
    const items = [span(a + 10 * DAY, 5), span(a + 900 * DAY, 100), span(a, 1), span(a + 950 * DAY, 2)];
    expect(fitDomain(items)).toEqual([a - 40 * DAY, a + 1040 * DAY]);
  });

  it('takes another margin when asked', () => {
    const a = utc(2020, 1, 1);
    expect(fitDomain([span(a, 100)], { padding: 0.5 })).toEqual([a - 50 * DAY, a + 150 * DAY]);
    expect(fitDomain([span(a, 100)], { padding: 0 })).toEqual([a, a + 100 * DAY]);
  });

  it('shows at least 60 days, centred on the events, so one event is not zoomed to the limit', () => {
    const a = utc(2025, 9, 3);
    expect(fitDomain([span(a, 1)])).toEqual([a + DAY / 2 - 30 * DAY, a + DAY / 2 + 30 * DAY]);
    expect(fitDomain([span(a, 59)])).toEqual([a + 29.5 * DAY - 30 * DAY, a + 29.5 * DAY + 30 * DAY]);
  });

  it('shows a single instant in the middle of 60 days', () => {
    const a = utc(2025, 9, 3);
    expect(fitDomain([{ start: a, end: a }])).toEqual([a - 30 * DAY, a + 30 * DAY]);
  });

  it('pads a span of exactly 60 days like any other', () => {
    const a = utc(2025, 1, 1);
    expect(fitDomain([span(a, 60)])).toEqual([a - 2.4 * DAY, a + 62.4 * DAY]);
  });

  it('holds an initial window wider than the events', () => {
    const a = utc(2020, 1, 1);
    const window = [a - 100 * DAY, a + 900 * DAY] as const;
    expect(fitDomain([span(a, 10)], { window })).toEqual([a - 140 * DAY, a + 940 * DAY]);
    expect(fitDomain([], { window })).toEqual([a - 140 * DAY, a + 940 * DAY]);
  });

  it('holds the events when the window is narrower, and ignores a backwards or empty window', () => {
    const a = utc(2020, 1, 1);
    const items = [span(a, 1000)];
    expect(fitDomain(items, { window: [a + 10 * DAY, a + 20 * DAY] })).toEqual([a - 40 * DAY, a + 1040 * DAY]);
    expect(fitDomain(items, { window: [a + 2000 * DAY, a - 2000 * DAY] })).toEqual([a - 40 * DAY, a + 1040 * DAY]);
    expect(fitDomain(items, { window: [a - 2000 * DAY, a - 2000 * DAY] })).toEqual([a - 40 * DAY, a + 1040 * DAY]);
  });

  it('shows the year before now when there is nothing to show', () => {
    const now = utc(2025, 6, 1);
    expect(fitDomain([], { now })).toEqual([now - 365 * DAY, now]);
    expect(fitDomain([], { now, window: [now, now - DAY] })).toEqual([now - 365 * DAY, now]);
    const [from, to] = fitDomain([]);
    expect(to - from).toBe(365 * DAY);
    expect(Math.abs(to - Date.now())).toBeLessThan(60_000);
  });
});

describe('maxZoom: the closest zoom', () => {
  it('lets a day grow to 100 px and no further', () => {
    // 800 days over 800 px is a day per pixel: 100 times magnified, a day is 100 px.
    expect(maxZoom([0, 800 * DAY], 800)).toBe(100);
    expect(maxZoom([0, 800 * DAY], 400)).toBe(200);
  });

  it('never forbids the fitted view itself', () => {
    expect(maxZoom([0, DAY], 1000)).toBe(1);
  });

  it('takes a chart not yet measured as 1 px wide', () => {
    expect(maxZoom([0, 10 * DAY], 0)).toBe(1000);
  });
});

describe('storyWindow: the opening view', () => {
  const days = (...offsets: number[]) => offsets.map((d) => span(utc(2023, 1, 1) + d * DAY, 1));

  it('leaves distant events aside and opens where most of them are, with the fitted margin', () => {
    // Two events decades earlier, then eight within a year.
    const items = [span(utc(1950, 6, 25), 1), span(utc(2010, 1, 1), 1), ...days(0, 30, 60, 100, 200, 250, 300, 364)];
    const story = fitDomain([{ start: utc(2023, 1, 1), end: utc(2023, 1, 1) + 365 * DAY }]);
    expect(storyWindow(items)).toEqual(story);
  });

  it('takes in events just beyond the densest stretch', () => {
    // Ten events close together, one 20 days before and one 40 days after: a quarter of 90 days
    // reaches 22.5 days, so the first is taken in; the last was in the densest 80 % already.
    const items = days(-20, 0, 10, 20, 30, 40, 50, 60, 70, 80, 90, 200);
    const window = storyWindow(items)!;
    expect(window[0]).toBeLessThan(utc(2023, 1, 1) - 20 * DAY);
    // The event 200 days out lies beyond 90 + 27.5 days: left aside.
    expect(window[1]).toBeLessThan(utc(2023, 1, 1) + 200 * DAY);
    expect(window[1]).toBeGreaterThan(utc(2023, 1, 1) + 91 * DAY);
  });

  it('ends where the longest event of the stretch ends, not where the last one starts', () => {
    const items = [span(utc(1990), 1), ...days(0, 10, 20, 30, 40, 50, 60, 70), span(utc(2023, 1, 1) + 71 * DAY, 60)];
    const [, end] = storyWindow(items)!;
    expect(end).toBeGreaterThan(utc(2023, 1, 1) + 131 * DAY);
  });

  it('opens on the first stretch when it is the shortest, and on the first of two as short', () => {
    const story = (first: number, last: number) =>
      fitDomain([{ start: utc(2023, 1, 1) + first * DAY, end: utc(2023, 1, 1) + (last + 1) * DAY }]);
    // Eight of ten events within 15 days at the start, then two far out.
    expect(storyWindow(days(0, 10, 11, 12, 13, 14, 15, 15, 600, 1000))).toEqual(story(0, 15));
    // The first eight and the eight after the first both span 15 days; the event 10 days before
    // the stretch and the one 10 days after it are both beyond a quarter of 15 days.
    expect(storyWindow(days(0, 10, 11, 12, 13, 14, 15, 15, 25, 1000))).toEqual(story(0, 15));
  });

  it('shows everything when nothing lies far out, or when there are few events', () => {
    expect(storyWindow(days(0, 100, 200, 300, 400, 500, 600, 700, 800, 900))).toBeUndefined();
    expect(storyWindow([span(utc(1950), 1), ...days(0, 1, 2)])).toBeUndefined();
    expect(storyWindow([])).toBeUndefined();
  });

  it('holds at least 80 % of the events and lies within the fitted view', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 40_000 }), { minLength: 1, maxLength: 60 }), (offsets) => {
        const items = days(...offsets.sort((a, b) => a - b));
        const window = storyWindow(items);
        if (!window) return;
        const inside = items.filter((i) => i.start >= window[0] && i.end <= window[1]).length;
        expect(inside).toBeGreaterThanOrEqual(Math.ceil(items.length * 0.8));
        const all = fitDomain(items);
        expect(window[0]).toBeGreaterThanOrEqual(all[0]);
        expect(window[1]).toBeLessThanOrEqual(all[1]);
        expect(1.5 * (window[1] - window[0])).toBeLessThanOrEqual(all[1] - all[0]);
      }),
    );
  });
});
