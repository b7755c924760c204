// The mark layer across frames: marks keep their elements while they move, elements
// pass between marks as they enter and leave, and what is drawn is always what a
// timeline drawing the same view from nothing draws.
import { describe, expect, it } from 'vitest';
import { CLUSTER_MIN_WIDTH, DEFAULT_POINT_RADIUS } from '../src/core/defaults.js';
import type { SummitTimeline } from '../src/summit-timeline.js';
import { $, $$, dataset, frame, mount } from './fixture.js';

const DAY = 86_400_000;

/** Each mark's elements as a reader's browser has them: attributes (sorted) and text, by key. */
function drawing(el: SummitTimeline): Map<string, string> {
  const describe = (node: Element): string => {
    const attributes = [...node.attributes].map((a) => `${a.name}=${a.value}`).sort();
    const children = [...node.children].map(describe).join('');
    const text = node.children.length ? '' : (node.textContent ?? '');
    return `<${node.localName} ${attributes.join(' ')}>${text}${children}</>`;
  };
  return new Map($$(el, 'g.marks > g').map((g) => [g.getAttribute('data-key')!, describe(g)]));
}

async function show(el: SummitTimeline, start: string, end: string) {
  el.zoomTo(start, end, false);
  await el.updateComplete;
  await frame();
}

/** Ten one-day events a month apart, far from each other at a year's view: no clusters. */
const spread = Array.from({ length: 10 }, (_, i) => ({
  id: `e${i}`,
  title: `Event ${i}`,
  kind: 'summit',
  date: new Date(Date.UTC(2024, i, 15)).toISOString().slice(0, 10),
}));

describe('<summit-timeline> marks', () => {
  it('keeps a mark’s elements while it moves, and writes only its position', async () => {
    const el = await mount((el) => {
      el.events = spread;
      el.start = '2024-01-01';
      el.end = '2025-01-01';
    });
    const before = new Map($$(el, 'g.marks > g').map((g) => [g.getAttribute('data-key'), g]));
    expect(before.size).toBe(10);
    const changed: string[] = [];
    const observer = new MutationObserver((records) => {
      for (const r of records) changed.push(r.type === 'attributes' ? r.attributeName! : r.type);
    });
    observer.observe($(el, 'g.marks')!, { subtree: true, attributes: true, childList: true, characterData: true });
    // Ten days later: every mark is still in view, further left.
    const x = (g: Element) => g.getBoundingClientRect().left;
    const left = new Map([...before].map(([key, g]) => [key, x(g)]));
    await show(el, '2024-01-11', '2025-01-11');
    observer.disconnect();
    const after = $$(el, 'g.marks > g');
    expect(after).toHaveLength(10);
    for (const g of after) {
      expect(before.get(g.getAttribute('data-key'))).toBe(g);
      expect(x(g)).toBeLessThan(left.get(g.getAttribute('data-key'))!);
    }
    expect(new Set(changed)).toEqual(new Set(['transform']));
    expect(changed).toHaveLength(10);
  });

  it('draws what a timeline drawing the same view from nothing draws, after any moves', async () => {
    const el = await mount();
    const windows: [string, string][] = [
      ['2024-01-01', '2026-06-01'],
      ['2025-08-20', '2025-09-10'],
      ['1949-01-01', '2027-01-01'],
      ['2025-03-01', '2025-12-01'],
      ['2023-06-01', '2024-06-01'],
    ];
    for (const [start, end] of windows) {
      await show(el, start, end);
      const fresh = await mount((fresh) => {
        fresh.events = dataset;
        fresh.start = start;
        fresh.end = end;
      });
      expect(drawing(el)).toEqual(drawing(fresh));
      // In the same order too (bands first, then by position), as the listbox's options are read.
      expect([...drawing(el).keys()]).toEqual([...drawing(fresh).keys()]);
      fresh.remove();
    }
  });

  const far = [
    { id: 'early', title: 'Early', kind: 'summit', date: '2020-01-10' },
    { id: 'late', title: 'Late', kind: 'summit', date: '2029-12-10' },
  ];

  it('writes a cluster’s count and name again when it takes in more events', async () => {
    const day = (date: string, prefix: string) =>
      Array.from({ length: 12 }, (_, i) => ({ id: `${prefix}${i}`, title: `Call ${i}`, kind: 'call', date }));
    const el = await mount((el) => {
      // Two far events widen the span, so that the view can be zoomed out to a decade.
      el.events = [...day('2024-09-01', 'a'), ...day('2024-09-04', 'b'), ...far];
      el.locale = 'en-GB';
      el.start = '2024-08-25';
      el.end = '2024-09-10';
    });
    const counts = () =>
      $$(el, '[part~="cluster"]').map((g) => [g.getAttribute('aria-label'), g.querySelector('text')!.textContent]);
    expect(counts()).toEqual([
      ['12 events, 1 September 2024', '12'],
      ['12 events, 4 September 2024', '12'],
    ]);
    const first = $(el, '[part~="cluster"]');
    await show(el, '2020-01-01', '2030-01-01');
    expect(counts()).toEqual([['24 events, 1–4 September 2024', '24']]);
    expect($(el, '[part~="cluster"]')).toBe(first);
    expect(first!.querySelector('title')!.textContent).toBe('24 events, 1–4 September 2024');
  });

  it('lays bands under the other marks, and the others in time order', async () => {
    const el = await mount((el) => {
      el.events = [
        ...spread,
        { id: 'm', title: 'A month', kind: 'visit', date: '2024-03' },
        { id: 'y', title: 'A year', kind: 'agreement', date: '2024' },
      ];
      el.start = '2024-01-01';
      el.end = '2025-01-01';
    });
    // Zoom out and back in: marks leave, enter again and must take their places.
    await show(el, '2020-01-01', '2030-01-01');
    await show(el, '2024-01-01', '2025-01-01');
    const marks = $$(el, 'g.marks > g');
    const bands = marks.filter((g) => g.querySelector('.band'));
    // Bands too are in order of their middles: March, then the whole year.
    expect(bands.map((g) => g.getAttribute('data-key'))).toEqual(['e:0:m', 'e:0:y']);
    expect(marks.slice(0, 2)).toEqual(bands);
    const centres = marks.slice(2).map((g) => {
      const box = g.querySelector('.symbol')!.getBoundingClientRect();
      return box.left + box.width / 2;
    });
    expect(centres).toEqual([...centres].sort((a, b) => a - b));
    expect(centres).toHaveLength(10);
  });

  it('draws a cluster’s pill from its first day, and a bar from its first day to its last', async () => {
    const el = await mount((el) => {
      el.events = [
        { id: 'bar', title: 'Ten days', kind: 'visit', date: '2024-06-01/2024-06-10' },
        ...Array.from({ length: 12 }, (_, i) => ({
          id: `c${i}`,
          title: `Same day ${i}`,
          kind: 'call',
          date: '2024-09-01',
        })),
      ];
      el.start = '2024-05-01';
      el.end = '2024-10-01';
    });
    const plot = $(el, 'svg.plot')!.getBoundingClientRect();
    const at = (t: number) =>
      plot.left + ((t - Date.UTC(2024, 4, 1)) / (Date.UTC(2024, 9, 1) - Date.UTC(2024, 4, 1))) * plot.width;
    const bar = $(el, '[part~="event"] .bar')!.getBoundingClientRect();
    expect(bar.left).toBeCloseTo(at(Date.UTC(2024, 5, 1)), 0);
    expect(bar.right).toBeCloseTo(at(Date.UTC(2024, 5, 11)), 0);
    const pill = $(el, '[part~="cluster"] rect')!.getBoundingClientRect();
    // From the left edge of the day's symbol, at least the least width of a cluster.
    expect(pill.left).toBeCloseTo(at(Date.UTC(2024, 8, 1) + DAY / 2) - DEFAULT_POINT_RADIUS, 0);
    expect(pill.width).toBeCloseTo(CLUSTER_MIN_WIDTH, 0);
    expect($(el, '[part~="cluster"] text')!.textContent).toBe('12');
  });
});
