import { isServer } from 'lit';
import { LABEL_MIN_PX, LABEL_REM } from '../core/defaults.js';

const widths = new Map<string, number>();
let context: CanvasRenderingContext2D | null | undefined;

/**
 * The width in pixels of `text` set in `font` (a CSS font shorthand), measured once
 * on a canvas and cached; estimated from its length where there is no canvas.
 */
export function textWidth(text: string, font: string): number {
  const key = `${font}|${text}`;
  let width = widths.get(key);
  if (width === undefined) {
    context ??= typeof document === 'undefined' ? null : document.createElement('canvas').getContext('2d');
    if (context) context.font = font;
    width = context ? Math.ceil(context.measureText(text).width) : text.length * 7;
    // Shortened labels are measured at many lengths: keep the cache bounded.
    if (widths.size > 20_000) widths.clear();
    widths.set(key, width);
  }
  return width;
}

/**
 * The CSS font of the chart's labels in `host`, as its styles set it (`max(LABEL_MIN_PX, LABEL_REM)`), for `textWidth`;
 * on the server, which has no styles to read (and draws no labels), the default font at that size.
 */
export function labelFont(host: Element): string {
  if (isServer) return `${Math.max(LABEL_MIN_PX, LABEL_REM * 16)}px sans-serif`;
  const root = parseFloat(getComputedStyle(document.documentElement).fontSize) || 16;
  return `${Math.max(LABEL_MIN_PX, LABEL_REM * root)}px ${getComputedStyle(host).fontFamily}`;
}

/**
 * `text` shortened with an ellipsis to at most `room` px in `font` (less `padding`),
 * after its last whole word that fits (between characters in scripts written without
 * spaces, or when the first word alone is too long); the whole text when it fits.
 */
export function shortenText(text: string, room: number, font: string, padding = 0): string {
  if (textWidth(text, font) + padding <= room) return text;
  const chars = Array.from(text);
  const cut = (n: number) => `${chars.slice(0, n).join('').trimEnd()}…`;
  // The longest cut that fits: binary search over its length.
  let lo = 0;
  let hi = chars.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >>> 1;
    if (textWidth(cut(mid), font) + padding <= room) lo = mid;
    else hi = mid - 1;
  }
  // Whole words where there are spaces between them ("Trump and Xi…", not "Trump and X…").
  const space = chars.lastIndexOf(' ', lo);
  return cut(space > 0 ? space : lo);
}
