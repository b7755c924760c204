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
