import { BRUSH_MIN_PX } from './defaults.js';

/** What a drag on the overview's brush does: move the window, or move one of its edges. */
export type BrushMode = 'move' | 'start' | 'end';

type Extent = readonly [number, number];

/** Where the window `[from, to]` lies on an overview of `domain` that is `width` px wide. */
export function brushExtent(domain: Extent, window: Extent, width: number): [number, number] {
  const pxPerMs = width / (domain[1] - domain[0]);
  return [(window[0] - domain[0]) * pxPerMs, (window[1] - domain[0]) * pxPerMs];
}

/** The window (times) that a brush extent (overview px) stands for: the inverse of `brushExtent`. */
export function brushWindow(domain: Extent, extent: Extent, width: number): [number, number] {
  const msPerPx = (domain[1] - domain[0]) / width;
  return [domain[0] + extent[0] * msPerPx, domain[0] + extent[1] * msPerPx];
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
