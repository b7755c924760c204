import { css } from 'lit';

/** The marks (events and clusters), the focus ring and the focused mark's whole title (`render/marks.ts`). */
export const marksStyles = css`
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
  .rtl .event text {
    text-anchor: end;
  }

  .focus-ring {
    fill: none;
    stroke: var(--_accent);
    stroke-width: 3;
    pointer-events: none;
  }

  @media print {
    .focus-ring {
      display: none;
    }
  }

  @media (forced-colors: active) {
    .event .symbol,
    .event .bar {
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
    .cluster rect {
      fill: Canvas;
      stroke: CanvasText;
    }
    .event text,
    .cluster text {
      fill: CanvasText;
      stroke: none;
    }
  }
`;
