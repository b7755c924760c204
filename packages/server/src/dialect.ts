/**
 * What differs between the SQL engines the server speaks. The queries (`queries.ts`)
 * are written once, in the SQL both understand (`$1` placeholders, `TEXT[]` lists and
 * `ARRAY[…]`, `unnest` in a select list, plain aggregates); the few places where DuckDB
 * and PostgreSQL part ways go through here. DuckDB's dialect is also MotherDuck's.
 *
 * The dialect only ever supplies fixed SQL text: every value from a request reaches
 * an engine as a bind parameter.
 */
export interface Dialect {
  readonly name: 'duckdb' | 'postgres';
  /** Integer division of two BIGINT expressions (both ≥ 0 where used), as a BIGINT. */
  intDiv(a: string, b: string): string;
  /** How many elements a list (`TEXT[]`) has. */
  listLength(list: string): string;
}

/** DuckDB (and MotherDuck): `/` on integers gives a DOUBLE, `//` the integer quotient; `cardinality` is for maps. */
export const duckdbDialect: Dialect = {
  name: 'duckdb',
  intDiv: (a, b) => `(${a}) // (${b})`,
  listLength: (list) => `len(${list})`,
};

/** PostgreSQL (and Citus): `/` on integers is the integer quotient; `len` does not exist. */
export const postgresDialect: Dialect = {
  name: 'postgres',
  intDiv: (a, b) => `(${a}) / (${b})`,
  listLength: (list) => `cardinality(${list})`,
};
