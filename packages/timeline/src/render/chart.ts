import { html, nothing, type TemplateResult } from 'lit';
import type { Arrangement } from '../core/arrange.js';
import { ZOOM_STEP } from '../core/defaults.js';
import { eventCount, fill, type Strings } from '../core/strings.js';
import type { GroupBy } from '../core/rows.js';
import { describeWindow } from '../core/format.js';
import type { KindStyles } from '../core/kind-styles.js';
import { markId, type View } from '../core/view.js';
import type { OverviewWindowEvent } from '../summit-overview.js';
import { renderAxis, renderRowTitles, rowLabeller } from './axis.js';
import { renderDownload, type ExportHost } from './export.js';
import { marks, renderFocusRing } from './marks.js';

export interface ChartOptions {
  view: View;
  arranged: Arrangement;
  /** The timeline's accessible name. */
  label: string;
  groupBy: GroupBy;
  selected: string | undefined;
  locale: string;
  /** The words (already in the reader's language). */
  strings: Strings;
  /** Each kind's label, colour and shape. */
  kinds: KindStyles;
  /** The wheel hint's text, while it shows. */
  hint: string | undefined;
  onKeyDown(event: KeyboardEvent): void;
  onFocus(): void;
  onClick(event: MouseEvent): void;
  /** The reader moved the overview's window. */
  onWindow(window: [number, number]): void;
}

/**
 * The chart (a listbox of marks over the axis, one tab stop) and the overview strip
 * under it. The marks are options; `aria-activedescendant` names the focused one.
 */
export function renderChart(o: ChartOptions): TemplateResult {
  const { view, arranged } = o;
  const { strings, locale, kinds } = o;
  const range = describeWindow(view.window, locale);
  const events = eventCount(strings, arranged.shown.length, locale);
  return html`
    <div
      class="chart"
      tabindex="0"
      role="listbox"
      aria-roledescription=${strings.timeline}
      aria-label=${fill(strings.chart, { label: o.label, events, range })}
      aria-activedescendant=${view.focused ? markId(view.focused.key) : nothing}
      @keydown=${o.onKeyDown}
      @focus=${o.onFocus}
    >
      <svg
        class=${view.rtl ? 'plot rtl' : 'plot'}
        role="none"
        part="plot"
        width=${view.width}
        height=${view.height}
        viewBox="0 0 ${view.width} ${view.height}"
        @click=${o.onClick}
      >
        ${o.groupBy === 'none' ? nothing : renderRowTitles(view, rowLabeller(o.groupBy, locale, kinds))}
        <g class="marks" role="none" ${marks(view.marks, o.selected, locale, strings, kinds)}></g>
        ${view.focused ? renderFocusRing(view.focused) : nothing} ${renderAxis(view)}
      </svg>
      ${o.hint ? html`<div class="hint" aria-hidden="true">${o.hint}</div>` : nothing}
    </div>
    <summit-overview
      part="overview"
      exportparts="brush"
      .bins=${arranged.bins}
      .domain=${arranged.domain}
      .window=${view.window}
      .span=${arranged.span}
      .width=${view.width}
      .description=${range}
      .label=${strings.overview}
      ?rtl=${view.rtl}
      locale=${locale}
      @overview-window=${(e: OverviewWindowEvent) => o.onWindow(e.window)}
    ></summit-overview>
  `;
}

/** The zoom buttons (in and out by `ZOOM_STEP`, and show all) unless `narrow`, and the download buttons if asked for. */
export function renderControls(
  zoom: { scaleBy(factor: number): void },
  host: ExportHost & { download: boolean; fit(): void },
  narrow: boolean,
  s: Strings,
): TemplateResult {
  const button = (label: string, key: string, text: string, onClick: () => void) =>
    html`<button type="button" aria-label=${label} title=${`${label} (${key})`} @click=${onClick}>${text}</button>`;
  return html`<div class="controls" part="controls">
    ${
      narrow
        ? nothing
        : html`${button(s.zoomIn, '+', '+', () => zoom.scaleBy(ZOOM_STEP))}
          ${button(s.zoomOut, '−', '−', () => zoom.scaleBy(1 / ZOOM_STEP))} ${button(s.fit, '0', '⤢', () => host.fit())}`
    }
    ${host.download ? renderDownload(host, s) : nothing}
  </div>`;
}
