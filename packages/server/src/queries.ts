// The SQL of every answer, written once for both engines. Each function gives one
// statement and the values to bind to its `$n` placeholders: request values never
// become SQL text. What a statement's text depends on is fixed by the server (table
// name, dialect) or chosen from a closed set (the grouping, the step direction, and how
// many kinds the filter names: `kind IN ($6, $7)`).
import type { Dialect } from './dialect.js';
import type { Parameter } from './engine.js';
import type { Group, StepDirection } from './wire.js';

export interface Statement {
  sql: string;
  parameters: Parameter[];
}

/** The record columns of the table, as every answer reads them. */
export const RECORD_COLUMNS =
  'seq, id, title, kind, date, start_ms, end_ms, precision, status, countries, summary, details';
const NO_RECORD = `CAST(NULL AS BIGINT) AS seq, CAST(NULL AS TEXT) AS id, CAST(NULL AS TEXT) AS title,
  CAST(NULL AS TEXT) AS date, CAST(NULL AS BIGINT) AS start_ms, CAST(NULL AS BIGINT) AS end_ms,
  CAST(NULL AS TEXT) AS precision, CAST(NULL AS TEXT) AS status, CAST(NULL AS TEXT[]) AS countries,
  CAST(NULL AS TEXT) AS summary, CAST(NULL AS TEXT) AS details`;
const RECORD_WITHOUT_KIND =
  'e.seq, e.id, e.title, e.date, e.start_ms, e.end_ms, e.precision, e.status, e.countries, e.summary, e.details';

const big = (n: number) => `CAST($${n} AS BIGINT)`;

/** `AND e.kind IN ($first, …)` for a kind filter, from placeholder `first` on; nothing without one. */
function kindFilter(kinds: readonly string[] | null, first: number): string {
  if (!kinds) return '';
  if (!kinds.length) return 'AND FALSE';
  return `AND e.kind IN (${kinds.map((_, i) => `$${first + i}`).join(', ')})`;
}

/** The lane of a row, from its kind and country (NULL for an event that names none). */
function laneOf(group: Group, kind: string, country: string): string {
  if (group === 'kind') return kind;
  if (group === 'country') return `coalesce(${country}, '—')`;
  return `'all'`;
}

/**
 * Each of an event's countries, one row each, or `—` for an event that names none: an
 * `unnest` in the select list (a lateral join to `unnest` is many times slower in DuckDB).
 */
const eachCountry = (dialect: Dialect, list: string) =>
  `unnest(CASE WHEN ${dialect.listLength(list)} = 0 THEN ARRAY['—'] ELSE ${list} END)`;

/** The tables that count events by start (and kind, and country): see `rollupStatements`. */
export const rollupTables = (table: string) => ({
  byStart: `${table}_by_start`,
  byCountry: `${table}_by_start_country`,
});

/**
 * Tables that count the events of each start time and kind (and country), with the
 * first and last `seq` among them. A bin depends only on an event's start, so for
 * events that start inside a window these counts bin exactly as the events do, from
 * far fewer rows (a start, not an event, per row): an archive of days has at most one
 * row per day and kind. Built when the archive is loaded.
 */
export function rollupStatements(dialect: Dialect, table: string): string[] {
  const { byStart, byCountry } = rollupTables(table);
  return [
    `CREATE TABLE ${byStart} AS
SELECT start_ms, kind, count(*) AS n, min(seq) AS first_seq, max(seq) AS last_seq
FROM ${table} GROUP BY start_ms, kind ORDER BY start_ms, kind`,
    `CREATE TABLE ${byCountry} AS
SELECT start_ms, kind, country, count(*) AS n, min(seq) AS first_seq, max(seq) AS last_seq
FROM (SELECT seq, start_ms, kind, ${eachCountry(dialect, 'countries')} AS country FROM ${table}) AS each_country
GROUP BY start_ms, kind, country ORDER BY start_ms, kind, country`,
  ];
}

export interface WindowQuery {
  from: number;
  to: number;
  /** Events that begin at or before this (the window's start less the longest event) cannot reach the window. */
  reach: number;
  bins: number;
  limit: number;
  kinds: readonly string[] | null;
  group: Group;
  /** Count the events that start inside the window from the rollup tables (same answer, fewer rows). */
  rollup: boolean;
}

/**
 * A window's answer in one statement. Rows of `part = 'cell'` count the events of one
 * kind in one bin of one lane, with the first and last (by `seq`) among them; rows of
 * `part = 'record'` are the records the answer needs: every event in the window when
 * there are at most `limit` marks (events × their lanes), else the first and last event
 * of each bin (which for a bin of one is that event, standing alone). `marks` is on
 * every row. An event counts in the bin its start falls in, or in bin 0 when it began
 * before the window.
 *
 * Parameters: $1 from, $2 to, $3 reach, $4 bins, $5 limit, $6… the kinds.
 */
export function windowStatement(dialect: Dialect, table: string, q: WindowQuery): Statement {
  const country = q.group === 'country';
  const kinds = kindFilter(q.kinds, 6);
  const bin = (start: string) =>
    `CASE WHEN ${start} <= ${big(1)} THEN CAST(0 AS BIGINT)
          ELSE ${dialect.intDiv(`(${start} - ${big(1)}) * ${big(4)}`, `${big(2)} - ${big(1)}`)} END`;
  const cellsOf = (
    where: string,
  ) => `SELECT ${laneOf(q.group, 'h.kind', 'h.country')} AS lane, ${bin('h.start_ms')} AS bin, h.kind,
         count(*) AS n, min(h.seq) AS first_seq, max(h.seq) AS last_seq
  FROM (SELECT e.seq, e.kind, e.start_ms${country ? `, ${eachCountry(dialect, 'e.countries')} AS country` : ''}
        FROM ${table} e WHERE ${where} ${kinds}) h
  GROUP BY 1, 2, 3`;
  const overlap = `e.start_ms < ${big(2)} AND e.end_ms > ${big(1)} AND e.start_ms > ${big(3)}`;
  let cells: string;
  if (q.rollup) {
    const { byStart, byCountry } = rollupTables(table);
    cells = `SELECT lane, bin, kind, sum(n) AS n, min(first_seq) AS first_seq, max(last_seq) AS last_seq FROM (
  ${cellsOf(`e.start_ms < ${big(1)} AND e.end_ms > ${big(1)} AND e.start_ms > ${big(3)}`)}
  UNION ALL
  SELECT ${laneOf(q.group, 'e.kind', 'e.country')} AS lane, ${bin('e.start_ms')} AS bin, e.kind,
         sum(e.n) AS n, min(e.first_seq) AS first_seq, max(e.last_seq) AS last_seq
  FROM ${country ? byCountry : byStart} e
  WHERE e.start_ms >= ${big(1)} AND e.start_ms < ${big(2)} ${kinds}
  GROUP BY 1, 2, 3
) parts GROUP BY lane, bin, kind`;
  } else {
    cells = cellsOf(overlap);
  }
  const over = `(SELECT n FROM marks) > ${big(5)}`;
  // Every event of the window, when they fit: the LIMIT keeps this cheap when they do not.
  const sql = `WITH cells AS (
  ${cells}
),
marks AS (SELECT coalesce(sum(n), 0) AS n FROM cells),
fitting AS (SELECT e.seq FROM ${table} e WHERE ${overlap} ${kinds} LIMIT ${big(5)} + 1),
picked AS (
  SELECT seq FROM fitting WHERE NOT ${over}
  UNION SELECT min(first_seq) FROM cells WHERE ${over} GROUP BY lane, bin
  UNION SELECT max(last_seq) FROM cells WHERE ${over} GROUP BY lane, bin
)
SELECT 'cell' AS part, lane, bin, kind, n, first_seq, last_seq, (SELECT n FROM marks) AS marks, ${NO_RECORD}
FROM cells WHERE ${over}
UNION ALL
SELECT 'record' AS part, CAST(NULL AS TEXT), CAST(NULL AS BIGINT), e.kind, CAST(NULL AS BIGINT),
       CAST(NULL AS BIGINT), CAST(NULL AS BIGINT), (SELECT n FROM marks), ${RECORD_WITHOUT_KIND}
FROM ${table} e WHERE e.seq IN (SELECT seq FROM picked)`;
  return { sql, parameters: [q.from, q.to, q.reach, q.bins, q.limit, ...(q.kinds ?? [])] };
}

/**
 * The whole archive at once: one row of `part = 'all'` (count, first start, last end,
 * the longest event, and sums that fingerprint the data), one per kind and one per
 * country (`—` for events that name none), each with its count.
 */
export function totalsStatement(dialect: Dialect, table: string): Statement {
  const sql = `SELECT 'all' AS part, CAST(NULL AS TEXT) AS key, count(*) AS n, min(start_ms) AS first_start,
       max(end_ms) AS last_end, max(end_ms - start_ms) AS longest,
       CAST(sum(start_ms) AS TEXT) AS start_sum, CAST(sum(end_ms) AS TEXT) AS end_sum,
       CAST(sum(length(id) + length(title)) AS TEXT) AS text_sum
FROM ${table}
UNION ALL
SELECT 'kind', kind, count(*), NULL, NULL, NULL, NULL, NULL, NULL FROM ${table} GROUP BY kind
UNION ALL
SELECT 'country', country, count(*), NULL, NULL, NULL, NULL, NULL, NULL
FROM (SELECT ${eachCountry(dialect, 'countries')} AS country FROM ${table}) AS each_country
GROUP BY country`;
  return { sql, parameters: [] };
}

/** How many events (of the kinds asked for) start in each of `bins` equal slices of [from, to). */
export function densityStatement(
  dialect: Dialect,
  table: string,
  q: { from: number; to: number; bins: number; kinds: readonly string[] | null },
): Statement {
  const sql = `SELECT ${dialect.intDiv(`(e.start_ms - ${big(1)}) * ${big(3)}`, `${big(2)} - ${big(1)}`)} AS bin, count(*) AS n
FROM ${table} e
WHERE e.start_ms >= ${big(1)} AND e.start_ms < ${big(2)} ${kindFilter(q.kinds, 4)}
GROUP BY 1`;
  return { sql, parameters: [q.from, q.to, q.bins, ...(q.kinds ?? [])] };
}

/**
 * The event after or before another (by `id`, in time order: start, end, id) or a time
 * (`at`: the first that starts at or after it, the last that starts before it), or the
 * first or last of all; among the kinds asked for. With an `id`, a row of `part = 'ref'`
 * tells that the id exists.
 */
export function stepStatement(
  table: string,
  q: { direction: StepDirection; id?: string; at?: number; kinds: readonly string[] | null },
): Statement {
  const forward = q.direction === 'next' || q.direction === 'first';
  const order = `ORDER BY e.seq ${forward ? 'ASC' : 'DESC'} LIMIT 1`;
  const columns = RECORD_COLUMNS.split(', ')
    .map((c) => `e.${c}`)
    .join(', ');
  if (q.direction === 'first' || q.direction === 'last') {
    const sql = `SELECT 'hit' AS part, ${columns} FROM ${table} e WHERE TRUE ${kindFilter(q.kinds, 1)} ${order}`;
    return { sql, parameters: [...(q.kinds ?? [])] };
  }
  if (q.id !== undefined) {
    const sql = `SELECT 'ref' AS part, ${columns} FROM ${table} e WHERE e.id = $1
UNION ALL
SELECT * FROM (
  SELECT 'hit' AS part, ${columns} FROM ${table} e
  WHERE e.seq ${forward ? '>' : '<'} (SELECT seq FROM ${table} WHERE id = $1) ${kindFilter(q.kinds, 2)}
  ${order}
) AS hit`;
    return { sql, parameters: [q.id, ...(q.kinds ?? [])] };
  }
  const sql = `SELECT 'hit' AS part, ${columns} FROM ${table} e
WHERE e.start_ms ${forward ? '>=' : '<'} ${big(1)} ${kindFilter(q.kinds, 2)} ${order}`;
  return { sql, parameters: [q.at!, ...(q.kinds ?? [])] };
}

/** One record by id. */
export function eventStatement(table: string, id: string): Statement {
  return { sql: `SELECT ${RECORD_COLUMNS} FROM ${table} WHERE id = $1`, parameters: [id] };
}
