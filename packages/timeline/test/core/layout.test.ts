import { describe, expect, it } from 'vitest';
import { DENSE_THRESHOLD } from '../../src/core/defaults.js';
import { layoutRow, type ClusterMark, type LayoutMark, type LayoutOptions } from '../../src/core/layout.js';
import { compareItems, type TimelineItem } from '../../src/core/normalize.js';
import { blockMaxEnd, maxEndBetween, prefixMaxEnd, visibleRange } from '../../src/core/visible.js';
import { DAY } from './item.js';
import { randomItems } from './random.js';

const WIDTH = 800;
const labelWidth = (item: { title: string }) => item.title.length * 7;

/** A UTC time scale: linear in milliseconds. */
function linear([from, to]: [number, number], width: number) {
  return (t: number) => ((t - from) / (to - from)) * width;
}

function layout(items: ReturnType<typeof randomItems>, domain: [number, number]) {
  const x = linear(domain, WIDTH);
  const [lo, hi] = visibleRange(items, prefixMaxEnd(items), domain[0], domain[1]);
  const marks = layoutRow(items, lo, hi, { scale: (t) => x(t), width: WIDTH, labelWidth });
  return { marks, x };
}

function extent(mark: LayoutMark): [number, number] {
  if (mark.type === 'event' && mark.labelX !== null && mark.shape !== 'band') {
    return [mark.x0, mark.labelX + labelWidth(mark.item)];
  }
  return [mark.x0, mark.x1];
}

describe('visibleRange', () => {
  it('finds exactly the items a brute-force filter finds (after skipping those that end before the window)', () => {
    const items = randomItems(5000, 7);
    const maxEnd = prefixMaxEnd(items);
    for (let k = 0; k < 50; k++) {
      const from = Date.UTC(2016, 0, 1) + k * 70 * 86_400_000;
      const to = from + (k + 1) * 20 * 86_400_000;
      const [lo, hi] = visibleRange(items, maxEnd, from, to);
      const found = items
        .slice(lo, hi)
        .filter((i) => i.end > from)
        .map((i) => i.id);
      const expected = items.filter((i) => i.start < to && i.end > from).map((i) => i.id);
      expect(found).toEqual(expected);
    }
  });
});

// Data is made inside each test, never while the file loads, so that mutation testing
// knows which tests run which code.
describe('visibleRange, exactly', () => {
  const three = randomItems(3, 1).map((it, i) => ({ ...it, start: i * 10, end: i * 10 + 5 }));
  const range = (from: number, to: number) => visibleRange(three, prefixMaxEnd(three), from, to);

  it('starts at the first item that reaches into the window, and ends before the first that starts after it', () => {
    expect(range(12, 21)).toEqual([1, 3]);
    expect(range(14.9, 20)).toEqual([1, 2]);
    expect(range(15, 20)).toEqual([2, 2]);
    expect(range(-5, 0)).toEqual([0, 0]);
    expect(range(0, 100)).toEqual([0, 3]);
  });
});

describe('maxEndBetween, cost', () => {
  it('reads each item of the partial blocks at the ends, and only the block maxima in between', () => {
    const items = randomItems(3000, 11);
    const blocks = blockMaxEnd(items);
    let reads = 0;
    const counted = new Proxy(items, {
      get(target, key, receiver) {
        if (typeof key === 'string' && /^\d+$/.test(key)) reads++;
        return Reflect.get(target, key, receiver);
      },
    });
    expect(maxEndBetween(counted, blocks, 1, 2999)).toBe(Math.max(...items.slice(1, 2999).map((i) => i.end)));
    // 63 items before the first whole block, 55 after the last.
    expect(reads).toBe(63 + 55);
    reads = 0;
    expect(maxEndBetween(counted, blocks, 1, 2944)).toBe(Math.max(...items.slice(1, 2944).map((i) => i.end)));
    expect(reads).toBe(63);
  });
});

describe('layoutRow', () => {
  const events = () => randomItems(4000, 3);
  const domains: [number, number][] = [
    [Date.UTC(2016, 0, 1), Date.UTC(2026, 0, 1)],
    [Date.UTC(2019, 0, 1), Date.UTC(2020, 0, 1)],
    [Date.UTC(2019, 5, 1), Date.UTC(2019, 6, 1)],
  ];

  it.each(domains)('draws every visible item exactly once, as a mark or in a cluster (%#)', (from, to) => {
    const { marks, x } = layout(events(), [from, to]);
    const seen = new Map<string, number>();
    for (const mark of marks) {
      for (const item of mark.type === 'cluster' ? mark.items : [mark.item])
        seen.set(item.id, (seen.get(item.id) ?? 0) + 1);
    }
    const visible = events().filter((i) => x(i.end) > 0 && x(i.start) < WIDTH);
    expect([...seen.values()].every((n) => n === 1)).toBe(true);
    expect(seen.size).toBe(visible.length);
    for (const mark of marks) if (mark.type === 'cluster') expect(mark.count).toBe(mark.items.length);
  });

  it.each(domains)('never overlaps two marks (or a mark and a kept label) in a lane (%#)', (from, to) => {
    const { marks } = layout(events(), [from, to]);
    const lanes = new Map<number, [number, number][]>();
    for (const mark of marks) {
      if (mark.lane < 0) continue;
      const list = lanes.get(mark.lane) ?? [];
      list.push(extent(mark));
      lanes.set(mark.lane, list);
    }
    for (const list of lanes.values()) {
      list.sort((a, b) => a[0] - b[0]);
      for (let i = 1; i < list.length; i++) expect(list[i]![0]).toBeGreaterThanOrEqual(list[i - 1]![1]);
    }
  });

  it('merges two events a day apart when zoomed out, and splits them when zoomed in', () => {
    const two = randomItems(0);
    const day = 86_400_000;
    const base = {
      kind: 'visit' as const,
      precision: 'day' as const,
      planned: false,
      status: 'happened',
      countries: [],
      uncertain: false,
      approximate: false,
      record: {},
      index: 0,
    };
    const many = [...two];
    for (let i = 0; i < 8; i++)
      many.push({
        ...base,
        id: `x${i}`,
        title: `X ${i}`,
        start: Date.UTC(2020, 5, 1) + i * day,
        end: Date.UTC(2020, 5, 1) + (i + 1) * day,
        index: i,
      });
    const far = layout(many, [Date.UTC(2010, 0, 1), Date.UTC(2030, 0, 1)]).marks;
    const near = layout(many, [Date.UTC(2020, 4, 25), Date.UTC(2020, 5, 15)]).marks;
    expect(far.filter((m) => m.type === 'cluster')).toHaveLength(1);
    expect(far[0]!.type === 'cluster' && far[0]!.count).toBe(8);
    expect(near.filter((m) => m.type === 'cluster')).toHaveLength(0);
    expect(near).toHaveLength(8);
  });

  it('stacks events of the same day in lanes once there is room, so every cluster can be split by zooming in', () => {
    const base = {
      kind: 'parade' as const,
      precision: 'day' as const,
      planned: false,
      status: 'happened',
      countries: [],
      uncertain: false,
      approximate: false,
      record: {},
    };
    const day = Date.UTC(2025, 8, 3);
    const same = [0, 1, 2].map((i) => ({
      ...base,
      id: `s${i}`,
      title: `S ${i}`,
      start: day,
      end: day + 86_400_000,
      index: i,
    }));
    const marks = layout(same, [day - 10 * 86_400_000, day + 10 * 86_400_000]).marks;
    expect(marks.map((m) => m.type)).toEqual(['event', 'event', 'event']);
    expect(new Set(marks.map((m) => m.lane)).size).toBe(3);
  });

  it('clusters no more items when zoomed in than when zoomed out', () => {
    const clustered = (domain: [number, number]) =>
      layout(events(), domain).marks.reduce((n, m) => n + (m.type === 'cluster' ? m.count : 0), 0);
    expect(clustered([Date.UTC(2019, 0, 1), Date.UTC(2019, 1, 1)])).toBeLessThanOrEqual(
      clustered([Date.UTC(2018, 0, 1), Date.UTC(2020, 0, 1)]),
    );
  });
});

describe('maxEndBetween', () => {
  it('agrees with a brute-force maximum for any index range', () => {
    const items = randomItems(3000, 11);
    const blocks = blockMaxEnd(items);
    for (let k = 0; k < 300; k++) {
      const a = (k * 7919) % items.length;
      const b = Math.min(items.length, a + 1 + ((k * 104_729) % 900));
      const expected = Math.max(...items.slice(a, b).map((i) => i.end));
      expect(maxEndBetween(items, blocks, a, b)).toBe(expected);
    }
  });
});

describe('layoutRow with crowded views', () => {
  function dense(from: number, to: number) {
    const items = randomItems(40_000, 5);
    const maxEnd = prefixMaxEnd(items);
    const blockEnds = blockMaxEnd(items);
    const k = WIDTH / (to - from);
    const [lo, hi] = visibleRange(items, maxEnd, from, to);
    const marks = layoutRow(items, lo, hi, {
      scale: (t) => (t - from) * k,
      invert: (px) => from + px / k,
      blockEnds,
      width: WIDTH,
      labelWidth,
    });
    return { marks, visible: items.filter((i) => i.start < to && i.end > from), lo, hi };
  }

  it.each([
    [Date.UTC(2016, 0, 1), Date.UTC(2026, 0, 1)],
    [Date.UTC(2018, 3, 9), Date.UTC(2022, 7, 3)],
  ])('puts every visible item in exactly one cluster, with the right count, span and ends', (from, to) => {
    const { marks, visible, lo, hi } = dense(from, to);
    expect(hi - lo).toBeGreaterThan(DENSE_THRESHOLD);
    const clusters = marks as ClusterMark[];
    expect(clusters.every((m) => m.type === 'cluster')).toBe(true);
    const ids = clusters.flatMap((m) => m.items.map((i) => i.id));
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.sort()).toEqual(visible.map((i) => i.id).sort());
    for (const m of clusters) {
      expect(m.count).toBe(m.items.length);
      expect(m.start).toBe(Math.min(...m.items.map((i) => i.start)));
      expect(m.end).toBe(Math.max(...m.items.map((i) => i.end)));
      expect(m.first).toBe(m.items[0]);
      expect(m.last).toBe(m.items.at(-1));
      expect(Object.values(m.kinds).reduce((a, b) => a + b, 0)).toBe(m.count);
    }
  });

  it('keeps the clusters apart and on screen', () => {
    const { marks } = dense(Date.UTC(2016, 0, 1), Date.UTC(2026, 0, 1));
    for (let i = 1; i < marks.length; i++) expect(marks[i]!.x0).toBeGreaterThanOrEqual(marks[i - 1]!.x1);
    expect(marks.at(-1)!.x1).toBeLessThanOrEqual(WIDTH);
    expect(marks[0]!.x0).toBeGreaterThanOrEqual(0);
  });

  it('gives a band that finds the strip full a place among the points, so it is still drawn once', () => {
    const month = (m: number, i: number) => ({
      ...randomItems(1, i)[0]!,
      id: `m${i}`,
      precision: 'month' as const,
      start: Date.UTC(2020, m, 1),
      end: Date.UTC(2020, m + 1, 1),
    });
    const three = [month(0, 1), month(0, 2), month(0, 3)];
    const x = linear([Date.UTC(2019, 11, 1), Date.UTC(2020, 2, 1)], WIDTH);
    const marks = layoutRow(three, 0, 3, { scale: (t) => x(t), width: WIDTH, labelWidth, bandLanes: 2 });
    expect(marks.filter((m) => m.type === 'event' && m.shape === 'band')).toHaveLength(2);
    const rest = marks.find((m) => m.lane >= 0);
    expect(rest?.type === 'event' ? rest.item.id : rest?.items.map((i) => i.id)).toEqual('m3');
  });
});

// What each tuning number does, on a scale of one pixel per millisecond: a point
// event `at(c)` is drawn centred at c px, so every position below is exact.
describe('layoutRow, to the pixel', () => {
  const at = (c: number, id = `p${c}`, title = id) =>
    ({ ...randomItems(1)[0]!, id, title, kind: 'meeting', start: c - 0.25, end: c + 0.25, precision: 'day' }) as const;
  const noLabels = () => 0;
  const lay = (items: TimelineItem[], options: Partial<LayoutOptions> = {}) =>
    layoutRow(items, 0, items.length, { scale: (t) => t, width: 1000, labelWidth: noLabels, ...options });
  const summary = (marks: LayoutMark[]) =>
    marks.map((m) => (m.type === 'event' ? [m.item.id, m.lane] : [m.items.map((i) => i.id), m.lane]));

  it('draws a point 12 px wide around its day', () => {
    expect(lay([at(100)])[0]).toMatchObject({ type: 'event', x0: 94, x1: 106, shape: 'point', labelX: null });
  });

  it('puts a point 16 px after another (12 px of mark and a 4 px gap) in the same lane, and a closer one below', () => {
    expect(summary(lay([at(100, 'a'), at(116, 'b')]))).toEqual([
      ['a', 0],
      ['b', 0],
    ]);
    expect(summary(lay([at(100, 'a'), at(115.75, 'b')]))).toEqual([
      ['a', 0],
      ['b', 1],
    ]);
    expect(summary(lay([at(100, 'a'), at(106, 'b')], { gap: 0 }))).toEqual([
      ['a', 0],
      ['b', 1],
    ]);
    expect(summary(lay([at(100, 'a'), at(112, 'b')], { gap: 0 }))).toEqual([
      ['a', 0],
      ['b', 0],
    ]);
  });

  it('gives a lane to a point exactly 4 px after the last mark in it, and clusters one closer', () => {
    const one = { maxLanes: 1 };
    expect(summary(lay([at(100, 'a'), at(116, 'b')], one))).toEqual([
      ['a', 0],
      ['b', 0],
    ]);
    expect(summary(lay([at(100, 'a'), at(115.75, 'b')], one))).toEqual([[['a', 'b'], 0]]);
    // Two in a bin need a cluster: it starts a new one exactly 4 px after `a`, and joins `a` if closer.
    expect(summary(lay([at(100, 'a'), at(116, 'b'), at(116, 'c')], one))).toEqual([
      ['a', 0],
      [['b', 'c'], 0],
    ]);
    expect(summary(lay([at(100, 'a'), at(115.75, 'b'), at(115.75, 'c')], one))).toEqual([[['a', 'b', 'c'], 0]]);
  });

  it('gives a point the room of a label exactly 4 px before it, when no lane is free of labels, and moves that label before its own mark', () => {
    const marks = lay([at(100, 'a'), at(116, 'b')], { maxLanes: 1, labelWidth: () => 50 });
    expect(marks).toEqual([
      expect.objectContaining({ item: expect.objectContaining({ id: 'a' }), lane: 0, labelX: 40, labelRoom: 50 }),
      expect.objectContaining({ item: expect.objectContaining({ id: 'b' }), lane: 0, labelX: 126, labelRoom: 50 }),
    ]);
  });

  it('stacks up to six events of one 12 px bin, and clusters seven', () => {
    const six = [0, 1, 2, 3, 4, 5].map((i) => at(96.25 + 2 * i, `s${i}`));
    expect(summary(lay(six)).map(([, lane]) => lane)).toEqual([0, 1, 2, 3, 4, 5]);
    const seven = [...six, at(107.75, 's6')];
    const marks = lay(seven);
    expect(marks).toHaveLength(1);
    expect(marks[0]).toMatchObject({ type: 'cluster', count: 7, lane: 0, x0: 90.25, x1: 116.25 });
    expect(marks[0]).toMatchObject({ start: 96, end: 108, first: seven[0], last: seven[6], kinds: { meeting: 7 } });
  });

  it('makes a narrow cluster 26 px wide, enough for a two-digit count', () => {
    const same = [0, 1, 2, 3, 4, 5, 6].map((i) => at(100, `s${i}`));
    expect(lay(same)[0]).toMatchObject({ type: 'cluster', x0: 94, x1: 120 });
  });

  it('gathers points by the 12 px bin their centre falls in', () => {
    // Four in the bin 0–12 px and three in 12–24 px: the three find only two free lanes, so they cluster.
    const split = [at(11.75, 'a'), at(11.75, 'b'), at(11.75, 'c'), at(11.75, 'd'), at(12, 'e'), at(12, 'f')];
    expect(summary(lay([...split, at(12, 'g')]))).toEqual([
      ['a', 0],
      ['b', 1],
      ['c', 2],
      ['d', 3],
      [['e', 'f', 'g'], 4],
    ]);
    // The same seven in one bin are one cluster.
    const one = [at(0.25, 'a'), at(0.25, 'b'), at(0.25, 'c'), at(0.25, 'd'), at(11.75, 'e'), at(11.75, 'f')];
    expect(summary(lay([...one, at(11.75, 'g')]))).toEqual([[['a', 'b', 'c', 'd', 'e', 'f', 'g'], 0]]);
  });

  it('draws a point near the left edge whole', () => {
    expect(lay([at(2)])[0]).toMatchObject({ x0: -4, x1: 8 });
  });

  it('leaves out what ends at the left edge or starts at the right edge', () => {
    const edge = (id: string, start: number, end: number) => ({ ...at(0, id), start, end });
    expect(summary(lay([edge('left', -5, 0), edge('in', -5, 0.5), edge('right', 1000, 1001)]))).toEqual([['in', 0]]);
  });

  it('uses as many lanes as asked for, and at least one', () => {
    const three = [at(100, 'a'), at(100, 'b'), at(100, 'c')];
    expect(summary(lay(three, { maxLanes: 3 }))).toEqual([
      ['a', 0],
      ['b', 1],
      ['c', 2],
    ]);
    expect(summary(lay(three, { maxLanes: 2 }))).toEqual([[['a', 'b', 'c'], 0]]);
    expect(summary(lay([at(100, 'a')], { maxLanes: 0 }))).toEqual([['a', 0]]);
    expect(summary(lay([at(100, 'a'), at(100, 'b')], { maxLanes: 0 }))).toEqual([[['a', 'b'], 0]]);
  });

  it('draws points of another radius', () => {
    expect(lay([at(100)], { pointRadius: 3 })[0]).toMatchObject({ x0: 97, x1: 103 });
  });
});

describe('layoutRow: labels', () => {
  const at = (c: number, id: string) =>
    ({ ...randomItems(1)[0]!, id, title: id, start: c - 0.25, end: c + 0.25, precision: 'day' }) as const;
  const width50 = () => 50;
  const lay = (items: TimelineItem[], width = 1000) =>
    layoutRow(items, 0, items.length, { scale: (t) => t, width, labelWidth: width50 });
  const labels = (marks: LayoutMark[]) =>
    marks.map((m) => (m.type === 'event' ? [m.item.id, m.lane, m.labelX] : [m.first.id, m.lane, 'cluster']));

  it('puts a label 4 px after its mark', () => {
    expect(labels(lay([at(100, 'a')]))).toEqual([['a', 0, 110]]);
  });

  it('keeps a label that ends at the right edge, and puts one that would run past it before its mark', () => {
    expect(labels(lay([at(100, 'a')], 160))).toEqual([['a', 0, 110]]);
    expect(labels(lay([at(100, 'a')], 159.75))).toEqual([['a', 0, 40]]);
    // No room for 50 px on either side: none.
    expect(labels(lay([at(30, 'a')], 80))).toEqual([['a', 0, null]]);
  });

  it('shortens a label to the larger room, on either side, down to 80 px', () => {
    const lay100 = (items: TimelineItem[], width: number) =>
      layoutRow(items, 0, items.length, { scale: (t) => t, width, labelWidth: () => 100 });
    const rooms = (marks: LayoutMark[]) => marks.map((m) => m.type === 'event' && [m.labelX, m.labelRoom]);
    // 80 px after the mark, 90 before it: the label takes the 90 px before.
    expect(rooms(lay100([at(100, 'a')], 190))).toEqual([[0, 90]]);
    // 96 px after, 90 before: after.
    expect(rooms(lay100([at(100, 'a')], 206))).toEqual([[110, 96]]);
    // 80 px after, 20 before: shortened to 80; 79.75 after: none.
    expect(rooms(lay100([at(30, 'a')], 120))).toEqual([[40, 80]]);
    expect(rooms(lay100([at(30, 'a')], 119.75))).toEqual([[null, 0]]);
  });

  it('puts the next mark in a lane below rather than over a kept label', () => {
    // a's label runs to 160: b fits after it only from 170 (164 + 6).
    expect(labels(lay([at(100, 'a'), at(130, 'b')]))).toEqual([
      ['a', 0, 110],
      ['b', 1, 140],
    ]);
    expect(labels(lay([at(100, 'a'), at(170, 'b')]))).toEqual([
      ['a', 0, 110],
      ['b', 0, 180],
    ]);
  });

  it('moves a label before its mark when a later mark needs its room', () => {
    const six = ['a', 'b', 'c', 'd', 'e', 'f'].map((id, i) => at(100 + i * 0.25, id));
    const marks = lay([...six, at(130, 'g')]);
    expect(labels(marks)).toEqual([
      ['a', 0, 40],
      ['b', 1, 110.25],
      ['c', 2, 110.5],
      ['d', 3, 110.75],
      ['e', 4, 111],
      ['f', 5, 111.25],
      ['g', 0, 140],
    ]);
  });

  it('moves the label that a cluster would cover, keeps one that ends before it, and drops one with no room', () => {
    const seven = (c: number) => ['1', '2', '3', '4', '5', '6', '7'].map((n) => at(c, `${c}-${n}`));
    expect(labels(lay([at(100, 'a'), ...seven(130)]))).toEqual([
      ['a', 0, 40],
      ['130-1', 0, 'cluster'],
    ]);
    expect(labels(lay([at(100, 'a'), ...seven(170)]))).toEqual([
      ['a', 0, 110],
      ['170-1', 0, 'cluster'],
    ]);
    expect(labels(lay([at(100, 'a'), ...seven(169.75)]))).toEqual([
      ['a', 0, 40],
      ['169.75-1', 0, 'cluster'],
    ]);
    expect(labels(lay([at(40, 'a'), ...seven(70)]))).toEqual([
      ['a', 0, null],
      ['70-1', 0, 'cluster'],
    ]);
  });
});

describe('layoutRow: bars, bands and full lanes', () => {
  // Ten pixels a day.
  const scale = (t: number) => (t / DAY) * 10;
  const event = (id: string, day: number, days: number, fields: Partial<TimelineItem> = {}): TimelineItem => ({
    ...randomItems(1)[0]!,
    id,
    title: id,
    start: day * DAY,
    end: (day + days) * DAY,
    precision: 'day',
    ...fields,
  });
  const month = (id: string, day: number, days = 30) => event(id, day, days, { precision: 'month' });
  const lay = (items: TimelineItem[], options: Partial<LayoutOptions> = {}) =>
    layoutRow(items, 0, items.length, { scale, width: 1000, labelWidth: () => 0, ...options });

  it('draws an event of several days as a bar over its days, once it is 8 px wide', () => {
    expect(lay([event('two', 10, 2)])[0]).toMatchObject({ shape: 'bar', x0: 100, x1: 120, lane: 0 });
    const narrow = (t: number) => (t / DAY) * 4;
    expect(lay([event('two', 10, 2)], { scale: narrow })[0]).toMatchObject({ shape: 'bar', x0: 40, x1: 48 });
    const narrower = (t: number) => (t / DAY) * 3.875;
    expect(lay([event('two', 10, 2)], { scale: narrower })[0]).toMatchObject({
      shape: 'point',
      x0: 36.625,
      x1: 48.625,
    });
  });

  it('draws a one-day event as a point however wide its day is', () => {
    expect(lay([event('one', 10, 1)])[0]).toMatchObject({ shape: 'point', x0: 99, x1: 111 });
  });

  it('puts a bar in the first lane where it fits', () => {
    const marks = lay([event('a', 10, 5), event('b', 12, 5), event('c', 15.5, 3)]);
    expect(marks.map((m) => m.type === 'event' && [m.item.id, m.lane, m.shape])).toEqual([
      ['a', 0, 'bar'],
      ['b', 1, 'bar'],
      ['c', 0, 'bar'],
    ]);
  });

  it('clusters a bar that finds no free lane with the lane that frees up first', () => {
    const bars = [0, 1, 2, 3, 4, 5].map((i) => event(`b${i}`, 10 + i / 8, 10 - i / 2));
    const marks = lay([...bars, event('late', 16, 5)]);
    // b5 ends first (at 180 px): it becomes a cluster that takes `late` in and grows to its end.
    expect(marks).toHaveLength(6);
    const cluster = marks[5] as ClusterMark;
    expect(cluster).toMatchObject({ type: 'cluster', lane: 5, count: 2, x0: 106.25, x1: 210 });
    expect(cluster).toMatchObject({ start: bars[5]!.start, end: 21 * DAY, first: bars[5], kinds: { summit: 2 } });
    expect(cluster.items.map((i) => i.id)).toEqual(['b5', 'late']);
    expect(cluster.last.id).toBe('late');
  });

  it('joins the lane that frees up first, the top one of two that free up together', () => {
    // Lane 2 frees up first (at 150 px), lanes 1 and 4 next (at 160 px).
    const ends = [20, 16, 15, 18, 16, 19];
    const bars = ends.map((end, i) => event(`b${i}`, 10 + i / 8, end - 10 - i / 8));
    const first = lay([...bars, event('late', 15, 5)]);
    expect(first.map((m) => m.type)).toEqual(['event', 'event', 'cluster', 'event', 'event', 'event']);
    expect((first[2] as ClusterMark).items.map((i) => i.id)).toEqual(['b2', 'late']);
    const tied = lay([...bars.map((b, i) => (i === 2 ? { ...b, end: 20 * DAY } : b)), event('late', 15, 5)]);
    expect(tied.map((m) => m.type)).toEqual(['event', 'cluster', 'event', 'event', 'event', 'event']);
  });

  it('leaves alone the labels of other lanes when a cluster takes a lane of its own', () => {
    const seven = [1, 2, 3, 4, 5, 6, 7].map((n) => event(`c${n}`, 15, 1));
    const marks = lay([event('a', 10, 10), event('b', 10.5, 9.5), ...seven], { labelWidth: () => 50 });
    expect(marks.map((m) => (m.type === 'event' ? [m.item.id, m.lane, m.labelX] : ['cluster', m.lane]))).toEqual([
      ['a', 0, 204],
      ['b', 1, 204],
      ['cluster', 2],
    ]);
  });

  it('adds to a cluster that has no free lane after it', () => {
    const seven = (day: number) => [1, 2, 3, 4, 5, 6, 7].map((n) => event(`${day}-${n}`, day, 1, { kind: 'call' }));
    // Six long bars fill the lanes; the clusters of day 20 and day 21 cannot get a lane of their own.
    const bars = [0, 1, 2, 3, 4, 5].map((i) => event(`b${i}`, 10, 20 - i, { kind: 'visit' }));
    const marks = lay([...bars, ...seven(20), ...seven(21)]);
    expect(marks).toHaveLength(6);
    const cluster = marks[5] as ClusterMark;
    expect(cluster).toMatchObject({ type: 'cluster', lane: 5, count: 15, x0: 100, x1: 250 });
    expect(cluster.kinds).toEqual({ visit: 1, call: 14 });
    expect(cluster.first.id).toBe('b5');
    expect(cluster.last.id).toBe('21-7');
  });

  it('lays month events in the band strip, each labelled inside its band where the label fits', () => {
    const marks = lay([month('long', 10, 30), month('short', 12, 4)], { labelWidth: () => 50 });
    expect(marks).toEqual([
      expect.objectContaining({ lane: -1, shape: 'band', x0: 100, x1: 400, labelX: 104 }),
      expect.objectContaining({ lane: -2, shape: 'band', x0: 120, x1: 160, labelX: null }),
    ]);
  });

  it('keeps a band’s label the lane gap clear of the label before it in its strip lane, moving it along its band', () => {
    // The first band's label fills it to 200 px; the second band starts at 201 px, its label at 205 px.
    const two = [month('a', 10, 10), month('b', 20.1, 20)];
    expect(lay(two, { labelWidth: () => 96, gap: 5 }).map((m) => m.type === 'event' && m.labelX)).toEqual([104, 205]);
    expect(lay(two, { labelWidth: () => 96, gap: 6 }).map((m) => m.type === 'event' && m.labelX)).toEqual([104, 206]);
    expect(
      lay([month('a', 10, 10), month('b', 20.1, 20)], { labelWidth: () => 90, gap: 6 }).map((m) => m.lane),
    ).toEqual([-1, -1]);
  });

  it('labels a band after one whose label did not fit', () => {
    // `a` (40 px) has no room for its 96 px label; `b`, 50 px later in the same strip lane, has.
    const marks = lay([month('a', 10, 4), month('b', 15, 30)], { labelWidth: () => 96 });
    expect(marks.map((m) => m.type === 'event' && [m.lane, m.labelX])).toEqual([
      [-1, null],
      [-1, 154],
    ]);
  });

  it('keeps a band’s label inside the chart', () => {
    const marks = lay([month('early', -10, 30)], { labelWidth: () => 50 });
    expect(marks[0]).toMatchObject({ lane: -1, x0: -100, x1: 200, labelX: 4 });
    expect(lay([month('late', 90, 30)], { labelWidth: () => 50 })[0]).toMatchObject({ labelX: 904 });
    // A 51 px label from 949 px ends at the right edge, from 950.25 px it would run past it.
    expect(lay([month('late', 94.5, 30)], { labelWidth: () => 51 })[0]).toMatchObject({ labelX: 949 });
    expect(lay([month('late', 94.625, 30)], { labelWidth: () => 51 })[0]).toMatchObject({ labelX: null });
  });

  it('alternates consecutive months between the two strip lanes, and reuses a lane a pixel after a band', () => {
    const marks = lay([month('jan', 0, 31), month('feb', 31, 28), month('mar', 59, 31), month('apr', 90.1, 30)]);
    expect(marks.map((m) => m.lane)).toEqual([-1, -2, -1, -1]);
  });

  it('draws a band that finds the strip full as a point at its start', () => {
    const three = [month('a', 10, 30), month('b', 10, 30), month('c', 10, 30)];
    expect(lay(three).map((m) => [m.lane, m.x0, m.x1])).toEqual([
      [-1, 100, 400],
      [-2, 100, 400],
      [0, 94, 106],
    ]);
    const early = [month('a', -10, 30), month('b', -10, 30), month('c', -10, 30)];
    expect(lay(early)[2]).toMatchObject({ type: 'event', shape: 'point', lane: 0, x0: 0, x1: 12 });
  });

  it('draws a band standing as a point even when it lies left of the first point of its bin', () => {
    // Identity scale: P1 and P2 fill lanes 0 and 1 up to 86 and 89 px. A (a short event centred at
    // 100 px) and M (a month whose strip is full, standing at its start, 97 px) share the 96–108 px bin.
    const at = (id: string, start: number, end: number, precision: 'day' | 'month' = 'day') => ({
      ...randomItems(1)[0]!,
      id,
      start,
      end,
      precision,
    });
    const items = [
      at('strip', 0, 500, 'month'),
      at('p1', 79.75, 80.25),
      at('p2', 82.75, 83.25),
      at('a', 90, 110),
      at('m', 97, 300, 'month'),
    ];
    const marks = layoutRow(items, 0, items.length, {
      scale: (t) => t,
      width: 1000,
      maxLanes: 2,
      bandLanes: 1,
      labelWidth: () => 10_000,
    });
    expect(marks.flatMap((m) => (m.type === 'cluster' ? m.items : [m.item])).map((i) => i.id)).toEqual([
      'strip',
      'p1',
      'p2',
      'a',
      'm',
    ]);
  });

  it('uses as many strip lanes as asked for, and at least one', () => {
    const two = [month('a', 10, 30), month('b', 10, 30)];
    expect(lay(two, { bandLanes: 1 }).map((m) => m.lane)).toEqual([-1, 0]);
    expect(lay(two, { bandLanes: 0 }).map((m) => m.lane)).toEqual([-1, 0]);
    expect(lay(two, { bandLanes: 3 }).map((m) => m.lane)).toEqual([-1, -2]);
  });
});

describe('layoutRow: the dense mode', () => {
  // n events spread evenly over 1000 px, one pixel per millisecond.
  const spread = (n: number, from = 0, to = 1000) =>
    Array.from({ length: n }, (_, i) => ({
      ...randomItems(1)[0]!,
      id: `d${i}`,
      kind: i % 2 ? ('call' as const) : ('visit' as const),
      precision: 'day' as const,
      start: from + ((to - from) * i) / n,
      end: from + ((to - from) * i) / n + 0.5,
    }));
  const lay = (items: TimelineItem[], options: Partial<LayoutOptions> = {}) =>
    layoutRow(items, 0, items.length, {
      scale: (t) => t,
      invert: (x) => x,
      width: 1000,
      labelWidth: () => 50,
      ...options,
    });

  it('lays out 1500 events in view one by one, and 1501 as one cluster per 30 px', () => {
    const free = lay(spread(1500));
    expect(free).toHaveLength(84);
    expect(free[1]).toMatchObject({ type: 'cluster', x0: 6.25, x1: 32.25, lane: 1 });
    const dense = lay(spread(1501));
    expect(dense).toHaveLength(33);
    dense.forEach((m, n) => {
      expect(m).toMatchObject({ type: 'cluster', lane: 0 });
      expect(m.x0).toBeCloseTo(n * (1000 / 33), 9);
    });
    expect(dense[0]!.x1).toBe(26);
  });

  it('counts only the events in view towards the threshold', () => {
    // Ten events ended long before the view: 1500 in view are still laid out one by one.
    const before = Array.from({ length: 10 }, (_, i) => ({ ...spread(1)[0]!, id: `old${i}`, start: -90, end: -80 }));
    const items = [...before, ...spread(1500)];
    expect(
      layoutRow(items, 10, items.length, { scale: (t) => t, invert: (x) => x, width: 1000, labelWidth: () => 50 }),
    ).toHaveLength(84);
  });

  it('puts an event that starts exactly at a bin’s left edge in that bin', () => {
    // 990 px: 33 bins of exactly 30 px.
    const edge = { ...spread(1)[0]!, id: 'edge', start: 30, end: 30.5 };
    const items = [...spread(1501, 0, 990), edge].sort(compareItems);
    const marks = lay(items, { width: 990 }) as ClusterMark[];
    expect(marks[1]!.x0).toBe(30);
    expect(marks[1]!.first).toBe(edge);
    expect(marks[0]!.items.includes(edge)).toBe(false);
  });

  it('needs a way back from pixels to times', () => {
    expect(lay(spread(1501), { invert: undefined })).toHaveLength(84);
  });

  it('puts the events that began before the view and reach into it in the first cluster, even alone', () => {
    const long = { ...spread(1)[0]!, id: 'long', start: -100, end: 900 };
    const ended = { ...spread(1)[0]!, id: 'ended', start: -50, end: -40 };
    const later = spread(1501, 500, 1000);
    const marks = lay([long, ended, ...later]) as ClusterMark[];
    expect(marks[0]).toMatchObject({ x0: 0, count: 1, first: long, last: long, start: -100, end: 900 });
    expect(marks[0]!.items).toEqual([long]);
    expect(marks[0]!.kinds).toEqual({ [long.kind]: 1 });
    expect(marks.slice(1).reduce((n, m) => n + m.count, 0)).toBe(1501);
    expect(marks.flatMap((m) => m.items).includes(ended)).toBe(false);
  });

  it('gives each cluster its count, span, first and last events and kinds, with or without the end blocks', () => {
    const items = spread(3000);
    items[40] = { ...items[40]!, end: 123.25 };
    for (const blockEnds of [undefined, blockMaxEnd(items)]) {
      const first = lay(items, { blockEnds })[0] as ClusterMark;
      expect(first).toMatchObject({ count: 91, start: 0, end: 123.25, first: items[0], last: items[90] });
      expect(first.items).toEqual(items.slice(0, 91));
      expect(first.kinds).toEqual({ visit: 46, call: 45 });
      expect(first.kinds).toBe(first.kinds);
    }
  });
});
