import { css } from 'lit';

/**
 * The download buttons, and the exported image's own parts (`render/export.ts`): it is
 * drawn in a scratch `<svg>` in the shadow root, and its computed styles are copied into it.
 */
export const exportStyles = css`
  .controls [part='download-svg'] {
    font-size: 0.6875rem;
  }

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
`;
