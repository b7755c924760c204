import { css } from 'lit';

/** What the element shows in place of the chart: loading, a failure, nothing to draw (`render/message.ts`). */
export const messageStyles = css`
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
`;
