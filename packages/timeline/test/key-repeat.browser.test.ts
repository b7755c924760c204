// Keys at a reader's pace and at a held key's repeat rate: the focus moves at once to
// the event a key names, its mark is drawn in the same frame, and the listbox's active
// descendant always names a mark that exists, whatever animation is under way.
import { describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import type { SummitSelectEvent } from '../src/select-event.js';
import type { SummitTimeline } from '../src/summit-timeline.js';
import { $, activeMark, container, dataset, mount, settled } from './fixture.js';

/** A held key repeats about every 60 ms. */
const REPEAT_MS = 60;
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function article() {
  container().style.width = '1280px';
  const el = await mount((el) => {
    el.events = dataset;
    el.locale = 'en-GB';
  });
  ($(el, '.chart') as HTMLElement).focus();
  await settled(el);
  return el;
}

/** What the active descendant names after a key: the mark's accessible name, or why there is none. */
function active(el: SummitTimeline): string {
  const id = $(el, '.chart')!.getAttribute('aria-activedescendant');
  if (!id) return '(no active descendant)';
  const mark = activeMark(el);
  return mark ? mark.getAttribute('aria-label')! : `(no element #${id})`;
}

/** Presses `keys` in turn, `gap` ms apart (or, with no gap, each once the view is still), noting the active mark after each. */
async function press(el: SummitTimeline, keys: string[], gap?: number) {
  const seen: string[] = [];
  for (const key of keys) {
    await userEvent.keyboard(key);
    if (gap === undefined) await settled(el);
    else {
      await pause(gap);
      await el.updateComplete;
    }
    seen.push(active(el));
  }
  return seen;
}

/** Enter on the focused event, and what it selected. */
async function enter(el: SummitTimeline) {
  let selected: string | undefined;
  el.addEventListener('summit-select', (e: SummitSelectEvent) => (selected = e.detail.id), { once: true });
  await userEvent.keyboard('{Enter}');
  await settled(el);
  return selected;
}

const ZOOM_IN = Array<string>(6).fill('+');
const RIGHT = Array<string>(8).fill('{ArrowRight}');

describe('<summit-timeline> keys at a repeat rate', () => {
  it('→ held in a zoomed view names a drawn mark after every key, and Enter selects what slow presses select', async () => {
    const slow = await article();
    await press(slow, ['{Home}', ...ZOOM_IN]);
    const slowSeen = await press(slow, RIGHT);
    const slowPick = await enter(slow);
    slow.remove();

    const fast = await article();
    await press(fast, ['{Home}', ...ZOOM_IN]);
    const fastSeen = await press(fast, RIGHT, REPEAT_MS);
    expect(fastSeen.filter((name) => name.startsWith('('))).toEqual([]);
    expect(fastSeen).toEqual(slowSeen);
    expect(await enter(fast)).toBe(slowPick);
    expect(slowPick).toBeTruthy();
  });

  it('+ held then → at once: the keys pressed during the zoom retarget it, and every key names a drawn mark', async () => {
    const el = await article();
    await press(el, ['{Home}']);
    const seen = await press(el, [...ZOOM_IN, ...RIGHT, '{End}', '{Home}', '{End}'], REPEAT_MS);
    expect(seen.filter((name) => name.startsWith('('))).toEqual([]);
    expect(seen.at(-1)).toBe(active(el));
    await settled(el);
    expect(active(el)).toBe(seen.at(-1));
    expect(await enter(el)).toBe(dataset.reduce((a, b) => (b.end >= a.end ? b : a)).id);
  });

  it('Home and End while a pan is under way land on the first and last event', async () => {
    const el = await article();
    await press(el, ['{Home}', ...ZOOM_IN]);
    const seen = await press(el, ['{ArrowRight}', '{End}', '{ArrowLeft}', '{Home}'], REPEAT_MS);
    expect(seen.filter((name) => name.startsWith('('))).toEqual([]);
    await settled(el);
    expect(await enter(el)).toBe(dataset.reduce((a, b) => (b.start < a.start ? b : a)).id);
  });

  it('after fit(), Tab then → at once moves the focus to the next event in time', async () => {
    container().style.width = '1280px';
    const el = await mount((el) => {
      el.events = dataset;
      el.locale = 'en-GB';
    });
    el.zoomTo('2025-08-20', '2025-09-10', false);
    await settled(el);
    el.fit();
    ($(el, '.chart') as HTMLElement).focus();
    await el.updateComplete;
    const first = active(el);
    const [next] = await press(el, ['{ArrowRight}'], REPEAT_MS);
    expect(first.startsWith('(')).toBe(false);
    expect(next!.startsWith('(')).toBe(false);
    expect(next).not.toBe(first);
  });
});
