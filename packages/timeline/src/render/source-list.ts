import { html } from 'lit';
import { clusterSpan } from '../core/format.js';
import type { EventBin } from '../core/layout.js';
import { compareItems, type TimelineItem } from '../core/normalize.js';
import type { Row } from '../core/rows.js';
import { eventCount, type Strings } from '../core/strings.js';
import { cssProps } from '../internal/css-props.js';
import type { ListEntry } from './phone-list.js';

/**
 * A windowed source's answer as the phone layout lists it: each event once (a lane may
 * repeat it), and each bin (events the source gave only as a count) as one entry with
 * its dates and count, which narrows the view to the bin when chosen. The source mode
 * registers it (`@summitline/timeline/source.js`), so that a page without one ships none of it.
 */
export function sourceList(
  rows: readonly Row[],
  locale: string,
  strings: Strings,
  onBin: (window: [number, number]) => void,
): { items: TimelineItem[]; entries: ListEntry[] } {
  const items = new Map(rows.flatMap((row) => row.items.map((item) => [item.id, item])));
  const bins = rows.flatMap((row) => row.bins ?? []).sort((a, b) => a.first.start - b.first.start);
  return {
    items: [...items.values()].sort(compareItems),
    entries: bins.map((bin) => binEntry(bin, locale, strings, onBin)),
  };
}

function binEntry(
  bin: EventBin,
  locale: string,
  strings: Strings,
  onBin: (window: [number, number]) => void,
): ListEntry {
  const { first, last, count } = bin;
  const span = clusterSpan(first.start, Math.max(first.end, last.end), locale);
  return {
    start: first.start,
    render: (gap) =>
      html`<li class="item bin" ${cssProps({ 'margin-top': `${gap}px` })}>
        <button type="button" part="cluster" @click=${() => onBin([bin.start, bin.end])}>
          <svg width="14" height="14" viewBox="-7 -7 14 14" aria-hidden="true">
            <rect class="symbol" x="-6" y="-4.5" width="12" height="9" rx="3"></rect>
          </svg>
          <span class="when">${span}</span>
          <span class="what">${eventCount(strings, count, locale)}</span>
        </button>
      </li>`,
  };
}
