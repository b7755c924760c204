import { html, type TemplateResult } from 'lit';
import type { KindStyles } from '../core/kind-styles.js';
import { kindClass } from '../core/kinds.js';
import type { Strings } from '../core/strings.js';
import { cssProps } from '../internal/css-props.js';
import { shapePath } from '../core/shapes.js';

/**
 * The legend: one toggle button per kind present in the data (`counts`, in legend
 * order), with its shape, colour, label and count. Pressed means shown.
 */
export function renderLegend(
  counts: ReadonlyMap<string, number>,
  active: ReadonlySet<string>,
  onToggle: (kind: string) => void,
  kinds: KindStyles,
  strings: Strings,
): TemplateResult {
  return html`<ul class="legend" part="legend" aria-label=${strings.legend}>
    ${[...counts].map(([kind, count]) => {
      const { label, color, shape } = kinds(kind);
      const on = active.has(kind);
      return html`<li>
        <button
          type="button"
          part="legend-item"
          aria-pressed=${on ? 'true' : 'false'}
          class=${`${kindClass(kind)} ${on ? 'on' : 'off'}`}
          ${cssProps({ '--_kind': color })}
          @click=${() => onToggle(kind)}
        >
          <svg width="14" height="14" viewBox="-7 -7 14 14" aria-hidden="true">
            <path d=${shapePath(shape, 60)}></path>
          </svg>
          <span>${label}</span>
          <span class="count">${count}</span>
        </button>
      </li>`;
    })}
  </ul>`;
}
