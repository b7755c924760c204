import { html, type TemplateResult } from 'lit';
import { KINDS, type Kind } from '../core/kinds.js';
import type { Strings } from '../core/strings.js';
import { kindPath } from './kind-symbols.js';

/**
 * The legend: one toggle button per kind present in the data, with its shape, colour
 * and count. Pressed means shown.
 */
export function renderLegend(
  counts: ReadonlyMap<Kind, number>,
  active: ReadonlySet<Kind>,
  onToggle: (kind: Kind) => void,
  strings: Strings,
): TemplateResult {
  const present = KINDS.filter((kind) => (counts.get(kind) ?? 0) > 0);
  return html`<ul class="legend" part="legend" aria-label=${strings.legend}>
    ${present.map(
      (kind) =>
        html`<li>
          <button
            type="button"
            part="legend-item"
            aria-pressed=${active.has(kind) ? 'true' : 'false'}
            class=${`kind-${kind} ${active.has(kind) ? 'on' : 'off'}`}
            @click=${() => onToggle(kind)}
          >
            <svg width="14" height="14" viewBox="-7 -7 14 14" aria-hidden="true">
              <path d=${kindPath(kind, 60)}></path>
            </svg>
            <span>${strings[kind]}</span>
            <span class="count">${counts.get(kind)}</span>
          </button>
        </li>`,
    )}
  </ul>`;
}
