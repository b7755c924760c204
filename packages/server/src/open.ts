import { extname } from 'node:path';
import { Archive } from './archive.js';
import { DuckDBEngine } from './duckdb.js';
import { formatReport } from './load.js';
import { PostgresEngine } from './postgres.js';

export interface OpenOptions {
  /** The table that holds the archive (default `events`). */
  table?: string;
  /** A data version to use in ETags instead of the data's own fingerprint. */
  dataVersion?: string;
  /** Where to write what the server does (loading problems, requests); nowhere unless given. */
  log?: (line: string) => void;
}

/** Is this a PostgreSQL connection string? */
export const isPostgres = (source: string) => /^postgres(ql)?:\/\//i.test(source);
/** Is this a DuckDB database (a file, or a MotherDuck `md:` path) that already holds the table? */
export const isDuckDBDatabase = (source: string) =>
  /^md:/i.test(source) || ['.duckdb', '.ddb', '.db'].includes(extname(source).toLowerCase());

/**
 * Opens an archive: a `postgres://` connection string (the table must be there: see
 * `loadIntoPostgres`), a DuckDB database file or MotherDuck `md:` path holding the
 * table, or a `.parquet`, `.csv` or `.json` file, read into DuckDB in memory.
 */
export async function openArchive(source: string, options: OpenOptions = {}): Promise<Archive> {
  const settings = {
    ...(options.table === undefined ? {} : { table: options.table }),
    ...(options.dataVersion === undefined ? {} : { dataVersion: options.dataVersion }),
  };
  if (isPostgres(source)) {
    const engine = new PostgresEngine(source);
    return openOrClose(engine, settings);
  }
  if (isDuckDBDatabase(source)) return openOrClose(await DuckDBEngine.open(source), settings);
  const { engine, report } = await DuckDBEngine.fromFile(source, options.table);
  for (const line of formatReport(source, report)) options.log?.(line);
  return openOrClose(engine, settings);
}

async function openOrClose(
  engine: PostgresEngine | DuckDBEngine,
  settings: { table?: string; dataVersion?: string },
): Promise<Archive> {
  try {
    return await Archive.open(engine, settings);
  } catch (error) {
    await engine.close();
    throw error;
  }
}
