// What a page does to the element: its container changes width (a scrollbar, a
// sidebar, a phone turning), and the element moves to another container. The view is
// a window in time: a width change keeps it, and a move keeps the element's gestures
// and the move under way.
import { describe, expect, it } from 'vitest';
import { commands } from 'vitest/browser';
import type { SummitRangeChangeEvent } from '../src/range-change-event.js';
import type { SummitTimeline } from '../src/summit-timeline.js';
import { $$, container, dataset, frame, mount, settled, until } from './fixture.js';

const HOUR = 3_600_000;
const range = (el: SummitTimeline) => [+el.visibleRange.start, +el.visibleRange.end];
const marks = (el: SummitTimeline) => $$(el, '[part="event"], [part="cluster"]').length;

/** Sets the container's width and waits for the element to draw at it. */
async function resize(el: SummitTimeline, width: number) {
  container().style.width = `${width}px`;
  await until(() => Math.round(el.shadowRoot!.querySelector('svg.plot')?.getBoundingClientRect().width ?? 0) === width);
  await settled(el);
}

describe('<summit-timeline> when its width changes', () => {
  it('keeps the window in time when the container narrows by a scrollbar', async () => {
    container().style.width = '1000px';
    const el = await mount((el) => {
      el.events = dataset;
      el.start = '2023-05-01';
      el.end = '2026-07-01';
    });
    const before = range(el);
    const drawn = marks(el);
    await resize(el, 985);
    const after = range(el);
    expect(Math.abs(after[0]! - before[0]!)).toBeLessThan(HOUR);
    expect(Math.abs(after[1]! - before[1]!)).toBeLessThan(HOUR);
    expect(marks(el)).toBeGreaterThanOrEqual(drawn - 2);
  });

  it('keeps a window at the end of the data when the container halves', async () => {
    container().style.width = '1200px';
    const el = await mount();
    const last = Math.max(...dataset.map((d) => Date.parse(d.end)));
    el.zoomTo(last - 200 * 24 * HOUR, last + 24 * HOUR, false);
    await settled(el);
    const before = range(el);
    await resize(el, 600);
    const after = range(el);
    expect(Math.abs(after[0]! - before[0]!)).toBeLessThan(HOUR);
    expect(Math.abs(after[1]! - before[1]!)).toBeLessThan(HOUR);
    expect(marks(el)).toBeGreaterThan(0);
    await resize(el, 1200);
    expect(Math.abs(range(el)[0]! - before[0]!)).toBeLessThan(HOUR);
  });
});

describe('<summit-timeline> moved to another container', () => {
  it('still zooms with Ctrl + wheel and pans with a drag', async () => {
    container().style.width = '1000px';
    const el = await mount();
    el.zoomTo('2024-01-01', '2025-01-01', false);
    await settled(el);
    const other = document.createElement('div');
    other.style.width = '1000px';
    container().append(other);
    other.append(el);
    await frame();
    const before = range(el);
    await commands.wheelAt({ selector: 'summit-timeline svg.plot', at: [0.5, 0.5] }, -100, 'Control');
    await settled(el);
    const zoomed = range(el);
    expect(zoomed[1]! - zoomed[0]!).toBeLessThan((before[1]! - before[0]!) * 0.9);
    await commands.drag({ selector: 'summit-timeline svg.plot', at: [0.5, 0.5] }, 200);
    await settled(el);
    expect(range(el)[0]).toBeLessThan(zoomed[0]!);
  });

  it('finishes an animated zoomTo under way when it moves, and reports the range', async () => {
    container().style.width = '1000px';
    const el = await mount();
    const reported: [number, number][] = [];
    el.addEventListener('summit-rangechange', (e: SummitRangeChangeEvent) =>
      reported.push([+e.detail.start, +e.detail.end]),
    );
    el.zoomTo('2025-08-01', '2025-10-01');
    await frame();
    const other = document.createElement('div');
    other.style.width = '1000px';
    container().append(other);
    other.append(el);
    await settled(el);
    const target = [Date.parse('2025-08-01'), Date.parse('2025-10-01')];
    expect(range(el)).toEqual(target);
    expect(reported.at(-1)).toEqual(target);
  });
});
