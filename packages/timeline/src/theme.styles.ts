import { css, unsafeCSS } from 'lit';
import { KIND_COLORS } from './core/kind-styles.js';
import { KINDS } from './core/kinds.js';

/**
 * `.kind-summit { --_kind: var(--_c-summit) }` and so on: a mark's colour comes from a
 * class, or (for custom kinds and colours a page sets) from `--_kind` set through the
 * CSSOM, never from an inline style.
 */
const kindClasses = unsafeCSS(KINDS.map((kind) => `.kind-${kind} { --_kind: var(--_c-${kind}); }`).join('\n'));

/** The custom kinds' colour scheme: `--_k0: light-dark(…, …)` to `--_k9`. */
const schemeColors = unsafeCSS(
  KIND_COLORS.map(([light, dark], i) => `--_k${i}: light-dark(${light}, ${dark});`).join(''),
);

/**
 * Colours and type shared by the timeline and the card. Public properties are
 * `--summit-*`, read with a fallback; private ones (`--_…`) hold the resolved value.
 * Each default has a light and a dark value (`light-dark()`), picked by the page's
 * `prefers-color-scheme` or by the `theme` attribute. The kind palette is
 * colour-blind safe (after Okabe & Ito, extended with Tol's muted colours), and every
 * kind also has its own shape; custom kinds take the colours of `KIND_COLORS`.
 */
export const themeStyles = css`
  :host {
    color-scheme: light dark;
    --_fg: var(--summit-foreground, light-dark(#1d1d1f, #ececf1));
    --_bg: var(--summit-background, light-dark(#ffffff, #16161a));
    --_muted: var(--summit-muted, light-dark(#55555f, #a8a8b3));
    --_grid: var(--summit-grid, light-dark(#dcdce3, #3a3a44));
    --_accent: var(--summit-accent, light-dark(#1f5fbf, #8ab8ff));
    --_surface: var(--summit-surface, light-dark(#f5f5f7, #222229));
    --_font: var(--summit-font, system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif);
    --_c-summit: var(--summit-color-summit, light-dark(#0072b2, #56b4e9));
    --_c-meeting: var(--summit-color-meeting, light-dark(#3a8fc9, #a3d5f7));
    --_c-visit: var(--summit-color-visit, light-dark(#008a65, #2fd3a0));
    --_c-call: var(--summit-color-call, light-dark(#b57a00, #f0b429));
    --_c-parade: var(--summit-color-parade, light-dark(#d55e00, #ff8a4c));
    --_c-agreement: var(--summit-color-agreement, light-dark(#b4528c, #e7a3cb));
    --_c-statement: var(--summit-color-statement, light-dark(#6f6f78, #b8b8c2));
    --_c-military: var(--summit-color-military, light-dark(#882255, #e07aa8));
    --_c-legislation: var(--summit-color-legislation, light-dark(#117733, #6fcf8f));
    --_c-inauguration: var(--summit-color-inauguration, light-dark(#7d6300, #e6c75a));
    --_c-other: var(--summit-color-other, light-dark(#4b4b55, #c9c9d1));
    ${schemeColors}
    font-family: var(--_font);
    color: var(--_fg);
  }

  :host([theme='light']) {
    color-scheme: light;
  }

  :host([theme='dark']) {
    color-scheme: dark;
  }

  ${kindClasses}

  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    padding: 0;
    margin: -1px;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
    border: 0;
  }
`;
