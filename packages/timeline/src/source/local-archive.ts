// The wire format's answers worked out in memory, over records the timeline reads as it
// reads its `events`: what a server that speaks the format would answer for the same
// records. `FakeSource` answers with it; tests hold the server to it.
import { DAY_MS } from '../core/edtf.js';
import { compareKinds } from '../core/kinds.js';
import { normalize, type TimelineItem } from '../core/normalize.js';
import { NO_COUNTRY, type GroupBy } from '../core/rows.js';
import { endIndexes, visibleRange } from '../core/visible.js';
import { badParameter, integer, kindList, SOURCE_LIMITS, span, time } from './params.js';
import {
  SourceError,
  type DensityRequest,
  type KeyCount,
  type SourceBin,
  type SourceDensity,
  type SourceLane,
  type SourceRecord,
  type SourceTotals,
  type SourceWindow,
  type StepRequest,
  type WindowRequest,
} from './source.js';

const GROUPS: readonly GroupBy[] = ['none', 'kind', 'country'];
const DIRECTIONS: readonly StepRequest['direction'][] = ['next', 'previous', 'first', 'last'];
/** Fields a source's record has in its own place; every other field of the record follows them as given. */
const OWN_FIELDS = new Set([
  'id',
  'title',
  'kind',
  'date',
  'start',
  'end',
  'precision',
  'status',
  'countries',
  'summary',
]);

const byCode = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const day = (t: number) => new Date(t).toISOString().slice(0, 10);

/** ⌊a · b / c⌋ for whole a, b ≥ 0 and c > 0, exactly, even where a · b passes 2^53. */
function floorMulDiv(a: number, b: number, c: number): number {
  const product = a * b;
  if (product <= Number.MAX_SAFE_INTEGER) return Math.floor(product / c);
  return Number((BigInt(a) * BigInt(b)) / BigInt(c));
}

/** ⌈a · b / c⌉, likewise. */
function ceilMulDiv(a: number, b: number, c: number): number {
  const product = a * b;
  if (product <= Number.MAX_SAFE_INTEGER) return Math.ceil(product / c);
  const big = BigInt(c);
  return Number((BigInt(a) * BigInt(b) + big - 1n) / big);
}

/** An event's id as a question may give it: a string of 1 to 500 characters. */
export function checkId(id: string): string {
  if (typeof id !== 'string' || !id)
    throw badParameter('id', `id ${JSON.stringify(id) ?? id} is not a non-empty string.`);
  if (id.length > SOURCE_LIMITS.id.length) {
    throw badParameter('id', `id is ${id.length} characters long; at most ${SOURCE_LIMITS.id.length}.`);
  }
  return id;
}

/** The lanes an item is drawn in: one, or one per country when grouped by country. */
function lanesOf(item: TimelineItem, group: GroupBy): readonly string[] {
  if (group === 'kind') return [item.kind];
  if (group === 'country') return item.countries.length ? item.countries : [NO_COUNTRY];
  return ['all'];
}

/** Counts by key, as `KeyCount`s in the given order. */
function keyCounts(counts: ReadonlyMap<string, number>, order: (a: KeyCount, b: KeyCount) => number): KeyCount[] {
  return [...counts].map(([key, count]) => ({ key, count })).sort(order);
}
const legendOrder = (a: KeyCount, b: KeyCount) => compareKinds(a.key, b.key);
const busiestFirst = (a: KeyCount, b: KeyCount) => b.count - a.count || byCode(a.key, b.key);

/** A fingerprint of texts: two 32-bit FNV-1a hashes from different starts, as 16 hex digits. */
class Fingerprint {
  private a = 0x811c9dc5;
  private b = 0x050c5d1f;

  add(text: string): void {
    let { a, b } = this;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      a = Math.imul(a ^ c, 0x01000193);
      b = Math.imul(b ^ c, 0x01000193);
    }
    // A separator, so that ("ab", "c") and ("a", "bc") differ.
    this.a = Math.imul(a ^ 0xffff, 0x01000193);
    this.b = Math.imul(b ^ 0xfffe, 0x01000193);
  }

  toString(): string {
    return (this.a >>> 0).toString(16).padStart(8, '0') + (this.b >>> 0).toString(16).padStart(8, '0');
  }
}

/** A bin of a lane as it is gathered: its count, first and last items, and kinds. */
interface Gathered {
  count: number;
  first: TimelineItem;
  last: TimelineItem;
  kinds: Map<string, number>;
}

/**
 * Records held in memory, answering the wire format's questions as a server would for
 * the same records: the same events, bins, lanes, orders and counts. Records are read
 * as the timeline reads its `events`; one it cannot read is an error here, naming the
 * record and the field.
 */
export class LocalArchive {
  /** The records' items, in time order. */
  readonly items: readonly TimelineItem[];
  readonly dataVersion: string;
  private readonly maxEnd: Float64Array;
  private readonly position = new Map<string, number>();
  private readonly records = new WeakMap<TimelineItem, SourceRecord>();
  private readonly summary: SourceTotals;

  constructor(records: readonly unknown[], options: { dataVersion?: string } = {}) {
    const { items, problems } = normalize(records);
    if (problems.length) {
      const shown = problems
        .slice(0, 5)
        .map((p) => `record ${p.index}${p.id ? ` ("${p.id}")` : ''}, ${p.field}: ${p.message}`);
      const more = problems.length > shown.length ? `; and ${problems.length - shown.length} more` : '';
      throw new TypeError(`The records cannot all be read: ${shown.join('; ')}${more}.`);
    }
    this.items = items;
    this.maxEnd = endIndexes(items).maxEnd;
    items.forEach((item, i) => this.position.set(item.id, i));
    const kinds = new Map<string, number>();
    const countries = new Map<string, number>();
    let last = -Infinity;
    let longest = 0;
    const fingerprint = new Fingerprint();
    for (const item of items) {
      kinds.set(item.kind, (kinds.get(item.kind) ?? 0) + 1);
      for (const c of lanesOf(item, 'country')) countries.set(c, (countries.get(c) ?? 0) + 1);
      last = Math.max(last, item.end);
      longest = Math.max(longest, item.end - item.start);
      if (options.dataVersion === undefined) {
        for (const text of [item.id, String(item.start), String(item.end), item.kind, item.title])
          fingerprint.add(text);
      }
    }
    this.dataVersion = options.dataVersion ?? fingerprint.toString();
    const from = items[0]?.start;
    this.summary = {
      dataVersion: this.dataVersion,
      total: items.length,
      span: from === undefined ? null : { from, to: last, start: day(from), end: day(last - DAY_MS) },
      longest,
      kinds: keyCounts(kinds, legendOrder),
      countries: keyCounts(countries, busiestFirst),
    };
  }

  /** The item's record as a source answers it (the same object each time). */
  record(item: TimelineItem): SourceRecord {
    let record = this.records.get(item);
    if (!record) {
      const given = item.record;
      const out: Record<string, unknown> = { id: item.id, title: given.title, kind: item.kind };
      if (typeof given.date === 'string') out.date = given.date;
      out.start = day(item.start);
      out.end = day(item.end - DAY_MS);
      out.precision = item.precision;
      out.status = item.status;
      out.countries = [...item.countries];
      if (typeof given.summary === 'string' && given.summary) out.summary = given.summary;
      for (const field in given) if (!OWN_FIELDS.has(field) && given[field] != null) out[field] = given[field];
      this.records.set(item, (record = out as unknown as SourceRecord));
    }
    return record;
  }

  totals(): SourceTotals {
    return this.summary;
  }

  density(request: DensityRequest): SourceDensity {
    const whole = this.summary.span;
    const from = request.from ?? whole?.from ?? 0;
    const window = span(from, request.to ?? whole?.to ?? from + DAY_MS);
    const bins = integer('bins', request.bins, SOURCE_LIMITS.bins);
    const kinds = kindList(request.kinds);
    const shown = kinds && new Set(kinds);
    const counts = new Array<number>(bins).fill(0);
    const length = window.to - window.from;
    for (let i = this.firstStarting(window.from); i < this.items.length; i++) {
      const item = this.items[i]!;
      if (item.start >= window.to) break;
      if (!shown || shown.has(item.kind)) counts[floorMulDiv(item.start - window.from, bins, length)]!++;
    }
    return { ...window, kinds, counts };
  }

  window(request: WindowRequest): SourceWindow {
    const { from, to } = span(request.from, request.to);
    const width = integer('width', request.width, SOURCE_LIMITS.width);
    const px = integer('px', request.px, SOURCE_LIMITS.px);
    const limit = integer('limit', request.limit, SOURCE_LIMITS.limit);
    const kinds = kindList(request.kinds);
    const group = request.group ?? 'none';
    if (!GROUPS.includes(group)) throw badParameter('group', `group "${group}" is not one of ${GROUPS.join(', ')}.`);
    const bins = Math.ceil(width / px);
    const length = to - from;
    const shown = kinds && new Set(kinds);
    const inWindow: TimelineItem[] = [];
    let marks = 0;
    const [lo, hi] = visibleRange(this.items, this.maxEnd, from, to);
    for (let i = lo; i < hi; i++) {
      const item = this.items[i]!;
      if (item.end <= from || (shown && !shown.has(item.kind))) continue;
      inWindow.push(item);
      marks += lanesOf(item, group).length;
    }
    const answer = { dataVersion: this.dataVersion, from, to, width, group, kinds, marks, limit, bins };
    const binLength = length / bins;
    if (marks <= limit) {
      return { ...answer, binLength, mode: 'events', events: inWindow.map((item) => this.record(item)) };
    }
    // Per lane, per bin (by start; those that began before the window in the first).
    const cells = new Map<string, Map<number, Gathered>>();
    for (const item of inWindow) {
      const index = item.start <= from ? 0 : floorMulDiv(item.start - from, bins, length);
      for (const key of lanesOf(item, group)) {
        let lane = cells.get(key);
        if (!lane) cells.set(key, (lane = new Map()));
        const cell = lane.get(index);
        if (!cell) lane.set(index, { count: 1, first: item, last: item, kinds: new Map([[item.kind, 1]]) });
        else {
          cell.count++;
          cell.last = item;
          cell.kinds.set(item.kind, (cell.kinds.get(item.kind) ?? 0) + 1);
        }
      }
    }
    const named = new Set<TimelineItem>();
    const lanes: SourceLane[] = [...cells].map(([key, lane]) => {
      const out: SourceLane = { key, count: 0, bins: [], events: [] };
      for (const [index, cell] of [...lane].sort((a, b) => a[0] - b[0])) {
        out.count += cell.count;
        named.add(cell.first).add(cell.last);
        if (cell.count === 1) {
          out.events.push(cell.first.id);
          continue;
        }
        const bin: SourceBin = {
          index,
          start: from + ceilMulDiv(index, length, bins),
          end: from + ceilMulDiv(index + 1, length, bins),
          count: cell.count,
          kinds: keyCounts(cell.kinds, legendOrder),
          first: cell.first.id,
          last: cell.last.id,
        };
        out.bins.push(bin);
      }
      return out;
    });
    lanes.sort(group === 'kind' ? legendOrder : busiestFirst);
    const events = inWindow.filter((item) => named.has(item)).map((item) => this.record(item));
    return { ...answer, binLength, mode: 'bins', lanes, events };
  }

  /** The event a step lands on, or null past the end; an id the archive does not hold is an error. */
  step(request: StepRequest): SourceRecord | null {
    const { direction, id } = request;
    if (!DIRECTIONS.includes(direction)) {
      throw badParameter('dir', `dir "${direction}" is not one of ${DIRECTIONS.join(', ')}.`);
    }
    const kinds = kindList(request.kinds);
    const shown = kinds && new Set(kinds);
    const ends = direction === 'first' || direction === 'last';
    const given = id !== undefined ? 'id' : request.at !== undefined ? 'at' : undefined;
    if (ends && given) throw badParameter(given, `dir=${direction} takes neither id nor at.`);
    if (!ends && (id === undefined) === (request.at === undefined)) {
      throw badParameter(
        id === undefined ? 'id' : 'at',
        `dir=${direction} takes either id (an event) or at (a time), not ${id === undefined ? 'neither' : 'both'}.`,
      );
    }
    const forward = direction === 'next' || direction === 'first';
    let i: number;
    if (direction === 'first') i = 0;
    else if (direction === 'last') i = this.items.length - 1;
    else if (id !== undefined) {
      const at = this.position.get(checkId(id));
      if (at === undefined) {
        throw new SourceError(`There is no event with id ${JSON.stringify(id)}.`, { code: 'not-found' });
      }
      i = at + (forward ? 1 : -1);
    } else {
      const first = this.firstStarting(time('at', request.at!));
      i = forward ? first : first - 1;
    }
    for (; i >= 0 && i < this.items.length; i += forward ? 1 : -1) {
      const item = this.items[i]!;
      if (!shown || shown.has(item.kind)) return this.record(item);
    }
    return null;
  }

  /** One event by id, or null. */
  event(id: string): SourceRecord | null {
    const at = this.position.get(checkId(id));
    return at === undefined ? null : this.record(this.items[at]!);
  }

  /** The index of the first item that starts at or after `t`. */
  private firstStarting(t: number): number {
    let lo = 0;
    let hi = this.items.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.items[mid]!.start < t) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
}
