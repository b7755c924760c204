// What the answers should be, worked out in plain code over the generator's records,
// independently of SQL: the conformance suite checks each engine against it.
import { KINDS } from '../src/archive.js';
import type { Item } from './fixture.js';

const order = (a: Item, b: Item) => a.start - b.start || a.end - b.end || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
const legend = (a: string, b: string) => {
  const i = (KINDS as readonly string[]).indexOf(a);
  const j = (KINDS as readonly string[]).indexOf(b);
  return (i < 0 ? 99 : i) - (j < 0 ? 99 : j) || (a < b ? -1 : a > b ? 1 : 0);
};

export interface WindowQuestion {
  from: number;
  to: number;
  width: number;
  px: number;
  limit: number;
  kinds: readonly string[] | null;
  group: 'none' | 'kind' | 'country';
}

export interface ExpectedWindow {
  mode: 'events' | 'bins';
  marks: number;
  /** Ids of the records the answer holds, in time order. */
  events: string[];
  lanes?: {
    key: string;
    count: number;
    bins: { index: number; count: number; kinds: { key: string; count: number }[]; first: string; last: string }[];
    events: string[];
  }[];
}

export function expectedWindow(items: readonly Item[], q: WindowQuestion): ExpectedWindow {
  const sorted = [...items].sort(order);
  const inWindow = sorted.filter(
    (item) => item.start < q.to && item.end > q.from && (!q.kinds || q.kinds.includes(item.kind)),
  );
  const laneKeys = (item: Item) =>
    q.group === 'none' ? ['all'] : q.group === 'kind' ? [item.kind] : item.countries.length ? item.countries : ['—'];
  const bins = Math.ceil(q.width / q.px);
  const span = BigInt(q.to - q.from);
  const binOf = (item: Item) =>
    item.start <= q.from ? 0 : Number((BigInt(item.start - q.from) * BigInt(bins)) / span);
  const marks = inWindow.reduce((sum, item) => sum + laneKeys(item).length, 0);
  if (marks <= q.limit) return { mode: 'events', marks, events: inWindow.map((item) => item.id) };

  const lanes = new Map<string, Map<number, Item[]>>();
  for (const item of inWindow) {
    for (const key of laneKeys(item)) {
      let lane = lanes.get(key);
      if (!lane) lanes.set(key, (lane = new Map()));
      const index = binOf(item);
      lane.set(index, [...(lane.get(index) ?? []), item]);
    }
  }
  const picked = new Set<string>();
  const out = [...lanes].map(([key, lane]) => {
    const entry = {
      key,
      count: 0,
      bins: [] as NonNullable<ExpectedWindow['lanes']>[number]['bins'],
      events: [] as string[],
    };
    for (const [index, list] of [...lane].sort((a, b) => a[0] - b[0])) {
      entry.count += list.length;
      const first = list[0]!;
      const last = list.at(-1)!;
      picked.add(first.id).add(last.id);
      if (list.length === 1) {
        entry.events.push(first.id);
        continue;
      }
      const kinds = new Map<string, number>();
      for (const item of list) kinds.set(item.kind, (kinds.get(item.kind) ?? 0) + 1);
      entry.bins.push({
        index,
        count: list.length,
        kinds: [...kinds].map(([k, count]) => ({ key: k, count })).sort((a, b) => legend(a.key, b.key)),
        first: first.id,
        last: last.id,
      });
    }
    return entry;
  });
  if (q.group === 'kind') out.sort((a, b) => legend(a.key, b.key));
  else out.sort((a, b) => b.count - a.count || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  return {
    mode: 'bins',
    marks,
    events: sorted.filter((item) => picked.has(item.id)).map((item) => item.id),
    lanes: out,
  };
}

export function expectedDensity(
  items: readonly Item[],
  q: { from: number; to: number; bins: number; kinds: readonly string[] | null },
) {
  const counts = new Array<number>(q.bins).fill(0);
  const span = BigInt(q.to - q.from);
  for (const item of items) {
    if (item.start < q.from || item.start >= q.to || (q.kinds && !q.kinds.includes(item.kind))) continue;
    counts[Number((BigInt(item.start - q.from) * BigInt(q.bins)) / span)]!++;
  }
  return counts;
}

/** The id the step lands on, or null. */
export function expectedStep(
  items: readonly Item[],
  q: { direction: 'next' | 'previous' | 'first' | 'last'; id?: string; at?: number; kinds: readonly string[] | null },
): string | null {
  const sorted = [...items].sort(order);
  const position = q.id === undefined ? -1 : sorted.findIndex((item) => item.id === q.id);
  const eligible = sorted
    .map((item, index) => ({ item, index }))
    .filter(({ item }) => !q.kinds || q.kinds.includes(item.kind));
  let hit;
  if (q.direction === 'first') hit = eligible[0];
  else if (q.direction === 'last') hit = eligible.at(-1);
  else if (q.id !== undefined) {
    hit =
      q.direction === 'next' ? eligible.find((e) => e.index > position) : eligible.findLast((e) => e.index < position);
  } else {
    hit =
      q.direction === 'next'
        ? eligible.find((e) => e.item.start >= q.at!)
        : eligible.findLast((e) => e.item.start < q.at!);
  }
  return hit?.item.id ?? null;
}

export function expectedTotals(items: readonly Item[]) {
  const kinds = new Map<string, number>();
  const countries = new Map<string, number>();
  for (const item of items) {
    kinds.set(item.kind, (kinds.get(item.kind) ?? 0) + 1);
    for (const c of item.countries.length ? item.countries : ['—']) countries.set(c, (countries.get(c) ?? 0) + 1);
  }
  return {
    total: items.length,
    from: Math.min(...items.map((item) => item.start)),
    to: Math.max(...items.map((item) => item.end)),
    kinds: [...kinds].map(([key, count]) => ({ key, count })).sort((a, b) => legend(a.key, b.key)),
    countries: [...countries]
      .map(([key, count]) => ({ key, count }))
      .sort((a, b) => b.count - a.count || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0)),
  };
}
