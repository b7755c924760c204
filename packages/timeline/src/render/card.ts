import { html, nothing, type TemplateResult } from 'lit';
import type { TimelineItem } from '../core/normalize.js';
import type { Strings } from '../core/strings.js';
import type { SourceInfo, TimelineRecord } from '../record.js';

/** The selected event's card, with its close button. */
export function renderCard(
  item: TimelineItem,
  {
    sources,
    locale,
    theme,
    strings,
    onClose,
  }: { sources: readonly SourceInfo[]; locale: string; theme?: string | undefined; strings: Strings; onClose(): void },
): TemplateResult {
  return html`<div class="card-wrap">
    <summit-event-card
      part="card"
      .event=${item.record as unknown as TimelineRecord}
      .sources=${sources}
      locale=${locale}
      .strings=${strings}
      theme=${theme ?? nothing}
    ></summit-event-card>
    <button type="button" class="close" aria-label=${strings.close} title=${`${strings.close} (Esc)`} @click=${onClose}>
      ×
    </button>
  </div>`;
}
