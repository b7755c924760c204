import { svg, type SVGTemplateResult } from 'lit';
import type { KindStyles } from '../core/kind-styles.js';
import type { GroupBy } from '../core/rows.js';
import type { View } from '../core/view.js';
import { countryName } from '../country-names.js';

/**
 * The time axis under the rows: minor ticks with their labels, and major ticks as
 * dashed rules across the chart. Labels follow their tick in time: on its right, or
 * (right to left) on its left, where the stylesheet ends them.
 */
export function renderAxis({ ticks, width, axisTop, rtl }: View): SVGTemplateResult {
  const dx = rtl ? -3 : 3;
  return svg`<g class="axis" part="axis" transform="translate(0 ${axisTop})" aria-hidden="true">
    <line x1="0" x2=${width} y1="0.5" y2="0.5"></line>
    ${ticks.minor.map(
      (t) =>
        svg`<g class="minor" transform="translate(${Math.round(t.x) + 0.5} 0)"><line y2="6"></line>${t.label === null ? null : svg`<text x=${dx} y="17">${t.label}</text>`}</g>`,
    )}
    ${ticks.major.map(
      (t) =>
        svg`<g class="major" transform="translate(${Math.round(t.x) + 0.5} 0)"><line y1=${-axisTop} y2="36" stroke-dasharray="2 3"></line>${t.label === null ? null : svg`<text x=${dx} y="34">${t.label}</text>`}</g>`,
    )}
  </g>`;
}

/** The rules and titles of the swimlanes, when grouped. */
export function renderRowTitles(view: View, label: (key: string) => string): SVGTemplateResult[] {
  return view.rows.map(
    (row) => svg`<g class="row" aria-hidden="true">
      <line class="row-rule" x1="0" x2=${view.width} y1=${row.top + 0.5} y2=${row.top + 0.5}></line>
      <text class="row-label" x=${view.rtl ? view.width - 4 : 4} y=${row.top + 13}>${label(row.key)}</text>
    </g>`,
  );
}

/** The title of a swimlane from its key: a kind's label, or a country's name in `locale`. */
export function rowLabeller(groupBy: GroupBy, locale: string, kinds: KindStyles) {
  return (key: string) => (groupBy === 'kind' ? kinds(key).label : countryName(key, locale));
}
