// The mark layer across frames: marks keep their elements while they move, elements
// pass between marks as they enter and leave, and what is drawn is always what a
// timeline drawing the same view from nothing draws.
import { describe, expect, it } from 'vitest';
import { BAND_HEIGHT, CLUSTER_MIN_WIDTH, DEFAULT_POINT_RADIUS } from '../src/core/defaults.js';
import { shapePath } from '../src/core/shapes.js';
import type { TimelineRecord } from '../src/record.js';
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

  describe('each form, as a reader and a screen reader get it', () => {
    const events: TimelineRecord[] = [
      { id: 'p', title: 'Planned summit in Geneva', kind: 'summit', date: '2024-06-05', status: 'planned' },
      { id: 'b', title: 'State visit', kind: 'visit', date: '2024-06-10/2024-06-14' },
      { id: 's', title: 'Call', kind: 'call', date: '2024-07-01' },
      { id: 'm', title: 'A month of talks', kind: 'meeting', date: '2024-08' },
      ...Array.from({ length: 12 }, (_, i) => ({
        id: `c${i}`,
        title: `Parade ${i}`,
        kind: 'parade',
        date: '2024-09-20',
      })),
    ];
    const drawn = async () => {
      const el = await mount((el) => {
        el.locale = 'en-GB';
        el.events = events;
      });
      el.selected = 's';
      await el.updateComplete;
      await show(el, '2024-05-20', '2024-10-10');
      return el;
    };
    /** A mark's options, words and shape, by key. */
    const read = (el: SummitTimeline) =>
      Object.fromEntries(
        $$(el, 'g.marks > g').map((g) => {
          const shape = g.querySelector('path, rect')!;
          const label = g.querySelector('text');
          return [
            g.getAttribute('data-key'),
            {
              option: [g.getAttribute('role'), g.getAttribute('part'), g.id, g.getAttribute('aria-selected')].join(' '),
              class: g.getAttribute('class'),
              name: g.getAttribute('aria-label'),
              title: g.querySelector('title')!.textContent,
              shape: `${shape.localName}.${shape.getAttribute('class') ?? ''}`,
              label:
                label && [label.textContent, label.getAttribute('class'), label.getAttribute('aria-hidden')].join(' '),
            },
          ];
        }),
      );

    it('draws points, bars, bands and clusters as options named in words, their labels hidden from screen readers', async () => {
      const el = await drawn();
      expect(read(el)).toEqual({
        'e:0:m': {
          option: 'option event m-e_3a_0_3a_m false',
          class: 'event kind-meeting',
          name: 'Meeting, August 2024: A month of talks',
          title: 'Meeting, August 2024: A month of talks',
          shape: 'rect.band',
          label: 'A month of talks label true',
        },
        'e:0:p': {
          option: 'option event m-e_3a_0_3a_p false',
          class: 'event kind-summit planned',
          name: 'Summit, planned: 5 June 2024: Planned summit in Geneva',
          title: 'Summit, planned: 5 June 2024: Planned summit in Geneva',
          shape: 'path.symbol',
          label: 'Planned summit in Geneva label true',
        },
        'e:0:b': {
          option: 'option event m-e_3a_0_3a_b false',
          class: 'event kind-visit',
          name: 'Visit, 10–14 June 2024: State visit',
          title: 'Visit, 10–14 June 2024: State visit',
          shape: 'rect.bar',
          label: 'State visit label true',
        },
        'e:0:s': {
          option: 'option event m-e_3a_0_3a_s true',
          class: 'event kind-call selected',
          name: 'Phone call, 1 July 2024: Call',
          title: 'Phone call, 1 July 2024: Call',
          shape: 'path.symbol',
          label: 'Call label true',
        },
        'c:0:c0': {
          option: 'option cluster m-c_3a_0_3a_c0 false',
          class: 'cluster',
          name: '12 events, 20 September 2024',
          title: '12 events, 20 September 2024',
          shape: 'rect.',
          label: '12  true',
        },
      });
      // Each point is its kind's symbol: a summit's star, a call's diamond.
      expect($(el, '#m-e_3a_0_3a_p path')!.getAttribute('d')).toBe(shapePath('star', 90));
      expect($(el, '#m-e_3a_0_3a_s path')!.getAttribute('d')).toBe(shapePath('diamond', 90));
    });

    it('sizes bars, bands and pills, and sets labels beside points and bars and inside bands', async () => {
      const el = await drawn();
      const box = (selector: string) => $(el, selector)!.getBoundingClientRect();
      expect(box('#m-e_3a_0_3a_b rect').height).toBeCloseTo(10, 1);
      expect(box('#m-e_3a_0_3a_m rect').height).toBeCloseTo(BAND_HEIGHT - 3, 1);
      const pill = box('#m-c_3a_0_3a_c0 rect');
      expect(pill.height).toBeCloseTo(18, 1);
      expect(pill.width).toBeCloseTo(CLUSTER_MIN_WIDTH, 1);
      // Round ends: the pill's corners are half its height.
      expect($(el, '#m-c_3a_0_3a_c0 rect')!.getAttribute('rx')).toBe('9');
      // The count is in the pill, the middle of its text on the pill's.
      const count = box('#m-c_3a_0_3a_c0 text');
      expect(count.left).toBeGreaterThan(pill.left);
      expect(count.right).toBeLessThan(pill.right);
      expect(count.top + count.height / 2).toBeCloseTo(pill.top + pill.height / 2, -0.5);
      // A bar's and a point's label start right of them, vertically centred on them.
      for (const id of ['b', 's']) {
        const shape = box(`#m-e_3a_0_3a_${id} :is(rect, path)`);
        const label = box(`#m-e_3a_0_3a_${id} text`);
        expect(label.left, id).toBeGreaterThan(shape.right);
        expect(label.left - shape.right, id).toBeLessThan(6);
        expect(label.top + label.height / 2, id).toBeCloseTo(shape.top + shape.height / 2, -0.5);
      }
      // A band's label is inside it, near its start.
      const band = box('#m-e_3a_0_3a_m rect');
      const inside = box('#m-e_3a_0_3a_m text');
      expect(inside.left - band.left).toBeGreaterThan(0);
      expect(inside.left - band.left).toBeLessThan(8);
      expect(inside.top + inside.height / 2).toBeGreaterThan(band.top);
      expect(inside.top + inside.height / 2).toBeLessThan(band.bottom);
    });

    it('marks the selected event, and unmarks it when the selection moves', async () => {
      const el = await drawn();
      el.selected = 'b';
      await el.updateComplete;
      const state = () =>
        $$(el, 'g.marks > [part="event"]').map((g) => [
          g.id,
          g.getAttribute('aria-selected'),
          g.classList.contains('selected'),
        ]);
      expect(state()).toEqual([
        ['m-e_3a_0_3a_m', 'false', false],
        ['m-e_3a_0_3a_p', 'false', false],
        ['m-e_3a_0_3a_b', 'true', true],
        ['m-e_3a_0_3a_s', 'false', false],
      ]);
    });

    it('rings the mark the keyboard is on', async () => {
      const el = await drawn();
      const ring = async (id: string, mark: string) => {
        el.focusEvent(id);
        await el.updateComplete;
        expect($(el, '.chart')!.getAttribute('aria-activedescendant')).toBe(mark);
        const r = $(el, '.focus-ring')!.getBoundingClientRect();
        const shape = $(el, `#${mark} :is(rect, path)`)!.getBoundingClientRect();
        return { r, shape };
      };
      // Around a band, 3 px out on every side but the bottom.
      let { r, shape } = await ring('m', 'm-e_3a_0_3a_m');
      expect(r.left).toBeCloseTo(shape.left - 3, 0);
      expect(r.right).toBeCloseTo(shape.right + 3, 0);
      expect(r.top).toBeCloseTo(shape.top - 3, 0);
      expect(r.height).toBeCloseTo(BAND_HEIGHT + 3, 0);
      // Around a bar, 6 px out at each end, 26 px high, centred on it.
      ({ r, shape } = await ring('b', 'm-e_3a_0_3a_b'));
      expect(r.left).toBeCloseTo(shape.left - 6, 0);
      expect(r.right).toBeCloseTo(shape.right + 6, 0);
      expect(r.height).toBeCloseTo(26, 0);
      expect(r.top + r.height / 2).toBeCloseTo(shape.top + shape.height / 2, 0);
      // Around a cluster, 4 px out at each end; an event in it focuses the cluster.
      ({ r, shape } = await ring('c3', 'm-c_3a_0_3a_c0'));
      expect(r.left).toBeCloseTo(shape.left - 4, 0);
      expect(r.right).toBeCloseTo(shape.right + 4, 0);
      // Around a point, at least 18 px wide and wider than its symbol, centred on it.
      ({ r, shape } = await ring('s', 'm-e_3a_0_3a_s'));
      expect(r.width).toBeGreaterThanOrEqual(18);
      expect(r.width).toBeGreaterThan(shape.width + 4);
      expect(r.left + r.width / 2).toBeCloseTo(shape.left + shape.width / 2, 0);
      expect(r.top + r.height / 2).toBeCloseTo(shape.top + shape.height / 2, 0);
    });
  });
});
