import { LitElement, html, svg } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { brushExtent, brushWindow, centreBrush, dragBrush, type BrushMode } from './core/brush.js';
import { BRUSH_HANDLE_PX, OVERVIEW_HEIGHT } from './core/defaults.js';
import { dateFormat } from './core/format.js';
import { trackDrag } from './internal/drag.js';
import { overviewStyles } from './summit-overview.styles.js';

/** Fired by `<summit-overview>` while the reader moves the window: `window` is the new view, in UTC ms. */
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
 * @fires overview-window - The reader moved the window (`OverviewWindowEvent`; does not bubble).
 * @csspart brush - The window over the current view.
 */
@customElement('summit-overview')
export class SummitOverview extends LitElement {
  static override styles = overviewStyles;

  /** Events per bin across the domain (`densityBins`). */
  @property({ attribute: false }) bins: Uint32Array = new Uint32Array(1);
  /** The whole span drawn, UTC ms. */
  @property({ attribute: false }) domain: [number, number] = [0, 1];
  /** The current view, UTC ms. */
  @property({ attribute: false }) window: [number, number] = [0, 1];
  /** First and last day of the events, for the labels under the strip. */
  @property({ attribute: false }) span: [number, number] = [0, 1];
  @property({ type: Number }) width = 0;
  @property() locale = 'en-GB';
  /** What the view shows, in words, for screen readers. */
  @property({ attribute: false }) description = '';

  override render() {
    const { width, bins } = this;
    const [b0, b1] = brushExtent(this.domain, this.window, width).map((x) => Math.min(width, Math.max(0, x))) as [
      number,
      number,
    ];
    const max = Math.max(1, ...bins);
    const step = width / bins.length;
    const h = OVERVIEW_HEIGHT - 8;
    const year = dateFormat(this.locale, { year: 'numeric' });
    return html`<svg
        width=${width}
        height=${OVERVIEW_HEIGHT}
        role="slider"
        aria-label="Overview of the whole span; the highlighted window is the view"
        aria-valuetext=${this.description}
        @pointerdown=${this.onPointerDown}
      >
        <rect class="frame" x="0.5" y="0.5" width=${Math.max(0, width - 1)} height=${OVERVIEW_HEIGHT - 1} rx="3"></rect>
        <g class="density" aria-hidden="true">
          ${Array.from(bins, (count, i) =>
            count
              ? svg`<rect x=${i * step} y=${4 + h - (h * count) / max} width=${Math.max(1, step - 0.5)} height=${(h * count) / max}></rect>`
              : null,
          )}
        </g>
        <rect
          class="brush"
          part="brush"
          data-mode="move"
          x=${b0}
          y="1"
          width=${Math.max(2, b1 - b0)}
          height=${OVERVIEW_HEIGHT - 2}
          rx="3"
        ></rect>
        <rect
          class="handle"
          data-mode="start"
          x=${b0 - BRUSH_HANDLE_PX}
          y="0"
          width=${BRUSH_HANDLE_PX}
          height=${OVERVIEW_HEIGHT}
        ></rect>
        <rect class="handle" data-mode="end" x=${b1} y="0" width=${BRUSH_HANDLE_PX} height=${OVERVIEW_HEIGHT}></rect>
      </svg>
      <div class="span" aria-hidden="true">${this.span.map((t) => html`<span>${year.format(t)}</span>`)}</div>`;
  }

  private onPointerDown(event: PointerEvent): void {
    const strip = event.currentTarget as SVGSVGElement;
    const mode = (event.target as Element).getAttribute('data-mode') as BrushMode | null;
    const extent = brushExtent(this.domain, this.window, this.width);
    if (!mode) {
      const at = event.clientX - strip.getBoundingClientRect().left;
      this.emit(centreBrush(extent, at, this.width));
      return;
    }
    event.preventDefault();
    trackDrag(strip, event, (dx) => this.emit(dragBrush(extent, mode, dx, this.width)));
  }

  private emit(extent: [number, number]): void {
    this.dispatchEvent(new OverviewWindowEvent(brushWindow(this.domain, extent, this.width)));
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'summit-overview': SummitOverview;
  }
}
