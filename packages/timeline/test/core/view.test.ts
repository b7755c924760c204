import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ClusterMark, EventMark } from '../../src/core/layout.js';
import type { TimelineItem } from '../../src/core/normalize.js';
import { groupRows, type GroupBy } from '../../src/core/rows.js';
import { chartHeight, computeView, findMark, markId, rowHeight, type ViewInput } from '../../src/core/view.js';
import { DAY, item, utc } from './item.js';
import { randomItems } from './random.js';

const labelWidth = (it: { title: string }) => it.title.length * 7;

function view(
  items: TimelineItem[],
  window: readonly [number, number],
  fields: Partial<ViewInput> & { groupBy?: GroupBy } = {},
) {
  const { groupBy = 'none', ...rest } = fields;
  return computeView({
    rows: groupRows(items, groupBy),
    grouped: groupBy !== 'none',
    window,
    width: 1000,
    locale: 'en-GB',
    labelWidth,
    ...rest,
  });
}

// 20 days over 1000 px: 50 px a day.
const D = utc(2025, 9, 3);
const around = [D - 10 * DAY, D + 10 * DAY] as const;

describe('computeView: where each mark is drawn', () => {
  it('draws a day event at the middle of its day, in the first lane under the band strip', () => {
    const parade = item('parade', D);
    const { marks, window, width } = view([parade], around);
    expect(window).toEqual([...around]);
    expect(width).toBe(1000);
    expect(marks).toHaveLength(1);
    expect(marks[0]).toMatchObject({ key: 'e:0:parade', row: 0, x: 525, y: 44, first: parade, last: parade });
    expect(marks[0]!.mark).toMatchObject({ type: 'event', x0: 519, x1: 531, lane: 0, shape: 'point' });
  });

  it('stacks events of the same day a lane (24 px) apart', () => {
    const same = ['a', 'b', 'c'].map((id) => item(id, D));
    expect(view(same, around).marks.map((m) => [m.first.id, m.y])).toEqual([
      ['a', 44],
      ['b', 68],
      ['c', 92],
    ]);
  });

  it('lays month events in the two band lanes above the marks', () => {
    const month = (id: string) => item(id, utc(2025, 9, 1), 30, { precision: 'month' });
    const { marks } = view([month('m1'), month('m2')], [utc(2025, 8, 1), utc(2025, 11, 1)]);
    expect(marks.map((m) => [m.first.id, m.mark.lane, m.y])).toEqual([
      ['m1', -1, 2],
      ['m2', -2, 18],
    ]);
  });

  it('leaves out events that ended before the window or start after it, and keeps those reaching into it', () => {
    const before = item('before', D - 12 * DAY, 1);
    const across = item('across', D - 12 * DAY, 4);
    const after = item('after', D + 10 * DAY, 1);
    expect(view([before, across, after], around).marks.map((m) => m.first.id)).toEqual(['across']);
  });

  it('keys a cluster by its row and first event, and gives its first and last events', () => {
    const seven = ['a', 'b', 'c', 'd', 'e', 'f', 'g'].map((id) => item(id, D));
    const { marks } = view(seven, around);
    expect(marks).toHaveLength(1);
    expect(marks[0]).toMatchObject({ key: 'c:0:a', x: 525 + 7, y: 44, first: seven[0], last: seven[6] });
    expect(marks[0]!.mark).toMatchObject({ type: 'cluster', count: 7, x0: 519, x1: 545 });
  });

  it('gives swimlanes their titles and two lanes each, so a third event of a day joins a cluster', () => {
    const calls = ['a', 'b', 'c'].map((id) => item(id, D, 1, { kind: 'call' }));
    const visit = item('v', D, 1, { kind: 'visit' });
    const grouped = view([...calls, visit], around, { groupBy: 'kind' });
    expect(grouped.rows).toEqual([
      { key: 'visit', top: 0 },
      { key: 'call', top: 104 },
    ]);
    expect(grouped.marks.map((m) => [m.key, m.row, m.y])).toEqual([
      ['e:0:v', 0, 18 + 32 + 12],
      ['c:1:a', 1, 104 + 18 + 32 + 12],
    ]);
    expect(grouped.height).toBe(2 * 104 + 40);
    expect(grouped.axisTop).toBe(2 * 104);

    const single = view(calls, around);
    expect(single.marks.map((m) => m.mark.type)).toEqual(['event', 'event', 'event']);
    expect(single.rows).toEqual([{ key: 'all', top: 0 }]);
    expect(single.height).toBe(182 + 40);
    expect(single.axisTop).toBe(182);
  });

  it('keeps room for one row when there is nothing to show', () => {
    const empty = view([], around);
    expect(empty.marks).toEqual([]);
    expect(empty.height).toBe(222);
    expect(chartHeight(0, true)).toBe(104 + 40);
    expect(rowHeight(false)).toBe(182);
    expect(rowHeight(true)).toBe(104);
  });

  it('lists the marks in reading order: left to right, then row, then top to bottom', () => {
    // A month band and a point on its middle day share an x; so do two events of a day in two rows.
    const band = item('band', utc(2025, 3, 1), 31, { precision: 'month', kind: 'summit' });
    const mid = item('mid', utc(2025, 3, 16), 1, { kind: 'summit' });
    const call = item('call', utc(2025, 3, 10), 1, { kind: 'call' });
    const summit = item('summit', utc(2025, 3, 10), 1, { kind: 'summit' });
    // 2^22 ms per pixel, so every position is exact.
    const window = [utc(2025, 2, 20), utc(2025, 2, 20) + 1000 * 2 ** 22] as const;
    const { marks } = view([call, summit, band, mid], window, { groupBy: 'kind' });
    expect(marks.map((m) => [m.first.id, m.row])).toEqual([
      ['summit', 0],
      ['call', 1],
      ['band', 0],
      ['mid', 0],
    ]);
    expect(marks[2]!.x).toBe(marks[3]!.x);
    expect(marks[0]!.x).toBe(marks[1]!.x);
  });

  it('lists a band before a bar under it at the same x, though the bar starts first', () => {
    // A 33-day bar from 28 February and the month of March both have their middle at noon on 16 March.
    const bar = item('bar', utc(2025, 2, 28), 33);
    const band = item('march', utc(2025, 3, 1), 31, { precision: 'month' });
    const window = [utc(2025, 2, 20), utc(2025, 2, 20) + 1000 * 2 ** 22] as const;
    const { marks } = view([bar, band], window);
    expect(marks.map((m) => [m.first.id, m.mark.lane])).toEqual([
      ['march', -1],
      ['bar', 0],
    ]);
    expect(marks[0]!.x).toBe(marks[1]!.x);
  });
});

describe('computeView: the focus', () => {
  const seven = ['a', 'b', 'c', 'd', 'e', 'f', 'g'].map((id) => item(id, D));
  const lone = item('lone', D + 5 * DAY);

  it('is the mark of the focused event, or the cluster that holds it', () => {
    expect(view([...seven, lone], around, { focus: lone }).focused?.key).toBe('e:0:lone');
    expect(view([...seven, lone], around, { focus: seven[3] }).focused?.key).toBe('c:0:a');
  });

  it('is none when the focused event is out of view, or nothing is focused', () => {
    expect(view([...seven, lone], around, { focus: item('far', D + 30 * DAY) }).focused).toBeUndefined();
    expect(view([...seven, lone], around).focused).toBeUndefined();
  });
});

describe('computeView: the axis', () => {
  // 2^28 ms per pixel (3.1 days): yearly ticks, each labelled with 4 characters of 7 px.
  const msPerPx = 2 ** 28;
  const y2030 = utc(2030, 1, 1);
  const endingAt = (px: number) => [y2030 - px * msPerPx, y2030 + (1000 - px) * msPerPx] as const;

  it('puts each tick at its time', () => {
    const { ticks } = view([], endingAt(969));
    expect(ticks.minor.at(-1)).toEqual({ x: 969, label: '2030' });
    expect(ticks.minor.map((t) => t.label)).toEqual([
      '2022',
      '2023',
      '2024',
      '2025',
      '2026',
      '2027',
      '2028',
      '2029',
      '2030',
    ]);
    expect(ticks.major).toEqual([]);
  });

  it('keeps a label that ends at the right edge, and leaves out one that would run past it', () => {
    // 3 px after the tick, then 4 × 7 px: the label from 969 px ends at exactly 1000 px.
    expect(view([], endingAt(969)).ticks.minor.at(-1)).toEqual({ x: 969, label: '2030' });
    expect(view([], endingAt(970)).ticks.minor.at(-1)).toEqual({ x: 970, label: null });
    expect(view([], endingAt(970)).ticks.minor.at(-2)?.label).toBe('2029');
  });

  it('names the year the view starts in at its left edge, over the months', () => {
    const window = [utc(2024, 3, 15), utc(2026, 3, 15)] as const;
    const { ticks } = view([], window, { width: 1200 });
    const x = (t: number) => ((t - window[0]) / (window[1] - window[0])) * 1200;
    expect(ticks.major[0]).toEqual({ x: 0, label: '2024' });
    expect(ticks.major[1]!.label).toBe('2025');
    expect(ticks.major[1]!.x).toBeCloseTo(x(utc(2025, 1, 1)), 9);
    expect(ticks.minor[0]!.label).toBe('Apr');
    expect(ticks.minor[0]!.x).toBeCloseTo(x(utc(2024, 4, 1)), 9);
  });

  it('labels in the locale', () => {
    const { ticks } = view([], [utc(2024, 3, 15), utc(2026, 3, 15)], { width: 1200, locale: 'fr-FR' });
    expect(ticks.minor[0]!.label).toBe('avr.');
  });
});

describe('computeView: crowded views', () => {
  const window = [utc(2016, 1, 1), utc(2026, 1, 1)] as const;
  const x = (t: number) => ((t - window[0]) / (window[1] - window[0])) * 1000;

  it('draws one cluster per 30 px bin, in the first lane', () => {
    const { marks } = view(randomItems(4000, 3), window);
    const bin = 1000 / Math.floor(1000 / 30);
    expect(marks.length).toBeGreaterThan(25);
    for (const m of marks) {
      const cluster = m.mark as ClusterMark;
      expect(cluster.type).toBe('cluster');
      expect(m.y).toBe(44);
      expect(Math.round(cluster.x0 / bin) * bin).toBeCloseTo(cluster.x0, 9);
      expect(cluster.x1 - cluster.x0).toBe(26);
    }
  });

  it('puts in each cluster the events that start under it', () => {
    const items = randomItems(4000, 3);
    const { marks } = view(items, window);
    const bin = 1000 / Math.floor(1000 / 30);
    for (const m of marks) {
      const cluster = m.mark as ClusterMark;
      for (const it of cluster.items) {
        if (it.start < window[0]) continue;
        expect(x(it.start)).toBeGreaterThanOrEqual(cluster.x0 - 1e-9);
        expect(x(it.start)).toBeLessThan(cluster.x0 + bin + 1e-9);
      }
    }
    expect(marks.reduce((n, m) => n + (m.mark as ClusterMark).count, 0)).toBe(
      items.filter((i) => i.end > window[0] && i.start < window[1]).length,
    );
  });
});

describe('findMark', () => {
  const [a, b, c] = ['a', 'b', 'c'].map((id, i) => item(id, D + i * DAY));
  const event: EventMark = {
    type: 'event',
    item: a!,
    x0: 0,
    x1: 12,
    lane: 0,
    labelX: null,
    labelRoom: 0,
    shape: 'point',
  };
  const cluster: ClusterMark = {
    type: 'cluster',
    items: [b!, c!],
    count: 2,
    start: b!.start,
    end: c!.end,
    first: b!,
    last: c!,
    x0: 40,
    x1: 66,
    lane: 0,
    kinds: { meeting: 2 },
  };
  const placed = [event, cluster].map((mark, i) => ({
    key: String(i),
    mark,
    row: 0,
    x: (mark.x0 + mark.x1) / 2,
    y: 44,
    first: mark.type === 'event' ? mark.item : mark.first,
    last: mark.type === 'event' ? mark.item : mark.last,
    label: null,
  }));

  it('finds the mark of an event, or the cluster that holds it', () => {
    expect(findMark(placed, a)?.key).toBe('0');
    expect(findMark(placed, b)?.key).toBe('1');
    expect(findMark(placed, c)?.key).toBe('1');
  });

  it('finds nothing for an event not on screen, or no event', () => {
    expect(findMark(placed, item('b', b!.start))).toBeUndefined();
    expect(findMark(placed, undefined)).toBeUndefined();
  });
});

describe('markId', () => {
  it('makes a DOM id of any key, keeping ASCII letters, digits and -, and writing the codes of the rest', () => {
    expect(markId('e:0:summit-2025_b')).toBe('m-e_3a_0_3a_summit-2025_5f_b');
    expect(markId('c:12:visit to Paris/é')).toBe('m-c_3a_12_3a_visit_20_to_20_Paris_2f__e9_');
    expect(markId('e:0:\ud800x')).toBe('m-e_3a_0_3a__d800_x');
  });

  it('gives different keys different ids, whatever their characters', () => {
    const keys = [
      '北京',
      '上海',
      'a b',
      'a#b',
      'a_b',
      'a_5f_b',
      'a__b',
      '_',
      '\ud800',
      '\udc00',
      '\u{1F600}',
      'é',
      'e\u0301',
    ];
    const ids = keys.map((key) => markId(`e:0:${key}`));
    expect(new Set(ids).size).toBe(keys.length);
    for (const id of ids) expect(id).toMatch(/^[\w-]+$/);
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), fc.string({ unit: 'binary' }), (a, b) => {
        fc.pre(a !== b);
        expect(markId(a)).not.toBe(markId(b));
      }),
    );
  });
});

describe('computeView, time running right to left', () => {
  it('mirrors every mark, label and tick, and keeps the marks in screen order', () => {
    const early = item('early', D - 5 * DAY);
    const late = item('late', D + 5 * DAY);
    const ltr = view([early, late], around);
    const rtl = view([early, late], around, { rtl: true });
    expect(rtl.rtl).toBe(true);
    expect(rtl.window).toEqual(ltr.window);
    expect(rtl.marks.map((p) => p.first.id)).toEqual(['late', 'early']);
    const [l, r] = [ltr.marks[0]!, rtl.marks[1]!];
    expect(r.x).toBeCloseTo(1000 - l.x, 9);
    const [lm, rm] = [l.mark as EventMark, r.mark as EventMark];
    expect([rm.x0, rm.x1]).toEqual([1000 - lm.x1, 1000 - lm.x0]);
    expect(rm.labelX).toBe(1000 - lm.labelX!);
    expect(rtl.ticks.minor.map((t) => t.x)).toEqual(ltr.ticks.minor.map((t) => 1000 - t.x));
    expect(rtl.ticks.minor.map((t) => t.label)).toEqual(ltr.ticks.minor.map((t) => t.label));
  });
});
