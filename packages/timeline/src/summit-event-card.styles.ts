import { css } from 'lit';

export const cardStyles = css`
  :host {
    display: block;
    font-size: 0.9375rem;
    line-height: 1.45;
  }

  [part='card'] {
    background: var(--_bg);
    border: 1px solid var(--_grid);
    border-top: 4px solid var(--_kind);
    border-radius: 6px;
    padding: 0.75rem 1rem 0.875rem;
  }

  .kind {
    display: flex;
    align-items: center;
    gap: 0.375rem;
    margin: 0;
    font-size: 0.8125rem;
    font-weight: 600;
    letter-spacing: 0.02em;
    text-transform: uppercase;
    color: var(--_muted);
  }

  .kind svg {
    flex: none;
    overflow: visible;
  }

  .kind path {
    fill: var(--_kind);
    stroke: var(--_kind);
  }

  .status {
    border: 1px dashed currentColor;
    border-radius: 3px;
    padding: 0 0.25rem;
    text-transform: none;
    letter-spacing: 0;
    font-weight: 500;
  }

  .title {
    margin: 0.25rem 0 0.125rem;
    font-size: 1.125rem;
    line-height: 1.3;
    font-weight: 700;
  }

  .date {
    margin: 0 0 0.5rem;
    color: var(--_muted);
  }

  .summary {
    margin: 0 0 0.5rem;
  }

  dl {
    display: grid;
    grid-template-columns: max-content 1fr;
    gap: 0.125rem 0.75rem;
    margin: 0 0 0.5rem;
    font-size: 0.875rem;
  }

  dt {
    color: var(--_muted);
  }

  dd {
    margin: 0;
  }

  ul.participants {
    list-style: none;
    margin: 0;
    padding: 0;
  }

  figure {
    margin: 0.5rem 0 0;
    padding: 0.5rem 0 0;
    padding-inline-start: 0.75rem;
    border-inline-start: 3px solid var(--_grid);
  }

  blockquote {
    margin: 0;
    font-style: italic;
  }

  figcaption {
    margin-top: 0.25rem;
    font-size: 0.8125rem;
    color: var(--_muted);
  }

  figcaption cite {
    font-style: normal;
  }

  @media (forced-colors: active) {
    [part='card'] {
      border-color: CanvasText;
    }
    .kind path {
      fill: CanvasText;
      stroke: CanvasText;
    }
  }
`;
