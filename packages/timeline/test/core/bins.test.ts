// A windowed source's bins in the layout: drawn as clusters, alongside events, by the
// same layout as in-memory data.
import { describe, expect, it } from 'vitest';
import { CLUSTER_MIN_WIDTH, DENSE_THRESHOLD } from '../../src/core/defaults.js';
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
// Whole milliseconds a px, so that times at whole px are exactly there.
const MS_PER_PX = (TO - FROM) / WIDTH;
const scale = (t: number) => (t - FROM) / MS_PER_PX;
const invert = (x: number) => FROM + x * MS_PER_PX;

function layout(items: TimelineItem[], bins: EventBin[], maxLanes?: number): LayoutMark[] {
  const [lo, hi] = visibleRange(items, prefixMaxEnd(items), FROM, TO);
  return layoutRow(items, lo, hi, { scale, invert, width: WIDTH, labelWidth, bins, maxLanes, ...rowIndexes(items) });
}

/** A bin whose events start from px `x0` to px `x1` (its first began before, its last ends after): centred at their middle. */
function binAt(x0: number, x1: number, count = 2, id = `bin${x0}`): EventBin {
  const first = item(`${id}-a`, invert(x0) - 5 * DAY, 1);
  const last = item(`${id}-z`, invert(x1) - DAY / 2, 2);
  return { start: invert(x0), end: invert(x1), count, kinds: { meeting: count }, first, last };
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

  it('draws nothing for a bin out of view, and a bin whose cluster reaches into view', () => {
    const a = item('a', D + 30 * DAY);
    expect(layout([], [bin(a, a, 3, { meeting: 3 })])).toEqual([]);
    // Centred 6 px (a point's radius) past an edge: out; 3 px past: in.
    for (const [x0, x1, shown] of [
      [-30, -10, false],
      [-12, 0, false],
      [-8, 2, true],
      [998, 1008, true],
      [1002, 1010, false],
    ] as const) {
      expect(layout([], [binAt(x0, x1)]).length, `${x0}…${x1}`).toBe(shown ? 1 : 0);
    }
  });

  it('stands a bin where its events start: from the bin’s start or its first event’s, to its end or its last event’s', () => {
    const centre = (b: EventBin) => {
      const [mark] = layout([], [b]);
      return (mark!.x0 + mark!.x1 - (CLUSTER_MIN_WIDTH - 2 * 6)) / 2;
    };
    // The first event began long before the bin; the last ends long after it: the bin's own span, 400 to 410 px.
    expect(centre(binAt(400, 410))).toBe(405);
    // Events that start within the bin's span and end before it does: from the first start to the last end.
    const first = item('first', invert(402));
    const last = item('last', invert(404), 0, { end: invert(406) });
    expect(centre({ start: invert(400), end: invert(410), count: 2, kinds: {}, first, last })).toBe(404);
  });

  it('puts a bin before an event that starts when it does', () => {
    const bar = item('bar', D, 3);
    const marks = layout([bar], [bin(item('a', D), item('b', D), 2, { meeting: 2 })]);
    expect(marks.map((m) => [m.type, m.lane])).toEqual([
      ['cluster', 0],
      ['event', 1],
    ]);
    const early = item('early', D - 3 * DAY);
    expect(layout([early], [binAt(500, 510)]).map((m) => [m.type, m.lane])).toEqual([
      ['event', 0],
      ['cluster', 0],
    ]);
  });

  it('gathers the bins of one pixel bin into one cluster', () => {
    const marks = layout([], [binAt(494, 496, 2, 'x'), binAt(498, 502, 5, 'y')]);
    expect(marks).toHaveLength(1);
    expect(marks[0]).toMatchObject({ type: 'cluster', count: 7, kinds: { meeting: 7 } });
  });

  it('joins a bin that finds no free lane to the cluster before it, which grows to take it in', () => {
    const marks = layout([], [binAt(495, 505, 3, 'x'), binAt(515, 525, 4, 'y')], 1);
    expect(marks).toHaveLength(1);
    expect(marks[0]).toMatchObject({ type: 'cluster', count: 7, x0: 494, x1: 526, lane: 0 });
  });

  it('takes a bin’s one known event once, and keeps the latest event last whatever came first', () => {
    const a = item('a', D);
    const [once] = clusters(layout([], [bin(a, a, 5, { meeting: 5 })]));
    expect(once!.items).toEqual([a]);
    const z = item('z', D, 1, { end: D + DAY });
    const b = item('b', D);
    const c = item('c', D);
    const [cluster] = clusters(layout([z], [bin(b, c, 3, { meeting: 3 })]));
    expect(cluster).toMatchObject({ first: b, last: z, count: 4 });
    expect(cluster!.items).toEqual([b, c, z]);
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

  it('in a crowded row, gives a bin the cluster of its 30 px, or one of its own, and leaves out bins out of view', () => {
    // Every item on one day, 750 px to 800 px: dense bins are 1000/33 px wide, and they all start in bin 24.
    const day = D + 5 * DAY;
    const many = Array.from({ length: DENSE_THRESHOLD + 1 }, (_, i) =>
      item(`e${String(i).padStart(5, '0')}`, day, 1, { kind: 'call' }),
    );
    const early = item('early', day - DAY / 2, 1);
    const late = item('late', day, 3);
    const joining: EventBin = { start: day - DAY, end: day, count: 6, kinds: { meeting: 6 }, first: early, last: late };
    const alone = binAt(495, 505, 9, 'alone');
    // Two bins in one dense bin: the second starts later, but its last event is earlier than the first bin's.
    const x = binAt(278, 282, 2, 'x');
    const y: EventBin = {
      start: invert(288),
      end: invert(292),
      count: 3,
      kinds: { visit: 3 },
      first: item('y-a', invert(288)),
      last: item('y-z', invert(250), 0, { end: invert(251) }),
    };
    const edges = [
      binAt(-30, -10),
      binAt(-12, 0),
      binAt(-8, 2, 3, 'left'),
      binAt(998, 1008, 4, 'right'),
      binAt(1002, 1010),
      binAt(1010, 1030),
    ];
    const marks = clusters(layout(many, [edges[0]!, edges[1]!, edges[2]!, x, y, alone, joining, ...edges.slice(3)]));
    const binWidth = WIDTH / 33;
    expect(marks.map((m) => [Math.round(m.x0 / binWidth), m.count])).toEqual([
      [0, 3],
      [9, 5],
      [16, 9],
      [24, many.length + 6],
      [32, 4],
    ]);
    expect(marks[1]).toMatchObject({ first: x.first, last: x.last });
    expect({ ...marks[1]!.kinds }).toEqual({ meeting: 2, visit: 3 });
    marks.splice(1, 1);
    expect(marks[1]).toMatchObject({ first: alone.first, last: alone.last, start: alone.first.start, lane: 0 });
    expect(marks[1]!.end).toBe(alone.last.end);
    expect(marks[1]!.items).toEqual([alone.first, alone.last]);
    expect({ ...marks[1]!.kinds }).toEqual({ meeting: 9 });
    const crowded = marks[2]!;
    expect(crowded).toMatchObject({ first: early, last: late, start: early.start, end: late.end });
    expect({ ...crowded.kinds }).toEqual({ call: many.length, meeting: 6 });
    expect(crowded.items).toEqual([early, ...many, late]);
    // Gathered once, when first read.
    expect(crowded.items).toBe(crowded.items);
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
