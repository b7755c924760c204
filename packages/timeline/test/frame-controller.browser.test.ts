// The arrangement made ahead, in a task of its own, for the first drawing of many
// records: taken only while everything it was made from is still the same.
import { afterEach, describe, expect, it } from 'vitest';
import type { ZoomController } from '../src/controllers/zoom-controller.js';
import { FrameController, type FrameHost } from '../src/controllers/frame-controller.js';
import { normalize } from '../src/core/normalize.js';

const records = [
  { id: 'a', title: 'Summit', kind: 'summit', date: '2025-03-01', countries: ['FRA'] },
  { id: 'b', title: 'Call', kind: 'call', date: '2025-04-01', countries: ['CHN'] },
  { id: 'c', title: 'Visit', kind: 'visit', date: '2025-05-01' },
];

const extents: number[][] = [];
const zoom = { setExtent: (...args: number[]) => extents.push(args) } as unknown as ZoomController;
const hosts: Element[] = [];

function setUp() {
  const host = Object.assign(document.createElement('div'), {
    kinds: undefined as string | undefined,
    groupBy: 'none' as FrameHost['groupBy'],
    direction: 'ltr' as FrameHost['direction'],
  });
  document.body.append(host);
  hosts.push(host);
  return { host, frame: new FrameController(host, zoom) };
}

const changed = new Map([['items', undefined]]);

afterEach(() => {
  for (const host of hosts.splice(0)) host.remove();
  extents.length = 0;
});

describe('FrameController: arranging ahead', () => {
  it('takes the arrangement made ahead when nothing it depends on changed, and sets the zoom up for it', () => {
    const { frame } = setUp();
    const items = normalize(records).items;
    frame.arrangeAhead({ items, width: 800, initial: undefined });
    // Only an arrangement made before does not count a summit pushed into the same list since.
    items.push({ ...items[0]!, id: 'late' });
    frame.arrange(changed, { items, width: 800, initial: undefined });
    expect(frame.arranged!.counts.get('summit')).toBe(1);
    expect(extents).toHaveLength(1);
    expect(extents[0]![0]).toBe(800);
    // Taken once: the next arrangement is made afresh.
    frame.arrange(changed, { items, width: 800, initial: undefined });
    expect(frame.arranged!.counts.get('summit')).toBe(2);
  });

  it('arranges afresh when the items, filter, grouping, width or initial window changed since', () => {
    const items = normalize(records).items;
    const window: [number, number] = [Date.UTC(2024, 0, 1), Date.UTC(2026, 0, 1)];
    const cases: [string, (host: FrameHost) => Parameters<FrameController['arrange']>[1]][] = [
      ['items', () => ({ items: items.slice(1), width: 800, initial: undefined })],
      ['kinds', (host) => ((host.kinds = 'summit call'), { items, width: 800, initial: undefined })],
      ['groupBy', (host) => ((host.groupBy = 'country'), { items, width: 800, initial: undefined })],
      ['width', () => ({ items, width: 640, initial: undefined })],
      ['start', () => ({ items, width: 800, initial: window })],
      ['end', () => ({ items, width: 800, initial: [window[0], Date.UTC(2027, 0, 1)] })],
    ];
    for (const [what, change] of cases) {
      const { host, frame } = setUp();
      frame.arrangeAhead({ items, width: 800, initial: what === 'end' ? window : undefined });
      const input = change(host);
      frame.arrange(new Map([[what, undefined]]), input);
      const fresh = setUp().frame;
      Object.assign(hosts.at(-1)!, { kinds: host.kinds, groupBy: host.groupBy });
      fresh.arrange(changed, input);
      expect(frame.arranged, what).toEqual(fresh.arranged);
    }
  });

  it('keeps its arrangement when nothing it depends on changed', () => {
    const { frame } = setUp();
    const items = normalize(records).items;
    frame.arrange(changed, { items, width: 800, initial: undefined });
    const before = frame.arranged;
    frame.arrangeAhead({ items: items.slice(2), width: 800, initial: undefined });
    frame.arrange(new Map([['selected', undefined]]), { items, width: 800, initial: undefined });
    expect(frame.arranged).toBe(before);
  });
});

describe('FrameController: the frame', () => {
  const window: [number, number] = [Date.UTC(2025, 1, 1), Date.UTC(2025, 5, 1)];
  const frameOf = (host: FrameHost, items = normalize(records).items, width = 800) => {
    const frame = new FrameController(host, zoom);
    frame.arrange(changed, { items, width, initial: undefined });
    frame.layout(width, { locale: 'en-GB', window, focus: undefined });
    return frame.view;
  };

  it('is laid out once there are items and a width, and not before', () => {
    const { host } = setUp();
    expect(frameOf(host, [])).toBeUndefined();
    expect(frameOf(host, normalize(records).items, 0)).toBeUndefined();
    const view = frameOf(host)!;
    expect(view.width).toBe(800);
    expect(view.marks.map((m) => m.key)).toEqual(['e:0:a', 'e:0:b', 'e:0:c']);
  });

  it('sets the zoom up for the chart’s height, taller with a lane per group', () => {
    const { host } = setUp();
    frameOf(host);
    host.groupBy = 'kind';
    frameOf(host);
    const [[, one], [, three]] = extents as [number, number][];
    expect(three).toBeGreaterThan(one!);
    expect(frameOf(host)!.height).toBe(three);
  });

  it('mirrors time right to left, and shortens labels that have no room', () => {
    const { host } = setUp();
    const ltr = frameOf(host)!;
    host.direction = 'rtl';
    const rtl = frameOf(host)!;
    expect(rtl.rtl).toBe(true);
    // Each mark as far from the right edge as it was from the left (read from the left, so in reverse).
    const x = (view: typeof ltr) => Object.fromEntries(view.marks.map((m) => [m.key, Math.round(m.x)]));
    expect(x(rtl)).toEqual(Object.fromEntries(Object.entries(x(ltr)).map(([key, v]) => [key, 800 - v])));
    // Labels measured in the host's font are shortened, with an ellipsis, where they have no room.
    host.direction = 'ltr';
    const crowded = normalize(
      Array.from({ length: 9 }, (_, i) => ({
        id: `x${i}`,
        title: 'A long title that needs more room than a day',
        kind: 'call',
        date: `2025-03-0${i + 1}`,
      })),
    ).items;
    const labels = frameOf(host, crowded)!.marks.map((m) => m.label);
    expect(labels.filter((l) => l === 'A long title that needs more room than a day').length).toBeGreaterThan(0);
    expect(labels.filter((l) => /^A long title\S*( \S+)*…$/.test(l!)).length).toBeGreaterThan(0);
  });
});
