import { DuckDBInstance, version, type DuckDBConnection } from '@duckdb/node-api';
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
const SETTINGS = ['SET dynamic_or_filter_threshold = 10000', 'SET index_scan_max_count = 10000'];

/** Runs queries on a DuckDB database through a few connections, each taking one query at a time. */
export class DuckDBEngine implements Engine {
  readonly dialect = duckdbDialect;
  private readonly idle: DuckDBConnection[];
  private readonly waiting: ((connection: DuckDBConnection) => void)[] = [];

  private constructor(
    private readonly instance: DuckDBInstance,
    connections: DuckDBConnection[],
    readonly description: string,
  ) {
    this.idle = connections;
  }

  /** Opens a DuckDB database: `:memory:`, a `.duckdb` file, or a MotherDuck `md:` path. */
  static async open(path: string, description = `DuckDB ${version()} (${path})`): Promise<DuckDBEngine> {
    const instance = await DuckDBInstance.create(path);
    const connections = await Promise.all(Array.from({ length: CONNECTIONS }, () => instance.connect()));
    for (const connection of connections) {
      for (const setting of SETTINGS) await connection.run(setting);
    }
    return new DuckDBEngine(instance, connections, description);
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
      return { engine, report };
    } catch (error) {
      await engine.close();
      throw error;
    }
  }

  async query(sql: string, parameters: readonly Parameter[] = []): Promise<Row[]> {
    const connection = this.idle.pop() ?? (await new Promise<DuckDBConnection>((r) => this.waiting.push(r)));
    try {
      const reader = await connection.runAndReadAll(sql, parameters as Parameter[]);
      return reader.getRowObjectsJS() as Row[];
    } finally {
      const next = this.waiting.shift();
      if (next) next(connection);
      else this.idle.push(connection);
    }
  }

  async close(): Promise<void> {
    for (const connection of this.idle) connection.closeSync();
    this.idle.length = 0;
    this.instance.closeSync();
  }
}
