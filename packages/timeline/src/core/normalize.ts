import { DAY_MS, parseDay, parseEDTF, type ParsedDate, type Precision } from './edtf.js';
import { isKind, KINDS, type Kind } from './kinds.js';

/** A record ready to draw: validated, with its interval in UTC milliseconds. */
export interface TimelineItem {
  id: string;
  kind: Kind;
  title: string;
  /** UTC midnight of the first day. */
  start: number;
  /** UTC midnight after the last day (exclusive). */
  end: number;
  precision: Precision;
  /** Planned or postponed: drawn hollow and dashed. */
  planned: boolean;
  status: string;
  countries: string[];
  uncertain: boolean;
  approximate: boolean;
  /** The record as given. */
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
  return reader.result();
}

/**
 * `normalize` a slice at a time, so that a caller can read many records in several
 * short tasks and keep the page responsive: `read` each slice, then take `result`.
 */
export class RecordReader {
  private items: TimelineItem[] = [];
  private readonly problems: Problem[] = [];
  /** The good items by id, which also finds duplicates. */
  readonly byId = new Map<string, TimelineItem>();
  /** Where each run of `items` in time order begins: every `read` sorts what it read into one. */
  private runs: number[] = [];

  /** Reads `records[from..to)`, and puts what it read in time order. */
  read(records: readonly unknown[], from = 0, to = records.length): void {
    const begin = this.items.length;
    let sorted = true;
    for (let index = from; index < to; index++) {
      const item = this.readRecord(records[index], index);
      if (!item) continue;
      const last = this.items[this.items.length - 1];
      if (sorted && last && this.items.length > begin && compareItems(last, item) > 0) sorted = false;
      this.items.push(item);
      this.byId.set(item.id, item);
    }
    if (this.items.length === begin) return;
    if (!sorted) {
      const run = this.items.slice(begin).sort(compareItems);
      for (let i = 0; i < run.length; i++) this.items[begin + i] = run[i]!;
    }
    // A run that follows on from the one before joins it.
    const before = this.items[begin - 1];
    if (!before || compareItems(before, this.items[begin]!) > 0) this.runs.push(begin);
  }

  /**
   * Merges the runs two by two, one pass over the items (so a caller can give each
   * pass a task of its own); true once they are all in one run, in time order.
   */
  merge(): boolean {
    const { items, runs } = this;
    if (runs.length <= 1) return true;
    const out = new Array<TimelineItem>(items.length);
    const next: number[] = [];
    for (let r = 0; r < runs.length; r += 2) {
      const a0 = runs[r]!;
      const a1 = runs[r + 1] ?? items.length;
      const b1 = runs[r + 2] ?? items.length;
      next.push(a0);
      let [i, j, k] = [a0, a1, a0];
      while (i < a1 && j < b1) out[k++] = compareItems(items[i]!, items[j]!) <= 0 ? items[i++]! : items[j++]!;
      while (i < a1) out[k++] = items[i++]!;
      while (j < b1) out[k++] = items[j++]!;
    }
    this.items = out;
    this.runs = next;
    return next.length <= 1;
  }

  /** The items in time order, and the problems in record order. */
  result(): { items: TimelineItem[]; problems: Problem[] } {
    while (!this.merge());
    return { items: this.items, problems: this.problems };
  }

  private readRecord(value: unknown, index: number): TimelineItem | undefined {
    if (!value || typeof value !== 'object' || Array.isArray(value)) {
      this.problems.push({ index, field: '(record)', message: `expected an object, got ${describe(value)}` });
      return undefined;
    }
    const record = value as Record<string, unknown>;
    const found: Problem[] = [];
    const id = typeof record.id === 'string' && record.id.trim() ? record.id : undefined;
    const report = (field: string, message: string) => found.push({ index, ...(id ? { id } : {}), field, message });

    if (!id) report('id', `expected a non-empty string, got ${describe(record.id)}`);
    else if (this.byId.has(id)) report('id', `duplicate id "${id}"; an earlier record has it`);
    const title = typeof record.title === 'string' ? record.title.trim() : '';
    if (!title) report('title', `expected a non-empty string, got ${describe(record.title)}`);
    if (!isKind(record.kind))
      report('kind', `unknown kind ${describe(record.kind)}; expected one of ${KINDS.join(', ')}`);
    if (record.status !== undefined && !STATUSES.includes(record.status as string)) {
      report('status', `unknown status ${describe(record.status)}; expected one of ${STATUSES.join(', ')}`);
    }
    const interval = readInterval(record, report);
    if (found.length || !interval) {
      this.problems.push(...found);
      return undefined;
    }
    const precision =
      isPrecision(record.precision) && record.date === undefined ? record.precision : interval.precision;
    const status = typeof record.status === 'string' ? record.status : 'happened';
    return {
      id: id!,
      kind: record.kind as Kind,
      title,
      start: interval.start,
      end: interval.end,
      precision,
      planned: status === 'planned' || status === 'postponed',
      status,
      countries: Array.isArray(record.countries)
        ? record.countries.filter((c): c is string => typeof c === 'string')
        : [],
      uncertain: interval.uncertain,
      approximate: interval.approximate,
      record,
      index,
    };
  }
}

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
  if (last < start) {
    report('end', `end ${describe(record.end)} is before start ${describe(record.start)}`);
    return undefined;
  }
  return { start, end: last + DAY_MS, precision: 'day', uncertain: false, approximate: false };
}

function isPrecision(value: unknown): value is Precision {
  return value === 'day' || value === 'month' || value === 'year';
}

/** Time order: start, then end, then id. */
export function compareItems(a: TimelineItem, b: TimelineItem): number {
  return a.start - b.start || a.end - b.end || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}
