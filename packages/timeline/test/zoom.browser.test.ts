import { describe, expect, it } from 'vitest';
import { commands, userEvent } from 'vitest/browser';
import { ZOOM_STEP } from '../src/core/defaults.js';
import { $, dataset, frame, mount, settled, span, until } from './fixture.js';

const DAY = 86_400_000;

describe('<summit-timeline> zoom', () => {
  it('fits new events, and the next ctrl+wheel zooms from that view, not from the zoom before', async () => {
    const el = await mount();
    const full = span(el);
    await commands.wheelAt({ selector: 'summit-timeline svg.plot', at: [0.5, 0.5] }, -800, 'Control');
    await until(() => span(el) < full * 0.3);
    await settled(el);

    el.events = [...dataset];
    await el.updateComplete;
    await frame();
    expect(span(el) / full).toBeCloseTo(1, 6);

    // A ctrl+wheel of 5 px zooms by 2^(5 × 0.002 × 10): from the fitted view, that is what the reader gets.
    await commands.wheelAt({ selector: 'summit-timeline svg.plot', at: [0.5, 0.5] }, -5, 'Control');
    await settled(el);
    expect(span(el) / full).toBeCloseTo(2 ** -0.1, 3);
  });

  it('zooms by exactly the zoom step with + and −, around the focused mark', async () => {
    const el = await mount((el) => {
      el.events = dataset;
      el.start = '2024-01-01';
      el.end = '2025-01-01';
    });
    const chart = $(el, '.chart') as HTMLElement;
    chart.focus();
    await settled(el);
    const before = span(el);
    await userEvent.keyboard('+');
    await settled(el);
    expect(before / span(el)).toBeCloseTo(ZOOM_STEP, 6);
    await userEvent.keyboard('-');
    await settled(el);
    expect(span(el) / before).toBeCloseTo(1, 6);
    await userEvent.keyboard('-');
    await settled(el);
    expect(span(el) / before).toBeCloseTo(ZOOM_STEP, 6);
  });

  it('zooms in by exactly the zoom step with the button, keeping the middle in place', async () => {
    const el = await mount((el) => {
      el.events = dataset;
      el.start = '2024-01-01';
      el.end = '2025-01-01';
    });
    const middle = (+el.visibleRange.start + +el.visibleRange.end) / 2;
    const before = span(el);
    await userEvent.click($(el, '[aria-label="Zoom in"]')!);
    await settled(el);
    expect(before / span(el)).toBeCloseTo(ZOOM_STEP, 6);
    expect(Math.abs((+el.visibleRange.start + +el.visibleRange.end) / 2 - middle)).toBeLessThan(DAY);
    await userEvent.click($(el, '[aria-label="Zoom out"]')!);
    await settled(el);
    expect(span(el) / before).toBeCloseTo(1, 6);
  });

  it('opens on the start–end window even where it reaches beyond the events', async () => {
    const el = await mount((el) => {
      el.events = dataset;
      el.start = '2020-01-01';
      el.end = '2030-01-01';
    });
    expect(el.visibleRange.start.toISOString().slice(0, 10)).toBe('2020-01-01');
    expect(el.visibleRange.end.toISOString().slice(0, 10)).toBe('2030-01-01');
  });

  it('says where the view ended in the live region once it is still', async () => {
    const el = await mount((el) => {
      el.events = dataset;
      el.locale = 'en-GB';
    });
    el.zoomTo('2025-03-01', '2025-06-01', false);
    const status = $(el, '[aria-live="polite"]')!;
    await until(() => status.textContent!.trim());
    const { start, end } = el.visibleRange;
    const words = new Intl.DateTimeFormat('en-GB', {
      timeZone: 'UTC',
      day: 'numeric',
      month: 'long',
      year: 'numeric',
    }).formatRange(start, end);
    expect(status.textContent!.trim()).toBe(`Showing ${words}`);
    expect(words).toBe('1 March – 1 June 2025');
  });

  it('never magnifies past a day per 100 px, however far ctrl+wheel goes', async () => {
    const el = await mount();
    for (let i = 0; i < 6; i++) {
      await commands.wheelAt({ selector: 'summit-timeline svg.plot', at: [0.5, 0.5] }, -1000, 'Control');
    }
    await settled(el);
    const width = $(el, 'svg.plot')!.getBoundingClientRect().width;
    expect(span(el) / width).toBeCloseTo(DAY / 100, 0);
  });
});
