import { describe, expect, it } from 'vitest';
import { commands, userEvent } from 'vitest/browser';
import { $, $$, container, dataset, fitted, frame, mount, settled, span, until } from './fixture.js';

const strip = (el: HTMLElement) => el.shadowRoot!.querySelector('summit-overview')!.shadowRoot!.querySelector('svg')!;

describe('<summit-timeline> overview', () => {
  it('centres the view where the overview is clicked, keeping its span', async () => {
    // Away from the page's left edge, so the click is read relative to the strip.
    container().style.marginLeft = '120px';
    const el = await fitted(await mount());
    const [from, to] = [+el.visibleRange.start, +el.visibleRange.end];
    el.zoomTo(to - (to - from) / 10, to, false);
    await frame();
    const width = span(el);
    const box = strip(el).getBoundingClientRect();
    await userEvent.click(strip(el), { position: { x: box.width * 0.3, y: box.height / 2 } });
    await frame();
    const middle = (+el.visibleRange.start + +el.visibleRange.end) / 2;
    expect(Math.abs(middle - (from + (to - from) * 0.3)) / (to - from)).toBeLessThan(0.005);
    expect(span(el) / width).toBeCloseTo(1, 6);
  });

  it('keeps the window on the strip when the click is near its end', async () => {
    const el = await fitted(await mount());
    const [from, to] = [+el.visibleRange.start, +el.visibleRange.end];
    el.zoomTo(from, from + (to - from) / 5, false);
    await frame();
    const box = strip(el).getBoundingClientRect();
    await userEvent.click(strip(el), { position: { x: box.width - 2, y: box.height / 2 } });
    await frame();
    expect(Math.abs(+el.visibleRange.end - to) / (to - from)).toBeLessThan(0.005);
  });

  it('widens the view when the brush’s right edge is dragged right', async () => {
    const el = await fitted(await mount());
    const full = span(el);
    el.zoomTo('2024-04-01', '2024-06-01', false);
    await frame();
    const before = el.visibleRange;
    const stripWidth = strip(el).getBoundingClientRect().width;
    await commands.drag({ selector: 'summit-timeline summit-overview .handle[data-mode="end"]' }, 60);
    await frame();
    expect(+el.visibleRange.start).toBe(+before.start);
    // The window's end follows the pointer (pointer events arrive coalesced, so within a margin).
    const moved = (+el.visibleRange.end - +before.end) / full / (60 / stripWidth);
    expect(moved).toBeGreaterThan(0.75);
    expect(moved).toBeLessThan(1.25);
  });

  it('names the window for screen readers', async () => {
    const el = await mount((el) => {
      el.events = dataset;
      el.locale = 'en-GB';
    });
    el.zoomTo('2025-03-01', '2025-06-01', false);
    await el.updateComplete;
    await frame();
    expect(strip(el).getAttribute('aria-valuetext')).toBe('1 March – 1 June 2025');
  });
});

describe('<summit-timeline> overview drawing', () => {
  const records = [
    { id: 'a', title: 'A', kind: 'call', date: '2020-01-10' },
    { id: 'b', title: 'B', kind: 'call', date: '2024-06-10' },
    { id: 'c', title: 'C', kind: 'call', date: '2024-06-11' },
    { id: 'd', title: 'D', kind: 'call', date: '2024-06-12' },
  ];

  it('draws a bar per busy stretch, the busiest the tallest, and names the first and last years', async () => {
    const el = await mount((el) => {
      el.events = records;
      el.locale = 'en-GB';
    });
    const bars = [...strip(el).querySelectorAll('.density rect')].map((r) => Number(r.getAttribute('height')));
    expect(bars).toHaveLength(2);
    expect(bars[1]! / bars[0]!).toBeCloseTo(3, 6);
    const years = [...el.shadowRoot!.querySelector('summit-overview')!.shadowRoot!.querySelectorAll('.span span')];
    expect(years.map((y) => y.textContent)).toEqual(['2020', '2024']);
  });

  it('draws the brush over the window, with its handles outside its edges', async () => {
    const el = await mount((el) => (el.events = records));
    const [from, to] = [+el.visibleRange.start, +el.visibleRange.end];
    el.zoomTo(from + (to - from) * 0.25, from + (to - from) * 0.5, false);
    await el.updateComplete;
    await frame();
    const svg = strip(el);
    const width = svg.getBoundingClientRect().width;
    const attr = (selector: string, name: string) => Number(svg.querySelector(selector)!.getAttribute(name));
    expect(attr('.brush', 'x') / width).toBeCloseTo(0.25, 3);
    expect(attr('.brush', 'width') / width).toBeCloseTo(0.25, 3);
    expect(attr('[data-mode="start"]', 'x') + attr('[data-mode="start"]', 'width')).toBeCloseTo(attr('.brush', 'x'), 3);
    expect(attr('[data-mode="end"]', 'x')).toBeCloseTo(attr('.brush', 'x') + attr('.brush', 'width'), 3);
    expect(attr('.frame', 'width')).toBe(width - 1);
    expect(attr('.frame', 'height')).toBe(svg.getBoundingClientRect().height - 1);
  });

  it('follows a drag of the brush outside the strip, and stops when it is released', async () => {
    const el = await fitted(await mount((el) => (el.events = dataset)));
    const full = span(el);
    el.zoomTo('2024-01-01', '2025-01-01', false);
    await frame();
    const before = +el.visibleRange.start;
    const width = span(el);
    // Down on the brush, then 200 px below the strip and 80 px to the right.
    const stripWidth = strip(el).getBoundingClientRect().width;
    await commands.drag({ selector: 'summit-timeline summit-overview .brush' }, 80, 200);
    await frame();
    const after = +el.visibleRange.start;
    const moved = (after - before) / full / (80 / stripWidth);
    expect(moved).toBeGreaterThan(0.5);
    expect(moved).toBeLessThan(1.25);
    expect(span(el) / width).toBeCloseTo(1, 6);
    await userEvent.hover(strip(el), { position: { x: 5, y: 5 } });
    await frame();
    expect(+el.visibleRange.start).toBe(after);
  });
});

describe('<summit-timeline> on a phone', () => {
  it('shows the first page of the list, and the next one with “Show more”', async () => {
    container().style.width = '360px';
    const many = Array.from({ length: 120 }, (_, i) => ({
      id: `e${i}`,
      title: `Event ${i}`,
      kind: 'call',
      date: new Date(Date.UTC(2020, 0, 1 + i * 3)).toISOString().slice(0, 10),
    }));
    const el = await mount((el) => (el.events = many));
    await until(() => $(el, '.list'));
    expect($$(el, '.list li.item')).toHaveLength(50);
    const more = $(el, 'button.more') as HTMLButtonElement;
    expect(more.textContent).toContain('70 left');
    await userEvent.click(more);
    await el.updateComplete;
    expect($$(el, '.list li.item')).toHaveLength(100);
    await userEvent.click($(el, 'button.more')!);
    await el.updateComplete;
    expect($$(el, '.list li.item')).toHaveLength(120);
    expect($(el, 'button.more')).toBeNull();
    expect($$(el, '.list li.item .what').at(-1)!.textContent).toBe('Event 119');
  });

  it('opens an event’s card from the list and closes it again', async () => {
    container().style.width = '360px';
    const el = await mount();
    const button = $$(el, '.list li.item button')[2] as HTMLButtonElement;
    await userEvent.click(button);
    await el.updateComplete;
    expect(button.getAttribute('aria-expanded')).toBe('true');
    expect($(el, 'summit-event-card')).not.toBeNull();
    await userEvent.click(button);
    await settled(el);
    expect(button.getAttribute('aria-expanded')).toBe('false');
    expect($(el, 'summit-event-card')).toBeNull();
  });
});
