import { svg } from 'lit';

/** Height of the overview strip, in pixels. */
export const OVERVIEW_HEIGHT = 36;
/** Width of the brush's resize handles, just outside its edges, so that even a narrow window can be dragged. */
export const BRUSH_HANDLE_PX = 10;

export type BrushMode = 'move' | 'start' | 'end';

/** Density of events across the whole span: counts per pixel column bin, computed once per data change. */
export function densityBins(starts: Float64Array, domain: [number, number], bins: number): Uint32Array<ArrayBuffer> {
  const counts = new Uint32Array(Math.max(1, bins));
  const span = domain[1] - domain[0] || 1;
  for (const start of starts) {
    const i = Math.floor(((start - domain[0]) / span) * counts.length);
    counts[Math.min(counts.length - 1, Math.max(0, i))]!++;
  }
  return counts;
}

/** Where a brush drag leaves the window, in overview pixels: moving keeps its width, resizing keeps the other edge. */
export function dragBrush(
  [x0, x1]: [number, number],
  mode: BrushMode,
  dx: number,
  width: number,
  minWidth = 4,
): [number, number] {
  if (mode === 'move') {
    const shift = Math.min(Math.max(dx, -x0), width - x1);
    return [x0 + shift, x1 + shift];
  }
  if (mode === 'start') return [Math.min(Math.max(0, x0 + dx), x1 - minWidth), x1];
  return [x0, Math.max(Math.min(width, x1 + dx), x0 + minWidth)];
}

/** The strip's marks: a bar chart of density, then the brush over the current window. */
export function renderOverview(bins: Uint32Array, width: number, brush: [number, number]) {
  const max = Math.max(1, ...bins);
  const step = width / bins.length;
  const h = OVERVIEW_HEIGHT - 8;
  const [b0, b1] = [Math.max(0, brush[0]), Math.min(width, brush[1])];
  return svg`
    <g class="density" aria-hidden="true">
      ${Array.from(bins, (count, i) =>
        count
          ? svg`<rect x=${i * step} y=${4 + h - (h * count) / max} width=${Math.max(1, step - 0.5)} height=${(h * count) / max}></rect>`
          : null,
      )}
    </g>
    <rect class="brush" part="brush" data-mode="move" x=${b0} y="1" width=${Math.max(2, b1 - b0)} height=${OVERVIEW_HEIGHT - 2} rx="3"></rect>
    <rect class="handle" data-mode="start" x=${b0 - BRUSH_HANDLE_PX} y="0" width=${BRUSH_HANDLE_PX} height=${OVERVIEW_HEIGHT}></rect>
    <rect class="handle" data-mode="end" x=${b1} y="0" width=${BRUSH_HANDLE_PX} height=${OVERVIEW_HEIGHT}></rect>
  `;
}
