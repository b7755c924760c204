import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { FakeSource, type TimelineSource } from '@summitline/timeline/source.js';
import { html } from 'lit';
import { expect, fn, waitFor } from 'storybook/test';
import { $, $$, drawnCount, nextFrame, press, settled, syntheticEvents, timelineIn } from './support.js';

interface Args {
  source: TimelineSource;
  groupBy?: 'none' | 'kind' | 'country';
  onError?: (event: Event) => void;
}

/** 100,000 synthetic events over 2000–2025, answered window by window. */
const ARCHIVE = syntheticEvents(100_000);

const meta = {
  title: 'Elements/summit-timeline/Windowed source',
  component: 'summit-timeline',
  args: { groupBy: 'none', onError: fn() },
  argTypes: {
    source: { control: false },
    groupBy: { control: 'inline-radio', options: ['none', 'kind', 'country'] },
    onError: { table: { category: 'story: logged events' }, description: '`summit-error`.' },
  },
  render: (args) => html`
    <summit-timeline .source=${args.source} group-by=${args.groupBy ?? 'none'} @summit-error=${args.onError}>
    </summit-timeline>
  `,
} satisfies Meta<Args>;

export default meta;
type Story = StoryObj<Args>;

/**
 * An archive too large to hold in the page, asked window by window: here a `FakeSource`
 * over 100,000 events, which answers as `@summitline/server` does (`HttpSource` asks
 * one over HTTP). Over the whole span, each pixel bin's events are one cluster; zoomed
 * in, the window's events are drawn one by one. The legend counts the whole archive;
 * ←/→ and Home/End step through all of it.
 *
 * ```js
 * import { HttpSource } from '@summitline/timeline/source.js';
 * timeline.source = new HttpSource('https://archive.example/');
 * ```
 */
export const Archive: Story = {
  args: { source: new FakeSource(ARCHIVE) },
  play: async ({ canvasElement, args }) => {
    const el = await timelineIn(canvasElement);
    await waitFor(() => expect(drawnCount(el)).toBeGreaterThanOrEqual(ARCHIVE.length), { timeout: 5000 });
    await expect(el.shadowRoot!.querySelectorAll('*').length).toBeLessThan(1500);
    const chart = $(el, '.chart')!;
    (chart as HTMLElement).focus();
    press(chart, 'End');
    await waitFor(() => expect(chart.getAttribute('aria-activedescendant')).toBeTruthy());
    await settled(el);
    await expect(+el.visibleRange.end).toBeGreaterThan(Date.UTC(2025, 6, 1));
    await expect(args.onError).not.toHaveBeenCalled();
  },
};

/**
 * The archive on a phone (360 px): the chronological list, with each of the answer's
 * bins as one entry ("January – March 2000, 4,021 events"). Choosing one narrows the
 * view to it, down to the events themselves; "Show all" goes back to the whole archive.
 */
export const ArchiveOnPhone: Story = {
  args: { source: new FakeSource(ARCHIVE) },
  decorators: [(story) => html`<div style="width:360px;border:1px dashed #ccc">${story()}</div>`],
  play: async ({ canvasElement }) => {
    const el = await timelineIn(canvasElement, { loaded: false });
    const bins = () => $$(el, '.list [part="cluster"]');
    const text = (entry: Element | undefined) => entry?.textContent!.replace(/\s+/g, ' ').trim();
    await waitFor(() => expect(bins().length).toBeGreaterThan(5), { timeout: 5000 });
    const first = text(bins()[0]);
    (bins()[0] as HTMLElement).click();
    await waitFor(() => expect(text(bins()[0])).not.toBe(first), { timeout: 5000 });
    const all = $$(el, '.controls button').find((b) => b.getAttribute('aria-label') === 'Show all') as HTMLElement;
    all.click();
    await waitFor(() => expect(text(bins()[0])).toBe(first), { timeout: 5000 });
  },
};

/** The same archive, grouped by kind: one lane per kind, each asked for in the same answer. */
export const ArchiveGroupedByKind: Story = {
  args: { source: new FakeSource(ARCHIVE), groupBy: 'kind' },
  play: async ({ canvasElement }) => {
    const el = await timelineIn(canvasElement);
    await waitFor(() => expect($$(el, '[part="cluster"]').length).toBeGreaterThan(9));
  },
};

/**
 * A slow source (each answer takes 1.5 s): "Loading events…" until the first answer;
 * then the last answer stays on screen while the next is on its way, and a question the
 * view has left is given up.
 */
export const SlowSource: Story = {
  args: { source: new FakeSource(ARCHIVE.slice(0, 20_000), { delay: 1500 }) },
  play: async ({ canvasElement }) => {
    const el = await timelineIn(canvasElement, { loaded: false });
    await nextFrame();
    await expect($(el, '.message')!.textContent).toBe('Loading events…');
  },
};

/** A source that fails: its reason, a "Try again" button (`part="retry"`, or `reload()`), and `summit-error` with field `source`. */
export const FailingSource: Story = {
  args: { source: new FakeSource(ARCHIVE, { fail: 'The archive server did not answer.' }) },
  play: async ({ canvasElement, args }) => {
    const el = await timelineIn(canvasElement);
    await waitFor(() => expect($(el, '.message.error')).toBeTruthy());
    await expect($(el, '[role="alert"]')!.textContent).toBe(
      'Could not show the timeline: The archive server did not answer.',
    );
    await expect($(el, '[part="retry"]')!.textContent).toBe('Try again');
    await expect(args.onError).toHaveBeenCalled();
  },
};

/** A source whose archive is empty: says so. */
export const EmptySource: Story = {
  args: { source: new FakeSource([]) },
  play: async ({ canvasElement }) => {
    const el = await timelineIn(canvasElement);
    await waitFor(() => expect($(el, '.message')!.textContent).toBe('No events to show.'));
  },
};
