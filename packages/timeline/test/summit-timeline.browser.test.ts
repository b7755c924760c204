import { sources } from '@summitline/events';
import { describe, expect, it } from 'vitest';
import { commands, userEvent } from 'vitest/browser';
import type { SummitSelectEvent } from '../src/select-event.js';
import {
  $,
  $$,
  container,
  dataset,
  domSize,
  drawnCount,
  fitted,
  frame,
  mount,
  settled,
  span,
  until,
} from './fixture.js';

describe('<summit-timeline> drawing', () => {
  it('opens where most events are, leaving the distant ones to the overview and “Show all”', async () => {
    const el = await mount();
    // The bundled story runs from mid-2023 to the Beijing summit of May 2026; a war in 1950 and a visit in 2010 lie far out.
    expect(el.visibleRange.start.getUTCFullYear()).toBe(2023);
    expect(el.visibleRange.end.getUTCFullYear()).toBe(2026);
    const inView = dataset.filter((e) => e.start >= '2023-06' && e.start < '2026-06').length;
    expect(drawnCount(el)).toBe(inView);
    expect(inView).toBeGreaterThanOrEqual(dataset.length * 0.8);
    await userEvent.click($(el, '[aria-label="Show all"]')!);
    await settled(el);
    expect(el.visibleRange.start.getUTCFullYear()).toBeLessThan(1950);
    expect(drawnCount(el)).toBe(dataset.length);
  });

  it('opens on the window given by start and end instead', async () => {
    const el = await mount((el) => {
      el.events = dataset;
      el.start = '1950-01-01';
      el.end = '2011-01-01';
    });
    expect(el.visibleRange.start.toISOString().slice(0, 10)).toBe('1950-01-01');
    expect(el.visibleRange.end.toISOString().slice(0, 10)).toBe('2011-01-01');
  });

  it('draws every bundled event when fitted, as a mark or inside a cluster', async () => {
    const el = await fitted(await mount());
    expect($$(el, '[part="event"]').length).toBeGreaterThan(5);
    expect(drawnCount(el)).toBe(dataset.length);
  });

  it('labels the axis with years over months, in the locale given', async () => {
    const el = await mount((el) => {
      el.events = dataset;
      el.locale = 'fr-FR';
    });
    el.zoomTo('2024-03-01', '2025-10-31', false);
    await el.updateComplete;
    const major = $$(el, '[part="axis"] .major text').map((t) => t.textContent);
    const minor = $$(el, '[part="axis"] .minor text').map((t) => t.textContent);
    expect(major).toEqual(expect.arrayContaining(['2024', '2025']));
    expect(minor).toContain('juil.');
  });

  it('reports a bad record with its index, id and field, and still draws the rest', async () => {
    const errors: CustomEvent[] = [];
    const el = await mount((el) => {
      el.addEventListener('summit-error', (e) => errors.push(e as CustomEvent));
      el.events = [
        ...dataset.slice(0, 3),
        { id: 'bad', title: 'A party', kind: ' ', date: '2025-13-40' },
        { id: 'xss', title: '<img src=x onerror="window.hacked=1">', kind: 'call', date: '2025-01-02' },
      ];
    });
    expect(errors).toHaveLength(1);
    const problems = errors[0]!.detail.problems;
    expect(problems.map((p: { index: number; field: string }) => [p.index, p.field]).sort()).toEqual([
      [3, 'date'],
      [3, 'kind'],
    ]);
    expect(problems[0].id).toBe('bad');
    expect(drawnCount(el)).toBe(4);
    expect(el.shadowRoot!.querySelector('img')).toBeNull();
    expect((window as { hacked?: number }).hacked).toBeUndefined();
  });

  it('reads the light-DOM list when given no events', async () => {
    const el = await mount((el) => {
      el.locale = 'en-GB';
      el.innerHTML = `<ol>
        <li data-date="2025-09-03" data-kind="parade">Victory Day parade in Beijing</li>
        <li data-date="2025-08-31/2025-09-01" data-kind="summit">SCO summit in Tianjin</li>
      </ol>`;
    });
    expect(drawnCount(el)).toBe(2);
    expect($$(el, '[part="event"]').map((m) => m.getAttribute('aria-label'))).toContain(
      'Parade, 3 September 2025: Victory Day parade in Beijing',
    );
  });

  it('shows what went wrong when src cannot be loaded', async () => {
    const errors: CustomEvent[] = [];
    const el = await mount((el) => {
      el.addEventListener('summit-error', (e) => errors.push(e as CustomEvent));
      el.src = '/no-such-file.json';
    });
    await until(() => $(el, '.message.error'));
    expect($(el, '.message.error')!.textContent).toMatch(/could not load \/no-such-file\.json: 404/);
    expect(errors[0]!.detail.problems[0].field).toBe('src');
  });
});

describe('<summit-timeline> gestures', () => {
  it('zooms in around the pointer on ctrl+wheel, and scrolls the page on a plain wheel', async () => {
    const el = await mount((el) => (el.events = dataset));
    const before = span(el);
    await commands.wheelAt({ selector: 'summit-timeline svg.plot', at: [0.75, 0.5] }, 100);
    await frame();
    expect(span(el)).toBe(before);
    expect($(el, '.hint')?.textContent).toMatch(/Ctrl \+ scroll to zoom|⌘ \+ scroll to zoom/);

    const plot = $(el, 'svg.plot')!.getBoundingClientRect();
    const x = plot.width * 0.75;
    const timeAt = () => +el.visibleRange.start + (span(el) * x) / plot.width;
    const anchor = timeAt();
    await commands.wheelAt({ selector: 'summit-timeline svg.plot', at: [0.75, 0.5] }, -300, 'Control');
    await frame();
    expect(span(el)).toBeLessThan(before * 0.8);
    expect(Math.abs(timeAt() - anchor)).toBeLessThan(span(el) * 0.01);
  });

  it('zooms on a plain wheel with wheel-zoom="free"', async () => {
    const el = await mount((el) => {
      el.events = dataset;
      el.wheelZoom = 'free';
    });
    const before = span(el);
    await commands.wheelAt({ selector: 'summit-timeline svg.plot' }, -300);
    await frame();
    expect(span(el)).toBeLessThan(before);
  });

  it('pans to earlier dates when dragged to the right', async () => {
    const el = await mount();
    el.zoomTo('2025-06-01', '2025-12-31', false);
    await frame();
    const before = el.visibleRange;
    const ranges: unknown[] = [];
    el.addEventListener('summit-rangechange', (e) => ranges.push(e.detail));
    await commands.drag({ selector: 'summit-timeline svg.plot', at: [0.5, 0.9] }, 200);
    await frame();
    expect(+el.visibleRange.start).toBeLessThan(+before.start);
    expect(span(el)).toBeCloseTo(+before.end - +before.start, -5);
    expect(ranges.length).toBeGreaterThan(0);
  });

  it('zooms with the + and fit buttons', async () => {
    const el = await fitted(await mount());
    const before = span(el);
    await userEvent.click($(el, '[aria-label="Zoom in"]')!);
    await until(() => span(el) < before * 0.6);
    await userEvent.click($(el, '[aria-label="Show all"]')!);
    await until(() => Math.abs(span(el) - before) < before * 0.01);
  });
});

describe('<summit-timeline> keyboard and card', () => {
  it('moves between events with the arrow keys, opens the card with Enter and closes it with Escape', async () => {
    const el = await mount((el) => {
      el.events = dataset;
      el.sources = sources;
      el.start = '2025-08-25';
      el.end = '2025-09-10';
    });
    const chart = $(el, '.chart') as HTMLElement;
    chart.focus();
    await userEvent.keyboard('{Home}');
    await settled(el);
    const first = await until(() => chart.getAttribute('aria-activedescendant'));
    await userEvent.keyboard('{ArrowRight}');
    const second = await until(() => {
      const id = chart.getAttribute('aria-activedescendant');
      return id !== first && id;
    });
    expect(el.shadowRoot!.getElementById(second as string)).not.toBeNull();

    const selections: SummitSelectEvent[] = [];
    el.addEventListener('summit-select', (e) => selections.push(e));
    await userEvent.keyboard('{End}');
    await settled(el);
    let active = el.shadowRoot!.getElementById(chart.getAttribute('aria-activedescendant')!)!;
    while (active.getAttribute('part') === 'cluster') {
      await userEvent.keyboard('{Enter}');
      await settled(el);
      active = el.shadowRoot!.getElementById(chart.getAttribute('aria-activedescendant')!)!;
    }
    await userEvent.keyboard('{Enter}');
    await el.updateComplete;
    expect(selections).toHaveLength(1);
    const card = await until(() => $(el, 'summit-event-card'));
    await (card as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
    const record = selections[0]!.detail.event;
    expect(card.shadowRoot!.querySelector('blockquote')!.textContent).toBe(record.sources![0]!.quote);
    expect(card.shadowRoot!.querySelector('figcaption')!.textContent).toContain(
      sources.find((s) => s.id === record.sources![0]!.source)!.publisher,
    );
    await userEvent.keyboard('{Escape}');
    await el.updateComplete;
    expect($(el, 'summit-event-card')).toBeNull();
    expect(el.selected).toBeUndefined();
  });

  it('selects the event named in the URL hash with hash-link, and writes the hash on select', async () => {
    const target = dataset.find((e) => e.kind === 'parade') ?? dataset[10]!;
    history.replaceState(null, '', `#${target.id}`);
    const el = await mount((el) => {
      el.events = dataset;
      el.hashLink = true;
    });
    await until(() => $(el, 'summit-event-card'));
    expect(el.selected).toBe(target.id);
    const { start, end } = el.visibleRange;
    expect(+start).toBeLessThanOrEqual(Date.parse(target.start));
    expect(+end).toBeGreaterThanOrEqual(Date.parse(target.end));

    const other = dataset.find((e) => e.id !== target.id && e.precision === 'day')!;
    el.focusEvent(other.id);
    // Written once the view is still, with the window.
    await until(() => location.hash.endsWith(`&event=${other.id}`));
    expect(location.hash).toMatch(/^#from=[\d-]{10}&to=[\d-]{10}&event=/);
  });
});

describe('<summit-timeline> legend and overview', () => {
  it('hides a kind when its legend button is pressed', async () => {
    const el = await fitted(await mount());
    const button = $$(el, '[part="legend-item"]').find((b) => b.textContent!.includes('Visit'))!;
    const visits = dataset.filter((e) => e.kind === 'visit').length;
    expect(button.textContent).toContain(String(visits));
    await userEvent.click(button);
    await el.updateComplete;
    expect(button.getAttribute('aria-pressed')).toBe('false');
    expect(el.kinds).not.toContain('visit');
    expect(el.getAttribute('kinds')).toBeTruthy();
    expect(drawnCount(el)).toBe(dataset.length - visits);
  });

  it('pans the view when the overview brush is dragged', async () => {
    const el = await mount();
    el.zoomTo('2024-04-01', '2024-06-01', false);
    await frame();
    const before = +el.visibleRange.start;
    await commands.drag({ selector: 'summit-timeline summit-overview .brush' }, 150);
    await frame();
    expect(+el.visibleRange.start).toBeGreaterThan(before);
  });
});

describe('<summit-timeline> more gestures', () => {
  it('zooms in around the point double-clicked', async () => {
    const el = await mount();
    const before = span(el);
    const under = +el.visibleRange.start + before * 0.25;
    // Every frame's span, from before the double-click until the view is still again.
    const spans: number[] = [];
    let sampling = true;
    const sample = () => {
      spans.push(span(el));
      if (sampling) requestAnimationFrame(sample);
    };
    requestAnimationFrame(sample);
    await commands.dblclickAt({ selector: 'summit-timeline svg.plot', at: [0.25, 0.97] });
    await until(() => span(el) < before * 0.6);
    await settled(el);
    sampling = false;
    // Animated: a frame comes between the two views.
    expect(spans.some((s) => s < before * 0.95 && s > before * 0.55)).toBe(true);
    expect(span(el)).toBeCloseTo(before / 2, -6);
    expect(Math.abs(+el.visibleRange.start + span(el) * 0.25 - under)).toBeLessThan(before / 1000);
  });

  it('stops an animated move where a drag takes over', async () => {
    const el = await mount();
    const before = span(el);
    el.zoomTo('2025-01-01', '2025-02-01');
    await frame();
    // A press on the chart, a frame or two into the move (the press starts a drag).
    const plot = $(el, 'svg.plot')!;
    const { x, y } = plot.getBoundingClientRect();
    const at = { bubbles: true, composed: true, view: window, clientX: x + 50, clientY: y + 50 };
    plot.dispatchEvent(new MouseEvent('mousedown', at));
    window.dispatchEvent(new MouseEvent('mouseup', at));
    const stopped = span(el);
    await settled(el);
    // Stopped on its way: neither the window asked for (31 days) nor the one it left.
    expect(span(el)).toBe(stopped);
    expect(span(el)).toBeLessThan(before);
    expect(span(el)).toBeGreaterThan(31 * 86_400_000);
  });

  it('pans with one finger and zooms with a two-finger pinch on a touch screen', async () => {
    await commands.emulateTouch(true);
    try {
      const el = await mount((el) => {
        el.events = dataset;
        el.start = '2024-01-01';
        el.end = '2025-01-01';
      });
      const at = { selector: 'summit-timeline svg.plot', at: [0.5, 0.97] as [number, number] };
      const before = el.visibleRange;
      await commands.touchGesture(at, { dx: 150 });
      await frame();
      expect(+el.visibleRange.start).toBeLessThan(+before.start);
      const width = span(el);
      await commands.touchGesture(at, { spread: 120 });
      await frame();
      expect(span(el)).toBeLessThan(width * 0.7);
    } finally {
      await commands.emulateTouch(false);
    }
  });
});

describe('<summit-timeline> on a touch screen in a page', () => {
  it('lets a vertical swipe that starts on the chart scroll the page, and keeps horizontal swipes', async () => {
    await commands.emulateTouch(true);
    const below = document.createElement('div');
    below.style.height = '3000px';
    document.body.append(below);
    try {
      const el = await mount((el) => {
        el.events = dataset;
        el.start = '2024-01-01';
        el.end = '2025-01-01';
      });
      window.scrollTo(0, 0);
      const before = el.visibleRange;
      const at = { selector: 'summit-timeline svg.plot', at: [0.5, 0.5] as [number, number] };
      await commands.touchGesture(at, { dy: -200 });
      await until(() => window.scrollY > 50);
      // Let the page's scroll (and any fling after it) come to rest before the next gesture.
      for (let still = 0, last = -1; still < 5; still = window.scrollY === last ? still + 1 : 0) {
        last = window.scrollY;
        await frame();
      }
      expect(+el.visibleRange.start).toBe(+before.start);
      expect(+el.visibleRange.end).toBe(+before.end);
      window.scrollTo(0, 0);
      await frame();
      await commands.touchGesture(at, { dx: -150 });
      await until(() => +el.visibleRange.start > +before.start);
    } finally {
      below.remove();
      window.scrollTo(0, 0);
      await commands.emulateTouch(false);
    }
  });
});

describe('<summit-timeline> swimlanes and scale', () => {
  it('draws a labelled lane per country, with a shared event in each of its lanes', async () => {
    const el = await mount((el) => {
      el.groupBy = 'country';
      el.locale = 'en-GB';
      el.events = [
        { id: 'a', title: 'Talks in Beijing', kind: 'meeting', date: '2025-03-01', countries: ['CHN', 'AUS'] },
        { id: 'b', title: 'State visit', kind: 'visit', date: '2025-04-01', countries: ['CHN'] },
        { id: 'c', title: 'Phone call', kind: 'call', date: '2025-05-01', countries: ['FRA'] },
      ];
    });
    expect($$(el, '.row-label').map((t) => t.textContent)).toEqual(['China', 'Australia', 'France']);
    const labels = $$(el, '[part="event"]').map((m) => m.getAttribute('aria-label'));
    expect(labels.filter((l) => l!.endsWith('Talks in Beijing'))).toHaveLength(2);
    expect(labels).toHaveLength(4);
  });

  it('draws 100,000 events with a DOM the size of the screen, and every event counted', async () => {
    const day = 86_400_000;
    const origin = Date.UTC(2000, 0, 1);
    const kinds = ['summit', 'visit', 'call', 'meeting', 'parade'];
    const many = Array.from({ length: 100_000 }, (_, i) => ({
      id: `e${i}`,
      title: `Event ${i}`,
      kind: kinds[i % kinds.length],
      date: new Date(origin + ((i * 7919) % 9000) * day).toISOString().slice(0, 10),
    }));
    const el = await mount((el) => (el.events = many));
    expect(drawnCount(el)).toBe(100_000);
    expect(domSize(el.shadowRoot!)).toBeLessThan(1500);
    await commands.wheelAt({ selector: 'summit-timeline svg.plot', at: [0.5, 0.5] }, -600, 'Control');
    await until(() => span(el) < 9000 * day * 0.5);
    await el.updateComplete;
    expect(domSize(el.shadowRoot!)).toBeLessThan(1500);
  });
});

describe('<summit-timeline> with many records', () => {
  it('reads a large set in several tasks, and the latest events win over a set still being read', async () => {
    const many = Array.from({ length: 50_000 }, (_, i) => ({
      id: `e${i}`,
      title: `Event ${i}`,
      kind: 'call',
      date: new Date(Date.UTC(2000, 0, 1) + (i % 9000) * 86_400_000).toISOString().slice(0, 10),
    }));
    const el = await mount((el) => (el.events = many));
    expect(drawnCount(el)).toBe(50_000);
    el.events = [...many];
    await el.updateComplete;
    expect($(el, '.message')?.textContent).toBe('Loading events…');
    el.events = dataset.slice(0, 3);
    await until(() => drawnCount(el) === 3);
    await new Promise((r) => setTimeout(r, 200));
    expect(drawnCount(el)).toBe(3);
  });
});

describe('<summit-timeline> on a phone', () => {
  it('shows a chronological list below 480 px', async () => {
    container().style.width = '360px';
    const el = await mount();
    await until(() => $(el, '.list'));
    const items = $$(el, '.list li.item');
    expect(items.length).toBe(Math.min(50, dataset.length));
    expect($(el, 'svg.plot')).toBeNull();
  });
});
