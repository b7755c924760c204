/** A step's box on screen, from `getBoundingClientRect`. */
export interface StepBox {
  readonly top: number;
  readonly bottom: number;
}

/**
 * Which of the steps crossing the middle of the viewport to follow: the one that
 * covers the line at `middle`, else the nearest to it; between equals, the first (the
 * caller lists them in document order). -1 when there are none.
 */
export function activeStep(boxes: readonly StepBox[], middle: number): number {
  let best = -1;
  let bestDistance = Infinity;
  boxes.forEach(({ top, bottom }, i) => {
    const distance = Math.max(0, top - middle, middle - bottom);
    if (distance < bestDistance) [best, bestDistance] = [i, distance];
  });
  return best;
}
