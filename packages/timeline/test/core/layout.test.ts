import { describe, expect, it } from 'vitest';
import { DENSE_THRESHOLD } from '../../src/core/defaults.js';
import { layoutRow, type ClusterMark, type LayoutMark } from '../../src/core/layout.js';
import { blockMaxEnd, maxEndBetween, prefixMaxEnd, visibleRange } from '../../src/core/visible.js';
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

describe('layoutRow', () => {
  const items = randomItems(4000, 3);
  const domains: [number, number][] = [
    [Date.UTC(2016, 0, 1), Date.UTC(2026, 0, 1)],
    [Date.UTC(2019, 0, 1), Date.UTC(2020, 0, 1)],
    [Date.UTC(2019, 5, 1), Date.UTC(2019, 6, 1)],
  ];

  it.each(domains)('draws every visible item exactly once, as a mark or in a cluster (%#)', (from, to) => {
    const { marks, x } = layout(items, [from, to]);
    const seen = new Map<string, number>();
    for (const mark of marks) {
      for (const item of mark.type === 'cluster' ? mark.items : [mark.item])
        seen.set(item.id, (seen.get(item.id) ?? 0) + 1);
    }
    const visible = items.filter((i) => x(i.end) > 0 && x(i.start) < WIDTH);
    expect([...seen.values()].every((n) => n === 1)).toBe(true);
    expect(seen.size).toBe(visible.length);
    for (const mark of marks) if (mark.type === 'cluster') expect(mark.count).toBe(mark.items.length);
  });

  it.each(domains)('never overlaps two marks (or a mark and a kept label) in a lane (%#)', (from, to) => {
    const { marks } = layout(items, [from, to]);
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
      layout(items, domain).marks.reduce((n, m) => n + (m.type === 'cluster' ? m.count : 0), 0);
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
  const items = randomItems(40_000, 5);
  const maxEnd = prefixMaxEnd(items);
  const blockEnds = blockMaxEnd(items);

  function dense(from: number, to: number) {
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
