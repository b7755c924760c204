// A windowed source's bins in the layout: drawn as clusters, alongside events, by the
// same layout as in-memory data.
import { describe, expect, it } from 'vitest';
import { DENSE_THRESHOLD } from '../../src/core/defaults.js';
import { layoutRow, type ClusterMark, type EventBin, type LayoutMark } from '../../src/core/layout.js';
import type { TimelineItem } from '../../src/core/normalize.js';
import { rowIndexes, type Row } from '../../src/core/rows.js';
import { computeView, findMark } from '../../src/core/view.js';
import { prefixMaxEnd, visibleRange } from '../../src/core/visible.js';
import { DAY, item, utc } from './item.js';

const WIDTH = 1000;
const labelWidth = (it: { title: string }) => it.title.length * 7;
// 20 days over 1000 px: 50 px a day.
const D = utc(2025, 9, 3);
const FROM = D - 10 * DAY;
const TO = D + 10 * DAY;
const scale = (t: number) => ((t - FROM) / (TO - FROM)) * WIDTH;
const invert = (x: number) => FROM + (x / WIDTH) * (TO - FROM);

function layout(items: TimelineItem[], bins: EventBin[]): LayoutMark[] {
  const [lo, hi] = visibleRange(items, prefixMaxEnd(items), FROM, TO);
  return layoutRow(items, lo, hi, { scale, invert, width: WIDTH, labelWidth, bins, ...rowIndexes(items) });
}

/** A bin of `count` events on the day `day` (from D), of which `first` and `last` are known. */
function bin(first: TimelineItem, last: TimelineItem, count: number, kinds: Record<string, number>): EventBin {
  const start = Math.floor(first.start / DAY) * DAY;
  return { start, end: start + DAY, count, kinds, first, last };
}

const clusters = (marks: LayoutMark[]) => marks.filter((m): m is ClusterMark => m.type === 'cluster');

describe('layoutRow with a source’s bins', () => {
  it('draws a bin as a cluster of its count and kinds, at the middle of its day', () => {
    const a = item('a', D, 1, { kind: 'summit' });
    const b = item('b', D);
    const marks = layout([], [bin(a, b, 7, { summit: 3, meeting: 4 })]);
    expect(marks).toHaveLength(1);
    expect(marks[0]).toMatchObject({
      type: 'cluster',
      count: 7,
      start: D,
      end: D + DAY,
      first: a,
      last: b,
      x0: 519,
      x1: 545,
      lane: 0,
      kinds: { summit: 3, meeting: 4 },
    });
    expect(marks[0]!.type === 'cluster' && marks[0]!.items).toEqual([a, b]);
  });

  it('gathers the events that fall in a bin’s pixels into its cluster, in time order', () => {
    const a = item('a', D);
    const c = item('c', D);
    const z = item('z', D);
    const marks = layout([c], [bin(a, z, 5, { meeting: 5 })]);
    expect(marks).toHaveLength(1);
    const [cluster] = clusters(marks);
    expect(cluster).toMatchObject({ count: 6, first: a, last: z, kinds: { meeting: 6 } });
    expect(cluster!.items).toEqual([a, c, z]);
  });

  it('leaves events away from the bins as events, with their labels', () => {
    const a = item('a', D);
    const b = item('b', D);
    const far = item('far away', D + 5 * DAY);
    const marks = layout([far], [bin(a, b, 2, { meeting: 2 })]);
    expect(marks.map((m) => m.type)).toEqual(['cluster', 'event']);
    expect(marks[1]).toMatchObject({ type: 'event', item: far, shape: 'point', labelX: 785 });
  });

  it('draws nothing for a bin out of view', () => {
    const a = item('a', D + 30 * DAY);
    expect(layout([], [bin(a, a, 3, { meeting: 3 })])).toEqual([]);
  });

  it('gives bins a day apart a cluster each, in one lane without overlapping', () => {
    const first = bin(item('a', D), item('b', D), 2, { meeting: 2 });
    const second = bin(item('c', D + DAY), item('d', D + DAY), 9, { meeting: 9 });
    const marks = layout([], [first, second]);
    expect(marks.map((m) => [m.type, m.lane, m.x0, m.x1])).toEqual([
      ['cluster', 0, 519, 545],
      ['cluster', 0, 569, 595],
    ]);
  });

  it('counts a bin in the cluster of its pixels when the row is crowded', () => {
    const many = Array.from({ length: DENSE_THRESHOLD + 10 }, (_, i) =>
      item(`e${String(i).padStart(5, '0')}`, FROM + Math.floor((i / (DENSE_THRESHOLD + 10)) * 20) * DAY),
    );
    const a = item('a', D);
    const b = item('b', D, 1, { kind: 'visit' });
    const marks = layout(many, [bin(a, b, 40, { meeting: 30, visit: 10 })]);
    expect(marks.every((m) => m.type === 'cluster')).toBe(true);
    expect(clusters(marks).reduce((sum, m) => sum + m.count, 0)).toBe(many.length + 40);
    const holding = clusters(marks).find((m) => m.items.includes(a))!;
    expect(holding.items).toContain(b);
    expect(holding.kinds.visit).toBe(10);
    expect(holding.count).toBe(40 + many.filter((it) => holding.items.includes(it)).length);
  });
});

describe('computeView with a row of bins', () => {
  it('places the bin’s cluster in its row, and finds it as the mark of its first and last events', () => {
    const a = item('a', D);
    const b = item('b', D);
    const alone = item('alone', D + 4 * DAY);
    const row: Row = { key: 'all', items: [alone], ...rowIndexes([alone]), bins: [bin(a, b, 12, { meeting: 12 })] };
    const view = computeView({
      rows: [row],
      grouped: false,
      window: [FROM, TO],
      width: WIDTH,
      locale: 'en-GB',
      labelWidth,
      focus: b,
    });
    expect(view.marks.map((m) => [m.key, m.mark.type])).toEqual([
      ['c:0:a', 'cluster'],
      ['e:0:alone', 'event'],
    ]);
    expect(view.focused).toBe(view.marks[0]);
    expect(findMark(view.marks, a)).toBe(view.marks[0]);
  });
});
