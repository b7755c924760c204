import {
  DEFAULT_FIT_PADDING,
  MIN_FIT_SPAN_MS,
  MIN_MS_PER_100PX,
  STORY_MIN_EVENTS,
  STORY_MIN_GAIN,
  STORY_REACH,
  STORY_SHARE,
} from './defaults.js';
import { DAY_MS } from './edtf.js';
import { rowIndexes, type RowIndexes } from './rows.js';
import { maxEndBetween } from './visible.js';

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

/**
 * The window a timeline opens on when no `start`/`end` is given: where most of the
 * story is, not the whole span that a few distant events stretch. It is the shortest
 * stretch holding `STORY_SHARE` of the items (by start), widened to take in the items
 * that lie within `STORY_REACH` of its length beyond either end, with the fitted
 * view's margin. Undefined (show everything) when there are fewer than
 * `STORY_MIN_EVENTS` items, or when everything is less than `STORY_MIN_GAIN` times as
 * long: then nothing is far enough out to leave aside. `items` are in time order
 * (by start); the work is one pass over their starts, and the ends come from the
 * list's `indexes` (built for it if not given).
 */
export function storyWindow(
  items: readonly Interval[],
  indexes: RowIndexes = rowIndexes(items),
): [number, number] | undefined {
  const n = items.length;
  if (n < STORY_MIN_EVENTS) return undefined;
  const m = Math.ceil(n * STORY_SHARE);
  let a = 0;
  let shortest = items[m - 1]!.start - items[0]!.start;
  for (let i = 1; i + m - 1 < n; i++) {
    const length = items[i + m - 1]!.start - items[i]!.start;
    if (length < shortest) {
      a = i;
      shortest = length;
    }
  }
  let b = a + m - 1;
  const reach = shortest * STORY_REACH;
  while (a > 0 && items[a - 1]!.start >= items[a]!.start - reach) a--;
  while (b < n - 1 && items[b + 1]!.start <= items[b]!.start + reach) b++;
  // The latest ends of the stretch and of them all come from the row indexes, which the first drawing needs too.
  const { maxEnd, blockEnds } = indexes;
  const story = fitDomain([{ start: items[a]!.start, end: maxEndBetween(items, blockEnds, a, b + 1) }]);
  const all = fitDomain([{ start: items[0]!.start, end: maxEnd[n - 1]! }]);
  return all[1] - all[0] < STORY_MIN_GAIN * (story[1] - story[0]) ? undefined : story;
}
