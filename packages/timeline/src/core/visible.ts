import type { TimelineItem } from './normalize.js';

/**
 * Running maximum of the items' ends, in their sorted order. Because it never
 * decreases, the first item that can still reach into a window is found by binary
 * search, even when long events overlap short ones.
 */
export function prefixMaxEnd(items: readonly TimelineItem[]): Float64Array {
  return endIndexes(items).maxEnd;
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

/** Items per block of `blockMaxEnd`. */
export const END_BLOCK = 64;

/** The latest end in each block of `END_BLOCK` consecutive items: built once per data change for `maxEndBetween`. */
export function blockMaxEnd(items: readonly TimelineItem[]): Float64Array {
  return endIndexes(items).blockEnds;
}

/** `prefixMaxEnd` and `blockMaxEnd` of the items, in one pass over them. */
export function endIndexes(items: readonly { end: number }[]): { maxEnd: Float64Array; blockEnds: Float64Array } {
  const maxEnd = new Float64Array(items.length);
  const blockEnds = new Float64Array(Math.ceil(items.length / END_BLOCK)).fill(-Infinity);
  let max = -Infinity;
  for (let i = 0; i < items.length; i++) {
    const { end } = items[i]!;
    maxEnd[i] = max = Math.max(max, end);
    const b = (i / END_BLOCK) | 0;
    if (end > blockEnds[b]!) blockEnds[b] = end;
  }
  return { maxEnd, blockEnds };
}

/** The latest end among `items[a..b)`, in O(END_BLOCK + (b - a) / END_BLOCK) with the blocks of `blockMaxEnd`. */
export function maxEndBetween(items: readonly { end: number }[], blocks: Float64Array, a: number, b: number): number {
  let max = -Infinity;
  let i = a;
  for (; i < b && i % END_BLOCK; i++) max = Math.max(max, items[i]!.end);
  for (; i + END_BLOCK <= b; i += END_BLOCK) max = Math.max(max, blocks[i / END_BLOCK]!);
  for (; i < b; i++) max = Math.max(max, items[i]!.end);
  return max;
}
