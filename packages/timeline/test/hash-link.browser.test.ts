import { describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { readView } from '../src/core/hash.js';
import type { SummitTimeline } from '../src/summit-timeline.js';
import { $, $$, activeMark, drawnCount, mount, settled, until } from './fixture.js';

const records = [
  { id: 'first-talks', title: 'First talks', kind: 'meeting', date: '2024-02-01' },
  { id: 'state visit', title: 'State visit', kind: 'visit', date: '2025-05-10' },
  { id: 'late-call', title: 'Late call', kind: 'call', date: '2026-01-20' },
];

function linked(hash = '') {
  history.replaceState(null, '', location.pathname + location.search + hash);
  return mount((el) => {
    el.events = records;
    el.hashLink = true;
  });
}

describe('<summit-timeline hash-link>', () => {
  it('opens on the event the link names, in view and focused, with its card', async () => {
    const el = await linked('#state%20visit');
    expect(el.selected).toBe('state visit');
    expect($(el, 'summit-event-card')).not.toBeNull();
    const { start, end } = el.visibleRange;
    expect(+start).toBeLessThan(Date.UTC(2025, 4, 10));
    expect(+end).toBeGreaterThan(Date.UTC(2025, 4, 11));
    expect(+end - +start).toBeLessThan(200 * 86_400_000);
    expect(activeMark(el)?.getAttribute('aria-label')).toContain('State visit');
  });

  it('writes the view into the hash once it is still, and keeps the window when the card closes', async () => {
    const el = await linked();
    el.focusEvent('late-call');
    await until(() => location.hash.endsWith('&event=late-call'));
    const { start, end } = el.visibleRange;
    expect(readView(location.hash)!.window![0]).toBeCloseTo(+start, -8);
    expect(readView(location.hash)!.window![1]).toBeCloseTo(+end, -8);
    await userEvent.keyboard('{Escape}');
    await el.updateComplete;
    expect(el.selected).toBeUndefined();
    await until(() => !location.hash.includes('event='));
    expect(location.hash).toMatch(/^#from=\d{4}-\d{2}-\d{2}&to=\d{4}-\d{2}-\d{2}$/);
  });

  it('follows the hash when it changes (a link in the page, back and forward)', async () => {
    const el = await linked();
    const path = location.pathname + location.search;
    location.hash = '#first-talks';
    await until(() => el.selected === 'first-talks');
    await settled(el);
    expect(+el.visibleRange.start).toBeLessThan(Date.UTC(2024, 1, 1));
    await new Promise((r) => setTimeout(r, 500));
    expect(location.hash).toBe('#first-talks');
    el.selected = undefined;
    await until(() => location.hash.startsWith('#from='));
    expect(location.pathname + location.search).toBe(path);
    location.hash = '#late-call';
    await until(() => el.selected === 'late-call');
  });

  it('leaves a hash that names no event, or a malformed one, alone', async () => {
    const el = await linked('#section-2');
    expect(el.selected).toBeUndefined();
    expect(location.hash).toBe('#section-2');
    location.hash = '#%E0%A4%A';
    await new Promise((r) => setTimeout(r, 50));
    expect(el.selected).toBeUndefined();
    expect($(el, 'svg.plot')).not.toBeNull();
  });

  it('does nothing with the hash without hash-link', async () => {
    history.replaceState(null, '', location.pathname + location.search + '#late-call');
    const el = await mount((el) => (el.events = records));
    expect(el.selected).toBeUndefined();
    el.focusEvent('first-talks');
    await el.updateComplete;
    expect(location.hash).toBe('#late-call');
    location.hash = '#state%20visit';
    await new Promise((r) => setTimeout(r, 50));
    expect(el.selected).toBe('first-talks');
  });

  it('stops following the hash once removed from the page', async () => {
    const el = await linked();
    el.remove();
    location.hash = '#late-call';
    await new Promise((r) => setTimeout(r, 50));
    expect(el.selected).toBeUndefined();
  });

  it('leaves an anchor the reader went to in the hash, through updates and when the card closes', async () => {
    const el = await linked();
    el.focusEvent('late-call');
    await until(() => location.hash.endsWith('&event=late-call'));
    location.hash = '#section-2';
    await new Promise((r) => setTimeout(r, 50));
    el.zoomTo('2024-01-01', '2025-01-01', false);
    el.kinds = 'call';
    await el.updateComplete;
    el.selected = undefined;
    await new Promise((r) => setTimeout(r, 600));
    expect(location.hash).toBe('#section-2');
  });
});

describe('<summit-timeline hash-link>: the view in the link', () => {
  it('opens exactly the window, the kinds and the event a link names', async () => {
    const el = await linked('#from=2024-06&to=2025-08&kinds=visit,call&event=state%20visit');
    expect(+el.visibleRange.start).toBe(Date.UTC(2024, 5, 1));
    expect(+el.visibleRange.end).toBe(Date.UTC(2025, 8, 1));
    expect(el.kinds).toBe('visit call');
    expect(el.selected).toBe('state visit');
    expect($(el, 'summit-event-card')).not.toBeNull();
    expect(drawnCount(el)).toBe(1); // The meeting is filtered out, the call is out of the window.
    expect(activeMark(el)?.getAttribute('aria-label')).toContain('State visit');
    // Nothing to write back: the hash already names this view.
    await new Promise((r) => setTimeout(r, 600));
    expect(location.hash).toBe('#from=2024-06&to=2025-08&kinds=visit,call&event=state%20visit');
  });

  it('shows every kind and no card for a link with a window alone or kinds no event has, and ignores what it does not know', async () => {
    const el = await mount((el) => {
      el.events = records;
      el.kinds = 'call';
      el.selected = 'late-call';
    });
    el.hashLink = true;
    location.hash = '#to=2024-12-31&utm_source=x&from=2024-03-01';
    await until(() => el.selected === undefined);
    expect(el.kinds).toBeUndefined();
    expect(+el.visibleRange.start).toBe(Date.UTC(2024, 2, 1));
    expect(+el.visibleRange.end).toBe(Date.UTC(2025, 0, 1));
    el.kinds = 'call';
    location.hash = '#from=2024-03-01&to=2024-12-31&kinds=banquet';
    await until(() => el.kinds === 'banquet');
    await el.updateComplete;
    const legend = $$(el, '[part="legend-item"]');
    expect(legend.length).toBeGreaterThan(1);
    expect(legend.every((button) => button.getAttribute('aria-pressed') === 'true')).toBe(true);
  });

  it('writes zooms and filters over the current history entry, and each selection as a new one, not on every frame', async () => {
    const el = await linked();
    const entries = history.length;
    await new Promise((r) => setTimeout(r, 600));
    expect(location.hash).toBe(''); // The reader has changed nothing yet.
    const hashes = new Set<string>();
    const seen = setInterval(() => hashes.add(location.hash), 10);
    el.zoomTo('2024-03-01', '2024-09-01');
    await until(() => location.hash === '#from=2024-03-01&to=2024-08-31');
    el.kinds = 'meeting visit';
    await until(() => location.hash === '#from=2024-03-01&to=2024-08-31&kinds=meeting,visit');
    clearInterval(seen);
    hashes.add(location.hash);
    expect([...hashes].filter(Boolean)).toHaveLength(2);
    expect(history.length).toBe(entries);
    el.selected = 'first-talks';
    await until(() => location.hash.endsWith('&event=first-talks'));
    expect(history.length).toBe(entries + 1);
    el.selected = undefined;
    await until(() => !location.hash.includes('event'));
    expect(history.length).toBe(entries + 1);
  });

  it('restores the view on back and forward', async () => {
    const el = await linked();
    el.zoomTo('2024-03-01', '2024-09-01', false);
    el.selected = 'first-talks';
    await until(() => location.hash === '#from=2024-03-01&to=2024-08-31&event=first-talks');
    el.zoomTo('2025-01-01', '2025-12-01', false);
    el.kinds = 'visit';
    el.selected = 'state visit';
    await until(() => location.hash === '#from=2025-01-01&to=2025-11-30&kinds=visit&event=state%20visit');
    history.back();
    await until(() => el.selected === 'first-talks');
    await el.updateComplete;
    expect(el.kinds).toBeUndefined();
    expect([+el.visibleRange.start, +el.visibleRange.end]).toEqual([Date.UTC(2024, 2, 1), Date.UTC(2024, 8, 1)]);
    expect($(el, 'summit-event-card')).not.toBeNull();
    history.forward();
    await until(() => el.selected === 'state visit');
    await el.updateComplete;
    expect(el.kinds).toBe('visit');
    expect([+el.visibleRange.start, +el.visibleRange.end]).toEqual([Date.UTC(2025, 0, 1), Date.UTC(2025, 11, 1)]);
    // Going back and forth writes nothing new.
    await new Promise((r) => setTimeout(r, 600));
    expect(location.hash).toBe('#from=2025-01-01&to=2025-11-30&kinds=visit&event=state%20visit');
  });
});

describe('<summit-timeline hash-link>: several on one page', () => {
  /** Two hash-linked timelines of the same records, with ids `a` and `b`, A above B. */
  async function pair(hash = '') {
    history.replaceState(null, '', location.pathname + location.search + hash);
    const setup = (id: string) => (el: SummitTimeline) => {
      el.id = id;
      el.events = records;
      el.hashLink = true;
    };
    return [await mount(setup('a')), await mount(setup('b'))] as const;
  }

  it('writes each timeline’s view under its own id, and zooming one keeps the other’s selection', async () => {
    const [a, b] = await pair();
    a.focusEvent('late-call');
    await until(() => location.hash.includes('a.event=late-call'));
    b.zoomTo('2024-03-01', '2024-09-01');
    await until(() => location.hash.includes('b.from=2024-03-01&b.to=2024-08-31'));
    expect(location.hash).toMatch(
      /^#a\.from=[\d-]+&a\.to=[\d-]+&a\.event=late-call&b\.from=2024-03-01&b\.to=2024-08-31$/,
    );
    expect(a.selected).toBe('late-call');
    expect(b.selected).toBeUndefined();
  });

  it('opens each on its own part of a link, and leaves the other where it was', async () => {
    const [a, b] = await pair('#a.from=2024-02&a.to=2024-04&a.event=first-talks&b.kinds=visit');
    expect(a.selected).toBe('first-talks');
    expect([+a.visibleRange.start, +a.visibleRange.end]).toEqual([Date.UTC(2024, 1, 1), Date.UTC(2024, 4, 1)]);
    expect(a.kinds).toBeUndefined();
    expect(b.kinds).toBe('visit');
    expect(b.selected).toBeUndefined();
    const before = [+b.visibleRange.start, +b.visibleRange.end];
    // A link in the page to A's view moves A alone.
    location.hash = '#a.from=2025-05&a.to=2025-06&a.event=state%20visit&b.kinds=visit';
    await until(() => a.selected === 'state visit');
    await settled(b);
    expect([+b.visibleRange.start, +b.visibleRange.end]).toEqual(before);
    expect(b.selected).toBeUndefined();
  });

  it('keeps to the bare keys without an id, and ignores the keys of timelines that have one', async () => {
    const el = await linked('#x.from=2024-01&x.to=2024-02&x.event=first-talks');
    expect(el.selected).toBeUndefined();
    el.focusEvent('late-call');
    await until(() => location.hash.includes('&event=late-call'));
    expect(location.hash).toMatch(
      /^#x\.from=2024-01&x\.to=2024-02&x\.event=first-talks&from=[\d-]+&to=[\d-]+&event=late-call$/,
    );
  });
});

describe('<summit-timeline hash-link>: ids of any characters', () => {
  it('writes the link of an event whose id holds a lone surrogate, and opens it again', async () => {
    const odd = [...records, { id: 'talks \ud800 x', title: 'Odd talks', kind: 'meeting', date: '2025-07-01' }];
    const errors: unknown[] = [];
    const onError = (e: ErrorEvent) => errors.push(e.error);
    addEventListener('error', onError);
    try {
      history.replaceState(null, '', location.pathname + location.search);
      const el = await mount((el) => {
        el.events = odd;
        el.hashLink = true;
      });
      el.focusEvent('talks \ud800 x');
      await until(() => location.hash.includes('&event='));
      expect(readView(location.hash)!.event).toBe('talks \ud800 x');
      const link = location.hash;
      el.remove();
      const again = await mount((el) => {
        el.events = odd;
        el.hashLink = true;
      });
      expect(location.hash).toBe(link);
      expect(again.selected).toBe('talks \ud800 x');
    } finally {
      removeEventListener('error', onError);
    }
    expect(errors).toEqual([]);
  });
});
