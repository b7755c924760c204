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
  private readonly items: TimelineItem[] = [];
  private readonly problems: Problem[] = [];
  /** The good items by id, which also finds duplicates. */
  readonly byId = new Map<string, TimelineItem>();
  private sorted = true;

  /** Reads `records[from..to)`. */
  read(records: readonly unknown[], from = 0, to = records.length): void {
    for (let index = from; index < to; index++) {
      const item = this.readRecord(records[index], index);
      if (!item) continue;
      const last = this.items[this.items.length - 1];
      if (this.sorted && last && compareItems(last, item) > 0) this.sorted = false;
      this.items.push(item);
      this.byId.set(item.id, item);
    }
  }

  /** The items in time order (sorted only if they did not come in order), and the problems in record order. */
  result(): { items: TimelineItem[]; problems: Problem[] } {
    if (!this.sorted) this.items.sort(compareItems);
    this.sorted = true;
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
