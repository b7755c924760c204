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

/** The tables built beside the archive's table when it is loaded: see `rollupStatements`. */
export const rollupTables = (table: string) => ({
  byStart: `${table}_by_start`,
  byCountry: `${table}_by_start_country`,
  edges: `${table}_edges`,
  kinds: `${table}_kinds`,
  prefix: `${table}_prefix`,
});

const DAY_MS = 86_400_000;
/** The prefix counts are built when they take at most this many rows (days of the span × kinds). */
export const PREFIX_MAX_ROWS = 5_000_000;

/**
 * The tables built beside the archive's table when it is loaded, for long windows:
 *
 * - `by_start` and `by_start_country` count the events of each start time and kind
 *   (and country), with the first and last `seq` among them. A bin depends only on an
 *   event's start, so for events that start inside a window these counts bin exactly as
 *   the events do, from far fewer rows: an archive of days has at most one row per day
 *   and kind (and country).
 * - `edges` holds the records of those first and last events of each day and kind,
 *   each as one JSON text (`Dialect.recordJson`): the first and last event of a bin, of
 *   a lane by kind or of the one lane, are among them, so a window reads its records
 *   from a few narrow rows (about 6 % of 10 M events are edges) rather than from the
 *   events' columns.
 * - `kinds` numbers the kinds, and `prefix` holds, for each kind and each day from the
 *   first start to the day after the last, how many events of the kind start before it,
 *   the first (`seq`) that starts on it or later, and the last that starts before it —
 *   as map tiles precompute a pyramid, so that a bin's counts are a difference of two
 *   rows, whatever its length: a window reads two rows per bin and kind, found by key,
 *   rather than every day it spans. Rows are keyed, and sorted, by `key = day × stride +
 *   position` (`kinds` gives each kind's position and their number, the stride), so that
 *   a window's rows lie together, between its first day's and its last's: DuckDB scans
 *   just that stretch, PostgreSQL looks each row up by its primary key. Built only
 *   while there are at most `PREFIX_MAX_ROWS` (`prefix` is then empty, and windows
 *   count from `by_start`).
 *
 * Starts are UTC midnights (as every loader here writes them), so that a day holds
 * every event that starts on it.
 */
export function rollupStatements(dialect: Dialect, table: string): string[] {
  const { byStart, byCountry, edges, kinds, prefix } = rollupTables(table);
  return [
    `CREATE TABLE ${byStart} AS
SELECT start_ms, kind, count(*) AS n, min(seq) AS first_seq, max(seq) AS last_seq
FROM ${table} GROUP BY start_ms, kind ORDER BY start_ms, kind`,
    `CREATE TABLE ${byCountry} AS
SELECT start_ms, kind, country, count(*) AS n, min(seq) AS first_seq, max(seq) AS last_seq
FROM (SELECT seq, start_ms, kind, ${eachCountry(dialect, 'countries')} AS country FROM ${table}) AS each_country
GROUP BY start_ms, kind, country ORDER BY start_ms, kind, country`,
    `CREATE TABLE ${edges} AS
SELECT e.seq, ${dialect.recordJson('e')} AS record
FROM ${table} e
WHERE e.seq IN (SELECT first_seq FROM ${byStart} UNION SELECT last_seq FROM ${byStart})
ORDER BY e.seq`,
    `CREATE TABLE ${kinds} AS
SELECT k.kind, k.position - 1 AS position, count(*) OVER () AS stride, span.first_ms, span.days
FROM (SELECT kind, row_number() OVER (ORDER BY kind) AS position FROM (SELECT DISTINCT kind FROM ${byStart}) AS d) AS k
CROSS JOIN (SELECT min(start_ms) AS first_ms,
                   ${dialect.intDiv(`max(start_ms) - min(start_ms)`, String(DAY_MS))} + 1 AS days
            FROM ${byStart}) AS span`,
    // Every frame starts at its partition's first row (the next seq counts down the days),
    // which both engines aggregate as they go rather than anew for each row.
    `CREATE TABLE ${prefix} AS
SELECT key,
       coalesce(sum(n) OVER (PARTITION BY kind ORDER BY day ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING), 0) AS before,
       min(first_seq) OVER (PARTITION BY kind ORDER BY day DESC ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) AS next_seq,
       max(last_seq) OVER (PARTITION BY kind ORDER BY day ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING) AS prev_seq
FROM (
  SELECT k.kind, d.day, d.day * k.stride + k.position AS key, r.n, r.first_seq, r.last_seq
  FROM ${kinds} k
  CROSS JOIN generate_series(CAST(0 AS BIGINT), (SELECT max(days) FROM ${kinds})) AS d(day)
  LEFT JOIN ${byStart} r ON r.kind = k.kind AND r.start_ms = k.first_ms + d.day * ${DAY_MS}
  WHERE (SELECT count(*) * (max(days) + 1) FROM ${kinds}) <= ${PREFIX_MAX_ROWS}
) AS days
ORDER BY key`,
  ];
}

/** How a window counts the events that start inside it. */
export type Counting =
  /** From the events themselves (short windows, or a table without the rollups). */
  | 'events'
  /** From `by_start` (or `by_start_country`): one row per start and kind (and country) in the window. */
  | 'rollup'
  /** From `prefix`: two rows per bin and kind (not by country). */
  | 'prefix';

export interface WindowQuery {
  from: number;
  to: number;
  /** Events that begin at or before this (the window's start less the longest event) cannot reach the window. */
  reach: number;
  bins: number;
  limit: number;
  kinds: readonly string[] | null;
  group: Group;
  counting: Counting;
}

/**
 * A window's answer in one statement. One row of `part = 'marks'` says how many marks
 * (events × their lanes) the window has in `n`. When they are more than `limit`, rows of
 * `part = 'cell'` count the events of one kind in one bin of one lane, with the first
 * and last (by `seq`) among them. Rows of `part = 'record'` are the records the answer
 * needs, each its `seq` and its fields as JSON text (`Dialect.recordJson`): every event
 * in the window when the marks fit, else the first and last event of each bin (which
 * for a bin of one is that event, standing alone). An event counts in the bin its start
 * falls in, or in bin 0 when it began before the window.
 *
 * Every read of the events table is bounded by a range of `start_ms` (the table is
 * sorted by it, so the engine skips the row groups outside): the window, reached back
 * by the longest event; or by `seq`, its primary key. Counting from the rollups (see
 * `rollupStatements`), the events that began before the window still come from the
 * table, and the first and last records of the bins (not by country) from the edges.
 *
 * Parameters: $1 from, $2 to, $3 reach, $4 bins, $5 limit, $6… the kinds.
 */
export function windowStatement(dialect: Dialect, table: string, q: WindowQuery): Statement {
  const country = q.group === 'country';
  const counting: Counting = q.counting === 'prefix' && country ? 'rollup' : q.counting;
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
  const tables = rollupTables(table);
  const ctes: string[] = [];
  if (counting === 'events') {
    ctes.push(`cells AS MATERIALIZED (
  ${cellsOf(overlap)}
)`);
  } else {
    // The events that began before the window and reach into it count from the table.
    ctes.push(`early AS MATERIALIZED (
  ${cellsOf(`e.start_ms < ${big(1)} AND e.end_ms > ${big(1)} AND e.start_ms > ${big(3)}`)}
)`);
    let starting: string;
    if (counting === 'rollup') {
      starting = `SELECT ${laneOf(q.group, 'e.kind', 'e.country')} AS lane, ${bin('e.start_ms')} AS bin, e.kind,
           sum(e.n) AS n, min(e.first_seq) AS first_seq, max(e.last_seq) AS last_seq
    FROM ${country ? tables.byCountry : tables.byStart} e
    WHERE e.start_ms >= ${big(1)} AND e.start_ms < ${big(2)} ${kinds}
    GROUP BY 1, 2, 3`;
    } else {
      // Bin i starts at from + ⌈i · (to − from) / bins⌉; the day of the prefix at or after it.
      const edge = dialect.intDiv(`g.i * (${big(2)} - ${big(1)}) + ${big(4)} - 1`, big(4));
      const day = dialect.intDiv(`GREATEST(${big(1)} + ${edge} - e.first_ms, 0) + ${DAY_MS - 1}`, String(DAY_MS));
      ctes.push(`edge_keys AS (
  SELECT g.i, e.kind, LEAST(${day}, e.days) * e.stride + e.position AS key
  FROM generate_series(CAST(0 AS BIGINT), ${big(4)}) AS g(i) CROSS JOIN ${tables.kinds} e
  WHERE TRUE ${kinds}
)`);
      ctes.push(`at_edges AS MATERIALIZED (
  SELECT k.i, k.kind, p.before, p.next_seq, p.prev_seq FROM edge_keys k JOIN ${tables.prefix} p ON p.key = k.key
)`);
      // Bin i's events of a kind: those that start before edge i + 1 and not before edge i.
      starting = `SELECT ${laneOf(q.group, 'a.kind', '')} AS lane, a.i AS bin, a.kind,
           b.before - a.before AS n, a.next_seq AS first_seq, b.prev_seq AS last_seq
    FROM at_edges a JOIN at_edges b ON b.kind = a.kind AND b.i = a.i + 1
    WHERE b.before > a.before`;
    }
    ctes.push(`cells AS MATERIALIZED (
  SELECT lane, bin, kind, sum(n) AS n, min(first_seq) AS first_seq, max(last_seq) AS last_seq FROM (
    SELECT * FROM early
    UNION ALL
    ${starting}
  ) parts GROUP BY lane, bin, kind
)`);
  }
  const fromEdges = counting !== 'events' && !country;
  ctes.push(
    `marks AS MATERIALIZED (SELECT coalesce(sum(n), 0) AS n, coalesce(sum(n), 0) > ${big(5)} AS over FROM cells)`,
    // Every event of the window, when they fit: the LIMIT keeps this cheap when they do not.
    `fitting AS (SELECT e.seq FROM ${table} e WHERE ${overlap} ${kinds} LIMIT ${big(5)} + 1)`,
    // The first and last event of each bin, when they do not.
    `ends AS MATERIALIZED (
  SELECT unnest(ARRAY[min(c.first_seq), max(c.last_seq)]) AS seq FROM cells c, marks m WHERE m.over GROUP BY c.lane, c.bin
)`,
  );
  if (fromEdges) {
    // The ends among events that start in the window are edges; those that began before
    // it (all before them in seq) are read from the table.
    ctes.push(
      `boundary AS (SELECT coalesce(max(last_seq), 0) AS seq FROM early)`,
      `own AS (
  SELECT f.seq FROM fitting f, marks m WHERE NOT m.over
  UNION ALL SELECT x.seq FROM ends x, boundary b WHERE x.seq <= b.seq
)`,
      `edge_ends AS (SELECT x.seq FROM ends x, boundary b WHERE x.seq > b.seq)`,
    );
  } else {
    ctes.push(`own AS (
  SELECT f.seq FROM fitting f, marks m WHERE NOT m.over
  UNION ALL SELECT seq FROM ends
)`);
  }
  // Rows: how many marks; the cells (when there are too many marks); the records, each its seq and its fields as JSON text.
  const none = (type: string) => `CAST(NULL AS ${type})`;
  const recordRow = (record: string) =>
    `SELECT 'record', ${none('TEXT')}, ${none('BIGINT')}, ${none('TEXT')}, ${none('BIGINT')}, ${none('BIGINT')}, ${none('BIGINT')}, e.seq, ${record}`;
  const sql = `WITH ${ctes.join(',\n')}
SELECT 'marks' AS part, ${none('TEXT')} AS lane, ${none('BIGINT')} AS bin, ${none('TEXT')} AS kind, n,
       ${none('BIGINT')} AS first_seq, ${none('BIGINT')} AS last_seq, ${none('BIGINT')} AS seq, ${none('TEXT')} AS record
FROM marks
UNION ALL
SELECT 'cell', c.lane, c.bin, c.kind, c.n, c.first_seq, c.last_seq, ${none('BIGINT')}, ${none('TEXT')} FROM cells c, marks m WHERE m.over
UNION ALL
${recordRow(dialect.recordJson('e'))} FROM ${table} e WHERE e.seq IN (SELECT seq FROM own)${
    fromEdges
      ? `
UNION ALL
${recordRow('e.record')} FROM ${tables.edges} e WHERE e.seq IN (SELECT seq FROM edge_ends)`
      : ''
  }`;
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
