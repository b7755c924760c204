import { DAY_MS } from './edtf.js';
import type { TimelineItem } from './normalize.js';

/** The closest zoom: one day per this many milliseconds per 100 px, i.e. a day spans at most ~100 px. */
export const MIN_MS_PER_100PX = DAY_MS;
/** Margin around all events when fitting, as a fraction of their span on each side. */
export const DEFAULT_FIT_PADDING = 0.04;
/** The shortest span a fitted view shows, so that a single event is not zoomed to the limit. */
export const MIN_FIT_SPAN_MS = 60 * DAY_MS;

/** The domain that shows every item with a margin; the last year before `now` when there are none. */
export function fitDomain(
  items: readonly TimelineItem[],
  padFraction = DEFAULT_FIT_PADDING,
  now = Date.now(),
): [number, number] {
  if (!items.length) return [now - 365 * DAY_MS, now];
  let start = Infinity;
  let end = -Infinity;
  for (const item of items) {
    if (item.start < start) start = item.start;
    if (item.end > end) end = item.end;
  }
  const span = end - start;
  if (span < MIN_FIT_SPAN_MS) {
    const mid = (start + end) / 2;
    return [mid - MIN_FIT_SPAN_MS / 2, mid + MIN_FIT_SPAN_MS / 2];
  }
  const pad = span * padFraction;
  return [start - pad, end + pad];
}

/** The most the view may be magnified relative to a domain fitted into `width` pixels. */
export function maxZoom(domain: [number, number], width: number): number {
  const msPerPx = (domain[1] - domain[0]) / Math.max(1, width);
  return Math.max(1, msPerPx / (MIN_MS_PER_100PX / 100));
}
