import { html, nothing } from 'lit';
import type { TimelineItem } from '../core/normalize.js';
import type { SourceInfo, TimelineRecord } from '../record.js';
import '../summit-event-card.js';

/** The selected event's card, with its close button. */
export function renderCard(
  item: TimelineItem,
  {
    sources,
    locale,
    theme,
    onClose,
  }: { sources: readonly SourceInfo[]; locale: string; theme?: string | undefined; onClose(): void },
) {
  return html`<div class="card-wrap">
    <summit-event-card
      part="card"
      .event=${item.record as TimelineRecord}
      .sources=${sources}
      locale=${locale}
      theme=${theme ?? nothing}
    ></summit-event-card>
    <button type="button" class="close" aria-label="Close" title="Close (Esc)" @click=${onClose}>×</button>
  </div>`;
}
