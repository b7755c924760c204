import { describe, expect, it } from 'vitest';
import { exportFileName, flow, itemsInView, sourceCredit, wrapText } from '../../src/core/export.js';
import type { PlacedMark } from '../../src/core/view.js';
import { item, utc } from './item.js';

describe('flow', () => {
  it('places boxes left to right and starts a new line where one would pass the width', () => {
    expect(flow([40, 40, 40, 100, 10], 100, 10)).toEqual([
      [0, 0],
      [50, 0],
      [0, 1],
      [0, 2],
      [0, 3],
    ]);
  });

  it('gives a box wider than the line a line of its own', () => {
    expect(flow([150, 20], 100, 10)).toEqual([
      [0, 0],
      [0, 1],
    ]);
  });
});

describe('wrapText', () => {
  const measure = (text: string) => text.length * 10;

  it('breaks at spaces into lines no wider than the width', () => {
    expect(wrapText('aa bb cc dd', 50, measure)).toEqual(['aa bb', 'cc dd']);
    expect(wrapText('  one  ', 50, measure)).toEqual(['one']);
    expect(wrapText('', 50, measure)).toEqual([]);
  });

  it('keeps a word longer than a line whole', () => {
    expect(wrapText('a verylongword b', 50, measure)).toEqual(['a', 'verylongword', 'b']);
  });
});

describe('sourceCredit', () => {
  it('names each publisher once, then the chart', () => {
    const sources = [
      { id: 'a', publisher: 'AP' },
      { id: 'b', publisher: 'Firstpost' },
      { id: 'c', publisher: 'AP' },
      { id: 'd' },
    ];
    expect(sourceCredit(sources)).toBe('Source: AP, Firstpost · Chart: summitline');
  });

  it('names only the chart when no publisher is known', () => {
    expect(sourceCredit([])).toBe('Chart: summitline');
  });
});

describe('itemsInView', () => {
  it('yields the events of event marks and of clusters', () => {
    const [a, b, c] = [item('a', utc(2025)), item('b', utc(2025, 2)), item('c', utc(2025, 3))];
    const marks = [
      { mark: { type: 'event', item: a } },
      { mark: { type: 'cluster', items: [b, c] } },
    ] as unknown as PlacedMark[];
    expect([...itemsInView(marks)]).toEqual([a, b, c]);
  });
});

describe('exportFileName', () => {
  it('is the label as a slug, the window’s first and last days, and the extension', () => {
    expect(exportFileName('China’s Summits & Talks', [utc(2025, 8, 1), utc(2025, 10, 1)], 'png')).toBe(
      'china-s-summits-talks_2025-08-01_2025-10-01.png',
    );
    expect(exportFileName('中国外交', [utc(2024), utc(2025)], 'svg')).toBe('中国外交_2024-01-01_2025-01-01.svg');
    expect(exportFileName('<>', [utc(2024), utc(2025)], 'svg')).toBe('timeline_2024-01-01_2025-01-01.svg');
  });
});
