import { DEFAULT_FIT_PADDING, MIN_FIT_SPAN_MS, MIN_MS_PER_100PX } from './defaults.js';
import { DAY_MS } from './edtf.js';

interface Interval {
  start: number;
  end: number;
}

export interface FitOptions {
  /** A window to show as well as the items. */
  window?: readonly [number, number] | undefined;
  /** Margin on each side, as a fraction of the span. */
  padding?: number;
  /** What "now" is when there is nothing to show. */
  now?: number;
}

/**
 * The domain that shows every item (and the optional `window`, so that an initial
 * window wider than the data is honoured) with a margin; the last year before `now`
 * when there is nothing to show.
 */
export function fitDomain(
  items: readonly Interval[],
  { window, padding = DEFAULT_FIT_PADDING, now = Date.now() }: FitOptions = {},
): [number, number] {
  let start = Infinity;
  let end = -Infinity;
  for (const item of items) {
    if (item.start < start) start = item.start;
    if (item.end > end) end = item.end;
  }
  if (window && window[1] > window[0]) {
    start = Math.min(start, window[0]);
    end = Math.max(end, window[1]);
  }
  if (start > end) return [now - 365 * DAY_MS, now];
  const span = end - start;
  if (span < MIN_FIT_SPAN_MS) {
    const mid = (start + end) / 2;
    return [mid - MIN_FIT_SPAN_MS / 2, mid + MIN_FIT_SPAN_MS / 2];
  }
  const pad = span * padding;
  return [start - pad, end + pad];
}

/** The most the view may be magnified relative to a domain fitted into `width` pixels. */
export function maxZoom(domain: readonly [number, number], width: number): number {
  const msPerPx = (domain[1] - domain[0]) / Math.max(1, width);
  return Math.max(1, msPerPx / (MIN_MS_PER_100PX / 100));
}
