#!/usr/bin/env node
// A tiny server for the article page: each request for / renders it with @lit-labs/ssr
// and streams it; /client.js is the browser's script (client.mjs with Lit's hydrate
// support and the elements, bundled once by esbuild at start). PORT=8080 to choose the port.
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { fileURLToPath } from 'node:url';
import { RenderResultReadable } from '@lit-labs/ssr/lib/render-result-readable.js';
import { build } from 'esbuild';
import { renderPage } from './page.mjs';

const here = (file) => fileURLToPath(new URL(file, import.meta.url));

async function bundleClient() {
  const { outputFiles } = await build({
    entryPoints: [here('client.mjs')],
    bundle: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    minify: true,
    write: false,
  });
  return outputFiles[0].text;
}

export async function serve(port = Number(process.env.PORT ?? 8080), host = process.env.HOST ?? '127.0.0.1') {
  const client = await bundleClient();
  const css = readFileSync(here('page.css'), 'utf8');
  const server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    if (path === '/') {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      // Streamed: the head goes out before the timeline is rendered.
      new RenderResultReadable(renderPage()).on('error', (error) => res.destroy(error)).pipe(res);
    } else if (path === '/client.js') {
      res.writeHead(200, { 'content-type': 'text/javascript; charset=utf-8' }).end(client);
    } else if (path === '/page.css') {
      res.writeHead(200, { 'content-type': 'text/css; charset=utf-8' }).end(css);
    } else {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('Not found');
    }
  });
  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, resolve);
  });
  return server;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const server = await serve().catch((error) => {
    if (error.code !== 'EADDRINUSE') throw error;
    console.log(`Port ${process.env.PORT ?? 8080} is busy; using a free one.`);
    return serve(0);
  });
  console.log(`The server-rendered article is at http://127.0.0.1:${server.address().port}/  (Ctrl+C to stop)`);
}
