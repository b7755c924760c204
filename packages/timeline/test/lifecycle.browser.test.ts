// What a page does to the element over its life: mount it, change it and remove it in
// the same task, over and over; a removed timeline lets go of the page and is collected.
import { afterEach, describe, expect, it } from 'vitest';
import { commands } from 'vitest/browser';
import type { SummitTimeline } from '../src/summit-timeline.js';
import { container, dataset, frame } from './fixture.js';

const stories: HTMLElement[] = [];

/** A stretch of article with steps, far below the timelines. */
function story(id: string) {
  const section = document.createElement('section');
  section.id = id;
  section.style.padding = '1500px 0';
  for (const event of dataset.slice(-3)) {
    const p = document.createElement('p');
    p.style.height = '200px';
    p.style.margin = '700px 0';
    p.setAttribute('data-summit-step', event.id);
    p.textContent = event.title;
    section.append(p);
  }
  document.body.append(section);
  stories.push(section);
  return [...section.querySelectorAll('p')];
}

afterEach(() => {
  for (const s of stories.splice(0)) s.remove();
  scrollTo(0, 0);
});

/** A timeline with every feature that reaches outside it on: hash link, steps, download. */
function timeline(records: readonly unknown[] = dataset): SummitTimeline {
  const el = document.createElement('summit-timeline');
  el.events = records as typeof dataset;
  el.hashLink = true;
  el.steps = '#story';
  el.download = true;
  return el;
}

/** How many of the elements are still alive after garbage collection. */
async function alive(refs: WeakRef<object>[]) {
  const counters = await commands.collectGarbage();
  return { count: refs.filter((ref) => ref.deref()).length, ...counters };
}

describe('<summit-timeline> removed', () => {
  it('stops following the steps and is collected when an update runs after it was removed', async () => {
    const steps = story('story');
    const refs: WeakRef<object>[] = [];
    // In a function of its own, so that no element stays in this one's frame.
    const removed = async (i: number) => {
      // Drawn, then changed and removed in one task: the update runs after the removal.
      const el = timeline();
      container().append(el);
      await el.updateComplete;
      el.selected = dataset[i]!.id;
      el.remove();
      // Mounted and removed in one task: the first update runs after the removal.
      const quick = timeline();
      container().append(quick);
      quick.remove();
      refs.push(new WeakRef(el), new WeakRef(quick));
    };
    for (let i = 0; i < 10; i++) await removed(i);
    await frame();
    steps[0]!.scrollIntoView({ block: 'center' });
    for (let i = 0; i < 5; i++) await frame();
    expect(steps[0]!.hasAttribute('data-summit-active')).toBe(false);
    expect((await alive(refs)).count).toBe(0);
  });

  it('lets 1,000 timelines with hash-link, steps, download and focusEvent go: no live element, the heap as it was', async () => {
    story('story');
    const records = dataset.slice(0, 40);
    const cycle = async (refs: WeakRef<object>[], i: number) => {
      const el = timeline(records);
      container().append(el);
      if (i % 2) {
        // Drawn, focused on an event, and removed in the task that selected it.
        await el.updateComplete;
        el.focusEvent(records[i % records.length]!.id);
      }
      el.remove();
      refs.push(new WeakRef(el));
      if (i % 50 === 49) await frame();
    };
    // A first round, so that what is made once per page (formats, styles, compiled code) is in the baseline.
    const warm: WeakRef<object>[] = [];
    for (let i = 0; i < 50; i++) await cycle(warm, i);
    await new Promise((r) => setTimeout(r, 1200));
    const before = await alive(warm);
    const refs: WeakRef<object>[] = [];
    for (let i = 0; i < 1000; i++) await cycle(refs, i);
    // Timers of the last ones (the hash link's, the live region's) have run their course.
    await new Promise((r) => setTimeout(r, 1200));
    const after = await alive(refs);
    expect(before.count).toBe(0);
    expect(after.count).toBe(0);
    expect(after.heap - before.heap).toBeLessThan(3 * 2 ** 20);
    expect(after.nodes - before.nodes).toBeLessThan(100);
    expect(after.listeners - before.listeners).toBeLessThan(20);
    expect(location.hash).toBe('');
  }, 120_000);
});
