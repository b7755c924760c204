// HTML rendered on the server, taken over in the browser by Lit's hydrate support,
// which a page that hydrates loads before Lit: this import comes first.
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
import { sources } from '@summitline/events';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { commands, userEvent } from 'vitest/browser';
// The page's languages, as the server (server-render.ts) has them too.
import '../src/locales/fr.js';
import '../src/locales/de.js';
import type { SummitEventCard } from '../src/summit-event-card.js';
import type { SummitTimeline } from '../src/summit-timeline.js';
import { $, $$, activeMark, container, dataset, frame, settled, until } from './fixture.js';

let messages: string[];

beforeEach(() => {
  messages = [];
  for (const level of ['error', 'warn'] as const) {
    vi.spyOn(console, level).mockImplementation((...args: unknown[]) => void messages.push(args.join(' ')));
  }
});

afterEach(() => {
  vi.restoreAllMocks();
  container().removeAttribute('lang');
});

/**
 * Puts the server's HTML in the page, as the browser parses it (declarative shadow roots
 * attached), and the elements, defined already, take it over. `setup` gives them what
 * the server had, before their first update, as a page's script does before it loads
 * the elements.
 */
function serve<E extends HTMLElement>(markup: string, tag: string, setup: (el: E) => void = () => {}): E {
  container().setHTMLUnsafe(markup);
  const el = container().querySelector(tag) as E;
  setup(el);
  return el;
}

const titles = (root: ParentNode) => [...root.querySelectorAll('.list .what')].map((t) => t.textContent);

describe('a server-rendered <summit-timeline>, hydrated', () => {
  it('takes over the server’s list, then draws the chart once it knows its width', async () => {
    const markup = await commands.serverRender({ element: 'summit-timeline', events: dataset, sources });
    const el = serve<SummitTimeline>(markup, 'summit-timeline', (el) => {
      el.events = dataset;
      el.sources = sources;
    });
    // What the reader sees before the first update: the server's list, every event.
    const legend = $(el, '.legend');
    const server = titles(el.shadowRoot!);
    expect(server).toHaveLength(dataset.length);
    await el.updateComplete;
    // Hydrated: the server's nodes are the element's, and answer to it (at once: the list is
    // about to give way to the chart).
    expect($(el, '.legend')).toBe(legend);
    const first = $(el, '.list button[part="event"]') as HTMLButtonElement;
    first.click();
    const title = first.querySelector('.what')!.textContent;
    expect(el.selected).toBe(dataset.find((e) => e.title.trim() === title)!.id);
    // Then the chart, in place of the list: nothing of the server's left beside it.
    await until(() => $(el, 'svg.plot [part="event"]'));
    expect($$(el, '.list')).toHaveLength(0);
    expect($$(el, '.top')).toHaveLength(1);
    expect($$(el, '.legend')).toHaveLength(1);
    // The keyboard works on it: End and Home go to the last and first events of the list.
    el.selected = undefined;
    ($(el, '.chart') as HTMLElement).focus();
    await settled(el);
    const mark = () => activeMark(el)?.getAttribute('aria-label')?.split(': ').at(-1);
    await userEvent.keyboard('{End}');
    await settled(el);
    expect(mark()).toBe(server.at(-1));
    await userEvent.keyboard('{Home}');
    await settled(el);
    expect(mark()).toBe(server[0]);
    await userEvent.keyboard('{Enter}');
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('summit-event-card')).not.toBeNull();
    expect(messages.filter((m) => /hydrat|mismatch/i.test(m))).toEqual([]);
  });

  it('on a phone, keeps every event of the server’s list, in the page’s language once it runs', async () => {
    container().style.width = '360px';
    container().lang = 'fr';
    const markup = await commands.serverRender({ element: 'summit-timeline', events: dataset });
    const el = serve<SummitTimeline>(markup, 'summit-timeline', (el) => (el.events = dataset));
    const server = titles(el.shadowRoot!);
    // The server wrote British English: it cannot know the page's language.
    expect($(el, '.legend')!.getAttribute('aria-label')).toBe('Kinds of event');
    await el.updateComplete;
    await until(() => $(el, '.legend')!.getAttribute('aria-label') === 'Types d’événement');
    await frame();
    expect(titles(el.shadowRoot!)).toEqual(server);
    expect(server).toHaveLength(dataset.length);
    expect($(el, '.list .when')!.textContent).toMatch(/janv|févr|mars|avr|mai|juin|juil|août|sept|oct|nov|déc|\d{4}$/);
    expect($(el, '.more')).toBeNull();
    expect(messages.filter((m) => /hydrat|mismatch/i.test(m))).toEqual([]);
  });

  it('takes over the selected event’s card, rendered inside it', async () => {
    const event = dataset.find((e) => e.sources.length)!;
    const markup = await commands.serverRender({
      element: 'summit-timeline',
      events: dataset,
      sources,
      selected: event.id,
    });
    const el = serve<SummitTimeline>(markup, 'summit-timeline', (el) => {
      el.events = dataset;
      el.sources = sources;
      el.selected = event.id;
    });
    const card = () => el.shadowRoot!.querySelector('summit-event-card')!;
    const quote = card().shadowRoot!.querySelector('[part="quote"]');
    expect(quote!.textContent).toBe(event.sources[0]!.quote);
    await el.updateComplete;
    await card().updateComplete;
    expect(card().shadowRoot!.querySelector('[part="quote"]')).toBe(quote);
    expect(card().hasAttribute('defer-hydration')).toBe(false);
    await until(() => $(el, 'svg.plot [part="event"]'));
    expect($$(el, 'summit-event-card')).toHaveLength(1);
    expect(card().shadowRoot!.querySelectorAll('[part="card"]')).toHaveLength(1);
    // Its close button answers: the card goes, the selection with it.
    ($(el, '.card-wrap .close') as HTMLButtonElement).click();
    await el.updateComplete;
    expect(el.selected).toBeUndefined();
    expect($(el, 'summit-event-card')).toBeNull();
    expect(messages.filter((m) => /hydrat|mismatch/i.test(m))).toEqual([]);
  });

  it('without events, shows the page’s list until it reads it and draws the chart', async () => {
    const list = [
      { date: '2025-09-03', kind: 'parade', title: 'Victory Day parade in Beijing' },
      { date: '2024-04-08/2024-04-09', kind: 'visit', title: 'Lavrov visits Beijing' },
    ];
    const markup = await commands.serverRender({ element: 'summit-timeline', list });
    const el = serve<SummitTimeline>(markup, 'summit-timeline');
    const slot = el.shadowRoot!.querySelector('slot');
    expect(slot!.assignedElements().map((e) => e.localName)).toEqual(['ol']);
    await el.updateComplete;
    await until(() => $$(el, 'svg.plot [part="event"]').length === 2);
    expect(el.shadowRoot!.querySelector('slot')).toBeNull();
    expect(el.querySelector('ol')!.checkVisibility()).toBe(false);
    expect(messages.filter((m) => /hydrat|mismatch/i.test(m))).toEqual([]);
  });
});

describe('a server-rendered <summit-event-card>, hydrated', () => {
  it('keeps the server’s card, and speaks the page’s language once it runs', async () => {
    const event = dataset.find((e) => e.date === '2024-04-08/2024-04-09')!;
    container().lang = 'de';
    const markup = await commands.serverRender({ element: 'summit-event-card', event, sources });
    const card = serve<SummitEventCard>(markup, 'summit-event-card', (card) => {
      card.event = event;
      card.sources = sources;
    });
    const title = card.shadowRoot!.querySelector('[part="title"]');
    const date = () => card.shadowRoot!.querySelector('.date')!.textContent;
    expect(date()).toBe('8–9 April 2024');
    await card.updateComplete;
    expect(card.shadowRoot!.querySelector('[part="title"]')).toBe(title);
    await until(() => date() === '8.–9. April 2024');
    expect(card.shadowRoot!.querySelectorAll('[part="card"]')).toHaveLength(1);
    expect(card.shadowRoot!.querySelectorAll('[part="quote"]')).toHaveLength(event.sources.length);
    expect(messages.filter((m) => /hydrat|mismatch/i.test(m))).toEqual([]);
  });
});
