import { describe, expect, it } from 'vitest';
import { clusterWindow, revealWindow, selectionWindow } from '../../src/core/reveal.js';
import { DAY, utc } from './item.js';

describe('revealWindow: moving the focus to an event out of view', () => {
  const view = [utc(2025, 3, 1), utc(2025, 4, 1)] as const; // 31 days

  it('leaves the view alone when the event is in it, even at its very edges', () => {
    expect(revealWindow({ start: utc(2025, 3, 10), end: utc(2025, 3, 11) }, view)).toBeUndefined();
    expect(revealWindow({ start: utc(2025, 3, 1), end: utc(2025, 4, 1) }, view)).toBeUndefined();
  });

  it('pans to centre an event that is out of view, keeping the zoom', () => {
    expect(revealWindow({ start: utc(2025, 6, 1), end: utc(2025, 6, 2) }, view)).toEqual([
      utc(2025, 6, 1) + DAY / 2 - 15.5 * DAY,
      utc(2025, 6, 1) + DAY / 2 + 15.5 * DAY,
    ]);
  });

  it('pans to an event that only starts in view or only ends in it', () => {
    expect(revealWindow({ start: utc(2025, 3, 31), end: utc(2025, 4, 2) }, view)).toEqual([
      utc(2025, 4, 1) - 15.5 * DAY,
      utc(2025, 4, 1) + 15.5 * DAY,
    ]);
    expect(revealWindow({ start: utc(2025, 2, 28), end: utc(2025, 3, 2) }, view)).toEqual([
      utc(2025, 3, 1) - 15.5 * DAY,
      utc(2025, 3, 1) + 15.5 * DAY,
    ]);
  });

  it('zooms out just enough for an event longer than the view', () => {
    expect(revealWindow({ start: utc(2025, 1, 1), end: utc(2025, 7, 1) }, view)).toEqual([
      utc(2025, 1, 1),
      utc(2025, 7, 1),
    ]);
  });
});

describe('selectionWindow: showing a linked or selected event', () => {
  it('shows a short event in a window of 120 days around it', () => {
    const day = utc(2025, 9, 3);
    expect(selectionWindow({ start: day, end: day + DAY })).toEqual([
      day + DAY / 2 - 60 * DAY,
      day + DAY / 2 + 60 * DAY,
    ]);
  });

  it('shows a long event at a third of the window, in the middle', () => {
    const start = utc(2025, 1, 1);
    expect(selectionWindow({ start, end: start + 50 * DAY })).toEqual([start - 50 * DAY, start + 100 * DAY]);
  });

  it('uses the minimum up to an event of 40 days, and the factor past it', () => {
    const start = utc(2025, 1, 1);
    expect(selectionWindow({ start, end: start + 40 * DAY })).toEqual([start - 40 * DAY, start + 80 * DAY]);
    expect(selectionWindow({ start, end: start + 30 * DAY })).toEqual([start - 45 * DAY, start + 75 * DAY]);
  });
});

describe('clusterWindow: opening a cluster', () => {
  it('leaves 15 % of the span free on each side', () => {
    const start = utc(2025, 1, 1);
    expect(clusterWindow({ start, end: start + 100 * DAY })).toEqual([start - 15 * DAY, start + 115 * DAY]);
  });

  it('leaves at least a day on each side of a short cluster', () => {
    const start = utc(2025, 1, 1);
    expect(clusterWindow({ start, end: start + 2 * DAY })).toEqual([start - DAY, start + 3 * DAY]);
    expect(clusterWindow({ start, end: start + 10 * DAY })).toEqual([start - 1.5 * DAY, start + 11.5 * DAY]);
  });
});
