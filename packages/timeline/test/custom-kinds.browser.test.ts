// Kinds beyond the eleven curated ones: a newsroom's own categories are drawn, named,
// filtered and shown like the curated kinds, in a colour and shape of their own, and a
// page can set any kind's label, colour and shape.
import { afterEach, describe, expect, it } from 'vitest';
import { commands, userEvent } from 'vitest/browser';
import '../src/summit-event-card.js';
import { shapePath } from '../src/core/shapes.js';
import type { SummitTimeline } from '../src/summit-timeline.js';
import { $, $$, container, drawnCount, fitted, mount, until } from './fixture.js';

const records = [
  { id: 'sco', title: 'SCO summit in Tianjin', kind: 'summit', date: '2025-08-31/2025-09-01' },
  { id: 'parade', title: 'Victory Day parade', kind: 'parade', date: '2025-09-03' },
  { id: 'vote', title: 'General election', kind: 'election', date: '2025-03-03' },
  { id: 'run-off', title: 'Presidential run-off', kind: ' election ', date: '2025-04-01' },
  { id: 'march', title: 'March on the capital', kind: 'foreign affairs', date: '2025-06-10' },
];

// The scheme's first two colours on a light background, as computed styles write them.
const FIRST = 'rgb(185, 68, 79)';
const SECOND = 'rgb(93, 127, 0)';

async function timeline(setup: (el: SummitTimeline) => void = () => {}) {
  const errors: unknown[] = [];
  const el = await mount((el) => {
    el.addEventListener('summit-error', (e) => errors.push(e));
    el.locale = 'en-GB';
    el.events = records;
    setup(el);
  });
  await fitted(el);
  expect(errors).toEqual([]);
  return el;
}

/** The mark of the event titled `title`. */
const mark = (el: SummitTimeline, title: string) =>
  $$(el, '[part="event"]').find((g) => g.querySelector('title')!.textContent!.endsWith(title))!;
const fill = (node: Element) => getComputedStyle(node).fill;
const symbol = (el: SummitTimeline, title: string) => mark(el, title).querySelector('.symbol')!;
/** The legend as a reader sees it: each entry's words and count. */
const legend = (el: SummitTimeline) =>
  $$(el, '[part="legend-item"]').map((b) => b.textContent!.replace(/\s+/g, ' ').trim());
const legendItem = (el: SummitTimeline, label: string) =>
  $$(el, '[part="legend-item"]').find((b) => b.querySelector('span')!.textContent === label)!;

afterEach(() => commands.emulateForcedColors(false));

describe('<summit-timeline> with kinds of its own', () => {
  it('draws a record of an unknown kind in a colour and shape of its own, and names it in the legend', async () => {
    const el = await timeline();
    expect(drawnCount(el)).toBe(5);
    // Curated kinds first, in their order, then the others by name.
    expect(legend(el)).toEqual(['Summit 1', 'Parade 1', 'election 2', 'foreign affairs 1']);
    expect(mark(el, 'General election').getAttribute('aria-label')).toBe('election, 3 March 2025: General election');

    // The scheme's colours, and the first shapes no curated kind present has (star and square are taken).
    expect(fill(symbol(el, 'General election'))).toBe(FIRST);
    expect(fill(symbol(el, 'Presidential run-off'))).toBe(FIRST);
    expect(fill(symbol(el, 'March on the capital'))).toBe(SECOND);
    expect(symbol(el, 'General election').getAttribute('d')).toBe(shapePath('circle', 90));
    expect(symbol(el, 'March on the capital').getAttribute('d')).toBe(shapePath('triangle', 90));
    const fills = ['SCO summit in Tianjin', 'Victory Day parade', 'General election', 'March on the capital'].map(
      (title) => fill(mark(el, title).querySelector('.symbol, .bar')!),
    );
    expect(new Set(fills).size).toBe(4);
    // The legend shows the same colour and shape.
    const button = legendItem(el, 'election');
    expect(fill(button.querySelector('path')!)).toBe(FIRST);
    expect(button.querySelector('path')!.getAttribute('d')).toBe(shapePath('circle', 60));
  });

  it('filters a kind of its own from the legend and from `kinds`, a name with a blank percent-encoded', async () => {
    const el = await timeline();
    await userEvent.click(legendItem(el, 'foreign affairs'));
    await el.updateComplete;
    expect(legendItem(el, 'foreign affairs').getAttribute('aria-pressed')).toBe('false');
    expect(el.getAttribute('kinds')).toBe('summit parade election');
    expect(drawnCount(el)).toBe(4);

    el.kinds = 'foreign%20affairs';
    await el.updateComplete;
    expect(drawnCount(el)).toBe(1);
    expect(mark(el, 'March on the capital')).toBeTruthy();
    expect(legend(el).length).toBe(4);
    expect(legendItem(el, 'foreign affairs').getAttribute('aria-pressed')).toBe('true');

    el.setAttribute('kinds', 'election,summit');
    await el.updateComplete;
    expect(drawnCount(el)).toBe(3);
    await userEvent.click(legendItem(el, 'Parade'));
    await userEvent.click(legendItem(el, 'foreign affairs'));
    await el.updateComplete;
    // Every kind shown again: no filter left.
    expect(el.kinds).toBeUndefined();
    expect(drawnCount(el)).toBe(5);
  });

  it('shows a kind of its own by name, in its colour and shape, on the card', async () => {
    const el = await timeline((el) => (el.selected = 'vote'));
    const card = await until(() => $(el, 'summit-event-card')?.shadowRoot?.querySelector('[part="card"]'));
    expect(card.querySelector('.kind')!.textContent!.trim()).toBe('election');
    expect(getComputedStyle(card).borderTopColor).toBe(FIRST);
    expect(card.querySelector('.kind path')!.getAttribute('d')).toBe(shapePath('circle', 60));
  });

  it('lets the page set label, colour and shape of any kind, curated or not', async () => {
    const el = await timeline((el) => {
      el.selected = 'vote';
      el.kindOptions = {
        election: { label: 'Election', color: '#7a1f5c', shape: 'bowtie' },
        summit: { label: 'Leaders’ summit', color: 'rgb(1, 2, 3)', shape: 'hexagon' },
      };
    });
    expect(legend(el)).toEqual(['Leaders’ summit 1', 'Parade 1', 'Election 2', 'foreign affairs 1']);
    expect(fill(symbol(el, 'General election'))).toBe('rgb(122, 31, 92)');
    expect(symbol(el, 'General election').getAttribute('d')).toBe(shapePath('bowtie', 90));
    expect(mark(el, 'General election').getAttribute('aria-label')).toBe('Election, 3 March 2025: General election');
    const summit = mark(el, 'SCO summit in Tianjin');
    expect(fill(summit.querySelector('.bar')!)).toBe('rgb(1, 2, 3)');
    expect(summit.getAttribute('aria-label')).toMatch(/^Leaders’ summit, /);
    expect(legendItem(el, 'Leaders’ summit').querySelector('path')!.getAttribute('d')).toBe(shapePath('hexagon', 60));
    // The other custom kind now takes the scheme's first colour, and the first shape left (star is free again).
    expect(fill(symbol(el, 'March on the capital'))).toBe(FIRST);
    expect(symbol(el, 'March on the capital').getAttribute('d')).toBe(shapePath('star', 90));
    const card = await until(() => $(el, 'summit-event-card')?.shadowRoot?.querySelector('[part="card"]'));
    expect(card.querySelector('.kind')!.textContent!.trim()).toBe('Election');
    expect(getComputedStyle(card).borderTopColor).toBe('rgb(122, 31, 92)');
    expect(card.querySelector('.kind path')!.getAttribute('d')).toBe(shapePath('bowtie', 60));

    // Changed later, it is drawn again.
    el.kindOptions = { election: { label: 'Vote' } };
    await el.updateComplete;
    expect(legend(el)).toContain('Vote 2');
    expect(fill(symbol(el, 'General election'))).toBe(FIRST);
    expect(mark(el, 'General election').getAttribute('aria-label')).toBe('Vote, 3 March 2025: General election');
  });

  it('takes --summit-color-<kind> for a name that can be one, and the theme’s colours in dark mode', async () => {
    const el = await timeline((el) => {
      el.style.setProperty('--summit-color-election', '#123456');
      el.theme = 'dark';
    });
    expect(fill(symbol(el, 'General election'))).toBe('rgb(18, 52, 86)');
    // No custom property can be named for "foreign affairs": the scheme's second colour, for dark backgrounds.
    expect(fill(symbol(el, 'March on the capital'))).toBe('rgb(150, 190, 75)');
  });

  it('tells kinds apart by shape alone in forced colours', async () => {
    const el = await timeline();
    await commands.emulateForcedColors(true);
    const titles = ['Victory Day parade', 'General election', 'March on the capital'];
    const fills = titles.map((title) => fill(symbol(el, title)));
    expect(new Set(fills).size).toBe(1);
    const shapes = titles.map((title) => symbol(el, title).getAttribute('d'));
    expect(new Set(shapes).size).toBe(3);
  });

  it('gives kinds of their own swimlanes after the curated ones, titled with their labels', async () => {
    const el = await timeline((el) => {
      el.groupBy = 'kind';
      el.kindOptions = { 'foreign affairs': { label: 'Foreign affairs' } };
    });
    expect($$(el, '.row-label').map((t) => t.textContent)).toEqual(['Summit', 'Parade', 'election', 'Foreign affairs']);
  });

  it('lists kinds of their own on a phone, with their colour, shape and name', async () => {
    container().style.width = '360px';
    const el = await mount((el) => {
      el.locale = 'en-GB';
      el.events = records;
    });
    const item = $$(el, '.list [part="event"]').find((b) => b.textContent!.includes('General election'))!;
    expect(item.getAttribute('aria-label')).toBe('election, 3 March 2025: General election');
    expect(fill(item.querySelector('.symbol')!)).toBe(FIRST);
    expect(item.querySelector('.symbol')!.getAttribute('d')).toBe(shapePath('circle', 70));
  });

  it('names kinds of their own in the exported image’s legend, in their colours', async () => {
    const el = await timeline();
    const text = el.toSVG();
    expect(text).not.toMatch(/var\(|style=/);
    const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
    const entries = [...doc.querySelectorAll('.legend g')].map((g) => [
      g.querySelector('text')!.textContent,
      g.querySelector('path')!.getAttribute('fill'),
    ]);
    expect(entries.slice(2)).toEqual([
      ['election', FIRST],
      ['foreign affairs', SECOND],
    ]);
  });

  it('reads kinds of their own from the light-DOM list', async () => {
    const el = await mount((el) => {
      el.innerHTML = `<ol>
        <li data-date="2025-03-03" data-kind="election">General election</li>
        <li data-date="2025-09-03" data-kind="parade">Victory Day parade</li>
      </ol>`;
    });
    expect(legend(el)).toEqual(['Parade 1', 'election 1']);
    expect(fill(symbol(el, 'General election'))).toBe(FIRST);
  });

  it('writes a kind of its own to a shared link, and opens the view a link names', async () => {
    const el = await timeline((el) => (el.hashLink = true));
    await userEvent.click(legendItem(el, 'election'));
    await until(() => location.hash.endsWith('&kinds=summit,parade,foreign%2520affairs'));
    el.remove();
    history.replaceState(null, '', `${location.pathname}#kinds=foreign%2520affairs`);
    const opened = await timeline((el) => (el.hashLink = true));
    expect(opened.kinds).toBe('foreign%20affairs');
    expect(drawnCount(opened)).toBe(1);
  });
});

describe('<summit-event-card> of a kind of its own', () => {
  it('shows its name, and the colour and shape the page gives it', async () => {
    const card = document.createElement('summit-event-card');
    card.event = { id: 'vote', title: 'General election', kind: 'election', date: '2025-03-03' };
    container().append(card);
    await card.updateComplete;
    const box = card.shadowRoot!.querySelector('[part="card"]')!;
    expect(box.querySelector('.kind')!.textContent!.trim()).toBe('election');
    expect(getComputedStyle(box).borderTopColor).toBe(FIRST);
    card.kindOptions = { election: { label: 'Election', color: 'rgb(1, 2, 3)', shape: 'semicircle' } };
    await card.updateComplete;
    expect(box.querySelector('.kind')!.textContent!.trim()).toBe('Election');
    expect(getComputedStyle(box).borderTopColor).toBe('rgb(1, 2, 3)');
    expect(box.querySelector('.kind path')!.getAttribute('d')).toBe(shapePath('semicircle', 60));
  });
});
