import { compareKinds, formatKinds, parseKinds } from './kinds.js';
import type { EventBin } from './layout.js';
import type { TimelineItem } from './normalize.js';
import { endIndexes } from './visible.js';

/** How the timeline splits into swimlanes. */
export type GroupBy = 'none' | 'kind' | 'country';

/** The swimlane of events that name no country, when grouped by country. */
export const NO_COUNTRY = '—';

/** One swimlane: its items in time order, with the indexes that find the visible ones fast. */
export interface Row {
  key: string;
  items: TimelineItem[];
  /** `prefixMaxEnd` of the items. */
  maxEnd: Float64Array;
  /** `blockMaxEnd` of the items. */
  blockEnds: Float64Array;
  /** Events a windowed source gave only as bins, in time order (none for in-memory data): drawn as clusters. */
  bins?: readonly EventBin[];
}

/**
 * The kinds shown, of those `present` (the kinds the data has): the ones the `kinds`
 * attribute names (`"summit visit"`, read by `parseKinds`), or all of them when it
 * names none of them.
 */
export function activeKinds(kinds: string | undefined, present: Iterable<string>): Set<string> {
  const all = new Set(present);
  const named = parseKinds(kinds).filter((kind) => all.has(kind));
  return named.length ? new Set(named) : all;
}

/** How many items there are of each kind, in legend order (`compareKinds`). */
export function countKinds(items: readonly TimelineItem[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const item of items) counts.set(item.kind, (counts.get(item.kind) ?? 0) + 1);
  return inLegendOrder(counts);
}

/** The same counts, their kinds in legend order. */
export function inLegendOrder(counts: ReadonlyMap<string, number>): Map<string, number> {
  return new Map([...counts].sort(([a], [b]) => compareKinds(a, b)));
}

/**
 * The `kinds` value after the reader toggles one kind in the legend: `undefined`
 * (every kind) once every kind present is on again, else the kinds shown, in legend
 * order (written by `formatKinds`).
 */
export function toggleKind(
  kinds: string | undefined,
  kind: string,
  present: ReadonlyMap<string, number>,
): string | undefined {
  const active = activeKinds(kinds, present.keys());
  if (active.has(kind)) active.delete(kind);
  else active.add(kind);
  const shown = [...present.keys()].sort(compareKinds);
  return shown.every((k) => active.has(k)) ? undefined : formatKinds(shown.filter((k) => active.has(k)));
}

/**
 * Splits items (already in time order) into swimlanes: one row for `none` (with the
 * items' `indexes`, if given, rather than building them again); one per
 * kind, in legend order, for `kind`; one per country, the busiest first, for
 * `country`, where an event with several countries is in each of their rows.
 */
export function groupRows(items: readonly TimelineItem[], groupBy: GroupBy, indexes?: RowIndexes): Row[] {
  if (groupBy === 'none') return items.length ? [row('all', items as TimelineItem[], indexes)] : [];
  const groups = new Map<string, TimelineItem[]>();
  const add = (key: string, item: TimelineItem) => {
    let list = groups.get(key);
    if (!list) groups.set(key, (list = []));
    list.push(item);
  };
  for (const item of items) {
    if (groupBy === 'kind') add(item.kind, item);
    else if (groupBy === 'country') for (const c of item.countries.length ? item.countries : [NO_COUNTRY]) add(c, item);
    else add('all', item);
  }
  const keys = [...groups.keys()];
  if (groupBy === 'kind') keys.sort(compareKinds);
  else keys.sort((a, b) => groups.get(b)!.length - groups.get(a)!.length || (a < b ? -1 : a > b ? 1 : 0));
  return keys.map((key) => row(key, groups.get(key)!));
}

/** The indexes of a list of items in time order, which find the visible ones fast (see `Row`). */
export type RowIndexes = Pick<Row, 'maxEnd' | 'blockEnds'>;

/**
 * The indexes of a row's items. The records build those of all their items once, in a
 * task of their own (`RecordReader.result`), and pass them along: a row of every item
 * takes them as they are.
 */
export function rowIndexes(items: readonly { end: number }[]): RowIndexes {
  return endIndexes(items);
}

function row(key: string, items: TimelineItem[], indexes = rowIndexes(items)): Row {
  return { key, items, ...indexes };
}
