// HTML rendered on the server, in a page that does not load Lit's hydrate support (the
// one-file embed, or an app that forgot it): the elements render afresh over it.
import { sources } from '@summitline/events';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { commands, userEvent } from 'vitest/browser';
import type { SummitEventCard } from '../src/summit-event-card.js';
import type { SummitTimeline } from '../src/summit-timeline.js';
import { $, $$, activeMark, container, dataset, settled, until } from './fixture.js';

let errors: string[];

beforeEach(() => {
  errors = [];
  vi.spyOn(console, 'error').mockImplementation((...args: unknown[]) => void errors.push(args.join(' ')));
});

afterEach(() => vi.restoreAllMocks());

/** The server's HTML in the page, as the browser parses it; `setup` runs before the elements' first update. */
function serve<E extends HTMLElement>(markup: string, tag: string, setup: (el: E) => void): E {
  container().setHTMLUnsafe(markup);
  const el = container().querySelector(tag) as E;
  setup(el);
  return el;
}

describe('server HTML without hydrate support', () => {
  it('gives way to one working chart, with nothing of the server’s left beside it', async () => {
    const markup = await commands.serverRender({ element: 'summit-timeline', events: dataset, sources });
    const el = serve<SummitTimeline>(markup, 'summit-timeline', (el) => {
      el.events = dataset;
      el.sources = sources;
    });
    await until(() => $(el, 'svg.plot [part="event"]'));
    await settled(el);
    expect($$(el, '.list')).toHaveLength(0);
    expect($$(el, '.top')).toHaveLength(1);
    expect($$(el, '[role="status"][aria-live]')).toHaveLength(1);
    // The server's <style> is gone too: the element's own styles are adopted.
    expect(el.shadowRoot!.querySelectorAll('style')).toHaveLength(0);
    expect(el.shadowRoot!.adoptedStyleSheets.length).toBeGreaterThan(0);
    ($(el, '.chart') as HTMLElement).focus();
    await userEvent.keyboard('{Home}');
    await settled(el);
    expect(activeMark(el)).not.toBeNull();
    await userEvent.keyboard('{Enter}');
    await el.updateComplete;
    expect($$(el, 'summit-event-card')).toHaveLength(1);
    expect(errors).toEqual([]);
  });

  it('on a phone, shows the list once', async () => {
    container().style.width = '360px';
    const markup = await commands.serverRender({ element: 'summit-timeline', events: dataset });
    const el = serve<SummitTimeline>(markup, 'summit-timeline', (el) => (el.events = dataset));
    await until(() => $(el, '.list'));
    await settled(el);
    expect($$(el, '.list')).toHaveLength(1);
    expect($$(el, '.legend')).toHaveLength(1);
    expect(errors).toEqual([]);
  });

  it('shows the card once', async () => {
    const event = dataset.find((e) => e.sources.length)!;
    const markup = await commands.serverRender({ element: 'summit-event-card', event, sources });
    const card = serve<SummitEventCard>(markup, 'summit-event-card', (card) => {
      card.event = event;
      card.sources = sources;
    });
    await card.updateComplete;
    expect(card.shadowRoot!.querySelectorAll('[part="card"]')).toHaveLength(1);
    expect(card.shadowRoot!.querySelector('[part="title"]')!.textContent).toBe(event.title);
    expect(errors).toEqual([]);
  });
});
