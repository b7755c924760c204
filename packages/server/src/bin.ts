#!/usr/bin/env node
// summitline-serve: serves an archive of events over HTTP in the wire format.
import { parseArgs } from 'node:util';
import { createServer } from './http.js';
import { formatReport } from './load.js';
import { isPostgres } from './open.js';
import { loadIntoPostgres } from './postgres.js';

const USAGE = `Usage:
  summitline-serve <source> [--port N] [--host H] [--table NAME] [--max-age S] [--data-version V] [--quiet]
  summitline-serve load <file> <postgres://…> [--table NAME]

<source> is a .parquet, .csv or .json file of records (read into DuckDB in memory),
a .duckdb file or MotherDuck md: path holding the table, or a postgres:// connection
string. "load" copies a file into a PostgreSQL table (replacing it), with its indexes.

  --port N          port to listen on (default: $PORT, else 8787)
  --host H          address to listen on (default 127.0.0.1; 0.0.0.0 for every interface)
  --table NAME      table holding the archive (default events)
  --max-age S       seconds caches may keep answers that name no data version (default 300)
  --data-version V  the data version in ETags, instead of the data's fingerprint
  --quiet           no line per request`;

function fail(message: string): never {
  console.error(`summitline-serve: ${message}\n\n${USAGE}`);
  process.exit(2);
}

async function main(): Promise<void> {
  let parsed;
  try {
    parsed = parseArgs({
      allowPositionals: true,
      options: {
        port: { type: 'string' },
        host: { type: 'string', default: '127.0.0.1' },
        table: { type: 'string', default: 'events' },
        'max-age': { type: 'string' },
        'data-version': { type: 'string' },
        quiet: { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
  } catch (error) {
    fail((error as Error).message);
  }
  const { values, positionals } = parsed;
  if (values.help) {
    console.log(USAGE);
    return;
  }
  if (positionals[0] === 'load') {
    const [, file, url] = positionals;
    if (!file || !url || !isPostgres(url) || positionals.length > 3) fail('load takes a file and a postgres:// URL.');
    const started = performance.now();
    const report = await loadIntoPostgres(file, url, { table: values.table });
    for (const line of formatReport(file, report)) console.error(line);
    console.log(
      `Loaded ${report.loaded.toLocaleString('en')} records into ${values.table} in ${((performance.now() - started) / 1000).toFixed(1)} s.`,
    );
    return;
  }
  if (positionals.length !== 1) fail(positionals.length ? 'give one source.' : 'give a source to serve.');
  const portText = values.port ?? process.env.PORT ?? '8787';
  const port = Number(portText);
  if (!Number.isInteger(port) || port < 0 || port > 65535) fail(`the port "${portText}" is not a port number.`);
  const maxAge = values['max-age'] === undefined ? undefined : Number(values['max-age']);
  if (maxAge !== undefined && !(Number.isInteger(maxAge) && maxAge >= 0)) {
    fail(`--max-age "${values['max-age']}" is not a whole number of seconds.`);
  }
  const source = positionals[0]!;
  const started = performance.now();
  const server = await createServer({
    source,
    table: values.table,
    ...(maxAge === undefined ? {} : { maxAge }),
    ...(values['data-version'] ? { dataVersion: values['data-version'] } : {}),
    // Loading problems always; a line per request unless --quiet.
    log: (line) => {
      if (!values.quiet || !/^\d{3} /.test(line)) console.error(line);
    },
  });
  const totals = server.archive.totals();
  const url = await server.listen(port, values.host);
  console.log(
    `${server.archive.engine.description}: ${totals.total.toLocaleString('en')} events` +
      (totals.span ? ` from ${totals.span.start} to ${totals.span.end}` : '') +
      `, ready in ${((performance.now() - started) / 1000).toFixed(1)} s (data version ${totals.dataVersion}).`,
  );
  console.log(`Serving the summitline wire format (v1) at ${url}v1/`);
  const stop = () => {
    server.close().then(() => process.exit(0));
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

main().catch((error: unknown) => {
  console.error(`summitline-serve: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
