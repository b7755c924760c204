import { html, nothing, type TemplateResult } from 'lit';
import type { KindOptions, KindStyle, KindStyles } from '../core/kind-styles.js';
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
    kinds,
    onClose,
  }: {
    sources: readonly SourceInfo[];
    locale: string;
    theme?: string | undefined;
    strings: Strings;
    kinds: KindStyles;
    onClose(): void;
  },
): TemplateResult {
  return html`<div class="card-wrap">
    <summit-event-card
      part="card"
      .event=${item.record as unknown as TimelineRecord}
      .sources=${sources}
      locale=${locale}
      .strings=${strings}
      .kindOptions=${optionsFor(item.kind, kinds(item.kind))}
      theme=${theme ?? nothing}
    ></summit-event-card>
    <button type="button" class="close" aria-label=${strings.close} title=${`${strings.close} (Esc)`} @click=${onClose}>
      ×
    </button>
  </div>`;
}

const cardOptions = new WeakMap<KindStyle, KindOptions>();

/** The card's `kindOptions`: its kind's style as the timeline has it, the same object while that is the same. */
function optionsFor(kind: string, style: KindStyle): KindOptions {
  let options = cardOptions.get(style);
  if (!options) cardOptions.set(style, (options = { [kind]: style }));
  return options;
}
