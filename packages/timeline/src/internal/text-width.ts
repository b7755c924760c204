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
