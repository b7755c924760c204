import { KINDS, type Kind } from './kinds.js';
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
}

/** The kinds a `kinds` attribute asks for ("summit visit"); all of them when it names none. */
export function activeKinds(kinds: string | undefined): Set<Kind> {
  const wanted = (kinds ?? '').split(/\s+/).filter((k): k is Kind => (KINDS as readonly string[]).includes(k));
  return new Set(wanted.length ? wanted : KINDS);
}

/** How many items there are of each kind. */
export function countKinds(items: readonly TimelineItem[]): Map<Kind, number> {
  const counts = new Map<Kind, number>();
  for (const item of items) counts.set(item.kind, (counts.get(item.kind) ?? 0) + 1);
  return counts;
}

/**
 * The `kinds` value after the reader toggles one kind in the legend: `undefined`
 * (every kind) once every kind present is on again, else the kinds shown, in legend order.
 */
export function toggleKind(
  kinds: string | undefined,
  kind: Kind,
  present: ReadonlyMap<Kind, number>,
): string | undefined {
  const active = activeKinds(kinds);
  if (active.has(kind)) active.delete(kind);
  else active.add(kind);
  const shown = KINDS.filter((k) => present.has(k));
  return shown.every((k) => active.has(k)) ? undefined : shown.filter((k) => active.has(k)).join(' ');
}

/**
 * Splits items (already in time order) into swimlanes: one row for `none`; one per
 * kind, in legend order, for `kind`; one per country, the busiest first, for
 * `country`, where an event with several countries is in each of their rows.
 */
export function groupRows(items: readonly TimelineItem[], groupBy: GroupBy): Row[] {
  if (groupBy === 'none') return items.length ? [row('all', items as TimelineItem[])] : [];
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
  if (groupBy === 'kind') keys.sort((a, b) => KINDS.indexOf(a as Kind) - KINDS.indexOf(b as Kind));
  else keys.sort((a, b) => groups.get(b)!.length - groups.get(a)!.length || (a < b ? -1 : a > b ? 1 : 0));
  return keys.map((key) => row(key, groups.get(key)!));
}

const indexes = new WeakMap<readonly { end: number }[], Pick<Row, 'maxEnd' | 'blockEnds'>>();

/**
 * The indexes of a row's items, built once per list: the records can build those of
 * all items in a task of their own before the first drawing, which then finds them.
 */
export function rowIndexes(items: readonly { end: number }[]): Pick<Row, 'maxEnd' | 'blockEnds'> {
  let found = indexes.get(items);
  if (!found) indexes.set(items, (found = endIndexes(items)));
  return found;
}

function row(key: string, items: TimelineItem[]): Row {
  return { key, items, ...rowIndexes(items) };
}
