import type { Dialect } from './dialect.js';

/** One row of a result, by column name. Numbers may come as `number`, `bigint` or numeric strings, by engine. */
export type Row = Record<string, unknown>;

/** A value bound to a `$n` placeholder. */
export type Parameter = string | number;

/** A database that answers the archive's queries: DuckDB in this process, or a PostgreSQL server. */
export interface Engine {
  readonly dialect: Dialect;
  /** What it is and where the data comes from, for the log ("DuckDB 1.5.0 in memory, from events.parquet"). */
  readonly description: string;
  /** Runs one statement with its values bound to `$1`, `$2`, …, and gives its rows. */
  query(sql: string, parameters?: readonly Parameter[]): Promise<Row[]>;
  close(): Promise<void>;
}

/** The columns of the archive's table, in the order the loaders write them. */
export const COLUMNS = [
  'seq',
  'id',
  'title',
  'kind',
  'date',
  'start_ms',
  'end_ms',
  'precision',
  'status',
  'countries',
  'summary',
  'details',
] as const;

/** A table name as given (`events`, `archive.events`): letters, digits and underscores only, as it is written into SQL. */
export function checkTableName(name: string): string {
  if (!/^[A-Za-z_][A-Za-z0-9_]{0,62}(\.[A-Za-z_][A-Za-z0-9_]{0,62})?$/.test(name)) {
    throw new Error(
      `The table name "${name}" is not a plain SQL name (letters, digits and _, optionally schema.table).`,
    );
  }
  return name;
}
