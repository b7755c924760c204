import { CLUSTER_BIN_PX } from '../core/defaults.js';
import { compareKinds } from '../core/kinds.js';
import { RecordReader, type TimelineItem } from '../core/normalize.js';
import { inLegendOrder, NO_COUNTRY, type GroupBy } from '../core/rows.js';
import type { TimelineRecord } from '../record.js';
import type {
  SourceBin,
  SourceLane,
  SourceTotals,
  SourceWindow,
  StepQuery,
  TimelineSource,
  WindowQuery,
} from './source.js';

/** The most marks a window answers as events; past it, bins (as the server's `limit`). */
export const WINDOW_LIMIT = 1500;

export interface MemorySourceOptions {
  /** Milliseconds each answer takes: a slow source. */
  delay?: number;
  /** Every answer fails with this message: a failing source. */
  fail?: string;
  /** The most marks answered as events (default `WINDOW_LIMIT`). */
  limit?: number;
}

/** Resolves after `ms`, or rejects when `signal` aborts. */
function wait(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason);
    const timer = setTimeout(resolve, ms);
    signal?.addEventListener('abort', () => (clearTimeout(timer), reject(signal.reason)), { once: true });
  });
}

/** The lanes an item is drawn in. */
export function laneKeys(item: TimelineItem, groupBy: GroupBy): readonly string[] {
  if (groupBy === 'kind') return [item.kind];
  if (groupBy === 'country') return item.countries.length ? item.countries : [NO_COUNTRY];
  return ['all'];
}

/**
 * A `TimelineSource` over an array of records, answering as the server does (events
 * while a window holds at most `limit` marks, else pixel bins per lane with the events
 * alone in theirs). For pages whose records fit in memory but should load like an
 * archive, and for stories and tests: `delay` makes it slow, `fail` makes it fail.
 * Bad records are left out, as the timeline leaves them out of `events`.
 */
export function memorySource(records: readonly unknown[], options: MemorySourceOptions = {}): TimelineSource {
  const reader = new RecordReader();
  reader.read(records, 0, records.length);
  const { items } = reader.result();
  const given = (item: TimelineItem) => (records[item.index] ?? item.record) as TimelineRecord;
  const limit = options.limit ?? WINDOW_LIMIT;
  const answer = async <T>(signal: AbortSignal | undefined, make: () => T): Promise<T> => {
    if (options.delay) await wait(options.delay, signal);
    signal?.throwIfAborted();
    if (options.fail !== undefined) throw new Error(options.fail);
    return make();
  };
  const passes = (kinds: readonly string[] | undefined) => {
    const named = kinds?.length ? new Set(kinds) : undefined;
    return (item: TimelineItem) => !named || named.has(item.kind);
  };

  return {
    totals: (signal) =>
      answer(signal, (): SourceTotals => {
        const counts = new Map<string, number>();
        let last = -Infinity;
        for (const item of items) {
          counts.set(item.kind, (counts.get(item.kind) ?? 0) + 1);
          last = Math.max(last, item.end);
        }
        return {
          total: items.length,
          span: items.length ? [items[0]!.start, last] : undefined,
          kinds: inLegendOrder(counts),
        };
      }),

    density: ({ from, to, bins, kinds }, signal) =>
      answer(signal, () => {
        const counts: number[] = new Array(bins).fill(0);
        const pass = passes(kinds);
        for (const item of items) {
          if (item.start >= from && item.start < to && pass(item))
            counts[Math.floor(((item.start - from) * bins) / (to - from))]!++;
        }
        return counts;
      }),

    window: (query, signal) => answer(signal, () => windowOf(items, query, limit, given, passes(query.kinds))),

    step: ({ direction, id, at, kinds }: StepQuery, signal) =>
      answer(signal, () => {
        const pass = passes(kinds);
        let found: TimelineItem | undefined;
        if (direction === 'first') found = items.find(pass);
        else if (direction === 'last') found = items.findLast(pass);
        else {
          const from = id === undefined ? -1 : items.findIndex((item) => item.id === id);
          if (id !== undefined && from < 0) throw new Error(`no event has the id “${id}”`);
          if (direction === 'next') {
            found = items.find((item, i) => pass(item) && (id === undefined ? item.start >= at! : i > from));
          } else {
            found = items.findLast((item, i) => pass(item) && (id === undefined ? item.start < at! : i < from));
          }
        }
        return found && given(found);
      }),

    event: (id, signal) =>
      answer(signal, () => {
        const item = reader.byId.get(id);
        return item && given(item);
      }),
  };
}

/** A window's answer, by the wire format's rules. */
function windowOf(
  items: readonly TimelineItem[],
  { from, to, width, groupBy }: WindowQuery,
  limit: number,
  given: (item: TimelineItem) => TimelineRecord,
  pass: (item: TimelineItem) => boolean,
): SourceWindow {
  const lanes = new Map<string, TimelineItem[]>();
  let marks = 0;
  for (const item of items) {
    if (item.start >= to || item.end <= from || !pass(item)) continue;
    for (const key of laneKeys(item, groupBy)) {
      let lane = lanes.get(key);
      if (!lane) lanes.set(key, (lane = []));
      lane.push(item);
      marks++;
    }
  }
  const keys = [...lanes.keys()];
  if (groupBy === 'kind') keys.sort(compareKinds);
  else keys.sort((a, b) => lanes.get(b)!.length - lanes.get(a)!.length || (a < b ? -1 : a > b ? 1 : 0));
  if (marks <= limit) return { lanes: keys.map((key) => ({ key, events: lanes.get(key)!.map(given), bins: [] })) };
  const count = Math.ceil(width / CLUSTER_BIN_PX);
  const edge = (i: number) => from + Math.ceil((i * (to - from)) / count);
  return {
    lanes: keys.map((key): SourceLane => {
      const byBin = new Map<number, TimelineItem[]>();
      for (const item of lanes.get(key)!) {
        const i = item.start <= from ? 0 : Math.floor(((item.start - from) * count) / (to - from));
        let bin = byBin.get(i);
        if (!bin) byBin.set(i, (bin = []));
        bin.push(item);
      }
      const events: TimelineRecord[] = [];
      const bins: SourceBin[] = [];
      for (const [i, members] of byBin) {
        if (members.length === 1) {
          events.push(given(members[0]!));
          continue;
        }
        const kinds: Record<string, number> = Object.create(null);
        for (const item of members) kinds[item.kind] = (kinds[item.kind] ?? 0) + 1;
        bins.push({
          start: edge(i),
          end: edge(i + 1),
          count: members.length,
          kinds,
          first: given(members[0]!),
          last: given(members.at(-1)!),
        });
      }
      return { key, events, bins };
    }),
  };
}
