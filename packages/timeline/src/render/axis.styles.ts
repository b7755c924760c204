import { css } from 'lit';

/** The time axis and the swimlanes' rules and titles (`render/axis.ts`). */
export const axisStyles = css`
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

  /* Time running right to left: labels end at their x, on the left of what they name. */
  .rtl .axis text,
  .rtl .row-label {
    text-anchor: end;
  }

  @media (forced-colors: active) {
    .axis text {
      fill: CanvasText;
      stroke: none;
    }
  }
`;
