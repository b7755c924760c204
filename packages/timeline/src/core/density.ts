/**
 * Density of events across the whole span, for the overview: how many start in each
 * of `bins` equal slices of `domain` (those outside count in the first or last).
 * Computed once per data change.
 */
export function densityBins(
  starts: ArrayLike<number>,
  domain: readonly [number, number],
  bins: number,
): Uint32Array<ArrayBuffer> {
  const counts = new Uint32Array(Math.max(1, Math.floor(bins)));
  const span = domain[1] - domain[0] || 1;
  for (let i = 0; i < starts.length; i++) {
    const bin = Math.floor(((starts[i]! - domain[0]) / span) * counts.length);
    counts[Math.min(counts.length - 1, Math.max(0, bin))]!++;
  }
  return counts;
}
