import { EARLIEST_TIME, LATEST_TIME, SORT_STEP, TITLE_MAX_LENGTH } from './defaults.js';
import { DAY_MS, parseDay, parseEDTF, type ParsedDate, type Precision } from './edtf.js';
import { readKind } from './kinds.js';
import type { RowIndexes } from './rows.js';
import { endIndexes } from './visible.js';

/** A record ready to draw: validated, with its interval in UTC milliseconds. */
export interface TimelineItem {
  id: string;
  /** Trimmed: one of `KINDS`, or any other name (a custom kind). */
  kind: string;
  /** The title, trimmed, and cut to `TITLE_MAX_LENGTH` characters. */
  title: string;
  /** UTC midnight of the first day. */
  start: number;
  /** UTC midnight after the last day (exclusive). */
  end: number;
  precision: Precision;
  /** Planned or postponed: drawn hollow and dashed. */
  planned: boolean;
  status: string;
  /** As given, strings only (records without countries share one frozen empty list). */
  countries: readonly string[];
  uncertain: boolean;
  approximate: boolean;
  /** The record's fields, each read once from the record as given, in a plain object (see `readFields`). */
  record: Readonly<Record<string, unknown>>;
  /** Position in the input. */
  index: number;
}

/** One thing wrong with one field of one record. */
export interface Problem {
  index: number;
  id?: string;
  field: string;
  message: string;
}

const STATUSES = ['happened', 'planned', 'postponed', 'cancelled'];

function describe(value: unknown): string {
  return typeof value === 'string' ? JSON.stringify(value) : value === undefined ? 'nothing' : String(value);
}

/**
 * Validates records and turns the good ones into items sorted by start, then end,
 * then id. Every bad field of a record is reported (one problem per record and
 * field); a record with any problem is skipped, and the others still come out.
 */
export function normalize(records: readonly unknown[]): { items: TimelineItem[]; problems: Problem[] } {
  if (!Array.isArray(records)) {
    return { items: [], problems: [{ index: -1, field: 'events', message: 'expected an array of records' }] };
  }
  const reader = new RecordReader();
  reader.read(records);
  const { items, problems } = reader.result();
  return { items, problems };
}

/**
 * `normalize` a slice at a time, so that a caller can read many records in several
 * short tasks and keep the page responsive: `read` each slice, then take `result`,
 * which puts the items in time order (in one `sortItems`, unless they came in it).
 */
export class RecordReader {
  #items: TimelineItem[] = [];
  readonly #problems: Problem[] = [];
  /** The good items by id, which also finds duplicates. */
  readonly byId = new Map<string, TimelineItem>();
  /** Whether `items` are in time order: they stay in the order they came in until `result`. */
  #sorted = true;

  /** Reads `records[from..to)`. */
  read(records: readonly unknown[], from = 0, to = records.length): void {
    this.#indexes = undefined;
    const items = this.#items;
    const byId = this.byId;
    for (let index = from; index < to; index++) {
      const item = this.#readRecord(records[index], index);
      if (!item) continue;
      const last = items[items.length - 1];
      if (this.#sorted && last && compareItems(last, item) > 0) this.#sorted = false;
      items.push(item);
      byId.set(item.id, item);
    }
  }

  /**
   * Puts the items in time order a step at a time (see `sortSteps`), for a caller that
   * gives each step a task of its own; read nothing more until it is done. `result`
   * then finds them sorted.
   */
  *order(): Generator<void, void, void> {
    if (this.#sorted) return;
    this.#items = yield* sortSteps(this.#items);
    this.#sorted = true;
  }

  /** The indexes of the items in time order, built by the first `result`. */
  #indexes?: RowIndexes;

  /**
   * The items in time order, with their indexes (the timeline's rows and opening window
   * use them), and the problems in record order. The first call sorts and indexes;
   * reading more records afterwards starts again.
   */
  result(): { items: TimelineItem[]; indexes: RowIndexes; problems: Problem[] } {
    if (!this.#sorted) {
      this.#items = sortItems(this.#items);
      this.#sorted = true;
      this.#indexes = undefined;
    }
    this.#indexes ??= endIndexes(this.#items);
    return { items: this.#items, indexes: this.#indexes, problems: this.#problems };
  }

  #readRecord(value: unknown, index: number): TimelineItem | undefined {
    if (!value || typeof value !== 'object' || Array.isArray(value)) {
      this.#problems.push({ index, field: '(record)', message: `expected an object, got ${describe(value)}` });
      return undefined;
    }
    // Each field is read once: a getter that answers differently each time, or throws, cannot pass as another record.
    const { record, failed } = readFields(value);
    const found: Problem[] = [];
    const id = typeof record.id === 'string' && record.id.trim() ? record.id : undefined;
    const report = (field: string, message: string) => found.push({ index, ...(id ? { id } : {}), field, message });
    if (failed) {
      report(failed[0], `reading it threw: ${(failed[1] as Error)?.message ?? failed[1]}`);
      return void this.#problems.push(...found);
    }
    if (!id) report('id', `expected a non-empty string, got ${describe(record.id)}`);
    else if (this.byId.has(id)) report('id', `duplicate id "${id}"; an earlier record has it`);
    const title = typeof record.title === 'string' ? cutTitle(record.title.trim()) : '';
    if (!title) report('title', `expected a non-empty string, got ${describe(record.title)}`);
    const kind = readKind(record.kind);
    if (!kind) report('kind', `expected a non-empty string, got ${describe(record.kind)}`);
    if (record.status !== undefined && !STATUSES.includes(record.status as string)) {
      report('status', `unknown status ${describe(record.status)}; expected one of ${STATUSES.join(', ')}`);
    }
    const interval = readInterval(record, report);
    if (found.length || !interval) {
      this.#problems.push(...found);
      return undefined;
    }
    const precision =
      isPrecision(record.precision) && record.date === undefined ? record.precision : interval.precision;
    const status = typeof record.status === 'string' ? record.status : 'happened';
    return {
      id: id!,
      kind: kind!,
      title,
      start: interval.start,
      end: interval.end,
      precision,
      planned: status === 'planned' || status === 'postponed',
      status,
      countries: Array.isArray(record.countries)
        ? record.countries.filter((c): c is string => typeof c === 'string')
        : NO_COUNTRIES,
      uncertain: interval.uncertain,
      approximate: interval.approximate,
      record,
      index,
    };
  }
}

/** One list for every record without countries, rather than an empty array each. */
const NO_COUNTRIES: readonly string[] = Object.freeze([]);

/** The interval of a record's `date`, or of its `start` and `end`; what is wrong with them goes to `report`. */
function readInterval(
  record: Record<string, unknown>,
  report: (field: string, message: string) => void,
): ParsedDate | undefined {
  if (record.date !== undefined) {
    try {
      return parseEDTF(record.date as string);
    } catch (error) {
      report('date', (error as Error).message);
      return undefined;
    }
  }
  if (record.start === undefined) {
    report('date', 'missing: give an EDTF `date` or a `start` (and optional `end`)');
    return undefined;
  }
  let start: number | undefined;
  let last: number | undefined;
  try {
    start = parseDay(record.start as string | Date);
  } catch (error) {
    report('start', (error as Error).message);
  }
  try {
    last = record.end === undefined ? start : parseDay(record.end as string | Date);
  } catch (error) {
    report('end', (error as Error).message);
  }
  if (start === undefined || last === undefined) return undefined;
  const far = !drawable(start) ? 'start' : !drawable(last) ? 'end' : '';
  if (far) {
    const day = new Date(far === 'start' ? start : last).toISOString().slice(0, -14);
    return void report(far, `${day} is outside the years the timeline draws (0000 to 9999)`);
  }
  if (last < start) {
    report('end', `end ${describe(record.end)} is before start ${describe(record.start)}`);
    return undefined;
  }
  return { start, end: last + DAY_MS, precision: 'day', uncertain: false, approximate: false };
}

/** Whether a day lies in the years the timeline draws. */
const drawable = (day: number) => day >= EARLIEST_TIME && day < LATEST_TIME;

/** A title cut to `TITLE_MAX_LENGTH` characters, the last an ellipsis, never between the halves of a surrogate pair. */
export function cutTitle(title: string): string {
  const end = TITLE_MAX_LENGTH - (/[\ud800-\udbff]/.test(title[TITLE_MAX_LENGTH - 2]!) ? 2 : 1);
  return title.length > TITLE_MAX_LENGTH ? `${title.slice(0, end).trimEnd()}…` : title;
}

/** The fields the timeline and its card read, read first (the id before the others, so that a problem can name it). */
const FIELDS = 'id kind title date start end precision status countries participants location summary sources'.split(
  ' ',
);

/**
 * The record's fields, each read once, in a plain object: those the timeline reads
 * (from the record or its prototype, as a class's getters), then every other
 * enumerable one, so that what is validated is what is drawn. A field whose reading
 * throws ends the reading, and is named in `failed` with what it threw.
 */
export function readFields(value: object): { record: Record<string, unknown>; failed?: [string, unknown] } {
  const source = value as Record<string, unknown>;
  const record: Record<string, unknown> = {};
  let field = '(record)';
  try {
    for (field of FIELDS) if (field in source) record[field] = source[field];
    for (field in source) if (field !== '__proto__' && !Object.hasOwn(record, field)) record[field] = source[field];
  } catch (error) {
    return { record, failed: [field, error] };
  }
  return { record };
}

function isPrecision(value: unknown): value is Precision {
  return value === 'day' || value === 'month' || value === 'year';
}

/** Time order: start, then end, then id. */
export function compareItems(a: TimelineItem, b: TimelineItem): number {
  return a.start - b.start || a.end - b.end || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/** The longest run of items on one day that is put in order by insertion; longer ones take an `Array` sort. */
const SHORT_RUN = 16;

/**
 * The items in time order, exactly as `[...items].sort(compareItems)` puts them, but
 * sorted by number: each item's start day (counted from the first item's) and its
 * position are packed into one float64 key, and a `Float64Array` sorts the keys
 * natively; only the items that start on the same day are then compared. Starts
 * too far apart to pack (or not finite) are sorted with the comparator instead.
 */
export function sortItems(items: readonly TimelineItem[]): TimelineItem[] {
  const steps = sortSteps(items);
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
  }
}

/**
 * `sortItems` in steps, for a caller that gives each its own task: the keys of up to
 * `step` items per step, then their native sort, then the items put in order about
 * `step` at a time (a step ends where a day does). Returns the sorted items.
 */
export function* sortSteps(items: readonly TimelineItem[], step = SORT_STEP): Generator<void, TimelineItem[], void> {
  const n = items.length;
  const keys = new Float64Array(n);
  // day × n + position is an exact integer while |day| × n stays below 2^52.
  const limit = 2 ** 52 / n;
  const first = n ? Math.floor(items[0]!.start / DAY_MS) : 0;
  for (let from = 0; from < n; from += step) {
    const to = Math.min(n, from + step);
    for (let i = from; i < to; i++) {
      const day = Math.floor(items[i]!.start / DAY_MS) - first;
      if (!(Math.abs(day) < limit)) return [...items].sort(compareItems);
      keys[i] = day * n + i;
    }
    yield;
  }
  keys.sort();
  yield;
  // As many items, in a packed array, each of which the loop replaces.
  const out = items.slice();
  // The items of one day, out[run..k), have keys below `next`, the first key of the day after.
  let run = 0;
  let next = -Infinity;
  let stepEnd = step;
  for (let k = 0; k < n; k++) {
    const key = keys[k]!;
    let position = key % n;
    if (position < 0) position += n;
    out[k] = items[position]!;
    if (key >= next) {
      orderRun(out, run, k);
      run = k;
      next = key - position + n;
      // A step ends only where a day does: the run it leaves open is ordered in the next.
      if (k >= stepEnd) {
        yield;
        stepEnd = k + step;
      }
    }
  }
  orderRun(out, run, n);
  return out;
}

/** Sorts `list[from..to)` by `compareItems`, stably. */
function orderRun(list: TimelineItem[], from: number, to: number): void {
  if (to - from > SHORT_RUN) {
    const run = list.slice(from, to).sort(compareItems);
    for (let i = 0; i < run.length; i++) list[from + i] = run[i]!;
    return;
  }
  for (let i = from + 1; i < to; i++) {
    const item = list[i]!;
    let j = i;
    for (; j > from && compareItems(list[j - 1]!, item) > 0; j--) list[j] = list[j - 1]!;
    list[j] = item;
  }
}
