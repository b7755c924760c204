import { css } from 'lit';

export const overviewStyles = css`
  :host {
    display: block;
    direction: ltr;
  }

  svg {
    display: block;
    width: 100%;
    touch-action: none;
  }

  .density rect {
    fill: var(--_muted);
    fill-opacity: 0.5;
  }

  .brush {
    fill: var(--_accent);
    fill-opacity: 0.14;
    stroke: var(--_accent);
    stroke-width: 1.5;
    cursor: grab;
  }

  .handle {
    fill: transparent;
    cursor: ew-resize;
  }

  .frame {
    fill: none;
    stroke: var(--_grid);
  }

  .span {
    display: flex;
    justify-content: space-between;
    font-size: 0.75rem;
    color: var(--_muted);
    font-variant-numeric: tabular-nums;
  }

  @media (forced-colors: active) {
    .brush {
      stroke: Highlight;
    }
  }
`;
