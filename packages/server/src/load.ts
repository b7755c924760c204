import { existsSync } from 'node:fs';
import { extname, resolve } from 'node:path';
import type { Engine } from './engine.js';
import { checkTableName } from './engine.js';
import { rollupStatements, rollupTables } from './queries.js';

/** One record the loader left out, and why. */
export interface LoadProblem {
  /** Position of the record in the file, from 0. */
  index: number;
  id?: string;
  field: string;
  message: string;
}

export interface LoadReport {
  /** Records in the table. */
  loaded: number;
  /** Records left out, each with its first problem (at most `PROBLEMS_SHOWN` of them). */
  problems: LoadProblem[];
  /** How many records were left out in all. */
  skipped: number;
}

const PROBLEMS_SHOWN = 20;
const PRECISIONS = ['day', 'month', 'year'];
const STATUSES = ['happened', 'planned', 'postponed', 'cancelled'];
/** Fields with a column of their own; any other field of a record is kept, as JSON, in `details`. */
const OWN_FIELDS = new Set([
  'id',
  'title',
  'kind',
  'date',
  'start',
  'end',
  'precision',
  'status',
  'countries',
  'summary',
]);
/** Fields the timeline's records do not carry (the CSV's spelling of derived ones). */
const DROPPED = new Set(['start_ms', 'end_ms', 'seq', 'details']);

const literal = (text: string) => `'${text.replaceAll("'", "''")}'`;
const quote = (name: string) => `"${name.replaceAll('"', '""')}"`;

/** The DuckDB table function that reads a file, by its extension. */
function reader(file: string): string {
  const path = literal(resolve(file));
  switch (extname(file).toLowerCase()) {
    case '.parquet':
      return `read_parquet(${path})`;
    case '.csv':
      return `read_csv(${path}, header = true, all_varchar = true)`;
    case '.json':
    case '.ndjson':
    case '.jsonl':
      return `read_json(${path}, format = 'auto', maximum_object_size = 67108864)`;
    default:
      throw new Error(`Cannot read ${file}: give a .parquet, .csv or .json file (or a postgres:// connection string).`);
  }
}

/**
 * Reads a file of records (`@summitline/events`' `events.json` or `events.csv`, or the
 * archive generator's Parquet, or any file with at least `id`, `title`, `kind` and
 * `start` columns) into `table`, sorted by start, end and id, with `seq` numbering that
 * order. A record with a missing id, title or kind, a start or end that is not a day,
 * an end before its start, an unknown precision or status, or an id already used is
 * left out and reported; the others are loaded. Then the tables that long windows read
 * (`rollupStatements`), with an ART index on the edges' seq, unless
 * `rollups` is false.
 */
export async function loadFile(
  engine: Engine,
  file: string,
  table = 'events',
  options: { rollups?: boolean } = {},
): Promise<LoadReport> {
  checkTableName(table);
  if (!existsSync(file)) throw new Error(`There is no file at ${resolve(file)}.`);
  await engine.query(`CREATE OR REPLACE TEMP VIEW summitline_input AS SELECT * FROM ${reader(file)}`);
  const described = await engine.query(`DESCRIBE summitline_input`);
  const types = new Map(described.map((row) => [String(row.column_name), String(row.column_type)]));
  for (const required of ['id', 'title', 'kind', 'start']) {
    if (!types.has(required)) {
      throw new Error(`${file} has no "${required}" field; records need id, title, kind and start (YYYY-MM-DD).`);
    }
  }
  const text = (name: string) => (types.has(name) ? `CAST(${quote(name)} AS VARCHAR)` : 'NULL');
  const countryType = types.get('countries');
  const countries = !countryType
    ? 'CAST([] AS VARCHAR[])'
    : countryType.endsWith('[]')
      ? `CAST(coalesce(countries, []) AS VARCHAR[])`
      : `list_filter(list_transform(string_split(coalesce(CAST(countries AS VARCHAR), ''), ';'), c -> trim(c)), c -> c <> '')`;
  const others = [...types.keys()].filter((name) => !OWN_FIELDS.has(name) && !DROPPED.has(name));
  const details = others.length
    ? `CAST(json_object(${others.map((name) => `${literal(name)}, ${quote(name)}`).join(', ')}) AS VARCHAR)`
    : 'NULL';
  const end = types.has('end') ? quote('end') : quote('start');
  await engine.query(`CREATE OR REPLACE TEMP TABLE summitline_staging AS
    SELECT row_number() OVER () - 1 AS position,
           ${text('id')} AS id, ${text('title')} AS title, ${text('kind')} AS kind, ${text('date')} AS date,
           CAST(start AS VARCHAR) AS start_text, CAST(${end} AS VARCHAR) AS end_text,
           epoch_ms(CAST(TRY_CAST(start AS DATE) AS TIMESTAMP)) AS start_ms,
           epoch_ms(CAST(TRY_CAST(${end} AS DATE) AS TIMESTAMP)) + 86400000 AS end_ms,
           coalesce(${text('precision')}, 'day') AS precision,
           coalesce(${text('status')}, 'happened') AS status,
           ${countries} AS countries,
           ${text('summary')} AS summary,
           ${details} AS details
    FROM summitline_input`);
  // Each record's first problem, in the order a reader would fix them.
  const problem = `CASE
      WHEN id IS NULL OR id = '' THEN 'id'
      WHEN title IS NULL OR title = '' THEN 'title'
      WHEN kind IS NULL OR kind = '' THEN 'kind'
      WHEN start_ms IS NULL THEN 'start'
      WHEN end_ms IS NULL THEN 'end'
      WHEN end_ms <= start_ms THEN 'end'
      WHEN precision NOT IN (${PRECISIONS.map(literal).join(', ')}) THEN 'precision'
      WHEN status NOT IN (${STATUSES.map(literal).join(', ')}) THEN 'status'
      WHEN row_number() OVER (PARTITION BY id ORDER BY position) > 1 THEN 'id-used'
    END`;
  await engine.query(`CREATE OR REPLACE TEMP TABLE summitline_checked AS
    SELECT *, ${problem} AS problem FROM summitline_staging`);
  const [counted] = await engine.query(
    `SELECT count(*) FILTER (WHERE problem IS NULL) AS good, count(*) FILTER (WHERE problem IS NOT NULL) AS bad FROM summitline_checked`,
  );
  const rows = await engine.query(
    `SELECT position, id, problem, start_text, end_text, precision, status FROM summitline_checked
     WHERE problem IS NOT NULL ORDER BY position LIMIT ${PROBLEMS_SHOWN}`,
  );
  const problems = rows.map((row) => describeProblem(row));
  await engine.query(`CREATE OR REPLACE TABLE ${table} AS
    SELECT row_number() OVER (ORDER BY start_ms, end_ms, id) AS seq,
           id, title, kind, date, start_ms, end_ms, precision, status, countries, summary, details
    FROM summitline_checked WHERE problem IS NULL
    ORDER BY start_ms, end_ms, id`);
  if (options.rollups !== false) {
    for (const statement of rollupStatements(engine.dialect, table))
      await engine.query(statement.replace('CREATE TABLE', 'CREATE OR REPLACE TABLE'));
    // An ART index for the look-ups by seq that windows make in the edges, a few hundred
    // rows spread over the whole table. (The prefix counts a window needs lie together:
    // scanning that stretch was faster than looking each up.)
    const { edges } = rollupTables(table);
    await engine.query(`CREATE UNIQUE INDEX ${table.replace('.', '_')}_edges_seq ON ${edges} (seq)`);
  }
  await engine.query(`DROP TABLE summitline_checked`);
  await engine.query(`DROP TABLE summitline_staging`);
  await engine.query(`DROP VIEW summitline_input`);
  return { loaded: Number(counted!.good), problems, skipped: Number(counted!.bad) };
}

function describeProblem(row: Record<string, unknown>): LoadProblem {
  const index = Number(row.position);
  const id = row.id == null || row.id === '' ? undefined : String(row.id);
  const field = String(row.problem);
  const messages: Record<string, string> = {
    id: 'has no id',
    title: 'has no title',
    kind: 'has no kind',
    start: `start ${JSON.stringify(row.start_text)} is not a day (YYYY-MM-DD)`,
    end:
      row.end_text != null && /^\d{4}-\d{2}-\d{2}/.test(String(row.end_text))
        ? `end ${JSON.stringify(row.end_text)} is before start ${JSON.stringify(row.start_text)}`
        : `end ${JSON.stringify(row.end_text)} is not a day (YYYY-MM-DD)`,
    precision: `precision ${JSON.stringify(row.precision)} is not one of ${PRECISIONS.join(', ')}`,
    status: `status ${JSON.stringify(row.status)} is not one of ${STATUSES.join(', ')}`,
    'id-used': `id ${JSON.stringify(id)} is already used by an earlier record`,
  };
  return {
    index,
    ...(id === undefined ? {} : { id }),
    field: field === 'id-used' ? 'id' : field,
    message: messages[field]!,
  };
}

/** One line per problem, for a log. */
export function formatReport(file: string, report: LoadReport): string[] {
  if (!report.skipped) return [];
  return [
    `${file}: ${report.skipped.toLocaleString('en')} record(s) left out:`,
    ...report.problems.map((p) => `  record ${p.index}${p.id ? ` (${p.id})` : ''}, ${p.field}: ${p.message}`),
    ...(report.skipped > report.problems.length
      ? [`  … and ${(report.skipped - report.problems.length).toLocaleString('en')} more`]
      : []),
  ];
}
