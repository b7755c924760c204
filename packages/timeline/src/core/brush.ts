import { BRUSH_HANDLE_PX, BRUSH_MIN_PX, OVERVIEW_HEIGHT } from './defaults.js';

/** What a drag on the overview's brush does: move the window, or move its left (`start`) or right (`end`) edge. */
export type BrushMode = 'move' | 'start' | 'end';

type Extent = readonly [number, number];

/**
 * Where the window `[from, to]` lies on an overview of `domain` that is `width` px wide:
 * its left and right edges (when time runs right to left, `rtl`, the left edge is `to`).
 */
export function brushExtent(domain: Extent, window: Extent, width: number, rtl = false): [number, number] {
  const pxPerMs = width / (domain[1] - domain[0]);
  const [x0, x1] = [(window[0] - domain[0]) * pxPerMs, (window[1] - domain[0]) * pxPerMs];
  return rtl ? [width - x1, width - x0] : [x0, x1];
}

/** The window (times) that a brush extent (overview px) stands for: the inverse of `brushExtent`. */
export function brushWindow(domain: Extent, [x0, x1]: Extent, width: number, rtl = false): [number, number] {
  const msPerPx = (domain[1] - domain[0]) / width;
  if (rtl) [x0, x1] = [width - x1, width - x0];
  return [domain[0] + x0 * msPerPx, domain[0] + x1 * msPerPx];
}

/**
 * Where a brush drag of `dx` px leaves the extent `[x0, x1]` on a strip `width` px
 * wide: moving keeps its width and stays on the strip; resizing keeps the other edge
 * and never makes it narrower than `minWidth`.
 */
export function dragBrush(
  [x0, x1]: Extent,
  mode: BrushMode,
  dx: number,
  width: number,
  minWidth = BRUSH_MIN_PX,
): [number, number] {
  if (mode === 'move') {
    const shift = Math.min(Math.max(dx, -x0), width - x1);
    return [x0 + shift, x1 + shift];
  }
  if (mode === 'start') return [Math.min(Math.max(0, x0 + dx), x1 - minWidth), x1];
  return [x0, Math.max(Math.min(width, x1 + dx), x0 + minWidth)];
}

/** A press at `at` px outside the brush: the same width, centred there, kept on the strip. */
export function centreBrush([x0, x1]: Extent, at: number, width: number): [number, number] {
  const half = (x1 - x0) / 2;
  return dragBrush([at - half, at + half], 'move', 0, width);
}

/** A rectangle of the overview strip, in its pixels. */
export interface StripRect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** What the overview strip draws: a bar per busy bin, the brush over the window, and a handle at each of its edges. */
export interface Strip {
  bars: StripRect[];
  brush: StripRect;
  handles: [StripRect, StripRect];
}

/**
 * The overview strip of `width` px for the density `bins` of `domain`: bars as tall as
 * their bin's share of the busiest bin (empty bins draw nothing), and the brush over
 * `window`, kept on the strip and never thinner than 2 px, with its handles just
 * outside its edges. With `rtl`, time runs right to left: the first bin is drawn on the right.
 */
export function stripShapes(
  bins: ArrayLike<number>,
  domain: Extent,
  window: Extent,
  width: number,
  rtl = false,
): Strip {
  let max = 1;
  for (let i = 0; i < bins.length; i++) max = Math.max(max, bins[i]!);
  const step = width / bins.length;
  const room = OVERVIEW_HEIGHT - 8;
  const bars: StripRect[] = [];
  for (let i = 0; i < bins.length; i++) {
    if (!bins[i]) continue;
    const height = (room * bins[i]!) / max;
    const barWidth = Math.max(1, step - 0.5);
    bars.push({ x: rtl ? width - i * step - barWidth : i * step, y: 4 + room - height, width: barWidth, height });
  }
  const [x0, x1] = brushExtent(domain, window, width, rtl).map((x) => Math.min(width, Math.max(0, x))) as [
    number,
    number,
  ];
  return {
    bars,
    brush: { x: x0, y: 1, width: Math.max(2, x1 - x0), height: OVERVIEW_HEIGHT - 2 },
    handles: [
      { x: x0 - BRUSH_HANDLE_PX, y: 0, width: BRUSH_HANDLE_PX, height: OVERVIEW_HEIGHT },
      { x: x1, y: 0, width: BRUSH_HANDLE_PX, height: OVERVIEW_HEIGHT },
    ],
  };
}
