import { css } from 'lit';

/** The phone layout (`render/phone-list.ts`): a chronological list on a time-proportional rail, on the side where lines start. */
export const phoneListStyles = css`
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

  .list .bin .symbol {
    fill: var(--_surface);
    stroke: var(--_muted);
  }

  .list .bin .what {
    font-weight: 600;
  }

  .list .when {
    grid-column: 1 / -1;
    color: var(--_muted);
    font-size: 0.8125rem;
  }

  .list .what {
    grid-column: 1 / -1;
  }

  .more {
    margin: 0.5rem 0;
    padding: 0.25rem 0.75rem;
  }

  @media (forced-colors: active) {
    .list .symbol {
      fill: CanvasText;
      stroke: CanvasText;
    }

    .list .bin .symbol {
      fill: Canvas;
    }
  }
`;
