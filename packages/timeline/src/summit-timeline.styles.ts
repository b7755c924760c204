import { css, unsafeCSS } from 'lit';
import { LABEL_MIN_PX, LABEL_REM } from './core/defaults.js';

export const timelineStyles = css`
  :host {
    display: block;
    position: relative;
    min-width: 0;
    font-size: 0.875rem;
    line-height: 1.4;
    --_label-size: max(${unsafeCSS(LABEL_MIN_PX)}px, ${unsafeCSS(LABEL_REM)}rem);
  }

  :host([hidden]) {
    display: none;
  }

  .top {
    display: flex;
    flex-wrap: wrap;
    align-items: flex-start;
    justify-content: space-between;
    gap: 0.5rem;
    margin-bottom: 0.375rem;
  }

  .legend {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem;
    margin: 0;
    padding: 0;
    list-style: none;
  }

  button {
    font: inherit;
    color: inherit;
    background: var(--_bg);
    border: 1px solid var(--_grid);
    border-radius: 999px;
    cursor: pointer;
    min-height: 28px;
  }

  button:focus-visible {
    outline: 3px solid var(--_accent);
    outline-offset: 1px;
  }

  .legend button {
    display: inline-flex;
    align-items: center;
    gap: 0.3rem;
    padding: 0.125rem 0.5rem;
    font-size: 0.8125rem;
  }

  .legend path {
    fill: var(--_kind);
    stroke: var(--_kind);
  }

  .legend .off {
    color: var(--_muted);
    text-decoration: line-through;
  }

  .legend .off path {
    fill: none;
  }

  .legend .count {
    color: var(--_muted);
    font-variant-numeric: tabular-nums;
  }

  .controls {
    display: flex;
    gap: 0.25rem;
  }

  .controls button {
    width: 32px;
    height: 32px;
    border-radius: 6px;
    font-size: 1.125rem;
    line-height: 1;
    padding: 0;
  }

  /* Time runs left to right in every script; labels keep their own direction inside. */
  .chart,
  summit-overview {
    direction: ltr;
  }

  .chart {
    position: relative;
    border-radius: 4px;
    outline: none;
  }

  .chart:focus-visible {
    box-shadow:
      0 0 0 2px var(--_bg),
      0 0 0 5px var(--_accent);
  }

  svg.plot {
    display: block;
    width: 100%;
    overflow: hidden;
    cursor: grab;
    user-select: none;
    -webkit-user-select: none;
  }

  svg.plot:active {
    cursor: grabbing;
  }

  .axis line {
    stroke: var(--_grid);
  }

  .axis .major line {
    stroke: var(--_muted);
    stroke-opacity: 0.6;
  }

  .axis text {
    fill: var(--_muted);
    font-size: var(--_label-size);
  }

  .axis .major text {
    fill: var(--_fg);
    font-weight: 600;
  }

  .row-label {
    fill: var(--_fg);
    font-size: var(--_label-size);
    font-weight: 600;
    paint-order: stroke;
    stroke: var(--_bg);
    stroke-width: 4px;
    stroke-linejoin: round;
  }

  .row-rule {
    stroke: var(--_grid);
  }

  .event {
    cursor: pointer;
  }

  .event .symbol {
    fill: var(--_kind);
    stroke: var(--_kind);
    stroke-width: 1.5;
  }

  .event.planned .symbol {
    fill: var(--_bg);
    stroke-dasharray: 3 2;
  }

  .event .bar {
    fill: var(--_kind);
    fill-opacity: 0.85;
  }

  .event.planned .bar {
    fill-opacity: 0.15;
    stroke: var(--_kind);
    stroke-dasharray: 4 2;
  }

  .event .band {
    fill: var(--_kind);
    fill-opacity: 0.3;
    stroke: var(--_kind);
    stroke-opacity: 0.45;
  }

  .event.planned .band {
    fill-opacity: 0.06;
    stroke-dasharray: 4 3;
  }

  .event text,
  .cluster text,
  .full-label {
    font-size: var(--_label-size);
    fill: var(--_fg);
    paint-order: stroke;
    stroke: var(--_bg);
    stroke-width: 3px;
    stroke-linejoin: round;
  }

  .event:hover text {
    text-decoration: underline;
  }

  .event.selected .symbol,
  .event.selected .bar,
  .event.selected .band {
    stroke: var(--_fg);
    stroke-width: 2.5;
  }

  .cluster {
    cursor: zoom-in;
  }

  .cluster rect {
    fill: var(--_surface);
    stroke: var(--_muted);
  }

  .cluster text {
    font-weight: 600;
    stroke-width: 0;
    text-anchor: middle;
  }

  .full-label {
    stroke-width: 6px;
    pointer-events: none;
  }

  /* Time running right to left: labels end at their x, on the left of what they name. */
  .rtl .event text,
  .rtl .axis text,
  .rtl .row-label {
    text-anchor: end;
  }

  .focus-ring {
    fill: none;
    stroke: var(--_accent);
    stroke-width: 3;
    pointer-events: none;
  }

  summit-overview {
    display: block;
    margin-top: 0.25rem;
  }

  .hint {
    position: absolute;
    inset: 40% auto auto 50%;
    transform: translate(-50%, -50%);
    background: color-mix(in srgb, var(--_fg) 88%, transparent);
    color: var(--_bg);
    padding: 0.375rem 0.75rem;
    border-radius: 6px;
    pointer-events: none;
    font-size: 0.875rem;
    white-space: nowrap;
  }

  .message {
    padding: 1.5rem 1rem;
    text-align: center;
    color: var(--_muted);
    border: 1px dashed var(--_grid);
    border-radius: 6px;
  }

  .message.error {
    color: var(--_fg);
    border-style: solid;
  }

  .card-wrap {
    position: relative;
    margin-top: 0.5rem;
  }

  .card-wrap .close {
    position: absolute;
    top: 0.5rem;
    inset-inline-end: 0.5rem;
    width: 32px;
    height: 32px;
    border-radius: 6px;
    font-size: 1.125rem;
    line-height: 1;
  }

  /* The phone layout: a chronological list on a time-proportional rail, on the side where lines start. */
  .list {
    list-style: none;
    margin: 0;
    padding: 0;
    padding-inline-start: 18px;
    border-inline-start: 2px solid var(--_grid);
    margin-inline-start: 7px;
  }

  .list .year {
    position: relative;
    margin: 0.75rem 0 0.25rem;
    margin-inline-start: -18px;
    padding-inline-start: 18px;
    font-weight: 700;
  }

  .list li.item {
    position: relative;
  }

  .list li.item > button {
    display: grid;
    grid-template-columns: auto 1fr;
    gap: 0 0.5rem;
    width: 100%;
    text-align: start;
    border: 0;
    border-radius: 4px;
    padding: 0.25rem 0.25rem;
    background: transparent;
  }

  .list li.item > button svg {
    position: absolute;
    inset-inline-start: -26px;
    top: 0.4rem;
    overflow: visible;
  }

  .list .symbol {
    fill: var(--_kind);
    stroke: var(--_kind);
    stroke-width: 1.5;
  }

  .list .planned .symbol {
    fill: var(--_bg);
    stroke-dasharray: 3 2;
  }

  .list .when {
    grid-column: 1 / -1;
    color: var(--_muted);
    font-size: 0.8125rem;
  }

  .list .what {
    grid-column: 1 / -1;
  }

  .list .more {
    margin: 0.5rem 0;
    padding: 0.25rem 0.75rem;
  }

  .controls [part='download-svg'] {
    font-size: 0.6875rem;
  }

  /* The exported image (drawn in a scratch <svg>, its computed styles copied into it). */
  .export-bg {
    fill: var(--_bg);
  }

  .export-title {
    fill: var(--_fg);
    font-size: 18px;
    font-weight: 700;
  }

  .export-note {
    fill: var(--_muted);
    font-size: 12px;
  }

  .legend text {
    fill: var(--_fg);
    font-size: var(--_label-size);
  }

  /* Print the view as it is, with the selected event's card under it. */
  @media print {
    :host {
      -webkit-print-color-adjust: exact;
      print-color-adjust: exact;
    }
    .controls,
    .hint,
    .focus-ring,
    .close,
    summit-overview {
      display: none;
    }
    .chart:focus-visible {
      box-shadow: none;
    }
    svg.plot {
      height: auto;
    }
    .card-wrap {
      break-inside: avoid;
    }
  }

  @media (forced-colors: active) {
    .event .symbol,
    .event .bar,
    .legend path,
    .list .symbol {
      fill: CanvasText;
      stroke: CanvasText;
    }
    .event .band {
      fill: none;
      stroke: CanvasText;
    }
    .event.planned .symbol {
      fill: Canvas;
    }
    .full-label {
      stroke-width: 6px;
      pointer-events: none;
    }

    .focus-ring {
      stroke: Highlight;
    }
    .chart:focus-visible {
      outline: 3px solid Highlight;
    }
    .cluster rect {
      fill: Canvas;
      stroke: CanvasText;
    }
    .event text,
    .cluster text,
    .axis text {
      fill: CanvasText;
      stroke: none;
    }
  }
`;
