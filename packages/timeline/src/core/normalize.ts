import { DAY_MS, parseDay, parseEDTF, type Precision } from './edtf.js';
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
  const items: TimelineItem[] = [];
  const problems: Problem[] = [];
  const seen = new Set<string>();
  if (!Array.isArray(records)) {
    return { items, problems: [{ index: -1, field: 'events', message: 'expected an array of records' }] };
  }
  records.forEach((value, index) => {
    if (!value || typeof value !== 'object' || Array.isArray(value)) {
      problems.push({ index, field: '(record)', message: `expected an object, got ${describe(value)}` });
      return;
    }
    const record = value as Record<string, unknown>;
    const found: Problem[] = [];
    const id = typeof record.id === 'string' && record.id.trim() ? record.id : undefined;
    const report = (field: string, message: string) => found.push({ index, ...(id ? { id } : {}), field, message });

    if (!id) report('id', `expected a non-empty string, got ${describe(record.id)}`);
    else if (seen.has(id)) report('id', `duplicate id "${id}"; an earlier record has it`);
    if (typeof record.title !== 'string' || !record.title.trim()) {
      report('title', `expected a non-empty string, got ${describe(record.title)}`);
    }
    if (!isKind(record.kind))
      report('kind', `unknown kind ${describe(record.kind)}; expected one of ${KINDS.join(', ')}`);
    if (record.status !== undefined && !STATUSES.includes(record.status as string)) {
      report('status', `unknown status ${describe(record.status)}; expected one of ${STATUSES.join(', ')}`);
    }

    let interval:
      { start: number; end: number; precision: Precision; uncertain: boolean; approximate: boolean } | undefined;
    if (record.date !== undefined) {
      try {
        interval = parseEDTF(record.date as string);
      } catch (error) {
        report('date', (error as Error).message);
      }
    } else if (record.start !== undefined) {
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
      if (start !== undefined && last !== undefined) {
        if (last < start) report('end', `end ${describe(record.end)} is before start ${describe(record.start)}`);
        else interval = { start, end: last + DAY_MS, precision: 'day', uncertain: false, approximate: false };
      }
    } else {
      report('date', 'missing: give an EDTF `date` or a `start` (and optional `end`)');
    }

    if (found.length || !interval) {
      problems.push(...found);
      return;
    }
    seen.add(id!);
    const precision =
      isPrecision(record.precision) && record.date === undefined ? record.precision : interval.precision;
    const status = typeof record.status === 'string' ? record.status : 'happened';
    items.push({
      id: id!,
      kind: record.kind as Kind,
      title: (record.title as string).trim(),
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
    });
  });
  items.sort(compareItems);
  return { items, problems };
}

function isPrecision(value: unknown): value is Precision {
  return value === 'day' || value === 'month' || value === 'year';
}

/** Time order: start, then end, then id. */
export function compareItems(a: TimelineItem, b: TimelineItem): number {
  return a.start - b.start || a.end - b.end || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}
