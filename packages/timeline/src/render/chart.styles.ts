import { css } from 'lit';

/** The zoom buttons, the chart's box and its SVG, the overview strip under it and the wheel hint (`render/chart.ts`). */
export const chartStyles = css`
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

  @media print {
    .controls,
    .hint,
    summit-overview {
      display: none;
    }
    .chart:focus-visible {
      box-shadow: none;
    }
    svg.plot {
      height: auto;
    }
  }

  @media (forced-colors: active) {
    .chart:focus-visible {
      outline: 3px solid Highlight;
    }
  }
`;
