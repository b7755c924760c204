import { CLUSTER_ZOOM_PADDING, REVEAL_MIN_SPAN_MS, REVEAL_SPAN_FACTOR } from './defaults.js';
import { DAY_MS } from './edtf.js';

interface Interval {
  start: number;
  end: number;
}

type Window = readonly [number, number];

/**
 * The window to pan to so that `item` is in view: undefined when it already is;
 * else the same span (or the item's, if longer) centred on it.
 */
export function revealWindow(item: Interval, [from, to]: Window): [number, number] | undefined {
  if (item.start >= from && item.end <= to) return undefined;
  const span = Math.max(to - from, item.end - item.start);
  const mid = (item.start + item.end) / 2;
  return [mid - span / 2, mid + span / 2];
}

/** The window that shows a selected event (from a link or `selected`) with room around it. */
export function selectionWindow(item: Interval): [number, number] {
  const span = Math.max(REVEAL_MIN_SPAN_MS, (item.end - item.start) * REVEAL_SPAN_FACTOR);
  const mid = (item.start + item.end) / 2;
  return [mid - span / 2, mid + span / 2];
}

/** The window that opens a cluster: its span with a margin on each side. */
export function clusterWindow(cluster: Interval): [number, number] {
  const pad = Math.max(DAY_MS, (cluster.end - cluster.start) * CLUSTER_ZOOM_PADDING);
  return [cluster.start - pad, cluster.end + pad];
}
