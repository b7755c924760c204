import { css } from 'lit';

/** The selected event's card under the chart, and its close button (`render/card.ts`). */
export const cardWrapStyles = css`
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

  @media print {
    .close {
      display: none;
    }
    .card-wrap {
      break-inside: avoid;
    }
  }
`;
