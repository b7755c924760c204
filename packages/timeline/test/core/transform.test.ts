import { describe, expect, it } from 'vitest';
import { EARLIEST_TIME, LATEST_TIME } from '../../src/core/defaults.js';
import {
  constrain,
  IDENTITY,
  parsePeriod,
  parseWindow,
  readDirection,
  tweenTransform,
  viewWindow,
  windowTransform,
  zoomAround,
} from '../../src/core/transform.js';

// A chart 100 px wide over 1000 ms: the base scale shows 10 ms per pixel.
const domain = [1000, 2000] as const;
const WIDTH = 100;

describe('viewWindow', () => {
  it('shows the whole domain before any zoom', () => {
    expect(viewWindow(domain, WIDTH, IDENTITY)).toEqual([1000, 2000]);
    expect(IDENTITY).toEqual({ k: 1, x: 0 });
  });

  it('shows the middle half at twice the magnification, panned by a quarter', () => {
    expect(viewWindow(domain, WIDTH, { k: 2, x: -50 })).toEqual([1250, 1750]);
  });

  it('shows the later part when panned left', () => {
    expect(viewWindow(domain, WIDTH, { k: 4, x: -300 })).toEqual([1750, 2000]);
  });

  it('takes a chart not yet measured (0 px) as 1 px wide', () => {
    expect(viewWindow(domain, 0, { k: 2, x: -0.5 })).toEqual([1250, 1750]);
  });
});

describe('windowTransform', () => {
  it('is the transform that shows exactly the window', () => {
    expect(windowTransform(domain, WIDTH, [1250, 1750])).toEqual({ k: 2, x: -50 });
    expect(windowTransform(domain, WIDTH, [1750, 2000])).toEqual({ k: 4, x: -300 });
    expect(windowTransform(domain, WIDTH, domain)).toEqual({ k: 1, x: -0 });
  });

  it('takes a chart not yet measured (0 px) as 1 px wide', () => {
    expect(windowTransform(domain, 0, [1250, 1750])).toEqual({ k: 2, x: -0.5 });
  });
});

describe('zoomAround', () => {
  it('keeps the time under the pointer where it is', () => {
    const t = zoomAround(IDENTITY, 2, 30);
    expect(t).toEqual({ k: 2, x: -30 });
    // The time at 30 px (1300 ms) is still at 30 px: 1300 is 30 % into the new window.
    expect(viewWindow(domain, WIDTH, t)).toEqual([1150, 1650]);
  });

  it('zooms out around the pointer as well', () => {
    expect(zoomAround({ k: 4, x: -300 }, 0.5, 100)).toEqual({ k: 2, x: -100 });
  });
});

describe('constrain', () => {
  it('keeps a view that is within the limits exactly as it is', () => {
    expect(constrain({ k: 3, x: -77.7 }, WIDTH, 10)).toEqual({ k: 3, x: -77.7 });
  });

  it('never zooms out past the whole domain', () => {
    expect(constrain({ k: 0.5, x: 20 }, WIDTH, 10)).toEqual({ k: 1, x: 0 });
  });

  it('never zooms in past the limit, keeping the middle of the chart in place', () => {
    // At k 20 the middle (50 px) shows 1000 + (50 + 1000) / 20 · 10 = 1525 ms; at k 10 it still does.
    const t = constrain({ k: 20, x: -1000 }, WIDTH, 10);
    expect(t).toEqual({ k: 10, x: -475 });
    expect(viewWindow(domain, WIDTH, t)).toEqual([1475, 1575]);
  });

  it('keeps the point asked for in place when it limits the zoom', () => {
    expect(constrain({ k: 20, x: -1000 }, WIDTH, 10, 0)).toEqual({ k: 10, x: -500 });
    expect(constrain({ k: 20, x: -1000 }, WIDTH, 10, 100)).toEqual({ k: 10, x: -450 });
  });

  it('takes a limit below 1 as no zoom at all', () => {
    expect(constrain({ k: 3, x: -100 }, WIDTH, 0.5)).toEqual({ k: 1, x: 0 });
  });

  it('never pans past the start or the end of the domain', () => {
    expect(constrain({ k: 2, x: 10 }, WIDTH, 10)).toEqual({ k: 2, x: 0 });
    expect(constrain({ k: 2, x: -150 }, WIDTH, 10)).toEqual({ k: 2, x: -100 });
    expect(constrain({ k: 2, x: -100 }, WIDTH, 10)).toEqual({ k: 2, x: -100 });
  });
});

describe('readDirection', () => {
  it('runs time right to left for rtl in any case and spacing, and left to right for anything else', () => {
    for (const value of ['rtl', 'RTL', ' Rtl ']) expect(readDirection(value)).toBe('rtl');
    for (const value of ['ltr', 'LTR', 'auto', '', null, undefined, 'right-to-left', 1])
      expect(readDirection(value)).toBe('ltr');
  });
});

describe('parseWindow', () => {
  it('reads the start and end attributes as a window', () => {
    expect(parseWindow('2025-01-01', '2025-03-01')).toEqual([Date.UTC(2025, 0, 1), Date.UTC(2025, 2, 1)]);
    expect(parseWindow('2025-01-01T12:00:00Z', '2025-01-02')).toEqual([Date.UTC(2025, 0, 1, 12), Date.UTC(2025, 0, 2)]);
  });

  it('makes no window of an empty, backwards or unreadable pair', () => {
    expect(parseWindow('2025-03-01', '2025-01-01')).toBeUndefined();
    expect(parseWindow('2025-03-01', '2025-03-01')).toBeUndefined();
    expect(parseWindow(undefined, '2025-03-01')).toBeUndefined();
    expect(parseWindow('2025-03-01', undefined)).toBeUndefined();
    expect(parseWindow('soon', '2025-03-01')).toBeUndefined();
  });

  it('makes no window that reaches beyond the years 0000 to 9999', () => {
    expect(parseWindow('2025-01-01', '+275000-01-01')).toBeUndefined();
    expect(parseWindow('-000001-01-01', '2025-01-01')).toBeUndefined();
    expect(parseWindow('0000-01-01', '+010000-01-01')).toEqual([EARLIEST_TIME, LATEST_TIME]);
  });
});

describe('parsePeriod', () => {
  it('reads a month, a range of months or of days, ends inclusive', () => {
    expect(parsePeriod('2025-09')).toEqual([Date.UTC(2025, 8, 1), Date.UTC(2025, 9, 1)]);
    expect(parsePeriod('2025-08/2025-09')).toEqual([Date.UTC(2025, 7, 1), Date.UTC(2025, 9, 1)]);
    expect(parsePeriod('2024-12/2025-02')).toEqual([Date.UTC(2024, 11, 1), Date.UTC(2025, 2, 1)]);
    expect(parsePeriod('2025-08-30/2025-09-04')).toEqual([Date.UTC(2025, 7, 30), Date.UTC(2025, 8, 5)]);
    expect(parsePeriod('2024-02/2024-02-10')).toEqual([Date.UTC(2024, 1, 1), Date.UTC(2024, 1, 11)]);
    expect(parsePeriod('2024')).toEqual([Date.UTC(2024, 0, 1), Date.UTC(2025, 0, 1)]);
  });

  it('is undefined for what is not a period', () => {
    for (const text of [undefined, null, '', 'soon', '2025-13', '2025-09/2025-08', '2025-02-30', '2025/2026/2027'])
      expect(parsePeriod(text)).toBeUndefined();
  });
});

describe('tweenTransform: an animated move', () => {
  const width = 1000;
  const screen = (t: { k: number; x: number }, base: number) => base * t.k + t.x;

  it('starts where it is, ends exactly at the target, and eases in and out', () => {
    const from = { k: 2, x: -300 };
    const to = { k: 8, x: -5000 };
    const tween = tweenTransform(from, to, width);
    expect(tween(0).k).toBeCloseTo(2, 12);
    expect(tween(0).x).toBeCloseTo(-300, 9);
    expect(tween(1)).toBe(to);
    // Eased: a tenth of the time covers far less than a tenth of the zoom, half the time half of it (in log scale).
    expect(Math.log(tween(0.1).k / 2) / Math.log(4)).toBeLessThan(0.02);
    expect(Math.log(tween(0.5).k / 2) / Math.log(4)).toBeCloseTo(0.5, 9);
  });

  it('keeps the point it zooms around in place at every step', () => {
    const from = { k: 1, x: 0 };
    const to = zoomAround(from, 16, 700);
    const tween = tweenTransform(from, to, width);
    for (const t of [0.1, 0.3, 0.5, 0.8, 0.95]) {
      // The base point under screen x = 700 at the start stays at 700.
      expect(screen(tween(t), 700)).toBeCloseTo(700, 6);
      expect(tween(t).k).toBeGreaterThan(1);
      expect(tween(t).k).toBeLessThan(16);
    }
  });

  it('pans at one zoom without zooming on the way', () => {
    const tween = tweenTransform({ k: 4, x: -100 }, { k: 4, x: -2100 }, width);
    expect(tween(0.5)).toEqual({ k: 4, x: -1100 });
    expect(tween(0.25).k).toBe(4);
  });
});

describe('time running right to left', () => {
  it('shows the latest times at the left edge: the window is the mirror image of the left-to-right one', () => {
    expect(viewWindow(domain, WIDTH, IDENTITY, true)).toEqual([1000, 2000]);
    // Panned left by three quarters at 4×: left to right that is the end of the domain; right to left, its start.
    expect(viewWindow(domain, WIDTH, { k: 4, x: -300 }, true)).toEqual([1000, 1250]);
    expect(viewWindow(domain, WIDTH, { k: 4, x: 0 }, true)).toEqual([1750, 2000]);
  });

  it('finds the transform of a window, and back', () => {
    const t = windowTransform(domain, WIDTH, [1100, 1300], true);
    expect(viewWindow(domain, WIDTH, t, true)).toEqual([1100, 1300]);
    expect(t).not.toEqual(windowTransform(domain, WIDTH, [1100, 1300]));
  });

  it('drags the same way as it looks: moving the content right (x grows) shows later times', () => {
    const before = viewWindow(domain, WIDTH, { k: 2, x: -50 }, true);
    const after = viewWindow(domain, WIDTH, { k: 2, x: -40 }, true);
    expect(after[0]).toBeGreaterThan(before[0]);
  });

  it('keeps the window when the direction changes, with the transform of that window the other way', () => {
    const t = { k: 4, x: -100 };
    const window = viewWindow(domain, WIDTH, t);
    const mirrored = windowTransform(domain, WIDTH, window, true);
    expect(viewWindow(domain, WIDTH, mirrored, true)).toEqual(window);
    expect(mirrored.k).toBeCloseTo(t.k);
    expect(mirrored.x).toBeCloseTo(WIDTH - WIDTH * t.k - t.x);
    expect(windowTransform(domain, WIDTH, viewWindow(domain, WIDTH, IDENTITY), true)).toEqual({ k: 1, x: -0 });
  });
});
