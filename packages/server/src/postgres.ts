import { createReadStream } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { postgresDialect } from './dialect.js';
import { DuckDBEngine } from './duckdb.js';
import { checkTableName, COLUMNS, type Engine, type Parameter, type Row } from './engine.js';
import type { LoadReport } from './load.js';
import { rollupStatements, rollupTables } from './queries.js';

/** Runs queries on a PostgreSQL server (or Citus) through a small pool of connections. */
export class PostgresEngine implements Engine {
  readonly dialect = postgresDialect;
  readonly description: string;
  private readonly pool: pg.Pool;

  constructor(connectionString: string) {
    this.pool = new pg.Pool({ connectionString, max: 4 });
    const url = new URL(connectionString);
    this.description = `PostgreSQL at ${url.hostname}${url.port ? `:${url.port}` : ''}${url.pathname}`;
  }

  async query(sql: string, parameters: readonly Parameter[] = []): Promise<Row[]> {
    const result = await this.pool.query(sql, parameters as Parameter[]);
    return result.rows as Row[];
  }

  async close(): Promise<void> {
    await this.pool.end();
  }
}

/** The table as PostgreSQL holds it: ids and kinds compared byte by byte, as DuckDB compares them. */
function createTable(table: string): string {
  return `CREATE TABLE ${table} (
  seq bigint NOT NULL,
  id text COLLATE "C" NOT NULL,
  title text NOT NULL,
  kind text COLLATE "C" NOT NULL,
  date text,
  start_ms bigint NOT NULL,
  end_ms bigint NOT NULL,
  precision text NOT NULL,
  status text NOT NULL,
  countries text[] NOT NULL,
  summary text,
  details text
)`;
}

/**
 * The indexes the queries use: `seq` (time order; first and last events of bins,
 * steps), `id` (look-ups), `start_ms` (a window's rows) and `kind, start_ms` (a
 * window under a kind filter).
 */
function createIndexes(table: string): string[] {
  const name = table.replace('.', '_');
  return [
    `ALTER TABLE ${table} ADD CONSTRAINT ${name}_seq PRIMARY KEY (seq)`,
    `ALTER TABLE ${table} ADD CONSTRAINT ${name}_id UNIQUE (id)`,
    `CREATE INDEX ${name}_start ON ${table} (start_ms)`,
    `CREATE INDEX ${name}_kind_start ON ${table} (kind, start_ms)`,
  ];
}

/**
 * Loads a file of records into a PostgreSQL table, replacing it: DuckDB reads and
 * checks the file as it does for serving (records with problems are left out and
 * reported), writes it as CSV, and `COPY … FROM STDIN` sends it to the server, in one
 * transaction with the table's creation and its indexes.
 */
export async function loadIntoPostgres(
  file: string,
  connectionString: string,
  options: { table?: string } = {},
): Promise<LoadReport> {
  const table = checkTableName(options.table ?? 'events');
  const { engine: duck, report } = await DuckDBEngine.fromFile(file, 'events', { rollups: false });
  const dir = await mkdtemp(join(tmpdir(), 'summitline-'));
  const csv = join(dir, 'events.csv');
  try {
    // Lists become PostgreSQL array literals: each element quoted, with \ and " escaped.
    const pgArray = `'{' || array_to_string(list_transform(countries, c -> '"' || replace(replace(c, '\\', '\\\\'), '"', '\\"') || '"'), ',') || '}'`;
    const columns = COLUMNS.map((c) => (c === 'countries' ? `${pgArray} AS countries` : c)).join(', ');
    await duck.query(
      `COPY (SELECT ${columns} FROM events ORDER BY seq) TO '${csv.replaceAll("'", "''")}' (FORMAT csv, HEADER false)`,
    );
  } finally {
    await duck.close();
  }
  const client = new pg.Client({ connectionString });
  await client.connect();
  try {
    await client.query('BEGIN');
    await client.query(`DROP TABLE IF EXISTS ${table}`);
    await client.query(createTable(table));
    await pipeline(
      createReadStream(csv),
      client.query(copyFrom(`COPY ${table} (${COLUMNS.join(', ')}) FROM STDIN WITH (FORMAT csv)`)),
    );
    for (const statement of createIndexes(table)) await client.query(statement);
    const { byStart, byCountry, edges, kinds, prefix } = rollupTables(table);
    const name = table.replace('.', '_');
    for (const rollup of [byStart, byCountry, edges, kinds, prefix])
      await client.query(`DROP TABLE IF EXISTS ${rollup}`);
    for (const statement of rollupStatements(postgresDialect, table)) await client.query(statement);
    await client.query(`CREATE INDEX ${name}_by_start_start ON ${byStart} (start_ms)`);
    await client.query(`CREATE INDEX ${name}_by_start_country_start ON ${byCountry} (start_ms)`);
    await client.query(`ALTER TABLE ${edges} ADD CONSTRAINT ${name}_edges_seq PRIMARY KEY (seq)`);
    await client.query(`ALTER TABLE ${prefix} ADD CONSTRAINT ${name}_prefix_key PRIMARY KEY (key)`);
    await client.query('COMMIT');
    for (const analysed of [table, byStart, byCountry, edges, kinds, prefix]) await client.query(`ANALYZE ${analysed}`);
  } catch (error) {
    await client.query('ROLLBACK').catch(() => {});
    throw error;
  } finally {
    await client.end();
    await rm(dir, { recursive: true, force: true });
  }
  return report;
}
