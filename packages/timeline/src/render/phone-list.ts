import { html, nothing, type TemplateResult } from 'lit';
import { LIST_MAX_GAP_PX } from '../core/defaults.js';
import { DAY_MS } from '../core/edtf.js';
import { dateFormat, describeItem, formatEventDate } from '../core/format.js';
import type { KindStyles } from '../core/kind-styles.js';
import { kindClass } from '../core/kinds.js';
import type { TimelineItem } from '../core/normalize.js';
import { fill, type Strings } from '../core/strings.js';
import { cssProps } from '../internal/css-props.js';
import { shapePath } from '../core/shapes.js';

/** An entry of the list besides the events (a windowed source's bin, `render/source-list.ts`): where it starts, and its `<li>`, `gap` px below the one before. */
export interface ListEntry {
  start: number;
  render(gap: number): TemplateResult;
}

export interface PhoneListOptions {
  items: readonly TimelineItem[];
  /** Entries to list among the items, in time order. */
  entries?: readonly ListEntry[] | undefined;
  /** How many to show. */
  count: number;
  selected: string | undefined;
  locale: string;
  label: string;
  strings: Strings;
  kinds: KindStyles;
  onToggle(id: string): void;
  onMore(): void;
}

/** Below the narrow breakpoint: the events as a chronological list under year headings, a page at a time. */
export function renderPhoneList(o: PhoneListOptions): TemplateResult {
  const { count, selected, locale, strings, kinds } = o;
  // A stable sort: the items keep their order among entries that start with them.
  const all = o.entries ? [...o.items, ...o.entries].sort((a, b) => a.start - b.start) : o.items;
  const shown = all.slice(0, count);
  const yearFormat = dateFormat(locale, { year: 'numeric' });
  let lastYear = '';
  let lastStart = shown[0]?.start ?? 0;
  return html`<ol class="list" part="list" aria-label=${o.label}>
      ${shown.map((item) => {
        const year = yearFormat.format(item.start);
        const heading = year !== lastYear ? html`<li class="year" aria-hidden="true">${year}</li>` : nothing;
        lastYear = year;
        // The rail is time-proportional: a longer gap between events, a longer stretch of rail.
        const days = Math.max(0, item.start - lastStart) / DAY_MS;
        const gap = Math.min(LIST_MAX_GAP_PX, Math.round(Math.log2(1 + days) * 3));
        lastStart = Math.max(lastStart, item.start);
        if ('render' in item) return html`${heading}${item.render(gap)}`;
        const kind = kinds(item.kind);
        return html`${heading}
          <li
            class="item ${kindClass(item.kind)}${item.planned ? ' planned' : ''}"
            ${cssProps({ 'margin-top': `${gap}px`, '--_kind': kind.color })}
          >
            <button
              type="button"
              part="event"
              aria-expanded=${item.id === selected ? 'true' : 'false'}
              aria-label=${describeItem(item, locale, strings, kind.label)}
              @click=${() => o.onToggle(item.id)}
            >
              <svg width="14" height="14" viewBox="-7 -7 14 14" aria-hidden="true">
                <path class="symbol" d=${shapePath(kind.shape, 70)}></path>
              </svg>
              <span class="when">${formatEventDate(item, locale, strings)}</span>
              <span class="what">${item.title}</span>
            </button>
          </li>`;
      })}
    </ol>
    ${
      all.length > count
        ? html`<button type="button" class="more" @click=${o.onMore}>
            ${fill(strings.more, { count: all.length - count }, locale)}
          </button>`
        : nothing
    }`;
}
