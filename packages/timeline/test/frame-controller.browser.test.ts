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
    direction: 'ltr' as const,
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
