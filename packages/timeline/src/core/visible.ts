import type { TimelineItem } from './normalize.js';

/**
 * Running maximum of the items' ends, in their sorted order. Because it never
 * decreases, the first item that can still reach into a window is found by binary
 * search, even when long events overlap short ones.
 */
export function prefixMaxEnd(items: readonly TimelineItem[]): Float64Array {
  const out = new Float64Array(items.length);
  let max = -Infinity;
  items.forEach((item, i) => (out[i] = max = Math.max(max, item.end)));
  return out;
}

/**
 * The index range `[lo, hi)` of the items (sorted by start) that may overlap the
 * window `[from, to)`: every overlapping item is inside it, and finding it costs
 * O(log n). Items in the range whose end is before `from` are the caller's to skip.
 */
export function visibleRange(
  items: readonly TimelineItem[],
  maxEnd: Float64Array,
  from: number,
  to: number,
): [number, number] {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (maxEnd[mid]! > from) hi = mid;
    else lo = mid + 1;
  }
  const first = lo;
  hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (items[mid]!.start < to) lo = mid + 1;
    else hi = mid;
  }
  return [first, lo];
}
