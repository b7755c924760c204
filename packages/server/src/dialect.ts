/**
 * What differs between the SQL engines the server speaks. The queries (`queries.ts`)
 * are written once, in the SQL both understand (`$1` placeholders, `TEXT[]` lists,
 * `LEFT JOIN LATERAL unnest(…)`, window-free aggregates); the few places where DuckDB
 * and PostgreSQL part ways go through here. DuckDB's dialect is also MotherDuck's.
 *
 * The dialect only ever supplies fixed SQL text: every value from a request reaches
 * an engine as a bind parameter.
 */
export interface Dialect {
  readonly name: 'duckdb' | 'postgres';
  /** Integer division of two BIGINT expressions (both ≥ 0 where used), as a BIGINT. */
  intDiv(a: string, b: string): string;
}

/** DuckDB (and MotherDuck): `/` on integers gives a DOUBLE, `//` the integer quotient. */
export const duckdbDialect: Dialect = {
  name: 'duckdb',
  intDiv: (a, b) => `(${a}) // (${b})`,
};

/** PostgreSQL (and Citus): `/` on integers is the integer quotient. */
export const postgresDialect: Dialect = {
  name: 'postgres',
  intDiv: (a, b) => `(${a}) / (${b})`,
};
