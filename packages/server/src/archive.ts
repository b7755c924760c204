import { EVENT_KINDS, type EventKind } from '@summitline/events';
import { createHash } from 'node:crypto';
import { RECORD_JSON_FIELDS } from './dialect.js';
import { checkTableName, type Engine, type Row } from './engine.js';
import {
  densityStatement,
  eventStatement,
  rollupTables,
  stepStatement,
  totalsStatement,
  windowStatement,
  type Statement,
} from './queries.js';
import type {
  Bin,
  DensityAnswer,
  Group,
  KeyCount,
  Lane,
  StepAnswer,
  StepDirection,
  TotalsAnswer,
  WindowAnswer,
  WireRecord,
} from './wire.js';

const DAY_MS = 86_400_000;
/** Windows at least this long count the events that start inside them from the rollup tables, when there are some. */
export const ROLLUP_FROM_MS = 64 * DAY_MS;

/** The kinds legends list first, in their order: the data package's `EVENT_KINDS`. */
export const KINDS: readonly EventKind[] = EVENT_KINDS;

/** Legend order: the data package's kinds as it lists them, then any other by code point. */
export function compareKinds(a: string, b: string): number {
  const i = (KINDS as readonly string[]).indexOf(a);
  const j = (KINDS as readonly string[]).indexOf(b);
  if (i >= 0 || j >= 0) return (i < 0 ? KINDS.length : i) - (j < 0 ? KINDS.length : j);
  return a < b ? -1 : a > b ? 1 : 0;
}

const byKey = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const num = (value: unknown) => Number(value);
/** ⌈index · span / bins⌉, exactly (the product may pass 2^53). */
function binEdge(index: number, span: number, bins: number): number {
  const b = BigInt(bins);
  return Number((BigInt(index) * BigInt(span) + b - 1n) / b);
}
/** Days already written out: an answer names the same few days many times. */
const days = new Map<number, string>();
/** The UTC day of a time, `YYYY-MM-DD` (or `±YYYYYY-MM-DD` outside years 0–9999). */
function day(ms: number): string {
  let text = days.get(ms);
  if (text === undefined) {
    if (days.size >= 100_000) days.clear();
    text = new Date(ms).toISOString().slice(0, 10);
    days.set(ms, text);
  }
  return text;
}

/** A record's fields as the table holds them (`details` as JSON text, or parsed). */
interface Fields {
  id: unknown;
  title: unknown;
  kind: unknown;
  date: unknown;
  start_ms: unknown;
  end_ms: unknown;
  precision: unknown;
  status: unknown;
  countries: unknown;
  summary: unknown;
  details: unknown;
}

/** A row of the table, or one whose `record` holds the fields as JSON (`Dialect.recordJson`), as the wire format's record. */
export function toRecord(row: Row): WireRecord {
  if (row.record == null) return makeRecord(row as unknown as Fields);
  const values = JSON.parse(String(row.record)) as unknown[];
  const fields = {} as Record<string, unknown>;
  for (let i = 0; i < RECORD_JSON_FIELDS.length; i++) fields[RECORD_JSON_FIELDS[i]!] = values[i];
  return makeRecord(fields as unknown as Fields);
}

function makeRecord(row: Fields): WireRecord {
  const start = num(row.start_ms);
  const end = num(row.end_ms);
  const record = { id: String(row.id), title: String(row.title), kind: String(row.kind) } as WireRecord;
  if (row.date != null) record.date = String(row.date);
  record.start = day(start);
  record.end = day(Math.max(start, end - DAY_MS));
  record.precision = String(row.precision) as WireRecord['precision'];
  record.status = String(row.status) as WireRecord['status'];
  record.countries = Array.isArray(row.countries) ? row.countries.map(String) : [];
  if (row.summary != null) record.summary = String(row.summary);
  if (row.details != null) {
    const details = (typeof row.details === 'string' ? JSON.parse(row.details) : row.details) as Record<
      string,
      unknown
    >;
    for (const field in details) {
      const value = details[field];
      if (value != null && !(field in record)) record[field] = withoutNulls(value);
    }
  }
  return record;
}

/**
 * A field as the source gave it: a file read as a table gives every object of a column
 * every key any of them has, null where absent, and the record leaves those out.
 */
function withoutNulls(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutNulls);
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(
    Object.entries(value)
      .filter(([, v]) => v != null)
      .map(([k, v]) => [k, withoutNulls(v)]),
  );
}

export interface WindowRequest {
  from: number;
  to: number;
  width: number;
  /** Pixels per bin. */
  px: number;
  limit: number;
  kinds: readonly string[] | null;
  group: Group;
}

export interface StepRequest {
  direction: StepDirection;
  id?: string;
  at?: number;
  kinds: readonly string[] | null;
}

/** Thrown for an id the archive does not hold. */
export class NotFoundError extends Error {}

/**
 * An archive in a database: answers the wire format's questions, each with one SQL
 * statement. The whole archive's totals (and the data version, their fingerprint) are
 * read once when it opens.
 */
export class Archive {
  private constructor(
    readonly engine: Engine,
    readonly table: string,
    private readonly summary: TotalsAnswer,
    /** Whether the table has its rollup tables (`rollupStatements`). */
    readonly rollups: boolean,
    /** Whether its prefix counts were built (see `PREFIX_MAX_ROWS`). */
    readonly prefix: boolean,
  ) {}

  /**
   * Opens the archive in `table` of `engine`. `dataVersion` replaces the fingerprint
   * (say, a release tag) when the data's own is not wanted.
   */
  static async open(engine: Engine, options: { table?: string; dataVersion?: string } = {}): Promise<Archive> {
    const table = checkTableName(options.table ?? 'events');
    const rows = await run(engine, totalsStatement(engine.dialect, table));
    const all = rows.find((row) => row.part === 'all')!;
    const total = num(all.n);
    const kinds = rows
      .filter((row) => row.part === 'kind')
      .map((row) => ({ key: String(row.key), count: num(row.n) }))
      .sort((a, b) => compareKinds(a.key, b.key));
    const countries = rows
      .filter((row) => row.part === 'country')
      .map((row) => ({ key: String(row.key), count: num(row.n) }))
      .sort((a, b) => b.count - a.count || byKey(a.key, b.key));
    const from = total ? num(all.first_start) : 0;
    const to = total ? num(all.last_end) : 0;
    const fingerprint = JSON.stringify([
      total,
      from,
      to,
      String(all.start_sum),
      String(all.end_sum),
      String(all.text_sum),
      kinds,
      countries,
    ]);
    const summary: TotalsAnswer = {
      dataVersion: options.dataVersion ?? createHash('sha256').update(fingerprint).digest('hex').slice(0, 16),
      total,
      span: total ? { from, to, start: day(from), end: day(to - DAY_MS) } : null,
      longest: total ? num(all.longest) : 0,
      kinds,
      countries,
    };
    const { rollups, prefix } = await findRollups(engine, table);
    return new Archive(engine, table, summary, rollups, prefix);
  }

  get dataVersion(): string {
    return this.summary.dataVersion;
  }

  totals(): TotalsAnswer {
    return this.summary;
  }

  async window(request: WindowRequest): Promise<WindowAnswer> {
    const { from, to, width, px, limit, kinds, group } = request;
    const bins = Math.ceil(width / px);
    const span = to - from;
    const reach = from - Math.max(this.summary.longest, 1);
    const rows = await run(
      this.engine,
      windowStatement(this.engine.dialect, this.table, {
        ...{ from, to, reach, bins, limit, kinds, group },
        counting: !this.rollups || span < ROLLUP_FROM_MS ? 'events' : this.prefix ? 'prefix' : 'rollup',
      }),
    );
    const marks = num(rows.find((row) => row.part === 'marks')?.n ?? 0);
    const seqs: number[] = [];
    const bySeq = new Map<number, WireRecord>();
    for (const row of rows) {
      if (row.part !== 'record') continue;
      const seq = num(row.seq);
      seqs.push(seq);
      bySeq.set(seq, toRecord(row));
    }
    const events = seqs.sort((a, b) => a - b).map((seq) => bySeq.get(seq)!);
    const base = { from, to, width, group, kinds: kinds && [...kinds], marks, limit, bins, binLength: span / bins };
    if (marks <= limit) return { ...base, mode: 'events', events };

    const idOf = (seq: number) => bySeq.get(seq)!.id;
    const cells = new Map<string, Map<number, { first: number; last: number; kinds: Map<string, number> }>>();
    for (const row of rows) {
      if (row.part !== 'cell') continue;
      const key = String(row.lane);
      let lane = cells.get(key);
      if (!lane) cells.set(key, (lane = new Map()));
      const index = num(row.bin);
      let bin = lane.get(index);
      if (!bin) lane.set(index, (bin = { first: Infinity, last: -Infinity, kinds: new Map() }));
      bin.first = Math.min(bin.first, num(row.first_seq));
      bin.last = Math.max(bin.last, num(row.last_seq));
      bin.kinds.set(String(row.kind), num(row.n));
    }
    const lanes: Lane[] = [...cells].map(([key, lane]) => {
      const out: Lane = { key, count: 0, bins: [], events: [] };
      for (const [index, cell] of [...lane].sort((a, b) => a[0] - b[0])) {
        const kindCounts: KeyCount[] = [...cell.kinds]
          .map(([kind, count]) => ({ key: kind, count }))
          .sort((a, b) => compareKinds(a.key, b.key));
        const count = kindCounts.reduce((sum, k) => sum + k.count, 0);
        out.count += count;
        if (count === 1) {
          out.events.push(idOf(cell.first));
          continue;
        }
        const bin: Bin = {
          index,
          start: from + binEdge(index, span, bins),
          end: from + binEdge(index + 1, span, bins),
          count,
          kinds: kindCounts,
          first: idOf(cell.first),
          last: idOf(cell.last),
        };
        out.bins.push(bin);
      }
      return out;
    });
    if (group === 'kind') lanes.sort((a, b) => compareKinds(a.key, b.key));
    else lanes.sort((a, b) => b.count - a.count || byKey(a.key, b.key));
    return { ...base, mode: 'bins', lanes, events };
  }

  async density(request: {
    from: number;
    to: number;
    bins: number;
    kinds: readonly string[] | null;
  }): Promise<DensityAnswer> {
    const rows = await run(this.engine, densityStatement(this.engine.dialect, this.table, request));
    const counts = new Array<number>(request.bins).fill(0);
    for (const row of rows) counts[num(row.bin)] = num(row.n);
    return { from: request.from, to: request.to, kinds: request.kinds && [...request.kinds], counts };
  }

  async step(request: StepRequest): Promise<StepAnswer> {
    const rows = await run(this.engine, stepStatement(this.table, request));
    if (request.id !== undefined && !rows.some((row) => row.part === 'ref')) {
      throw new NotFoundError(`There is no event with id ${JSON.stringify(request.id)}.`);
    }
    const hit = rows.find((row) => row.part === 'hit');
    return { event: hit ? toRecord(hit) : null };
  }

  async event(id: string): Promise<WireRecord> {
    const [row] = await run(this.engine, eventStatement(this.table, id));
    if (!row) throw new NotFoundError(`There is no event with id ${JSON.stringify(id)}.`);
    return toRecord(row);
  }

  close(): Promise<void> {
    return this.engine.close();
  }
}

/**
 * Are the rollup tables there, and the prefix counts in them? (A table made some other
 * way may not have them; windows then count events.)
 */
async function findRollups(engine: Engine, table: string): Promise<{ rollups: boolean; prefix: boolean }> {
  const { byStart, byCountry, edges, kinds, prefix } = rollupTables(table);
  try {
    const rows = await engine.query(
      `SELECT count(*) AS n FROM (SELECT 1 FROM ${prefix} LIMIT 1) AS p
       WHERE NOT EXISTS (SELECT 1 FROM ${byStart} WHERE FALSE UNION ALL SELECT 1 FROM ${byCountry} WHERE FALSE
                         UNION ALL SELECT 1 FROM ${edges} WHERE FALSE UNION ALL SELECT 1 FROM ${kinds} WHERE FALSE)`,
    );
    return { rollups: true, prefix: num(rows[0]?.n) > 0 };
  } catch {
    return { rollups: false, prefix: false };
  }
}

function run(engine: Engine, statement: Statement): Promise<Row[]> {
  return engine.query(statement.sql, statement.parameters);
}
