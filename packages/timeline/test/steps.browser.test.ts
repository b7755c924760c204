import { afterEach, describe, expect, it } from 'vitest';
import { commands } from 'vitest/browser';
import { selectionWindow } from '../src/core/reveal.js';
import type { SummitTimeline } from '../src/summit-timeline.js';
import { activeMark, dataset, frame, mount, settled, until } from './fixture.js';

const stories: HTMLElement[] = [];

/** A stretch of article, far below the timeline, whose paragraphs carry the steps' attributes. */
function story(id: string, steps: Record<string, string>[]) {
  const section = document.createElement('section');
  section.id = id;
  section.style.padding = '1500px 0';
  for (const attributes of steps) {
    const p = document.createElement('p');
    p.style.height = '200px';
    p.style.margin = '700px 0';
    p.textContent = Object.values(attributes).join(' ');
    for (const [name, value] of Object.entries(attributes)) p.setAttribute(name, value);
    section.append(p);
  }
  document.body.append(section);
  stories.push(section);
  return [...section.querySelectorAll('p')];
}

afterEach(async () => {
  for (const s of stories.splice(0)) s.remove();
  scrollTo(0, 0);
  await commands.emulateReducedMotion(false);
});

const following = (steps: string) => mount((el) => ((el.events = dataset), (el.steps = steps)));
const windowOf = (el: SummitTimeline) => [+el.visibleRange.start, +el.visibleRange.end];
const active = (step: Element) => until(() => step.hasAttribute('data-summit-active'));

function expectWindow(el: SummitTimeline, [start, end]: readonly [number, number]) {
  expect(Math.abs(+el.visibleRange.start - start)).toBeLessThanOrEqual(1);
  expect(Math.abs(+el.visibleRange.end - end)).toBeLessThanOrEqual(1);
}

const parade = dataset.find((e) => e.id === 'beijing-victory-day-parade-2025')!;
const paradeWindow = selectionWindow({ start: Date.UTC(2025, 8, 3), end: Date.UTC(2025, 8, 4) });
const april2024 = [Date.UTC(2024, 3, 1), Date.UTC(2024, 5, 1)] as const;

describe('<summit-timeline steps>', () => {
  it('moves to the event a step names as it crosses the middle of the viewport, animated, and marks the step', async () => {
    const [step] = story('story', [{ 'data-summit-step': parade.id }]);
    const el = await following('#story');
    const before = windowOf(el);
    step!.scrollIntoView({ block: 'center' });
    const scrolled = scrollY;
    await active(step!);
    // The move animates: it has not arrived yet.
    expect(windowOf(el)).not.toEqual(paradeWindow.map(Math.round));
    await settled(el);
    expect(windowOf(el)).not.toEqual(before);
    expectWindow(el, paradeWindow);
    // Focused on the chart (the ring, on its mark or the cluster it is in at this zoom), but neither
    // selected, nor given the keyboard focus, nor scrolled to.
    expect(activeMark(el)?.getAttribute('aria-label')).toMatch(/Victory Day|September 3, 2025/);
    expect(el.selected).toBeUndefined();
    expect(document.activeElement).toBe(document.body);
    expect(scrollY).toBe(scrolled);
  });

  it('moves to the window a range names, month ends inclusive, and moves the mark to the new step', async () => {
    const [first, second] = story('story', [
      { 'data-summit-step': parade.id },
      { 'data-summit-range': '2024-04/2024-05' },
    ]);
    const el = await following('#story');
    first!.scrollIntoView({ block: 'center' });
    await active(first!);
    second!.scrollIntoView({ block: 'center' });
    await active(second!);
    expect(first!.hasAttribute('data-summit-active')).toBe(false);
    await settled(el);
    expectWindow(el, april2024);
    // Scrolled past every step: the last one stays.
    scrollTo(0, document.documentElement.scrollHeight);
    await frame();
    await frame();
    expect(second!.hasAttribute('data-summit-active')).toBe(true);
    expectWindow(el, april2024);
  });

  it('jumps instead of animating when the reader prefers reduced motion', async () => {
    await commands.emulateReducedMotion(true);
    const [step] = story('story', [{ 'data-summit-range': '2024-04/2024-05' }]);
    const el = await following('#story');
    step!.scrollIntoView({ block: 'center' });
    await active(step!);
    expectWindow(el, april2024);
  });

  it('follows steps added to the container later, and the whole document when steps is empty', async () => {
    const [anchor] = story('story', [{ 'data-summit-range': '2025-01/2025-02' }]);
    const el = await following('');
    anchor!.scrollIntoView({ block: 'center' });
    await active(anchor!);
    const late = document.createElement('p');
    late.setAttribute('data-summit-range', '2024-04/2024-05');
    late.style.height = '200px';
    late.style.marginTop = '900px';
    anchor!.after(late);
    await frame();
    late.scrollIntoView({ block: 'center' });
    await active(late);
    await settled(el);
    expectWindow(el, april2024);
  });

  it('stops following once removed from the page, and unmarks its step', async () => {
    const [first, second] = story('story', [
      { 'data-summit-step': parade.id },
      { 'data-summit-range': '2024-04/2024-05' },
    ]);
    const el = await following('#story');
    first!.scrollIntoView({ block: 'center' });
    await active(first!);
    await settled(el);
    el.remove();
    expect(first!.hasAttribute('data-summit-active')).toBe(false);
    second!.scrollIntoView({ block: 'center' });
    await new Promise((r) => setTimeout(r, 300));
    expect(second!.hasAttribute('data-summit-active')).toBe(false);
    expectWindow(el, paradeWindow);
  });

  it('lets two timelines on one page each follow their own container', async () => {
    const [a] = story('story-a', [{ 'data-summit-step': parade.id }]);
    const [b] = story('story-b', [{ 'data-summit-range': '2024-04/2024-05' }]);
    const first = await following('#story-a');
    const second = await following('#story-b');
    const secondBefore = windowOf(second);
    a!.scrollIntoView({ block: 'center' });
    await active(a!);
    await Promise.all([settled(first), settled(second)]);
    expectWindow(first, paradeWindow);
    expect(windowOf(second)).toEqual(secondBefore);
    b!.scrollIntoView({ block: 'center' });
    await active(b!);
    await Promise.all([settled(first), settled(second)]);
    expectWindow(second, april2024);
    expectWindow(first, paradeWindow);
    // Each marks its own step only.
    expect(a!.hasAttribute('data-summit-active')).toBe(true);
  });

  it('follows the step already in view when the records arrive later', async () => {
    const [step] = story('story', [{ 'data-summit-range': '2024-04/2024-05' }]);
    step!.scrollIntoView({ block: 'center' });
    const el = await mount((el) => (el.steps = '#story'));
    await active(step!);
    el.events = dataset;
    await until(() => Math.abs(+el.visibleRange.start - april2024[0]) <= 1);
    await settled(el);
    expectWindow(el, april2024);
  });
});
