import type { Meta, StoryObj } from '@storybook/web-components-vite';
import type { KindOptions, Strings } from '@summitline/timeline';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { expect, fn, waitFor } from 'storybook/test';
import {
  $,
  $$,
  drag,
  drawnCount,
  englishIn,
  events,
  eventsOf,
  interfaceTexts,
  nextFrame,
  press,
  scrollToStep,
  settled,
  showAll,
  sources,
  syntheticEvents,
  timelineIn,
  viewSpan,
  wheel,
} from './support.js';

interface Args {
  events?: readonly unknown[];
  src?: string;
  srcTimeout?: number;
  start?: string;
  end?: string;
  kinds?: string;
  groupBy?: 'none' | 'kind' | 'country';
  selected?: string;
  hashLink?: boolean;
  steps?: string;
  wheelZoom?: 'ctrl' | 'free';
  locale?: string;
  theme?: 'light' | 'dark';
  label?: string;
  credit?: string;
  download?: boolean;
  direction?: 'ltr' | 'rtl';
  strings?: Partial<Strings>;
  kindOptions?: KindOptions;
  onSelect?: (event: Event) => void;
  onRangeChange?: (event: Event) => void;
  onError?: (event: Event) => void;
}

const meta = {
  title: 'Elements/summit-timeline',
  component: 'summit-timeline',
  args: {
    events,
    groupBy: 'none',
    wheelZoom: 'ctrl',
    hashLink: false,
    download: false,
    onSelect: fn(),
    onRangeChange: fn(),
    onError: fn(),
  },
  argTypes: {
    groupBy: { control: 'inline-radio', options: ['none', 'kind', 'country'] },
    wheelZoom: { control: 'inline-radio', options: ['ctrl', 'free'] },
    theme: { control: 'inline-radio', options: [undefined, 'light', 'dark'] },
    direction: { control: 'inline-radio', options: ['ltr', 'rtl'] },
    strings: { control: 'object' },
    kindOptions: { control: 'object' },
    srcTimeout: { control: 'number' },
    events: { control: false },
    ...Object.fromEntries(
      ['src', 'start', 'end', 'kinds', 'selected', 'steps', 'locale', 'label', 'credit'].map((name) => [
        name,
        { control: 'text' },
      ]),
    ),
    onSelect: { table: { category: 'story: logged events' }, description: '`summit-select`, in the Actions panel.' },
    onRangeChange: { table: { category: 'story: logged events' }, description: '`summit-rangechange`.' },
    onError: { table: { category: 'story: logged events' }, description: '`summit-error`.' },
  },
  render: (args) => html`
    <summit-timeline
      .events=${args.events}
      .sources=${sources}
      src=${ifDefined(args.src)}
      src-timeout=${ifDefined(args.srcTimeout)}
      start=${ifDefined(args.start)}
      end=${ifDefined(args.end)}
      kinds=${ifDefined(args.kinds)}
      group-by=${args.groupBy ?? 'none'}
      selected=${ifDefined(args.selected)}
      ?hash-link=${args.hashLink}
      steps=${ifDefined(args.steps)}
      wheel-zoom=${args.wheelZoom ?? 'ctrl'}
      locale=${ifDefined(args.locale)}
      theme=${ifDefined(args.theme)}
      label=${ifDefined(args.label)}
      credit=${ifDefined(args.credit)}
      ?download=${args.download}
      direction=${args.direction ?? 'ltr'}
      .strings=${args.strings}
      .kindOptions=${args.kindOptions}
      @summit-select=${args.onSelect}
      @summit-rangechange=${args.onRangeChange}
      @summit-error=${args.onError}
    ></summit-timeline>
  `,
} satisfies Meta<Args>;

export default meta;
type Story = StoryObj<Args>;

/**
 * Every event in `@summitline/events`. It opens where most of them are (mid-2023 to early
 * 2026); the overview and "Show all" (⤢) bring in the distant ones (1950, 2010…).
 */
export const AllEvents: Story = {
  play: async ({ canvasElement }) => {
    const el = await timelineIn(canvasElement);
    await expect(el.visibleRange.start.getUTCFullYear()).toBe(2023);
    await expect(drawnCount(el)).toBeLessThan(events.length);
    await showAll(el);
    await expect(drawnCount(el)).toBe(events.length);
  },
};

// One story per article: the events it tells of, before and after.

const article = (source: string, name: string): Story => ({
  name,
  args: { events: eventsOf(source) },
  play: async ({ canvasElement }) => {
    const el = await timelineIn(canvasElement);
    await showAll(el);
    await expect(drawnCount(el)).toBe(eventsOf(source).length);
  },
});

export const ChinaCourtsUSAllies = article(
  'firstpost-china-courts-us-allies',
  'Article: China courts US allies (Jan 2026)',
);
export const SummitAndParade = article(
  'ap-summit-and-parade-china',
  'Article: The Tianjin summit and Beijing parade (Sep 2025)',
);
export const TrumpXiCall = article('ap-trump-xi-call-trade-talks', 'Article: The Trump–Xi call on trade (Jun 2025)');
export const BlinkenVisitsChina = article('gvs-blinken-visits-china', 'Article: Blinken visits China (Apr 2024)');
export const BlinkenPressure = article(
  'pk-blinken-set-to-navigate-pressure',
  'Article: Blinken’s visit between pressure and stability (Apr 2024)',
);
export const ChinaRussiaNorthKorea = article(
  'paraphrase-china-partnerships-april-2024',
  'Article: China’s partnerships with Russia and North Korea (Apr 2024)',
);

/** One labelled lane per country; an event with several countries is drawn in each of their lanes. */
export const GroupedByCountry: Story = {
  args: { groupBy: 'country', start: '2023-06-01', end: '2026-03-01' },
  play: async ({ canvasElement }) => {
    const el = await timelineIn(canvasElement);
    const labels = $$(el, '.row-label').map((t) => t.textContent);
    await expect(labels).toContain('China');
    await expect(labels).toContain('United States');
  },
};

/** One labelled lane per kind, in the legend's order. */
export const GroupedByKind: Story = {
  args: { groupBy: 'kind' },
  play: async ({ canvasElement }) => {
    const el = await timelineIn(canvasElement);
    const labels = $$(el, '.row-label').map((t) => t.textContent);
    await expect(labels[0]).toBe('Summit');
    await showAll(el);
    await expect(drawnCount(el)).toBe(events.length);
  },
};

/** Only summits and parades (`kinds="summit parade"`); the legend shows the rest switched off, and pressing a kind filters too. */
export const FilteredKinds: Story = {
  args: { kinds: 'summit parade' },
  play: async ({ canvasElement }) => {
    const el = await timelineIn(canvasElement);
    const wanted = events.filter((e) => e.kind === 'summit' || e.kind === 'parade').length;
    await expect(drawnCount(el)).toBe(wanted);
    const parade = $$(el, '[part="legend-item"]').find((b) => b.textContent!.includes('Parade')) as HTMLElement;
    parade.click();
    await waitFor(() => expect(el.kinds).toBe('summit'));
    await el.updateComplete;
    await expect(drawnCount(el)).toBe(events.filter((e) => e.kind === 'summit').length);
  },
};

/** A newsroom's own categories beside two of the curated kinds (`visit`, `inauguration`). */
const newsroom = [
  { id: 'campaign-launch', title: 'Campaign launched', kind: 'campaign', date: '2025-01-14' },
  { id: 'first-debate', title: 'First televised debate', kind: 'debate', date: '2025-02-11' },
  { id: 'second-debate', title: 'Second debate', kind: 'debate', date: '2025-03-18' },
  { id: 'general-election', title: 'General election', kind: 'election', date: '2025-04-27' },
  { id: 'run-off', title: 'Presidential run-off', kind: 'election', date: '2025-05-11' },
  { id: 'march', title: 'March against the result', kind: 'protest', date: '2025-05-18' },
  { id: 'ruling', title: 'Court upholds the result', kind: 'court ruling', date: '2025-05-30' },
  { id: 'sworn-in', title: 'President sworn in', kind: 'inauguration', date: '2025-06-15' },
  { id: 'first-visit', title: 'First state visit abroad', kind: 'visit', date: '2025-07-02/2025-07-04' },
];

/** The legend's words, without the counts. */
const legendWords = (el: HTMLElement & { shadowRoot: ShadowRoot | null }) =>
  [...el.shadowRoot!.querySelectorAll('.legend span:not(.count)')].map((s) => s.textContent);

/**
 * Kinds of a newsroom's own (`election`, `court ruling`…): each is named in the legend as
 * it is written, after the curated kinds, and takes a colour of the scheme for custom
 * kinds and a shape no other kind present has. Its card names it too. Pressing one in the
 * legend filters it like any kind.
 */
export const CustomKinds: Story = {
  args: { events: newsroom, start: '2025-01-01', end: '2025-08-01' },
  play: async ({ canvasElement }) => {
    const el = await timelineIn(canvasElement);
    await expect(legendWords(el)).toEqual([
      'Visit',
      'Inauguration',
      'campaign',
      'court ruling',
      'debate',
      'election',
      'protest',
    ]);
    const symbols = $$(el, '[part="event"] .symbol');
    await expect(symbols.length).toBe(newsroom.length - 1);
    // Six kinds drawn as points (the visit is a bar): six colours and six shapes.
    await expect(new Set(symbols.map((s) => getComputedStyle(s).fill)).size).toBe(6);
    await expect(new Set(symbols.map((s) => s.getAttribute('d'))).size).toBe(6);
    el.selected = 'ruling';
    const card = await waitFor(() => {
      const kind = $(el, 'summit-event-card')?.shadowRoot?.querySelector('.kind');
      expect(kind?.textContent).toContain('court ruling');
      return kind!;
    });
    await expect(card.textContent!.trim()).toBe('court ruling');
    const debate = $$(el, '[part="legend-item"]').find((b) => b.textContent!.includes('debate')) as HTMLElement;
    debate.click();
    await waitFor(() => expect(el.kinds).toBe('visit inauguration campaign court%20ruling election protest'));
    await el.updateComplete;
    await expect(drawnCount(el)).toBe(newsroom.length - 2);
  },
};

/**
 * `kindOptions` sets the label, colour and shape of any kind, curated or not: here the
 * custom kinds get capitalised labels, the election a colour and shape of the page's,
 * and the curated `inauguration` a label of its own.
 */
export const KindOptionsSet: Story = {
  name: 'Kind options',
  args: {
    events: newsroom,
    kindOptions: {
      campaign: { label: 'Campaign' },
      debate: { label: 'Debate', shape: 'hexagon' },
      election: { label: 'Election', color: 'light-dark(#7a1f5c, #e58fc4)', shape: 'square' },
      protest: { label: 'Protest' },
      'court ruling': { label: 'Court ruling', color: '#1b4f8a' },
      inauguration: { label: 'Swearing-in' },
    },
  },
  play: async ({ canvasElement }) => {
    const el = await timelineIn(canvasElement);
    await expect(legendWords(el)).toEqual([
      'Visit',
      'Swearing-in',
      'Campaign',
      'Court ruling',
      'Debate',
      'Election',
      'Protest',
    ]);
    const election = $$(el, '[part="event"]').find((g) => g.getAttribute('aria-label')!.includes('General election'))!;
    await expect(election.getAttribute('aria-label')).toMatch(/^Election, /);
    await expect(getComputedStyle(election.querySelector('.symbol')!).fill).toBe('rgb(122, 31, 92)');
  },
};

/** Kinds of a newsroom's own in dark colours: the scheme has a lighter colour of each hue for dark backgrounds. */
export const CustomKindsDark: Story = {
  args: { events: newsroom, theme: 'dark' },
  decorators: [(story) => html`<div style="background:#121216;padding:1rem;color-scheme:dark">${story()}</div>`],
  play: async ({ canvasElement }) => {
    const el = await timelineIn(canvasElement);
    const campaign = $$(el, '[part="event"]').find((g) => g.getAttribute('aria-label')!.includes('Campaign launched'))!;
    // The scheme's first colour, for dark backgrounds.
    await expect(getComputedStyle(campaign.querySelector('.symbol')!).fill).toBe('rgb(254, 131, 138)');
  },
};

/** An event selected: its card opens under the chart with the source quote. */
export const SelectedEvent: Story = {
  args: { selected: 'beijing-victory-day-parade-2025' },
  play: async ({ canvasElement }) => {
    const el = await timelineIn(canvasElement);
    const card = await waitFor(() => {
      const c = $(el, 'summit-event-card');
      expect(c?.shadowRoot?.querySelector('blockquote')).toBeTruthy();
      return c!;
    });
    const quote = events.find((e) => e.id === 'beijing-victory-day-parade-2025')!.sources[0]!.quote;
    await expect(card.shadowRoot!.querySelector('blockquote')!.textContent).toBe(quote);
  },
};

/** Clicking a mark selects it: `summit-select` fires and the card opens. */
export const SelectByClick: Story = {
  name: 'Select by click',
  args: { start: '2025-08-20', end: '2025-09-15' },
  play: async ({ canvasElement, args }) => {
    const el = await timelineIn(canvasElement);
    const mark = $$(el, '[part="event"]')[0] as SVGElement;
    mark.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
    await waitFor(() => expect(args.onSelect).toHaveBeenCalled());
    await waitFor(() => expect($(el, 'summit-event-card')).toBeTruthy());
    await expect(el.selected).toBeTruthy();
  },
};

/** Ctrl + wheel zooms in around the pointer; a plain wheel leaves the view and shows a hint. */
export const ZoomWithCtrlWheel: Story = {
  name: 'Zoom with Ctrl + wheel',
  play: async ({ canvasElement }) => {
    const el = await timelineIn(canvasElement);
    const plot = $(el, 'svg.plot')!;
    const before = viewSpan(el);
    wheel(plot, -300, false);
    await nextFrame();
    await expect(viewSpan(el)).toBe(before);
    await waitFor(() => expect($(el, '.hint')).toBeTruthy());
    wheel(plot, -300, true);
    await nextFrame();
    await expect(viewSpan(el)).toBeLessThan(before * 0.5);
  },
};

/** Dragging the chart to the right shows earlier dates. */
export const PanByDragging: Story = {
  args: { start: '2024-01-01', end: '2025-01-01' },
  play: async ({ canvasElement }) => {
    const el = await timelineIn(canvasElement);
    const before = +el.visibleRange.start;
    await drag($(el, 'svg.plot')!, 200);
    await expect(+el.visibleRange.start).toBeLessThan(before);
  },
};

/** The keyboard: Home, →, Enter opens the card, Escape closes it, + zooms, 0 fits all. */
export const KeyboardNavigation: Story = {
  args: { start: '2025-08-25', end: '2025-09-10' },
  play: async ({ canvasElement }) => {
    const el = await timelineIn(canvasElement);
    const chart = $(el, '.chart') as HTMLElement;
    chart.focus();
    press(chart, 'Home');
    await settled(el);
    const first = chart.getAttribute('aria-activedescendant');
    await expect(first).toBeTruthy();
    press(chart, 'ArrowRight');
    await settled(el);
    await waitFor(() => expect(chart.getAttribute('aria-activedescendant')).not.toBe(first));
    // Zoom into clusters until an event is focused, then open it.
    for (let i = 0; i < 8; i++) {
      const active = el.shadowRoot!.getElementById(chart.getAttribute('aria-activedescendant')!);
      if (active?.getAttribute('part') !== 'cluster') break;
      press(chart, 'Enter');
      await settled(el);
    }
    press(chart, 'Enter');
    await waitFor(() => expect($(el, 'summit-event-card')).toBeTruthy());
    press(chart, 'Escape');
    await waitFor(() => expect($(el, 'summit-event-card')).toBeNull());
    const span = viewSpan(el);
    press(chart, '+');
    await settled(el);
    await expect(viewSpan(el)).toBeLessThan(span * 0.6);
    press(chart, '0');
    await settled(el);
    await expect(drawnCount(el)).toBe(events.length);
  },
};

const storySteps = [
  [
    'data-summit-range',
    '2024-04/2024-05',
    'April 2024. In one fortnight, Washington hosts a three-way summit with Japan and the Philippines, Russia’s foreign minister flies to Beijing, and a senior Chinese leader visits Pyongyang.',
  ],
  [
    'data-summit-step',
    'blinken-visit-to-china-2024',
    'Two weeks later the US secretary of state is in Shanghai and Beijing, pressing China over its support for Russia.',
  ],
  [
    'data-summit-range',
    '2025-08-30/2025-09-04',
    'Late summer 2025: the leaders of India and Russia meet China’s president in Tianjin, then a parade fills Beijing.',
  ],
  [
    'data-summit-step',
    'beijing-victory-day-parade-2025',
    'On 3 September the leaders of Russia and North Korea watch the Victory Day parade beside Xi Jinping.',
  ],
  [
    'data-summit-step',
    'carney-visit-to-china-2026',
    'In January 2026, Canada’s prime minister travels to Beijing to mend relations.',
  ],
] as const;

/**
 * Scroll-driven steps (`steps="#story-text"`): the paragraphs carry `data-summit-step`
 * (an event id) or `data-summit-range` (a window, month ends inclusive). As each
 * crosses the middle of the viewport, the sticky timeline moves to it (jumping under
 * reduced motion), the event's mark is focused without taking the keyboard focus, and
 * the paragraph gets `data-summit-active`, which the page styles.
 */
export const ScrollSteps: Story = {
  args: { steps: '#story-text', start: '2023-06-01', end: '2026-03-01' },
  render: (args) => html`
    <style>
      .scroll-steps {
        display: grid;
        grid-template-columns: minmax(0, 3fr) minmax(14rem, 2fr);
        gap: 2rem;
        align-items: start;
        font:
          1rem/1.5 system-ui,
          sans-serif;
      }
      .scroll-steps .sticky {
        position: sticky;
        top: 0;
        padding-top: 0.5rem;
      }
      .scroll-steps p {
        margin: 0 0 45vh;
        padding: 0.75rem 1rem;
        border-left: 4px solid transparent;
      }
      .scroll-steps p:first-child {
        margin-top: 60vh;
      }
      .scroll-steps p:last-child {
        margin-bottom: 60vh;
      }
      .scroll-steps p[data-summit-active] {
        border-left-color: #1f5fa8;
        background: #eef3fa;
        color: #111;
      }
    </style>
    <div class="scroll-steps">
      <div class="sticky">${meta.render(args)}</div>
      <div id="story-text">
        ${storySteps.map(([name, value, text]) =>
          name === 'data-summit-step'
            ? html`<p data-summit-step=${value}>${text}</p>`
            : html`<p data-summit-range=${value}>${text}</p>`,
        )}
      </div>
    </div>
  `,
  play: async ({ canvasElement }) => {
    const el = await timelineIn(canvasElement);
    const [april, blinken] = [...canvasElement.querySelectorAll('#story-text p')];
    const chart = $(el, '.chart')!;
    await scrollToStep(april!);
    await settled(el);
    await expect(+el.visibleRange.start).toBe(Date.UTC(2024, 3, 1));
    await expect(+el.visibleRange.end).toBe(Date.UTC(2024, 5, 1));
    await scrollToStep(blinken!);
    await expect(april!.hasAttribute('data-summit-active')).toBe(false);
    await settled(el);
    const focused = el.shadowRoot!.getElementById(chart.getAttribute('aria-activedescendant')!);
    await expect(focused?.getAttribute('aria-label')).toMatch(/Blinken/);
    await expect(el.selected).toBeUndefined();
    await expect(el.contains(document.activeElement) || el.shadowRoot!.activeElement).toBeFalsy();
    scrollTo(0, 0);
  },
};

/** Dragging the overview's window pans the chart. */
export const OverviewBrush: Story = {
  args: { start: '2024-01-01', end: '2025-01-01' },
  play: async ({ canvasElement }) => {
    const el = await timelineIn(canvasElement);
    const overview = $(el, 'summit-overview')!.shadowRoot!.querySelector('svg')!;
    const brush = overview.querySelector('.brush')!;
    const box = brush.getBoundingClientRect();
    const at = { clientX: box.left + box.width / 2, clientY: box.top + box.height / 2, pointerId: 1 };
    const before = +el.visibleRange.start;
    const init = { bubbles: true, composed: true, cancelable: true, button: 0 };
    brush.dispatchEvent(new PointerEvent('pointerdown', { ...init, ...at }));
    overview.dispatchEvent(new PointerEvent('pointermove', { ...init, ...at, clientX: at.clientX - 30 }));
    overview.dispatchEvent(new PointerEvent('pointerup', { ...init, ...at, clientX: at.clientX - 30 }));
    await nextFrame();
    await expect(+el.visibleRange.start).toBeLessThan(before);
  },
};

/**
 * The `download` attribute adds buttons that save the current view as a PNG or SVG image, with its title, window,
 * a legend of the kinds in view and a credit line; `toSVG()` and `toPNG()` do the same from script.
 */
export const Export: Story = {
  args: {
    download: true,
    start: '2025-08-01',
    end: '2025-10-01',
    label: 'China’s late-summer diplomacy, 2025',
    credit: 'Graphic: The Daily Example · Source: Associated Press, Firstpost',
  },
  play: async ({ canvasElement }) => {
    const el = await timelineIn(canvasElement);
    await expect($(el, '[part="download"]')!.getAttribute('aria-label')).toBe('Download image');
    const doc = new DOMParser().parseFromString(el.toSVG(), 'image/svg+xml');
    await expect(doc.querySelector('parsererror')).toBeNull();
    const names = (root: ParentNode, selector: string) =>
      [...root.querySelectorAll(selector)].map((mark) => mark.querySelector('title')!.textContent);
    await expect(names(doc, 'g.event')).toEqual(names(el.shadowRoot!, '[part="event"]'));
    await expect(doc.querySelector('.export-title')!.textContent).toBe('China’s late-summer diplomacy, 2025');
    await expect(doc.documentElement.textContent).toContain('Graphic: The Daily Example');
  },
};

/** Dark colours (`theme="dark"`); by default the element follows the reader's `prefers-color-scheme`. */
export const DarkTheme: Story = {
  args: { theme: 'dark' },
  decorators: [(story) => html`<div style="background:#121216;padding:1rem;color-scheme:dark">${story()}</div>`],
  play: async ({ canvasElement }) => {
    const el = await timelineIn(canvasElement);
    await expect(getComputedStyle(el).colorScheme).toBe('dark');
  },
};

/** A newsroom's own colours and type through the `--summit-*` custom properties. */
export const BrandTheme: Story = {
  decorators: [
    (story) => html`
      <style>
        .brand summit-timeline {
          --summit-font: Georgia, 'Times New Roman', serif;
          --summit-foreground: #1d2a3a;
          --summit-background: #fbf7ef;
          --summit-muted: #5a5348;
          --summit-grid: #ddd3c2;
          --summit-accent: #a4161a;
          --summit-surface: #efe6d6;
          --summit-color-summit: #a4161a;
          --summit-color-visit: #2b6f62;
        }
      </style>
      <div class="brand" style="background:#fbf7ef;padding:1rem">${story()}</div>
    `,
  ],
  play: async ({ canvasElement }) => {
    const el = await timelineIn(canvasElement);
    await expect(getComputedStyle(el).getPropertyValue('--summit-accent').trim()).toBe('#a4161a');
  },
};

const localeStory = (locale: string, dir: 'ltr' | 'rtl', month: RegExp, kind: string): Story => ({
  args: { locale, start: '2025-01-01', end: '2025-12-31' },
  decorators: [(story) => html`<div lang=${locale} dir=${dir}>${story()}</div>`],
  play: async ({ canvasElement }) => {
    const el = await timelineIn(canvasElement);
    const labels = $$(el, '.axis text')
      .map((t) => t.textContent)
      .join(' ');
    await expect(labels).toMatch(month);
    await expect($$(el, '.legend span:not(.count)')[0]!.textContent).toBe(kind);
    // Not a word of English in the interface: legend, buttons, names, hint, announcement, card.
    const texts = await interfaceTexts(el);
    await expect(texts.length).toBeGreaterThan(20);
    await expect(englishIn(texts)).toEqual([]);
  },
});

/** Dates, country names and every word of the interface in French. */
export const French = localeStory('fr', 'ltr', /févr|mars|avr/, 'Sommet');
/** Dates, country names and every word of the interface in German. */
export const German = localeStory('de', 'ltr', /Feb|März|Apr/, 'Gipfel');
/** Dates, country names and every word of the interface in Simplified Chinese. */
export const SimplifiedChinese = localeStory('zh-Hans', 'ltr', /月/, '峰会');
/** Dates, country names and every word of the interface in Traditional Chinese (`zh-TW`; also `zh-HK`, `zh-Hant`, `zh_TW`). */
export const TraditionalChinese = localeStory('zh-TW', 'ltr', /月/, '峰會');
/** Persian (`fa-IR`): the words are English (no table for Persian), the dates Gregorian months in Persian words and digits, as the ticks fall on Gregorian month starts, not the Solar Hijri months of the locale's own calendar. */
export const PersianDates: Story = {
  args: { locale: 'fa-IR', start: '2025-01-01', end: '2025-12-31' },
  play: async ({ canvasElement }) => {
    const el = await timelineIn(canvasElement);
    const labels = $$(el, '.axis text').map((t) => t.textContent);
    await expect(labels).toContain('مارس');
    await expect(labels.join(' ')).not.toMatch(/فروردین|اسفند/);
  },
};
/** Arabic, right to left: the legend, controls and card follow the page; the time axis runs left to right, as by default in every script (see `RightToLeftTime`). */
export const ArabicRightToLeft = localeStory('ar', 'rtl', /[\u0600-\u06FF]/, 'قمة');

/** `direction="rtl"`: time runs right to left, the latest event on the left; ← moves to the event drawn on the left, the later one, and → to the one on the right. */
export const RightToLeftTime: Story = {
  args: { locale: 'ar', direction: 'rtl', start: '2025-08-20', end: '2025-09-15' },
  decorators: [(story) => html`<div lang="ar" dir="rtl">${story()}</div>`],
  play: async ({ canvasElement }) => {
    const el = await timelineIn(canvasElement);
    const left = (e: Element) => e.getBoundingClientRect().left;
    // Day events, drawn as points (month-long bands reach past the edges).
    const marks = $$(el, '[part="event"]:has(.symbol)').sort((a, b) => left(a) - left(b));
    await expect(marks.length).toBeGreaterThan(1);
    const start = (mark: Element) => {
      const id = mark.getAttribute('data-key')!.split(':').slice(2).join(':');
      return events.find((e) => e.id === id)!.start;
    };
    await expect(start(marks[0]!) > start(marks.at(-1)!)).toBe(true);
    // Tabbed into, the chart focuses the earliest event in view, drawn furthest right;
    // ← goes to the next one in time, drawn on its left, and → back to it.
    const chart = $(el, '.chart') as HTMLElement;
    const active = () => el.shadowRoot!.getElementById(chart.getAttribute('aria-activedescendant')!)!;
    chart.focus();
    await settled(el);
    const first = active();
    press(chart, 'ArrowLeft');
    await settled(el);
    const later = active();
    await expect(left(later)).toBeLessThan(left(first));
    press(chart, 'ArrowRight');
    await settled(el);
    await expect(active().id).toBe(first.id);
  },
};

/** `strings` overrides any word of the locale's table; here three of the English ones. */
export const CustomStrings: Story = {
  args: {
    locale: 'en-GB',
    strings: { call: 'Telephone call', zoomIn: 'Magnify', showing: 'Now showing {range}' },
  },
  play: async ({ canvasElement }) => {
    const el = await timelineIn(canvasElement);
    const legend = $$(el, '.legend span:not(.count)').map((s) => s.textContent);
    await expect(legend).toContain('Telephone call');
    await expect(legend).not.toContain('Phone call');
    await expect($(el, '.controls button')!.getAttribute('aria-label')).toBe('Magnify');
    el.zoomTo('2025-01-01', '2025-06-01', false);
    await waitFor(() => expect($(el, '[aria-live]')!.textContent).toMatch(/^Now showing 1 January – 1 June 2025$/));
  },
};

/** `strings` with entries it cannot use (plural forms without `other`, a number): those keep the locale's words, the good ones apply, and `summit-error` names each bad entry. */
export const StringsWithErrors: Story = {
  args: {
    locale: 'en-GB',
    strings: { events: { one: '{count} item' }, chart: 42, zoomIn: 'Magnify' } as unknown as Partial<Strings>,
  },
  play: async ({ canvasElement, args }) => {
    const el = await timelineIn(canvasElement);
    await expect($(el, '.controls button')!.getAttribute('aria-label')).toBe('Magnify');
    await expect($(el, '.chart')!.getAttribute('aria-label')).toMatch(/^Timeline of events: \d+ events, showing /);
    await expect(args.onError).toHaveBeenCalled();
  },
};

/**
 * At an article's width (700 px): labels go after their mark, or before it where the
 * next mark is close, shortened with an ellipsis where only part fits; the focused
 * mark shows its whole title.
 */
export const ArticleWidth: Story = {
  decorators: [(story) => html`<div style="width:700px">${story()}</div>`],
  play: async ({ canvasElement }) => {
    const el = await timelineIn(canvasElement);
    const labels = $$(el, '[part="event"] text.label').map((t) => t.textContent!);
    await expect(labels.length).toBeGreaterThanOrEqual(12);
    await expect(labels.some((t) => t.endsWith('…'))).toBe(true);
  },
};

/** Below 480 px the timeline becomes a chronological list with a time-proportional rail. */
export const PhoneWidth: Story = {
  decorators: [(story) => html`<div style="width:360px;border:1px dashed #ccc">${story()}</div>`],
  play: async ({ canvasElement }) => {
    const el = await timelineIn(canvasElement);
    await waitFor(() => expect($(el, '.list')).toBeTruthy());
    await expect($(el, 'svg.plot')).toBeNull();
  },
};

/** 10,000 synthetic events: clusters per pixel bin, split as you zoom in; the DOM stays the size of the screen. */
export const TenThousandEvents: Story = {
  args: { events: syntheticEvents(10_000) },
  play: async ({ canvasElement }) => {
    const el = await timelineIn(canvasElement);
    await expect(drawnCount(el)).toBe(10_000);
    await expect(el.shadowRoot!.querySelectorAll('*').length).toBeLessThan(1500);
  },
};

/** No events: says so. */
export const NoEvents: Story = {
  args: { events: [] },
  play: async ({ canvasElement }) => {
    const el = await timelineIn(canvasElement);
    await expect($(el, '.message')!.textContent).toBe('No events to show.');
  },
};

/** Records fetched from `src` (here the data package's `events.json`). */
export const LoadedFromSrc: Story = {
  name: 'Loaded from src',
  args: { events: undefined, src: 'data/events.json' },
  play: async ({ canvasElement }) => {
    const el = await timelineIn(canvasElement);
    await waitFor(() => expect(drawnCount(el)).toBeGreaterThan(0), { timeout: 5000 });
    await showAll(el);
    await expect(drawnCount(el)).toBe(events.length);
  },
};

/** While `src` loads: a status message. (The request here is held open.) */
export const LoadingFromSrc: Story = {
  name: 'Loading from src',
  args: { events: undefined, src: 'data/events.json?held' },
  beforeEach: () => {
    const original = window.fetch;
    window.fetch = (input, init) =>
      String(input).endsWith('?held') ? new Promise<Response>(() => {}) : original(input, init);
    return () => void (window.fetch = original);
  },
  play: async ({ canvasElement }) => {
    const el = await timelineIn(canvasElement, { loaded: false });
    await nextFrame();
    await expect($(el, '.message')!.textContent).toBe('Loading events…');
  },
};

/** `src` that cannot be loaded: the reason is shown and `summit-error` fires with field `src`. */
export const FailedSrc: Story = {
  name: 'Failed src',
  args: { events: undefined, src: 'data/no-such-file.json' },
  play: async ({ canvasElement, args }) => {
    const el = await timelineIn(canvasElement);
    await waitFor(() => expect($(el, '.message.error')).toBeTruthy());
    await expect($(el, '.message.error')!.textContent).toMatch(/no-such-file\.json: 404/);
    await expect(args.onError).toHaveBeenCalled();
  },
};

/**
 * `src` that never answers: after `src-timeout` (here 0.5 s; default 20 s) the reason is
 * shown with a "Try again" button (`part="retry"`, or the `reload()` method), and
 * `summit-error` fires with field `src`. (The request here is held open.)
 */
export const TimedOutSrc: Story = {
  name: 'Timed-out src',
  args: { events: undefined, src: 'data/events.json?never', srcTimeout: 500 },
  beforeEach: () => {
    const original = window.fetch;
    window.fetch = (input, init) =>
      String(input).endsWith('?never') ? new Promise<Response>(() => {}) : original(input, init);
    return () => void (window.fetch = original);
  },
  play: async ({ canvasElement, args }) => {
    const el = await timelineIn(canvasElement, { loaded: false });
    await waitFor(() => expect($(el, '.message.error')).toBeTruthy(), { timeout: 3000 });
    await expect($(el, '[role="alert"]')!.textContent).toBe(
      'Could not show the timeline: data/events.json did not answer within 0.5 s',
    );
    await expect($(el, '[part="retry"]')!.textContent).toBe('Try again');
    await expect(args.onError).toHaveBeenCalled();
  },
};

const faulty = [
  ...events.slice(0, 4),
  { id: 'no-date', title: 'A record without a date', kind: 'summit' },
  { id: 'no-kind', title: 'A record without a kind', kind: ' ', date: '2025-05-05' },
  { id: 'bad-date', title: 'A date that does not exist', kind: 'call', date: '2025-02-30' },
  { id: 'html-title', title: '<b>Markup</b> stays text', kind: 'visit', date: '2025-03-03' },
];

/** Records with errors: `summit-error` lists one problem per record and field (shown here under the chart), and the valid records still draw. */
export const RecordsWithErrors: Story = {
  args: { events: faulty, start: '1948-01-01', end: '2026-01-01' },
  render: (args) => {
    const problems = document.createElement('ul');
    problems.className = 'problems';
    const report = (event: Event) => {
      args.onError?.(event);
      const detail = (
        event as CustomEvent<{ problems: { index: number; id?: string; field: string; message: string }[] }>
      ).detail;
      problems.replaceChildren(
        ...detail.problems.map((p) => {
          const li = document.createElement('li');
          li.textContent = `Record ${p.index}${p.id ? ` (${p.id})` : ''}, ${p.field}: ${p.message}`;
          return li;
        }),
      );
    };
    return html`${meta.render({ ...args, onError: report })}
      <h2 style="font:600 1rem system-ui">Reported by summit-error</h2>
      ${problems}`;
  },
  play: async ({ canvasElement }) => {
    const el = await timelineIn(canvasElement);
    await waitFor(() => expect(canvasElement.querySelectorAll('.problems li').length).toBe(3));
    await expect(drawnCount(el)).toBe(5);
    await expect(canvasElement.querySelector('.problems')!.textContent).toMatch(/no-kind/);
    await expect(el.shadowRoot!.querySelector('b')).toBeNull();
  },
};
