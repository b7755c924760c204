import { css, unsafeCSS, type CSSResult } from 'lit';
import { LABEL_MIN_PX, LABEL_REM } from './core/defaults.js';
import { axisStyles } from './render/axis.styles.js';
import { cardWrapStyles } from './render/card.styles.js';
import { chartStyles } from './render/chart.styles.js';
import { exportStyles } from './render/export.styles.js';
import { legendStyles } from './render/legend.styles.js';
import { marksStyles } from './render/marks.styles.js';
import { messageStyles } from './render/message.styles.js';
import { phoneListStyles } from './render/phone-list.styles.js';
import { themeStyles } from './theme.styles.js';

/**
 * What the timeline's parts share: the host's box and type, the top bar (legend and
 * controls), and the look of every button. Each part of the drawing has its own styles
 * beside the module that renders it (`render/*.styles.ts`), after these.
 */
const sharedStyles = css`
  :host {
    display: block;
    position: relative;
    min-width: 0;
    font-size: 0.875rem;
    line-height: 1.4;
    --_label-size: max(${unsafeCSS(LABEL_MIN_PX)}px, ${unsafeCSS(LABEL_REM)}rem);
  }

  :host([hidden]) {
    display: none;
  }

  .top {
    display: flex;
    flex-wrap: wrap;
    align-items: flex-start;
    justify-content: space-between;
    gap: 0.5rem;
    margin-bottom: 0.375rem;
  }

  button {
    font: inherit;
    color: inherit;
    background: var(--_bg);
    border: 1px solid var(--_grid);
    border-radius: 999px;
    cursor: pointer;
    min-height: 28px;
  }

  button:focus-visible {
    outline: 3px solid var(--_accent);
    outline-offset: 1px;
  }

  /* Print the view as it is, with the selected event's card under it (each part hides its own controls). */
  @media print {
    :host {
      -webkit-print-color-adjust: exact;
      print-color-adjust: exact;
    }
  }
`;

/** The timeline's style sheets, in cascade order: the theme, what the parts share, then each part's. */
export const timelineStyles: CSSResult[] = [
  themeStyles,
  sharedStyles,
  legendStyles,
  chartStyles,
  axisStyles,
  marksStyles,
  messageStyles,
  cardWrapStyles,
  phoneListStyles,
  exportStyles,
];
