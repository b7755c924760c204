import { LitElement, html, svg, type TemplateResult } from 'lit';
import { brushExtent, brushWindow, centreBrush, dragBrush, stripShapes, type BrushMode } from './core/brush.js';
import { OVERVIEW_HEIGHT } from './core/defaults.js';
import { dateFormat } from './core/format.js';
import { trackDrag } from './internal/drag.js';
import { overviewStyles } from './summit-overview.styles.js';

/**
 * Fired by `<summit-overview>` while the reader moves the window: `window` is the new view, in UTC ms.
 *
 * @internal
 */
export class OverviewWindowEvent extends Event {
  static readonly eventName = 'overview-window';
  constructor(readonly window: [number, number]) {
    super(OverviewWindowEvent.eventName);
  }
}

/**
 * The overview strip of `<summit-timeline>` (internal): the density of events across
 * the whole span, and a brush over the current window. Dragging the brush pans,
 * dragging its edges zooms, and a press elsewhere centres the window there.
 *
 * @internal
 * @tagname summit-overview
 * @fires overview-window - The reader moved the window (`OverviewWindowEvent`; does not bubble).
 * @csspart brush - The window over the current view.
 */
export class SummitOverview extends LitElement {
  static override styles = overviewStyles;
  /** Lit's options for the reactive properties; each is documented at its field below. */
  static override properties = {
    bins: { attribute: false },
    domain: { attribute: false },
    window: { attribute: false },
    span: { attribute: false },
    width: { type: Number },
    locale: {},
    description: { attribute: false },
    label: { attribute: false },
    rtl: { type: Boolean },
  };

  /** Events per bin across the domain (`densityBins`). */
  bins: Uint32Array = new Uint32Array(1);
  /** The whole span drawn, UTC ms. */
  domain: [number, number] = [0, 1];
  /** The current view, UTC ms. */
  window: [number, number] = [0, 1];
  /** First and last day of the events, for the labels under the strip. */
  span: [number, number] = [0, 1];
  width = 0;
  locale = 'en-GB';
  /** What the view shows, in words, for screen readers. */
  description = '';
  /** The strip's accessible name. */
  label = '';
  /** Time runs right to left: the strip and its brush are mirrored. */
  rtl = false;

  override render(): TemplateResult {
    const { bars, brush, handles } = stripShapes(this.bins, this.domain, this.window, this.width, this.rtl);
    const year = dateFormat(this.locale, { year: 'numeric' });
    return html`<svg
        width=${this.width}
        height=${OVERVIEW_HEIGHT}
        role="slider"
        aria-label=${this.label}
        aria-valuetext=${this.description}
        @pointerdown=${this.#onPointerDown}
      >
        <rect
          class="frame"
          x="0.5"
          y="0.5"
          width=${Math.max(0, this.width - 1)}
          height=${OVERVIEW_HEIGHT - 1}
          rx="3"
        ></rect>
        <g class="density" aria-hidden="true">
          ${bars.map((r) => svg`<rect x=${r.x} y=${r.y} width=${r.width} height=${r.height}></rect>`)}
        </g>
        <rect
          class="brush"
          part="brush"
          data-mode="move"
          x=${brush.x}
          y=${brush.y}
          width=${brush.width}
          height=${brush.height}
          rx="3"
        ></rect>
        ${handles.map(
          (r, i) =>
            svg`<rect class="handle" data-mode=${i ? 'end' : 'start'} x=${r.x} y=${r.y} width=${r.width} height=${r.height}></rect>`,
        )}
      </svg>
      <div class="span" aria-hidden="true">
        ${(this.rtl ? [...this.span].reverse() : this.span).map((t) => html`<span>${year.format(t)}</span>`)}
      </div>`;
  }

  #onPointerDown(event: PointerEvent): void {
    const strip = event.currentTarget as SVGSVGElement;
    const mode = (event.target as Element).getAttribute('data-mode') as BrushMode | null;
    const extent = brushExtent(this.domain, this.window, this.width, this.rtl);
    if (!mode) {
      const at = event.clientX - strip.getBoundingClientRect().left;
      this.#emit(centreBrush(extent, at, this.width));
      return;
    }
    event.preventDefault();
    trackDrag(strip, event, (dx) => this.#emit(dragBrush(extent, mode, dx, this.width)));
  }

  #emit(extent: [number, number]): void {
    this.dispatchEvent(new OverviewWindowEvent(brushWindow(this.domain, extent, this.width, this.rtl)));
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'summit-overview': SummitOverview;
  }
}
