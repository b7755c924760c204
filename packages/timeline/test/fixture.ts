// Shared by the browser tests: a host of a known width, mounting and waiting helpers.
import { events as dataset } from '@summitline/events';
import { afterEach, beforeEach } from 'vitest';
import '../src/index.js';
import type { SummitTimeline } from '../src/summit-timeline.js';

export { dataset };

let host: HTMLDivElement;

beforeEach(() => {
  host = document.createElement('div');
  host.style.width = '900px';
  document.body.append(host);
});

afterEach(() => {
  host.remove();
  history.replaceState(null, '', location.pathname + location.search);
});

/** The element's container, 900 px wide unless a test changes it. */
export function container(): HTMLDivElement {
  return host;
}

export async function mount(setup: (el: SummitTimeline) => void = (el) => (el.events = dataset)) {
  const el = document.createElement('summit-timeline');
  setup(el);
  host.append(el);
  // Drawn: a chart, a list, or a message other than the one shown while loading.
  await until(() => {
    const shown = el.shadowRoot?.querySelector('svg.plot, .list, .message');
    return shown && shown.textContent !== 'Loading events…';
  });
  await el.updateComplete;
  await frame();
  await el.updateComplete;
  return el;
}

/** Shows every event (the whole span), as "Show all" does, without animation. */
export async function fitted(el: SummitTimeline) {
  el.fit(false);
  await el.updateComplete;
  await frame();
  return el;
}

export function frame() {
  return new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
}

export async function until<T>(check: () => T, timeout = 3000): Promise<NonNullable<T>> {
  const started = performance.now();
  for (;;) {
    const value = check();
    if (value) return value as NonNullable<T>;
    if (performance.now() - started > timeout) throw new Error('timed out waiting');
    await new Promise((r) => setTimeout(r, 20));
  }
}

/** Waits until the view stops moving (a zoom transition has run its course). */
export async function settled(el: SummitTimeline) {
  let last = '';
  let still = 0;
  while (still < 4) {
    await frame();
    const now = `${+el.visibleRange.start}:${+el.visibleRange.end}`;
    still = now === last ? still + 1 : 0;
    last = now;
  }
  await el.updateComplete;
}

export const span = (el: SummitTimeline) => +el.visibleRange.end - +el.visibleRange.start;
export const $ = (el: SummitTimeline, selector: string) => el.shadowRoot!.querySelector(selector);
export const $$ = (el: SummitTimeline, selector: string) => [...el.shadowRoot!.querySelectorAll(selector)];

/** Every event is drawn once: as a mark of its own or counted in a cluster (whose count is written "1,234"). */
export function drawnCount(el: SummitTimeline) {
  const marks = $$(el, '[part="event"]').length;
  const clustered = $$(el, '[part="cluster"] text').reduce(
    (sum, t) => sum + Number(t.textContent!.replace(/\D/g, '')),
    0,
  );
  return marks + clustered;
}

/** The mark the keyboard focus is on (the chart's `aria-activedescendant`). */
export function activeMark(el: SummitTimeline): Element | null {
  const id = $(el, '.chart')?.getAttribute('aria-activedescendant');
  return id ? el.shadowRoot!.getElementById(id) : null;
}

/** Every element the reader's browser holds for the timeline, inside nested shadow roots too. */
export function domSize(root: ParentNode): number {
  let count = 0;
  for (const node of root.querySelectorAll('*')) {
    count++;
    if (node.shadowRoot) count += domSize(node.shadowRoot);
  }
  return count;
}
