import { OVERVIEW_BIN_PX } from './defaults.js';
import { densityBins } from './density.js';
import { DAY_MS } from './edtf.js';
import { parseKinds } from './kinds.js';
import type { TimelineItem } from './normalize.js';
import { groupRows, inLegendOrder, rowIndexes, type GroupBy, type Row, type RowIndexes } from './rows.js';
import { fitDomain, storyWindow } from './scale.js';

/** What changes with the data, the filter, the grouping or the width; not per frame. */
export interface Arrangement {
  /** The items of the kinds shown, in time order. */
  shown: TimelineItem[];
  /** Items per kind, whether shown or not, in legend order (for the legend). */
  counts: Map<string, number>;
  /** The kinds shown, of those in `counts`. */
  active: Set<string>;
  rows: Row[];
  /** The span of the fitted view (every item, and the initial window). */
  domain: [number, number];
  /** First and last day of the items, for the overview's end labels. */
  span: [number, number];
  /** The overview's density: items shown per `OVERVIEW_BIN_PX` of the width. */
  bins: Uint32Array;
  /** The window to open on when none is given: where most of the items shown are (`storyWindow`), or undefined for all of them. */
  story: [number, number] | undefined;
}

export interface ArrangeOptions {
  /** The `kinds` filter: kinds that no item has are left out, and when it names none of the kinds present, every kind is shown. */
  kinds?: string | undefined;
  groupBy: GroupBy;
  width: number;
  /** The `start`/`end` window, which the domain must hold too. */
  initial?: readonly [number, number] | undefined;
  /** The items' indexes, if built already (`RecordReader.result`): used as they are while every item is shown. */
  indexes?: RowIndexes | undefined;
}

/**
 * Filters and groups the items into rows, and sums up the whole span for the overview.
 * One pass over the items does the filter, the counts, the extent and the starts that
 * the density counts: on a first drawing this code is not yet optimised by the engine,
 * so each pass over 100,000 items counts.
 */
export function arrange(
  items: readonly TimelineItem[],
  { kinds, groupBy, width, initial, indexes }: ArrangeOptions,
): Arrangement {
  const named = new Set(parseKinds(kinds));
  // With every kind shown, the items are shown as they are (and keep the indexes built for them).
  let all = !named.size;
  let shown: TimelineItem[] = all ? (items as TimelineItem[]) : [];
  // Per kind: its items, and whether the filter names it (one lookup per item).
  const tally = new Map<string, { count: number; named: boolean }>();
  // The starts of the items shown, for the overview's density.
  const starts = new Float64Array(items.length);
  let count = 0;
  let first = Infinity;
  let last = -Infinity;
  for (let i = 0; i < items.length; i++) {
    const item = items[i]!;
    let kind = tally.get(item.kind);
    if (!kind) tally.set(item.kind, (kind = { count: 0, named: all || named.has(item.kind) }));
    kind.count++;
    if (item.start < first) first = item.start;
    if (item.end > last) last = item.end;
    if (kind.named) {
      if (!all) shown.push(item);
      starts[count++] = item.start;
    }
  }
  // The filter names none of the kinds present: every kind is shown.
  if (!all && !shown.length) {
    all = true;
    shown = items as TimelineItem[];
    for (; count < items.length; count++) starts[count] = items[count]!.start;
  }
  const counts = inLegendOrder(new Map([...tally].map(([kind, { count }]) => [kind, count])));
  const active = new Set([...counts.keys()].filter((kind) => all || named.has(kind)));
  const domain = fitDomain(items.length ? [{ start: first, end: last }] : [], { window: initial });
  const shownIndexes = all && shown === items && indexes ? indexes : rowIndexes(shown);
  return {
    shown,
    counts,
    active,
    rows: groupRows(shown, groupBy, shownIndexes),
    domain,
    span: [items[0]?.start ?? 0, last - DAY_MS],
    bins: densityBins(starts.subarray(0, count), domain, width / OVERVIEW_BIN_PX),
    story: storyWindow(shown, shownIndexes),
  };
}
