import { html, render } from 'lit';
import { arrange } from '../core/arrange.js';
import { LABEL_PADDING_PX } from '../core/defaults.js';
import { warmFormats } from '../core/format.js';
import { kindStyles } from '../core/kind-styles.js';
import { KINDS } from '../core/kinds.js';
import { normalize } from '../core/normalize.js';
import type { Strings } from '../core/strings.js';
import { computeView, type View } from '../core/view.js';
import { marks } from '../render/marks.js';
import { whenIdle } from './next-task.js';
import { labelFont, textWidth } from './text-width.js';

/** What the warm-up reads of the timeline. */
export interface WarmHost extends HTMLElement {
  readonly renderRoot: HTMLElement | DocumentFragment;
}

let started = false;

/** The kinds of the made-up records: the curated ones and a custom one (coloured through the CSSOM). */
const SAMPLE_KINDS = [...KINDS, 'custom'];

/** Made-up records with every form of date and kind, some on one day (a cluster), for the warm-up alone. */
function sample(): Record<string, unknown>[] {
  const dates = ['2024-03-05', '2024-03-05', '2024-03-05', '2024-03-05', '2024-05-02/2024-05-09', '2024-06', '2024'];
  return Array.from({ length: 28 }, (_, i) => ({
    id: `w${i}`,
    title: `Event ${i}`,
    kind: SAMPLE_KINDS[i % SAMPLE_KINDS.length],
    date: i < dates.length ? dates[i] : `2024-${String(1 + (i % 12)).padStart(2, '0')}-1${i % 10}`,
  }));
}

/**
 * Runs what a first drawing runs, a step per idle period after a timeline connects:
 * builds its locale's date formats and measures its label font; and, once per page,
 * on a few made-up records, reads records, lays them out, and draws marks into a hidden
 * scratch element (so that the browser styles and lays out marks once). A first drawing then finds the
 * code compiled and the formats, fonts and styles ready: from the response of a `src`, it
 * takes about a third to a half less time (`npm run bench:warm-up`; figures in the README's
 * Performance section). Records usually arrive after the warm-up (a `src` is fetched);
 * should they arrive first (`drawn()`), the rest is left undone. Nothing of it is shown or announced.
 */
export function warmUp(host: WarmHost, locale: string, strings: Strings, drawn: () => boolean): void {
  const first = !started;
  started = true;
  let font = '';
  let view: View | undefined;
  const steps = [() => warmFormats(locale), () => textWidth(strings.label, (font = labelFont(host)))];
  // The rest once per page.
  if (first)
    steps.push(
      () => {
        const { items } = normalize(sample());
        const { rows, domain } = arrange(items, { groupBy: 'none', width: 600 });
        const labelWidth = (item: { title: string }) => textWidth(item.title, font) + LABEL_PADDING_PX;
        view = computeView({
          rows,
          grouped: false,
          window: domain,
          width: 600,
          locale,
          labelWidth,
        });
      },
      () => {
        const scratch = document.createElement('div');
        scratch.setAttribute('aria-hidden', 'true');
        for (const [name, value] of Object.entries(HIDDEN)) scratch.style.setProperty(name, value);
        host.renderRoot.append(scratch);
        const kinds = kindStyles(SAMPLE_KINDS, strings);
        render(
          html`<svg><g class="warm-up" ${marks(view!.marks, undefined, locale, strings, kinds)}></g></svg>`,
          scratch,
        );
        // Styled and laid out now, and removed in the same step: it is never painted, and never
        // left among the timeline's marks for a query (or a `::part` rule) to find.
        scratch.getBoundingClientRect();
        scratch.remove();
      },
    );
  const next = (idleMs: () => number) => {
    // As many steps as the idle period leaves time for (each takes a few milliseconds), at least one.
    do {
      // Drawn already: the rest is left undone.
      if (drawn()) steps.length = 0;
      steps.shift()?.();
    } while (steps.length && idleMs() > IDLE_STEP_MS);
    if (steps.length) whenIdle(next);
  };
  whenIdle(next);
}

/** The idle time a step is given at least. */
const IDLE_STEP_MS = 15;

/** Out of sight, of the layout and of the accessibility tree, but styled and laid out. */
const HIDDEN = {
  position: 'absolute',
  width: '0',
  height: '0',
  overflow: 'hidden',
  visibility: 'hidden',
  contain: 'strict',
};
