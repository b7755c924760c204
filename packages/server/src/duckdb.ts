import { DuckDBInstance, version, type DuckDBConnection, type DuckDBPreparedStatement } from '@duckdb/node-api';
import { basename } from 'node:path';
import { duckdbDialect } from './dialect.js';
import type { Engine, Parameter, Row } from './engine.js';
import { loadFile, type LoadReport } from './load.js';

/** How many queries run at once: DuckDB spreads each over the cores as well. */
const CONNECTIONS = 2;

/**
 * Each connection's settings. A window looks up a few thousand rows by key (the prefix
 * counts at its bins' edges, the edges' records): with these, the keys a join has
 * gathered filter the other side as a list (not only by their least and greatest), which
 * DuckDB answers from the table's ART index rather than by scanning it.
 */
/** Prepared statements kept per connection. */
const KEPT_STATEMENTS = 64;

const SETTINGS = ['SET dynamic_or_filter_threshold = 10000', 'SET index_scan_max_count = 10000'];

/** Runs queries on a DuckDB database through a few connections, each taking one query at a time. */
export class DuckDBEngine implements Engine {
  readonly dialect = duckdbDialect;
  private readonly idle: DuckDBConnection[];
  private readonly waiting: ((connection: DuckDBConnection) => void)[] = [];
  private readonly statements = new Map<DuckDBConnection, Map<string, DuckDBPreparedStatement>>();

  private constructor(
    private readonly instance: DuckDBInstance,
    connections: DuckDBConnection[],
    readonly description: string,
  ) {
    this.idle = connections;
  }

  /**
   * Opens a DuckDB database: `:memory:`, a `.duckdb` file, or a MotherDuck `md:` path. A
   * database that already holds the archive is ready to serve (see `serving`); an empty
   * one (`:memory:`) keeps every core for loading until `serving` is called.
   */
  static async open(path: string, description = `DuckDB ${version()} (${path})`): Promise<DuckDBEngine> {
    const instance = await DuckDBInstance.create(path);
    const connections = await Promise.all(Array.from({ length: CONNECTIONS }, () => instance.connect()));
    for (const connection of connections) {
      for (const setting of SETTINGS) await connection.run(setting);
    }
    const engine = new DuckDBEngine(instance, connections, description);
    if (path !== ':memory:') await engine.serving();
    return engine;
  }

  /**
   * Runs each query on one thread, two at a time. A window's answer is a few dozen small
   * steps; spread over the cores they wait on each other (on 2 cores, the benchmark's
   * whole-span windows took about half as long again with two threads as with one),
   * while two requests at once still use both cores.
   */
  async serving(): Promise<void> {
    await this.query('SET threads = 1');
  }

  /**
   * Reads a `.parquet`, `.csv` or `.json` file into an in-memory table sorted by start
   * (see `load.ts`), and gives the engine with what the load found wrong.
   */
  static async fromFile(
    file: string,
    table = 'events',
    options: { rollups?: boolean } = {},
  ): Promise<{ engine: DuckDBEngine; report: LoadReport }> {
    const engine = await DuckDBEngine.open(':memory:', `DuckDB ${version()} in memory, from ${basename(file)}`);
    try {
      const report = await loadFile(engine, file, table, options);
      await engine.serving();
      return { engine, report };
    } catch (error) {
      await engine.close();
      throw error;
    }
  }

  async query(sql: string, parameters: readonly Parameter[] = []): Promise<Row[]> {
    const connection = this.idle.pop() ?? (await new Promise<DuckDBConnection>((r) => this.waiting.push(r)));
    try {
      if (!parameters.length) return (await connection.runAndReadAll(sql)).getRowObjectsJS() as Row[];
      const statement = await this.prepare(connection, sql);
      statement.bind(parameters as Parameter[]);
      return (await statement.runAndReadAll()).getRowObjectsJS() as Row[];
    } finally {
      const next = this.waiting.shift();
      if (next) next(connection);
      else this.idle.push(connection);
    }
  }

  /**
   * The connection's prepared statement for `sql`, kept for the next request: the
   * statements are few (their text depends only on closed choices) and long, and
   * parsing one anew took a fifth of a whole-span window's time.
   */
  private async prepare(connection: DuckDBConnection, sql: string): Promise<DuckDBPreparedStatement> {
    let statements = this.statements.get(connection);
    if (!statements) this.statements.set(connection, (statements = new Map()));
    let statement = statements.get(sql);
    if (statement) {
      // Most recently used last.
      statements.delete(sql);
    } else {
      statement = await connection.prepare(sql);
      if (statements.size >= KEPT_STATEMENTS) {
        const [oldest, old] = statements.entries().next().value!;
        statements.delete(oldest);
        old.destroySync();
      }
    }
    statements.set(sql, statement);
    return statement;
  }

  async close(): Promise<void> {
    for (const statements of this.statements.values())
      for (const statement of statements.values()) statement.destroySync();
    this.statements.clear();
    for (const connection of this.idle) connection.closeSync();
    this.idle.length = 0;
    this.instance.closeSync();
  }
}
