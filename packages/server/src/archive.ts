import { createHash } from 'node:crypto';
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

/** The eleven diplomatic kinds, in the order legends list them. */
export const KINDS = [
  'summit',
  'meeting',
  'visit',
  'call',
  'parade',
  'agreement',
  'statement',
  'military',
  'legislation',
  'inauguration',
  'other',
] as const;

/** Legend order: the eleven kinds as listed, then any other by code point. */
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
const day = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/** A row of the table as the wire format's record. */
export function toRecord(row: Row): WireRecord {
  const start = num(row.start_ms);
  const end = num(row.end_ms);
  const record: WireRecord = {
    id: String(row.id),
    title: String(row.title),
    kind: String(row.kind),
    ...(row.date == null ? {} : { date: String(row.date) }),
    start: day(start),
    end: day(Math.max(start, end - DAY_MS)),
    precision: String(row.precision) as WireRecord['precision'],
    status: String(row.status) as WireRecord['status'],
    countries: Array.isArray(row.countries) ? row.countries.map(String) : [],
    ...(row.summary == null ? {} : { summary: String(row.summary) }),
  };
  if (row.details != null) {
    for (const [field, value] of Object.entries(JSON.parse(String(row.details)) as Record<string, unknown>)) {
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
    return new Archive(engine, table, summary, await hasRollups(engine, table));
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
        rollup: this.rollups && span >= ROLLUP_FROM_MS,
      }),
    );
    const marks = rows.length ? num(rows[0]!.marks) : 0;
    const records = rows.filter((row) => row.part === 'record').sort((a, b) => num(a.seq) - num(b.seq));
    const base = { from, to, width, group, kinds: kinds && [...kinds], marks, limit, bins, binLength: span / bins };
    if (marks <= limit) return { ...base, mode: 'events', events: records.map(toRecord) };

    const idOf = new Map(records.map((row) => [num(row.seq), String(row.id)]));
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
          out.events.push(idOf.get(cell.first)!);
          continue;
        }
        const bin: Bin = {
          index,
          start: from + binEdge(index, span, bins),
          end: from + binEdge(index + 1, span, bins),
          count,
          kinds: kindCounts,
          first: idOf.get(cell.first)!,
          last: idOf.get(cell.last)!,
        };
        out.bins.push(bin);
      }
      return out;
    });
    if (group === 'kind') lanes.sort((a, b) => compareKinds(a.key, b.key));
    else lanes.sort((a, b) => b.count - a.count || byKey(a.key, b.key));
    return { ...base, mode: 'bins', lanes, events: records.map(toRecord) };
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

/** Are the rollup tables there? (A table made some other way may not have them; windows then count events.) */
async function hasRollups(engine: Engine, table: string): Promise<boolean> {
  const { byStart, byCountry } = rollupTables(table);
  try {
    await engine.query(`SELECT 1 FROM ${byStart} WHERE FALSE UNION ALL SELECT 1 FROM ${byCountry} WHERE FALSE`);
    return true;
  } catch {
    return false;
  }
}

function run(engine: Engine, statement: Statement): Promise<Row[]> {
  return engine.query(statement.sql, statement.parameters);
}
