import { afterEach, describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import { HASH_WRITE_DELAY_MS } from '../src/core/defaults.js';
import { readView } from '../src/core/hash.js';
import type { SummitTimeline } from '../src/summit-timeline.js';
import { $, $$, activeMark, drawnCount, mount, settled } from './fixture.js';

const records = [
  { id: 'first-talks', title: 'First talks', kind: 'meeting', date: '2024-02-01' },
  { id: 'state visit', title: 'State visit', kind: 'visit', date: '2025-05-10' },
  { id: 'late-call', title: 'Late call', kind: 'call', date: '2026-01-20' },
];

const withLink = (el: SummitTimeline) => {
  el.events = records;
  el.hashLink = true;
};

/**
 * The hash link writes once the view has been still for `HASH_WRITE_DELAY_MS`. Once the
 * timelines are drawn, the clock of that wait (`setTimeout`) is faked: frames and
 * `performance.now()` keep real time. `still()` then lets the wait pass at once, and a
 * test that checks that nothing was written knows that the write has run. The write
 * each timeline has pending since it was drawn moves onto the fake clock.
 */
async function fakeClock(...els: SummitTimeline[]) {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
  for (const el of els) {
    el.requestUpdate();
    await el.updateComplete;
  }
}

afterEach(() => {
  vi.useRealTimers();
});

/**
 * Lets the view be still for the hash link's delay, once the timelines' updates are done
 * (and, where a move was animated, once `settled()`): the write each has pending runs now.
 */
async function still(...els: SummitTimeline[]) {
  for (const el of els) await el.updateComplete;
  vi.advanceTimersByTime(HASH_WRITE_DELAY_MS);
}

/** A hash-linked timeline of `records`, opened on `hash`, its clock faked. */
async function linked(hash = '') {
  history.replaceState(null, '', location.pathname + location.search + hash);
  const el = await mount(withLink);
  await fakeClock(el);
  return el;
}

/** Resolves on the next `type` event of the window, after the timelines' listeners (added before this one) have run. */
function next(type: 'hashchange' | 'popstate') {
  return new Promise((resolve) => addEventListener(type, resolve, { once: true }));
}

/** Follows a link in the page to `hash` (another than the current one), once the timelines have read it. */
async function followLink(hash: string) {
  const read = next('hashchange');
  location.hash = hash;
  await read;
}

/** Goes back or forward in history, once the timelines have read the entry. */
async function go(delta: number) {
  const read = next('popstate');
  history.go(delta);
  await read;
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
    await settled(el);
    vi.advanceTimersByTime(HASH_WRITE_DELAY_MS - 1);
    expect(location.hash).toBe('');
    vi.advanceTimersByTime(1);
    expect(location.hash).toMatch(/^#from=\d{4}-\d{2}-\d{2}&to=\d{4}-\d{2}-\d{2}&event=late-call$/);
    const { start, end } = el.visibleRange;
    expect(readView(location.hash)!.window![0]).toBeCloseTo(+start, -8);
    expect(readView(location.hash)!.window![1]).toBeCloseTo(+end, -8);
    const written = location.hash;
    await userEvent.keyboard('{Escape}');
    await el.updateComplete;
    expect(el.selected).toBeUndefined();
    await still(el);
    expect(location.hash).toBe(written.replace('&event=late-call', ''));
  });

  it('follows the hash when it changes (a link in the page, back and forward)', async () => {
    const el = await linked();
    const path = location.pathname + location.search;
    await followLink('#first-talks');
    expect(el.selected).toBe('first-talks');
    await settled(el);
    expect(+el.visibleRange.start).toBeLessThan(Date.UTC(2024, 1, 1));
    // The view the link opened is not written back over it...
    await still(el);
    expect(location.hash).toBe('#first-talks');
    // ...but what the reader changes next is.
    el.selected = undefined;
    await still(el);
    expect(location.hash).toMatch(/^#from=[\d-]+&to=[\d-]+$/);
    expect(location.pathname + location.search).toBe(path);
    await followLink('#late-call');
    expect(el.selected).toBe('late-call');
  });

  it('leaves a hash that names no event, or a malformed one, alone', async () => {
    const el = await linked('#section-2');
    expect(el.selected).toBeUndefined();
    await still(el);
    expect(location.hash).toBe('#section-2');
    await followLink('#%E0%A4%A');
    await el.updateComplete;
    expect(el.selected).toBeUndefined();
    expect($(el, 'svg.plot')).not.toBeNull();
    // It still follows a link that names an event.
    await followLink('#late-call');
    expect(el.selected).toBe('late-call');
  });

  it('does nothing with the hash without hash-link', async () => {
    history.replaceState(null, '', location.pathname + location.search + '#late-call');
    const el = await mount((el) => (el.events = records));
    await fakeClock(el);
    expect(el.selected).toBeUndefined();
    el.focusEvent('first-talks');
    await settled(el);
    await still(el);
    expect(location.hash).toBe('#late-call');
    await followLink('#state%20visit');
    await el.updateComplete;
    expect(el.selected).toBe('first-talks');
    // With hash-link, the same timeline follows that link.
    el.hashLink = true;
    await expect.poll(() => el.selected).toBe('state visit');
  });

  it('stops following the hash once removed from the page', async () => {
    const el = await mount(withLink);
    const other = await mount(withLink);
    el.remove();
    await followLink('#late-call');
    expect(other.selected).toBe('late-call');
    expect(el.selected).toBeUndefined();
  });

  it('leaves an anchor the reader went to in the hash, through updates and when the card closes', async () => {
    const el = await linked();
    el.focusEvent('late-call');
    await settled(el);
    await still(el);
    expect(location.hash).toMatch(/&event=late-call$/);
    await followLink('#section-2');
    el.zoomTo('2024-01-01', '2025-01-01', false);
    el.kinds = 'call';
    await still(el);
    expect(location.hash).toBe('#section-2');
    el.selected = undefined;
    await still(el);
    expect(location.hash).toBe('#section-2');
    // Selecting an event replaces it, with the view as it is now.
    el.selected = 'first-talks';
    await still(el);
    expect(location.hash).toMatch(/^#from=2024-[\d-]+&to=[\d-]+&kinds=call&event=first-talks$/);
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
    await still(el);
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
    await expect.poll(() => el.selected).toBeUndefined();
    expect(el.kinds).toBeUndefined();
    expect(+el.visibleRange.start).toBe(Date.UTC(2024, 2, 1));
    expect(+el.visibleRange.end).toBe(Date.UTC(2025, 0, 1));
    el.kinds = 'call';
    await followLink('#from=2024-03-01&to=2024-12-31&kinds=banquet');
    expect(el.kinds).toBe('banquet');
    await el.updateComplete;
    const legend = $$(el, '[part="legend-item"]');
    expect(legend.length).toBeGreaterThan(1);
    expect(legend.every((button) => button.getAttribute('aria-pressed') === 'true')).toBe(true);
  });

  it('writes zooms and filters over the current history entry, and each selection as a new one, not on every frame', async () => {
    const el = await linked();
    const entries = history.length;
    await still(el);
    expect(location.hash).toBe(''); // The reader has changed nothing yet.
    // A move that lasts longer than the delay, a step every quarter of it (as a drag's or a zoom's frames come):
    // nothing is written on the way.
    const hashes = new Set<string>();
    for (let day = 10; day >= 1; day--) {
      el.zoomTo(Date.UTC(2024, 2, day), Date.UTC(2024, 8, day), false);
      await el.updateComplete;
      vi.advanceTimersByTime(HASH_WRITE_DELAY_MS / 4);
      hashes.add(location.hash);
    }
    expect([...hashes]).toEqual(['']);
    await still(el);
    expect(location.hash).toBe('#from=2024-03-01&to=2024-08-31');
    el.kinds = 'meeting visit';
    await el.updateComplete;
    expect(location.hash).toBe('#from=2024-03-01&to=2024-08-31');
    await still(el);
    expect(location.hash).toBe('#from=2024-03-01&to=2024-08-31&kinds=meeting,visit');
    expect(history.length).toBe(entries);
    el.selected = 'first-talks';
    await still(el);
    expect(location.hash).toBe('#from=2024-03-01&to=2024-08-31&kinds=meeting,visit&event=first-talks');
    expect(history.length).toBe(entries + 1);
    el.selected = undefined;
    await still(el);
    expect(location.hash).toBe('#from=2024-03-01&to=2024-08-31&kinds=meeting,visit');
    expect(history.length).toBe(entries + 1);
  });

  it('restores the view on back and forward', async () => {
    const el = await linked();
    el.zoomTo('2024-03-01', '2024-09-01', false);
    el.selected = 'first-talks';
    await still(el);
    expect(location.hash).toBe('#from=2024-03-01&to=2024-08-31&event=first-talks');
    el.zoomTo('2025-01-01', '2025-12-01', false);
    el.kinds = 'visit';
    el.selected = 'state visit';
    await still(el);
    expect(location.hash).toBe('#from=2025-01-01&to=2025-11-30&kinds=visit&event=state%20visit');
    const entries = history.length;
    await go(-1);
    expect(el.selected).toBe('first-talks');
    await el.updateComplete;
    expect(el.kinds).toBeUndefined();
    expect([+el.visibleRange.start, +el.visibleRange.end]).toEqual([Date.UTC(2024, 2, 1), Date.UTC(2024, 8, 1)]);
    expect($(el, 'summit-event-card')).not.toBeNull();
    await go(1);
    expect(el.selected).toBe('state visit');
    await el.updateComplete;
    expect(el.kinds).toBe('visit');
    expect([+el.visibleRange.start, +el.visibleRange.end]).toEqual([Date.UTC(2025, 0, 1), Date.UTC(2025, 11, 1)]);
    // Going back and forth writes nothing new.
    await still(el);
    expect(location.hash).toBe('#from=2025-01-01&to=2025-11-30&kinds=visit&event=state%20visit');
    expect(history.length).toBe(entries);
  });
});

describe('<summit-timeline hash-link>: several on one page', () => {
  /** Two hash-linked timelines of the same records, with ids `a` and `b`, A above B, their clock faked. */
  async function pair(hash = '') {
    history.replaceState(null, '', location.pathname + location.search + hash);
    const setup = (id: string) => (el: SummitTimeline) => {
      el.id = id;
      withLink(el);
    };
    const both = [await mount(setup('a')), await mount(setup('b'))] as const;
    await fakeClock(...both);
    return both;
  }

  it('writes each timeline’s view under its own id, and zooming one keeps the other’s selection', async () => {
    const [a, b] = await pair();
    a.focusEvent('late-call');
    await settled(a);
    await still(a);
    expect(location.hash).toMatch(/^#a\.from=[\d-]+&a\.to=[\d-]+&a\.event=late-call$/);
    b.zoomTo('2024-03-01', '2024-09-01');
    await settled(b);
    await still(a, b);
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
    await followLink('#a.from=2025-05&a.to=2025-06&a.event=state%20visit&b.kinds=visit');
    expect(a.selected).toBe('state visit');
    await settled(b);
    expect([+b.visibleRange.start, +b.visibleRange.end]).toEqual(before);
    expect(b.selected).toBeUndefined();
  });

  it('keeps to the bare keys without an id, and ignores the keys of timelines that have one', async () => {
    const el = await linked('#x.from=2024-01&x.to=2024-02&x.event=first-talks');
    expect(el.selected).toBeUndefined();
    el.focusEvent('late-call');
    await settled(el);
    await still(el);
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
    const setup = (el: SummitTimeline) => {
      withLink(el);
      el.events = odd;
    };
    try {
      history.replaceState(null, '', location.pathname + location.search);
      const el = await mount(setup);
      await fakeClock(el);
      el.focusEvent('talks \ud800 x');
      await settled(el);
      await still(el);
      expect(readView(location.hash)!.event).toBe('talks \ud800 x');
      const link = location.hash;
      el.remove();
      vi.useRealTimers(); // The fixture's mount waits on real timers.
      const again = await mount(setup);
      expect(location.hash).toBe(link);
      expect(again.selected).toBe('talks \ud800 x');
    } finally {
      removeEventListener('error', onError);
    }
    expect(errors).toEqual([]);
  });
});
