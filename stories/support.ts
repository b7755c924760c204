// Shared by the stories: data, and the small steps their play functions take.
import { events, sources, type DiplomaticEvent } from '@summitline/events';
import { STRINGS_EN, type SummitTimeline } from '@summitline/timeline';
import { expect, waitFor } from 'storybook/test';
import '@summitline/timeline';
// Every language, as the one-file embed has them.
import '@summitline/timeline/locales/all.js';

export { events, sources };

/** The events quoted from one article. */
export function eventsOf(sourceId: string): DiplomaticEvent[] {
  return events.filter((e) => e.sources.some((s) => s.source === sourceId));
}

/** `count` synthetic events over 26 years, the same every time. */
export function syntheticEvents(count: number) {
  const kinds = ['summit', 'meeting', 'visit', 'call', 'parade', 'agreement', 'statement', 'military', 'other'];
  const day = 86_400_000;
  const origin = Date.UTC(2000, 0, 1);
  let seed = 7;
  const random = () => (seed = (seed * 1664525 + 1013904223) >>> 0) / 2 ** 32;
  const iso = (t: number) => new Date(t).toISOString().slice(0, 10);
  return Array.from({ length: count }, (_, i) => {
    const start = origin + Math.floor(random() * 26 * 365) * day;
    const r = random();
    const date = r < 0.05 ? iso(start).slice(0, 7) : r < 0.2 ? `${iso(start)}/${iso(start + 4 * day)}` : iso(start);
    return { id: `synthetic-${i}`, title: `Synthetic event ${i + 1}`, kind: kinds[i % kinds.length]!, date };
  });
}

/** The story's timeline, once it has drawn. */
export async function timelineIn(canvas: HTMLElement, { loaded = true } = {}): Promise<SummitTimeline> {
  const el = canvas.querySelector('summit-timeline');
  if (!el) throw new Error('no <summit-timeline> in the story');
  await waitFor(
    () => {
      const shown = el.shadowRoot?.querySelector('svg.plot, .list, .message');
      expect(shown).toBeTruthy();
      if (loaded) expect(shown!.textContent).not.toBe('Loading events…');
    },
    { timeout: 5000 },
  );
  await el.updateComplete;
  await nextFrame();
  await el.updateComplete;
  return el;
}

export function nextFrame(): Promise<void> {
  return new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve())));
}

export const $ = (el: SummitTimeline, selector: string) => el.shadowRoot!.querySelector(selector);
export const $$ = (el: SummitTimeline, selector: string) => [...el.shadowRoot!.querySelectorAll(selector)];

/** Events drawn: marks of their own plus the counts of the clusters. */
export function drawnCount(el: SummitTimeline): number {
  const marks = $$(el, '[part="event"]').length;
  return marks + $$(el, '[part="cluster"] text').reduce((sum, t) => sum + Number(t.textContent!.replace(/\D/g, '')), 0);
}

/** Milliseconds the view spans. */
export const viewSpan = (el: SummitTimeline) => +el.visibleRange.end - +el.visibleRange.start;

/** Waits until the view stops moving. */
export async function settled(el: SummitTimeline): Promise<void> {
  let last = '';
  let still = 0;
  while (still < 4) {
    await nextFrame();
    const now = `${viewSpan(el)}:${+el.visibleRange.start}`;
    still = now === last ? still + 1 : 0;
    last = now;
  }
  await el.updateComplete;
}

/** Scrolls the page down to a step as a reader would, a little at a time, until the timeline follows it. */
/** Presses "Show all" (⤢) and waits until the whole span is in view. */
export async function showAll(el: SummitTimeline): Promise<void> {
  ($(el, '[part="controls"] button[title$="(0)"]') as HTMLElement).click();
  await settled(el);
}

export async function scrollToStep(step: Element): Promise<void> {
  scrollTo(0, step.getBoundingClientRect().top + scrollY - innerHeight);
  for (let i = 0; i < 120 && !step.hasAttribute('data-summit-active'); i++) {
    scrollBy(0, 20);
    await nextFrame();
  }
  await expect(step.hasAttribute('data-summit-active')).toBe(true);
}

/** A point inside an element, as fractions of its box. */
export function pointIn(target: Element, fx = 0.5, fy = 0.5) {
  const box = target.getBoundingClientRect();
  return { clientX: box.left + box.width * fx, clientY: box.top + box.height * fy };
}

/** A mouse drag by `dx` pixels, as the browser reports one. */
export async function drag(target: Element, dx: number, fy = 0.95): Promise<void> {
  const { clientX, clientY } = pointIn(target, 0.5, fy);
  const init = { bubbles: true, composed: true, cancelable: true, view: window, clientY, button: 0 };
  target.dispatchEvent(new MouseEvent('mousedown', { ...init, clientX }));
  for (let i = 1; i <= 8; i++) {
    window.dispatchEvent(new MouseEvent('mousemove', { ...init, clientX: clientX + (dx * i) / 8, buttons: 1 }));
    await nextFrame();
  }
  window.dispatchEvent(new MouseEvent('mouseup', { ...init, clientX: clientX + dx }));
  await nextFrame();
}

/** A wheel turn over the target, with Ctrl held or not. */
export function wheel(target: Element, deltaY: number, ctrlKey: boolean): void {
  const at = pointIn(target, 0.5, 0.5);
  target.dispatchEvent(
    new WheelEvent('wheel', { ...at, deltaY, ctrlKey, bubbles: true, composed: true, cancelable: true, view: window }),
  );
}

/** A key pressed on the focused timeline. */
export function press(target: Element, key: string): void {
  target.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, composed: true, cancelable: true }));
}

/** English words of the interface (from `STRINGS_EN`), but "zoom" (French says it too) and the name of the Ctrl key. */
const ENGLISH = new Set(
  Object.values(STRINGS_EN)
    .flatMap((entry): string[] => (typeof entry === 'string' ? [entry] : Object.values(entry)))
    .flatMap((text) => text.replace(/\{\w+\}/g, '').match(/\p{L}{2,}/gu) ?? [])
    .map((word) => word.toLowerCase())
    .filter((word) => word !== 'zoom' && word !== 'ctrl'),
);

/** The English words in `texts`. */
export function englishIn(texts: readonly string[]): string[] {
  return texts.flatMap((text) => (text.match(/\p{L}+/gu) ?? []).filter((word) => ENGLISH.has(word.toLowerCase())));
}

/**
 * Every word the timeline's interface shows or says, but not the events' own titles
 * (which are data): the legend, buttons, the chart's and marks' names, the overview,
 * the wheel hint, the live region after a zoom, and the card of an event it selects.
 */
export async function interfaceTexts(el: SummitTimeline): Promise<string[]> {
  const attrs = (selector: string, ...names: string[]) =>
    $$(el, selector).flatMap((e) => names.map((name) => e.getAttribute(name) ?? ''));
  const titles = new Set(events.map((e) => e.title));
  const texts = [
    ...$$(el, '.legend span:not(.count)').map((s) => s.textContent!),
    ...attrs('.legend', 'aria-label'),
    ...attrs('button', 'aria-label', 'title'),
    ...attrs('.chart', 'aria-label', 'aria-roledescription'),
    ...$$(el, '[role="option"]').map((m) => withoutTitles(m.getAttribute('aria-label')!, titles)),
    ...[...$(el, 'summit-overview')!.shadowRoot!.querySelectorAll('[aria-label]')].map((e) => e.ariaLabel!),
  ];
  wheel($(el, 'svg.plot')!, -100, false);
  await waitFor(() => expect($(el, '.hint')).toBeTruthy());
  texts.push($(el, '.hint')!.textContent!);
  el.zoomTo(el.visibleRange.start, new Date(+el.visibleRange.end - 86_400_000 * 7), false);
  await waitFor(() => expect($(el, '[aria-live]')!.textContent!.trim()).toBeTruthy());
  texts.push($(el, '[aria-live]')!.textContent!);
  const withPlace = events.find((e) => e.participants.length && e.location?.place)!;
  el.focusEvent(withPlace.id);
  const card = await waitFor(() => {
    const root = $(el, 'summit-event-card')?.shadowRoot;
    expect(root?.querySelector('dt')).toBeTruthy();
    return root!;
  });
  texts.push(...[...card.querySelectorAll('.kind, dt')].map((e) => e.textContent!));
  texts.push(...attrs('.close', 'aria-label', 'title'));
  return texts;
}

function withoutTitles(label: string, titles: ReadonlySet<string>): string {
  for (const title of titles) if (label.endsWith(title)) return label.slice(0, -title.length);
  return label;
}
