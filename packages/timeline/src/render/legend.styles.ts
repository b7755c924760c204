import { css } from 'lit';

/** The legend's kind toggles (`render/legend.ts`); the exported image's legend takes its shapes' colours too. */
export const legendStyles = css`
  .legend {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem;
    margin: 0;
    padding: 0;
    list-style: none;
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

  @media (forced-colors: active) {
    .legend path {
      fill: CanvasText;
      stroke: CanvasText;
    }
  }
`;
