import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { expect, waitFor } from 'storybook/test';
import { events, sources } from './support.js';

interface Args {
  id?: string;
  event?: unknown;
  locale?: string;
  theme?: 'light' | 'dark';
  headingLevel?: number;
}

const byId = (id: string) => events.find((e) => e.id === id);

const meta = {
  title: 'Elements/summit-event-card',
  component: 'summit-event-card',
  args: { headingLevel: 3 },
  argTypes: {
    id: {
      control: 'select',
      options: events.map((e) => e.id),
      description: 'Story only: which bundled event to show.',
    },
    theme: { control: 'inline-radio', options: [undefined, 'light', 'dark'] },
    event: { control: false },
  },
  render: (args) => html`
    <summit-event-card
      style="max-width: 34rem"
      .event=${args.event ?? (args.id ? byId(args.id) : undefined)}
      .sources=${sources}
      locale=${ifDefined(args.locale)}
      theme=${ifDefined(args.theme)}
      heading-level=${args.headingLevel ?? 3}
    ></summit-event-card>
  `,
} satisfies Meta<Args>;

export default meta;
type Story = StoryObj<Args>;

/** Checks the card shows the event's title, and each of its quotes with the publisher. */
const shows =
  (id: string): Story['play'] =>
  async ({ canvasElement }) => {
    const card = canvasElement.querySelector('summit-event-card')!;
    const record = byId(id)!;
    await waitFor(() => expect(card.shadowRoot!.querySelector('[part="title"]')?.textContent).toBe(record.title));
    const quotes = [...card.shadowRoot!.querySelectorAll('blockquote')].map((q) => q.textContent);
    await expect(quotes).toEqual(record.sources.map((s) => s.quote));
    const publisher = sources.find((s) => s.id === record.sources[0]!.source)!.publisher;
    await expect(card.shadowRoot!.querySelector('figcaption')!.textContent).toContain(publisher);
  };

const of = (id: string): Story => ({ args: { id }, play: shows(id) });

// Each kind.
export const Summit = of('woodside-summit-2023');
export const Meeting = of('china-russia-deputy-minister-talks-2024');
export const Visit = of('clinton-visit-to-shanghai-2010');
export const PhoneCall = of('trump-xi-call-2025-01');
export const Parade = of('beijing-victory-day-parade-2025');
export const Agreement = of('woodside-agreements-2023');
export const Statement = of('trump-post-china-violated-agreement-2025');
export const Military = of('china-enters-korean-war-1950');
export const Legislation = of('tiktok-divest-or-ban-law-2024');
export const Inauguration = of('kim-jong-un-takes-power-2011');
export const Other = of('trump-kim-nuclear-diplomacy-collapses-2019');

// Each date precision.

/** A single day: "3 September 2025". */
export const DayPrecision: Story = {
  args: { id: 'beijing-victory-day-parade-2025', locale: 'en-GB' },
  play: async ({ canvasElement }) => {
    const card = canvasElement.querySelector('summit-event-card')!;
    await waitFor(() => expect(card.shadowRoot!.querySelector('.date')?.textContent).toBe('3 September 2025'));
  },
};

/** Several days, closed up with an en dash. */
export const DayRange = of('kishida-state-visit-to-us-2024');

/** Known to the month only: "October 1950". */
export const MonthPrecision: Story = {
  args: { id: 'china-enters-korean-war-1950', locale: 'en-GB' },
  play: async ({ canvasElement }) => {
    const card = canvasElement.querySelector('summit-event-card')!;
    await waitFor(() => expect(card.shadowRoot!.querySelector('.date')?.textContent).toBe('October 1950'));
  },
};

/** Known to the year only: "2011". */
export const YearPrecision: Story = {
  args: { id: 'kim-jong-un-takes-power-2011', locale: 'en-GB' },
  play: async ({ canvasElement }) => {
    const card = canvasElement.querySelector('summit-event-card')!;
    await waitFor(() => expect(card.shadowRoot!.querySelector('.date')?.textContent).toBe('2011'));
  },
};

/** A planned event: marked as such. */
export const Planned: Story = {
  args: { id: 'zhao-leji-visit-to-north-korea-2024' },
  play: async ({ canvasElement }) => {
    const card = canvasElement.querySelector('summit-event-card')!;
    await waitFor(() => expect(card.shadowRoot!.querySelector('.status')?.textContent).toBe('planned'));
  },
};

/** An event told by several articles: one quote and credit each. */
export const SeveralSources = of('russia-invades-ukraine-2022');

/** Dark colours. */
export const Dark: Story = {
  args: { id: 'beijing-victory-day-parade-2025', theme: 'dark' },
  decorators: [(story) => html`<div style="background:#121216;padding:1rem">${story()}</div>`],
  play: shows('beijing-victory-day-parade-2025'),
};

/** In French: the date and country names follow `locale`. */
export const French: Story = {
  args: { id: 'beijing-victory-day-parade-2025', locale: 'fr' },
  play: async ({ canvasElement }) => {
    const card = canvasElement.querySelector('summit-event-card')!;
    await waitFor(() => expect(card.shadowRoot!.querySelector('.date')?.textContent).toBe('3 septembre 2025'));
  },
};

/** A record that is not from the data package: only `id`, `title`, `kind` and `date`. */
export const MinimalRecord: Story = {
  args: { event: { id: 'x', title: 'Foreign ministers meet in Geneva', kind: 'meeting', date: '2026-02-12' } },
  play: async ({ canvasElement }) => {
    const card = canvasElement.querySelector('summit-event-card')!;
    await waitFor(() =>
      expect(card.shadowRoot!.querySelector('[part="title"]')?.textContent).toBe('Foreign ministers meet in Geneva'),
    );
  },
};
