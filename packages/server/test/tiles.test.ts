import { describe, expect, test } from 'vitest';
import { MAX_ZOOM, MIN_ZOOM, tileLength, tilesCovering, tileWindow, zoomFor } from '../src/tiles.js';

const DAY = 86_400_000;

describe('tiles', () => {
  test('a tile of level z is 2^z days long, counted from 1970-01-01, before it too', () => {
    expect(tileWindow(0, 0)).toEqual({ from: 0, to: DAY });
    expect(tileWindow(3, 2)).toEqual({ from: 16 * DAY, to: 24 * DAY });
    expect(tileWindow(-2, -1)).toEqual({ from: -DAY / 4, to: 0 });
    expect(tileLength(10)).toBe(1024 * DAY);
  });

  test('the zoom level for a view gives tiles with at least the view’s detail at their width', () => {
    // A year on 1,000 px is 365 days / 1,000 px; 512-px tiles of 128 days have 0.25 days per px, finer than 0.365.
    expect(zoomFor(365 * DAY, 1000)).toBe(7);
    expect(tileLength(7) / 512).toBeLessThanOrEqual((365 * DAY) / 1000);
    expect(tileLength(8) / 512).toBeGreaterThan((365 * DAY) / 1000);
    expect(zoomFor(DAY, 1000, 256)).toBe(-2);
    expect(zoomFor(1, 1000)).toBe(MIN_ZOOM);
    expect(zoomFor(1e15, 100)).toBe(MAX_ZOOM);
  });

  test('the tiles covering a view, from first to last, including partly covered ones at both ends', () => {
    expect(tilesCovering(0, DAY, 0)).toEqual([0]);
    expect(tilesCovering(DAY / 2, 2.5 * DAY, 0)).toEqual([0, 1, 2]);
    expect(tilesCovering(-1, 1, 1)).toEqual([-1, 0]);
  });
});
