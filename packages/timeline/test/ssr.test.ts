// Server rendering with @lit-labs/ssr, as Astro, Eleventy or a plain Node server runs
// it: the HTML a reader gets before any script runs (and keeps, without JavaScript).
import { LitElementRenderer } from '@lit-labs/ssr';
import { events, sources } from '@summitline/events';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderScene } from './server-render.js';

afterEach(() => vi.restoreAllMocks());

/** The text of HTML as a reader sees it: markers and tags out, entities decoded. */
function text(markup: string): string {
  return markup
    .replace(/<!--[^]*?-->/g, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&(lt|gt|quot|#39|amp);/g, (_, e: string) => ({ lt: '<', gt: '>', quot: '"', '#39': "'", amp: '&' })[e]!)
    .replace(/\s+/g, ' ')
    .trim();
}

/** What the element's declarative shadow root holds, and what follows it (the light DOM). */
function shadow(markup: string, tag: string): { root: string; light: string } {
  const match = new RegExp(
    `<${tag}[^>]*><template shadowroot="open" shadowrootmode="open">([^]*?)</template>([^]*?)</${tag}\\s*>`,
  ).exec(markup);
  if (!match) throw new Error(`no declarative shadow root in ${markup.slice(0, 200)}`);
  return { root: match[1]!, light: match[2]! };
}

/** The titles of the chronological list, in the order it shows them. */
function listTitles(root: string): string[] {
  return [...root.matchAll(/<span class="what">([^]*?)<\/span>/g)].map((m) => text(m[1]!));
}

/** Browser-only globals (and ways to schedule work after the render), each recorded if touched during `run`. */
function touched(run: () => void): string[] {
  const names = [
    'window',
    'document',
    'navigator',
    'location',
    'history',
    'getComputedStyle',
    'matchMedia',
    'requestIdleCallback',
    'requestAnimationFrame',
    'ResizeObserver',
    'IntersectionObserver',
    'MutationObserver',
    'MessageChannel',
    'fetch',
    'setTimeout',
    'setInterval',
  ];
  const found = new Set<string>();
  const saved = names.map((name) => [name, Object.getOwnPropertyDescriptor(globalThis, name)] as const);
  for (const name of names) {
    Object.defineProperty(globalThis, name, {
      configurable: true,
      get: () => void found.add(name),
      set: () => void found.add(name),
    });
  }
  try {
    run();
  } finally {
    for (const [name, descriptor] of saved) {
      if (descriptor) Object.defineProperty(globalThis, name, descriptor);
      else delete (globalThis as Record<string, unknown>)[name];
    }
  }
  return [...found];
}

describe('<summit-timeline> on the server', () => {
  it('touches no browser-only API, and schedules nothing, while it renders', () => {
    const event = events.find((e) => e.sources.length)!;
    const scenes = [
      { element: 'summit-timeline', events, sources, selected: event.id },
      { element: 'summit-timeline', src: '/events.json', list: [{ date: '2025-09-03', kind: 'parade', title: 'P' }] },
      { element: 'summit-event-card', event, sources },
    ] as const;
    for (const scene of scenes) expect(touched(() => renderScene(scene))).toEqual([]);
  });

  it('renders the chronological list of every event, in time order, in a declarative shadow root', () => {
    const markup = renderScene({ element: 'summit-timeline', events, sources });
    const { root } = shadow(markup, 'summit-timeline');
    expect(root).toContain('<ol class="list" part="list"');
    const titles = listTitles(root);
    // Every event, not only the first page a phone shows (50).
    expect(titles).toHaveLength(events.length);
    expect(new Set(titles)).toEqual(new Set(events.map((e) => e.title.trim())));
    const starts = titles.map((title) => events.find((e) => e.title.trim() === title)!.start);
    expect(starts).toEqual([...starts].sort());
    // No "show more" button: nothing is left for a script to add.
    expect(root).not.toContain('class="more"');
    // The legend, with each kind's count, as a phone shows it above the list.
    expect(text(root)).toContain(`Summit ${events.filter((e) => e.kind === 'summit').length}`);
    // Its styles come with it, for a page that shows it before (or without) any script.
    expect(root).toMatch(/^<style>[^]*\.list[^]*<\/style>/);
  });

  it('writes dates and words in British English unless told a locale', () => {
    const lavrov = events.find((e) => e.date === '2024-04-08/2024-04-09')!;
    const english = text(shadow(renderScene({ element: 'summit-timeline', events }), 'summit-timeline').root);
    expect(english).toContain(`8–9 April 2024 ${lavrov.title}`);
    const french = renderScene({ element: 'summit-timeline', events, locale: 'fr' });
    expect(french).toMatch(/<summit-timeline[^>]* locale="fr"/);
    expect(text(shadow(french, 'summit-timeline').root)).toContain(`8–9 avril 2024 ${lavrov.title}`);
    expect(french).toContain('aria-label="Types d’événement"');
  });

  it('reads a large array at once, without waiting for tasks a server does not give', () => {
    const many = Array.from({ length: 12_000 }, (_, i) => ({
      id: `e${i}`,
      title: `Event ${i}`,
      kind: 'meeting',
      date: new Date(Date.UTC(2000, 0, 1) + ((i * 7919) % 12_000) * 86_400_000).toISOString().slice(0, 10),
    }));
    const titles = listTitles(
      shadow(renderScene({ element: 'summit-timeline', events: many }), 'summit-timeline').root,
    );
    expect(titles).toHaveLength(many.length);
    const start = (title: string) => many[Number(title.slice(6))]!.date;
    expect(titles.map(start)).toEqual(many.map((e) => e.date).sort());
  }, 30_000);

  it('skips bad records, keeps the good ones, and reports each problem as the browser does and in the log', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const reported: unknown[] = [];
    const listen = (element: HTMLElement) => {
      element.addEventListener('summit-error', (e) => reported.push(...(e as CustomEvent).detail.problems));
      return undefined;
    };
    LitElementRenderer.renderOptions.push(listen);
    try {
      const bad = [{ id: 'no-date', title: 'No date', kind: 'call' }, 'not a record', { ...events[0], title: ' ' }];
      const markup = renderScene({ element: 'summit-timeline', events: [...events.slice(1), ...bad] });
      expect(listTitles(shadow(markup, 'summit-timeline').root)).toHaveLength(events.length - 1);
    } finally {
      LitElementRenderer.renderOptions.splice(LitElementRenderer.renderOptions.indexOf(listen), 1);
    }
    const at = events.length - 1;
    expect(reported).toEqual([
      expect.objectContaining({ index: at, id: 'no-date', field: 'date' }),
      expect.objectContaining({ index: at + 1, field: '(record)' }),
      expect.objectContaining({ index: at + 2, id: events[0]!.id, field: 'title' }),
    ]);
    expect(warn).toHaveBeenCalledTimes(1);
    const logged = String(warn.mock.calls[0]![0]);
    expect(logged).toMatch(/^<summit-timeline>: 3 records skipped/);
    expect(logged).toContain(`record ${at} (no-date), date:`);
    expect(logged).toContain(`record ${at + 2} (${events[0]!.id}), title: expected a non-empty string`);
  });

  it('without events, shows the light-DOM list through a slot, and fetches no src', () => {
    const fetch = vi.spyOn(globalThis, 'fetch');
    const list = [
      { date: '2025-09-03', kind: 'parade', title: 'Victory Day parade in Beijing' },
      { date: '2024-04-08/2024-04-09', kind: 'visit', title: 'Lavrov visits Beijing' },
    ];
    const markup = renderScene({ element: 'summit-timeline', list, src: 'https://example.org/events.json' });
    const { root, light } = shadow(markup, 'summit-timeline');
    expect(root).toMatch(/<slot><\/slot>/);
    expect(root).not.toContain('class="list"');
    expect(light).toMatch(/^\s*<!--[^]*<ol>/);
    expect(text(light)).toBe('Victory Day parade in Beijing Lavrov visits Beijing');
    expect(fetch).not.toHaveBeenCalled();
  });

  it('renders the selected event’s card inside, with its quotes credited', () => {
    const event = events.find((e) => e.sources.length && e.participants.length)!;
    const markup = renderScene({ element: 'summit-timeline', events, sources, selected: event.id });
    const card = shadow(markup, 'summit-event-card').root;
    const source = sources.find((s) => s.id === event.sources[0]!.source)!;
    expect(text(card)).toContain(event.title);
    expect(text(card)).toContain(text(event.sources[0]!.quote));
    expect(text(card)).toContain(source.publisher);
  });

  it('says so when the records are empty', () => {
    const { root } = shadow(renderScene({ element: 'summit-timeline', events: [] }), 'summit-timeline');
    expect(text(root)).toContain('No events to show.');
  });
});

describe('<summit-event-card> on the server', () => {
  it('renders the whole card: kind, title, date, participants, place, summary and credited quotes', () => {
    const event = events.find((e) => e.sources.length > 1 && e.participants.length > 1 && e.location && e.summary)!;
    const { root } = shadow(renderScene({ element: 'summit-event-card', event, sources }), 'summit-event-card');
    const shown = text(root);
    expect(root).toMatch(/<p class="title" part="title" role="heading" aria-level="3">/);
    expect(shown).toContain(event.title);
    for (const p of event.participants) expect(shown).toContain(p.name);
    expect(shown).toContain(text(event.summary!));
    const quotes = [...root.matchAll(/<blockquote part="quote">([^]*?)<\/blockquote>/g)].map((m) => text(m[1]!));
    expect(quotes).toEqual(event.sources.map((s) => text(s.quote)));
    for (const ref of event.sources) expect(shown).toContain(sources.find((s) => s.id === ref.source)!.headline);
  });

  it('speaks its locale', () => {
    const event = events.find((e) => e.date === '2024-04-08/2024-04-09')!;
    const french = text(
      shadow(renderScene({ element: 'summit-event-card', event, locale: 'de' }), 'summit-event-card').root,
    );
    expect(french).toContain('8.–9. April 2024');
  });
});
