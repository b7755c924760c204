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
    widths.set(key, width);
  }
  return width;
}

/** The CSS font of the chart's labels in `host`, as its styles set it (`max(LABEL_MIN_PX, LABEL_REM)`), for `textWidth`. */
export function labelFont(host: Element): string {
  const root = parseFloat(getComputedStyle(document.documentElement).fontSize) || 16;
  return `${Math.max(LABEL_MIN_PX, LABEL_REM * root)}px ${getComputedStyle(host).fontFamily}`;
}
