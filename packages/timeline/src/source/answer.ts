// From a source's answers to what the timeline lays out: the same `Arrangement` and rows
// the in-memory mode makes, with a binned window's bins as clusters, so that
// `computeView` draws either mode with the same clustering and layout.
import type { Arrangement } from '../core/arrange.js';
import { OVERVIEW_BIN_PX, SOURCE_ITEMS_KEPT } from '../core/defaults.js';
import { DAY_MS } from '../core/edtf.js';
import { compareKinds } from '../core/kinds.js';
import type { EventBin } from '../core/layout.js';
import { compareItems, RecordReader, type Problem, type TimelineItem } from '../core/normalize.js';
import { activeKinds, NO_COUNTRY, rowIndexes, type GroupBy, type Row } from '../core/rows.js';
import { fitDomain } from '../core/scale.js';
import type { SourceDensity, SourceRecord, SourceTotals, SourceWindow } from './source.js';

/**
 * The timeline's items for a source's records, made once per event and kept by id (the
 * most recently used `kept` of them), so that an event is the same item from one answer
 * to the next: focus, selection and marks hold across answers. A new data version
 * starts afresh.
 */
export class SourceItems {
  /** Every item kept, by id. */
  readonly byId = new Map<string, TimelineItem>();
  private version: string | undefined;

  constructor(readonly kept = SOURCE_ITEMS_KEPT) {}

  /** The item of an event, if one was made. */
  get(id: string): TimelineItem | undefined {
    return this.byId.get(id);
  }

  /**
   * The items of the records, in their order, and the problems of those that cannot be
   * read (as `normalize` reports them, `index` being the record's place in `records`);
   * those are left out.
   */
  read(records: readonly SourceRecord[], dataVersion?: string): { items: TimelineItem[]; problems: Problem[] } {
    const { byId } = this;
    if (dataVersion !== undefined && dataVersion !== this.version) {
      byId.clear();
      this.version = dataVersion;
    }
    const fresh: SourceRecord[] = [];
    const places: number[] = [];
    records.forEach((record, i) => {
      const known = byId.get(record.id);
      if (known) {
        byId.delete(record.id);
        byId.set(record.id, known);
      } else {
        fresh.push(record);
        places.push(i);
      }
    });
    let problems: Problem[] = [];
    if (fresh.length) {
      const reader = new RecordReader();
      reader.read(fresh);
      const result = reader.result();
      for (const item of result.items) byId.set(item.id, item);
      problems = result.problems.map((problem) => ({ ...problem, index: places[problem.index] ?? problem.index }));
    }
    const items: TimelineItem[] = [];
    for (const record of records) {
      const item = byId.get(record.id);
      if (item) items.push(item);
    }
    for (const id of byId.keys()) {
      if (byId.size <= this.kept) break;
      byId.delete(id);
    }
    return { items, problems };
  }
}

/** What the timeline lays out for a source's answer. */
export interface SourceLayout {
  /** Rows for `computeView`: each lane's events as items, and its bins as `EventBin`s, which are drawn as clusters. */
  rows: Row[];
  /** Every item of the answer, in time order. */
  items: TimelineItem[];
  /** The answer's records that could not be read: their marks (or the bins they start or end) are left out. */
  problems: Problem[];
  /** The span the answer covers: the rows hold every event of the filter there (or its bin). */
  window: [number, number];
  mode: SourceWindow['mode'];
}

export interface SourceLayoutOptions {
  /** The items made so far, kept from one answer to the next. */
  items: SourceItems;
  /**
   * Lane keys in the order their rows should come (say, the totals' countries, so that
   * rows keep their places while the view pans); lanes it does not name follow, the
   * busiest first. Kinds are always in legend order.
   */
  order?: readonly string[];
}

const byCode = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

function lanesOf(item: TimelineItem, group: GroupBy): readonly string[] {
  if (group === 'kind') return [item.kind];
  if (group === 'country') return item.countries.length ? item.countries : [NO_COUNTRY];
  return ['all'];
}

/**
 * The rows of a source's answer. In events mode, the events are grouped into lanes as
 * the in-memory mode groups them (`groupRows`); in bins mode, each of the answer's
 * lanes is a row of its events alone (items) and its bins (`EventBin`s, each of which
 * `layoutRow` draws in a cluster with its count, kinds and first and last events).
 */
export function sourceLayout(answer: SourceWindow, { items: made, order }: SourceLayoutOptions): SourceLayout {
  const { items: read, problems } = made.read(answer.events, answer.dataVersion);
  const items = read.slice().sort(compareItems);
  const byId = new Map(items.map((item) => [item.id, item]));
  const lanes = new Map<string, { items: TimelineItem[]; bins: EventBin[]; count: number }>();
  const lane = (key: string) => {
    let found = lanes.get(key);
    if (!found) lanes.set(key, (found = { items: [], bins: [], count: 0 }));
    return found;
  };
  if (answer.mode === 'bins' && answer.lanes) {
    for (const { key, count, bins, events } of answer.lanes) {
      const into = lane(key);
      into.count = count;
      for (const id of events) {
        const item = byId.get(id);
        if (item) into.items.push(item);
      }
      into.items.sort(compareItems);
      for (const bin of bins) {
        const first = byId.get(bin.first) ?? byId.get(bin.last);
        const last = byId.get(bin.last) ?? first;
        if (!first || !last) continue;
        const kinds: Record<string, number> = Object.create(null);
        for (const { key: kind, count: n } of bin.kinds) kinds[kind] = n;
        into.bins.push({ start: bin.start, end: bin.end, count: bin.count, kinds, first, last });
      }
    }
  } else {
    for (const item of items) {
      for (const key of lanesOf(item, answer.group)) {
        const into = lane(key);
        into.items.push(item);
        into.count++;
      }
    }
  }
  const rank = new Map(order?.map((key, i) => [key, i]));
  const place = (key: string) => rank.get(key) ?? Infinity;
  const keys = [...lanes.keys()].sort((a, b) =>
    answer.group === 'kind'
      ? compareKinds(a, b)
      : place(a) - place(b) || lanes.get(b)!.count - lanes.get(a)!.count || byCode(a, b),
  );
  const rows: Row[] = keys.map((key) => {
    const { items: laneItems, bins } = lanes.get(key)!;
    return { key, items: laneItems, ...rowIndexes(laneItems), ...(bins.length ? { bins } : {}) };
  });
  return { rows, items, problems, window: [answer.from, answer.to], mode: answer.mode };
}

/**
 * The kind filter to ask a source with, from the `kinds` attribute, as the in-memory
 * mode reads it (`activeKinds`): kinds the archive does not hold are left out, and a
 * filter that names none of the kinds it holds shows every kind. Null for every kind.
 */
export function sourceKinds(kinds: string | undefined, totals: SourceTotals): string[] | null {
  const present = totals.kinds.map(({ key }) => key);
  const active = activeKinds(kinds, present);
  return active.size === present.length ? null : [...active].sort(compareKinds);
}

/** The domain the timeline fits (the archive's span, and the initial window), as the in-memory mode fits its items. */
export function sourceDomain(totals: SourceTotals, initial?: readonly [number, number]): [number, number] {
  const { span } = totals;
  return fitDomain(span ? [{ start: span.from, end: span.to }] : [], { window: initial });
}

/** How many slices of the domain the overview's density has at a width: one per `OVERVIEW_BIN_PX`, as in memory. */
export function overviewBins(width: number): number {
  return Math.max(1, Math.floor(width / OVERVIEW_BIN_PX));
}

export interface SourceArrangementInput {
  totals: SourceTotals;
  /** The `kinds` attribute. */
  kinds: string | undefined;
  /** `sourceDomain(totals, initial)`. */
  domain: [number, number];
  /** The density over `domain` with `overviewBins(width)` slices and the filter, once it has come. */
  density?: SourceDensity | undefined;
  /** The layout of the last answer, once one has come. */
  layout?: SourceLayout | undefined;
}

/**
 * The `Arrangement` of a source, as `arrange` makes one of items in memory: the legend
 * counts the whole archive (`totals`), the overview shows the density, the rows are the
 * last answer's. `story` is left undefined: the timeline opens on the whole span, or on
 * the initial window.
 */
export function sourceArrangement({ totals, kinds, domain, density, layout }: SourceArrangementInput): Arrangement {
  const counts = new Map(totals.kinds.map(({ key, count }) => [key, count]));
  const { span } = totals;
  return {
    shown: layout?.items ?? [],
    counts,
    active: activeKinds(kinds, counts.keys()),
    rows: layout?.rows ?? [],
    domain,
    span: span ? [span.from, span.to - DAY_MS] : [0, -Infinity],
    bins: Uint32Array.from(density?.counts ?? [0]),
    story: undefined,
  };
}
