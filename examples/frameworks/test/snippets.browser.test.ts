// The framework snippets, run in Chromium as their pages show them: the frameworks set
// the records as a property and the attributes as the types say, the timeline draws
// them, and selecting an event reaches the snippet's handler, which shows its card.
import { createElement as reactElement } from 'react';
import { createRoot } from 'react-dom/client';
import { h as preactElement, render as preactRender } from 'preact';
import { createApp } from 'vue';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { SummitEventCard, SummitTimeline } from '@summitline/timeline';
import { ArticleTimeline as PreactTimeline } from '../preact.js';
import { ArticleTimeline as ReactComponents } from '../react-wrapper.js';
import { ArticleTimeline as ReactTimeline } from '../react.js';
import { ArticleTimeline as VueTimeline } from '../vue.js';

let host: HTMLDivElement;
let unmount: () => void;

beforeEach(() => {
  host = document.createElement('div');
  host.style.width = '900px';
  document.body.append(host);
});

afterEach(() => {
  unmount();
  host.remove();
  history.replaceState(null, '', location.pathname + location.search);
});

const mounts: Record<string, (host: HTMLElement) => () => void> = {
  'React 19, plain tags': (el) => {
    const root = createRoot(el);
    root.render(reactElement(ReactTimeline));
    return () => root.unmount();
  },
  'React, components': (el) => {
    const root = createRoot(el);
    root.render(reactElement(ReactComponents));
    return () => root.unmount();
  },
  Preact: (el) => {
    preactRender(preactElement(PreactTimeline, null), el);
    return () => preactRender(null, el);
  },
  'Vue (TSX)': (el) => {
    const app = createApp(VueTimeline);
    app.mount(el);
    return () => app.unmount();
  },
};

describe.each(Object.keys(mounts))('%s', (name) => {
  it('draws the records, as the snippet sets them, and shows the card of the event selected', async () => {
    unmount = mounts[name]!(host);
    await expect.poll(() => host.querySelector('summit-timeline')).not.toBeNull();
    const el = host.querySelector<SummitTimeline>('summit-timeline')!;
    expect(el.events?.map((e) => e.id)).toEqual(['sco-2025', 'parade-2025']);
    expect(el.groupBy).toBe('kind');
    expect(el.hashLink).toBe(true);
    expect(el.label).toBe("How Beijing courted Washington's allies");
    await expect.poll(() => el.shadowRoot?.querySelectorAll('[part~="event"]').length).toBe(2);
    expect(host.querySelector('summit-event-card')).toBeNull();

    el.focusEvent('parade-2025');
    await expect
      .poll(() => host.querySelector<SummitEventCard>('summit-event-card')?.shadowRoot?.textContent ?? '')
      .toContain('Victory Day parade in Beijing');
    const card = host.querySelector<SummitEventCard>('summit-event-card')!;
    expect(card.event?.id).toBe('parade-2025');
    expect(card.headingLevel).toBe(2);
  });
});
