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
  /**
   * A row's record as one JSON text: an array of its fields in the order of
   * `RECORD_JSON_FIELDS` (`details`, JSON text, as the value it holds), `alias` naming
   * the row. Windows answer records in this form; the edges hold them so.
   */
  recordJson(alias: string): string;
}

/** The fields of a record in the order `recordJson` lists them. */
export const RECORD_JSON_FIELDS = [
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

/** The fields, `details` (JSON text) as the JSON value it holds. */
const jsonFields = (alias: string, json: (text: string) => string) =>
  RECORD_JSON_FIELDS.map((field) => (field === 'details' ? json(`${alias}.details`) : `${alias}.${field}`)).join(', ');

/** DuckDB (and MotherDuck): `/` on integers gives a DOUBLE, `//` the integer quotient; `cardinality` is for maps. */
export const duckdbDialect: Dialect = {
  name: 'duckdb',
  intDiv: (a, b) => `(${a}) // (${b})`,
  listLength: (list) => `len(${list})`,
  recordJson: (alias) => `CAST(json_array(${jsonFields(alias, (text) => `json(${text})`)}) AS VARCHAR)`,
};

/** PostgreSQL (and Citus): `/` on integers is the integer quotient; `len` does not exist. */
export const postgresDialect: Dialect = {
  name: 'postgres',
  intDiv: (a, b) => `(${a}) / (${b})`,
  listLength: (list) => `cardinality(${list})`,
  recordJson: (alias) => `CAST(json_build_array(${jsonFields(alias, (text) => `CAST(${text} AS json)`)}) AS TEXT)`,
};
