#!/usr/bin/env node
// Serves the archive page: `node serve.mjs <archive.parquet>` (PORT=… to choose the port,
// 8788 unless given). One HTTP server answers the wire format under /v1/ from
// @summitline/server and the page's two files beside it: index.html and the timeline's
// embed bundle with the windowed source mode.
import { createReadStream } from 'node:fs';
import { createServer } from 'node:http';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { createHandler, openArchive } from '@summitline/server';

export const DEFAULT_PORT = 8788;

const require = createRequire(import.meta.url);
const bundle = require.resolve('@summitline/timeline/summit-timeline-source.min.js');
/** The page's files, by path. */
const FILES = {
  '/': [fileURLToPath(new URL('./index.html', import.meta.url)), 'text/html; charset=utf-8'],
  '/index.html': [fileURLToPath(new URL('./index.html', import.meta.url)), 'text/html; charset=utf-8'],
  '/summit-timeline-source.min.js': [bundle, 'text/javascript; charset=utf-8'],
  '/summit-timeline-source.min.js.map': [`${bundle}.map`, 'application/json; charset=utf-8'],
};

/**
 * Opens the archive (a .parquet, .csv or .json file, a .duckdb file or a postgres:// URL)
 * and serves it with the page. Gives the Node server, listening, its URL and the archive.
 */
export async function serveArchive({ source, port = DEFAULT_PORT, host = '127.0.0.1', log = () => {} }) {
  const archive = await openArchive(source, { log });
  const api = createHandler(archive);
  const server = createServer((request, response) => {
    const { pathname } = new URL(request.url ?? '/', 'http://localhost');
    const file = FILES[pathname];
    if (!file || (request.method !== 'GET' && request.method !== 'HEAD')) {
      api(request, response);
      return;
    }
    const [path, type] = file;
    response.writeHead(200, { 'Content-Type': type, 'Cache-Control': 'no-cache' });
    if (request.method === 'HEAD') response.end();
    else createReadStream(path).pipe(response);
  });
  server.on('close', () => void archive.close());
  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, resolve);
  });
  const url = `http://${host}:${server.address().port}/`;
  return { server, url, archive };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const source = process.argv[2];
  if (!source) {
    console.error('Usage: node serve.mjs <archive.parquet>   (PORT=… to choose the port)');
    process.exit(2);
  }
  const portText = process.env.PORT ?? String(DEFAULT_PORT);
  const port = Number(portText);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    console.error(`PORT "${portText}" is not a port number.`);
    process.exit(2);
  }
  console.log(`Reading ${source} into DuckDB…`);
  const started = performance.now();
  const { url, archive } = await serveArchive({
    source,
    port,
    host: process.env.HOST ?? '127.0.0.1',
    log: (line) => console.error(line),
  }).catch((error) => {
    console.error(
      error.code === 'EADDRINUSE'
        ? `Port ${port} is in use: set PORT to another (PORT=8790 npm run archive).`
        : `Cannot serve ${source}: ${error.message}`,
    );
    process.exit(1);
  });
  const totals = archive.totals();
  console.log(
    `${totals.total.toLocaleString('en')} events from ${totals.span?.start ?? '–'} to ${totals.span?.end ?? '–'}, ready in ${((performance.now() - started) / 1000).toFixed(1)} s.`,
  );
  console.log(`\nThe archive is at ${url}  (the wire format at ${url}v1/; Ctrl+C to stop)`);
}
