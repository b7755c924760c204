import { createHash } from 'node:crypto';
import { createServer as createHttpServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { gzipSync } from 'node:zlib';
import { Archive, NotFoundError } from './archive.js';
import { LIMITS, ParameterError, Query } from './params.js';
import { openArchive, type OpenOptions } from './open.js';
import { tileWindow } from './tiles.js';
import { WIRE_VERSION, type ErrorAnswer } from './wire.js';

export interface ServerOptions extends OpenOptions {
  /**
   * What to serve: a `.parquet`, `.csv` or `.json` file, a `.duckdb` file or MotherDuck
   * `md:` path holding the table, a `postgres://` connection string, or an opened `Archive`.
   */
  source: string | Archive;
  /** Seconds a cache may keep an answer that does not name the data version (`dv`); 300 unless given. */
  maxAge?: number;
}

export interface SummitlineServer {
  readonly archive: Archive;
  /** The Node HTTP server (not listening until `listen`). */
  readonly server: Server;
  /** The request handler, to mount in another server (it answers paths from `/v1/`). */
  readonly handle: (request: IncomingMessage, response: ServerResponse) => void;
  /** Starts listening (port 0: any free port) and gives the URL. */
  listen(port?: number, host?: string): Promise<string>;
  /** Stops listening and closes the database. */
  close(): Promise<void>;
}

type Answer = { status: number; body: unknown; cache: 'public' | 'immutable' | 'none' };
type Endpoint = (query: Query, archive: Archive) => Promise<unknown> | unknown;

/** A year, for answers that name the data version they were made from. */
const IMMUTABLE_SECONDS = 31_536_000;
/** Answers under this many bytes are sent as they are. */
const GZIP_FROM = 1024;

const ENDPOINTS: Record<string, Endpoint> = {
  '/v1/totals': (query, archive) => {
    query.done('/v1/totals');
    return archive.totals();
  },
  '/v1/density': (query, archive) => {
    const span = archive.totals().span;
    const from = query.time('from') ?? span?.from ?? 0;
    const to = query.time('to') ?? span?.to ?? from + 86_400_000;
    if (to <= from) throw new ParameterError('to', `to (${to}) must be after from (${from}).`);
    const bins = query.integer('bins', LIMITS.bins.min, LIMITS.bins.max, LIMITS.bins.default);
    const kinds = query.kinds();
    query.done('/v1/density');
    return archive.density({ from, to, bins, kinds });
  },
  '/v1/window': (query, archive) => {
    const { from, to } = query.window();
    const width = query.integer('width', LIMITS.width.min, LIMITS.width.max);
    return windowAnswer(query, archive, '/v1/window', { from, to, width });
  },
  '/v1/tile': async (query, archive) => {
    const { z, i, width } = query.tile();
    const answer = await windowAnswer(query, archive, '/v1/tile', { ...tileWindow(z, i), width });
    return { ...answer, tile: { z, i } };
  },
  '/v1/step': (query, archive) => {
    const direction = query.direction();
    const id = query.id();
    const at = query.time('at');
    const kinds = query.kinds();
    query.done('/v1/step');
    const ends = direction === 'first' || direction === 'last';
    if (ends && (id !== undefined || at !== undefined)) {
      throw new ParameterError(id !== undefined ? 'id' : 'at', `dir=${direction} takes neither id nor at.`);
    }
    if (!ends && (id === undefined) === (at === undefined)) {
      throw new ParameterError(
        id === undefined ? 'id' : 'at',
        `dir=${direction} takes either id (an event) or at (a time), not ${id === undefined ? 'neither' : 'both'}.`,
      );
    }
    return archive.step({ direction, kinds, ...(id === undefined ? {} : { id }), ...(at === undefined ? {} : { at }) });
  },
  '/v1/event': async (query, archive) => {
    const id = query.id();
    query.done('/v1/event');
    if (id === undefined) throw new ParameterError('id', 'id is required.');
    return { event: await archive.event(id) };
  },
};

function windowAnswer(
  query: Query,
  archive: Archive,
  endpoint: string,
  window: { from: number; to: number; width: number },
) {
  const px = query.integer('px', LIMITS.px.min, LIMITS.px.max, LIMITS.px.default);
  const limit = query.integer('limit', LIMITS.limit.min, LIMITS.limit.max, LIMITS.limit.default);
  const kinds = query.kinds();
  const group = query.group();
  query.done(endpoint);
  return archive.window({ ...window, px, limit, kinds, group });
}

function errorBody(code: ErrorAnswer['error']['code'], message: string, parameter?: string): ErrorAnswer {
  return { error: { code, message, ...(parameter ? { parameter } : {}) } };
}

/** The answer to one request, with what decides its caching. */
async function answer(archive: Archive, path: string, params: URLSearchParams): Promise<Answer & { key?: string }> {
  if (path === '/' || path === '/v1' || path === '/v1/') {
    return {
      status: 200,
      cache: 'public',
      body: {
        name: '@summitline/server',
        wire: WIRE_VERSION,
        dataVersion: archive.dataVersion,
        endpoints: Object.keys(ENDPOINTS),
      },
    };
  }
  const endpoint = ENDPOINTS[path];
  if (!endpoint) {
    return {
      status: 404,
      cache: 'none',
      body: errorBody(
        'not-found',
        `There is no endpoint ${path}; the endpoints are ${Object.keys(ENDPOINTS).join(', ')}.`,
      ),
    };
  }
  try {
    const query = new Query(params);
    const dv = query.raw('dv');
    if (dv !== undefined && dv !== archive.dataVersion) {
      return {
        status: 409,
        cache: 'none',
        body: errorBody(
          'version-changed',
          `dv names data version ${JSON.stringify(dv)}, but the archive is now at ${archive.dataVersion}: read /v1/totals again.`,
          'dv',
        ),
      };
    }
    const body = await endpoint(query, archive);
    return { status: 200, cache: dv === undefined ? 'public' : 'immutable', body };
  } catch (error) {
    if (error instanceof ParameterError) {
      return { status: 400, cache: 'none', body: errorBody('bad-parameter', error.message, error.parameter) };
    }
    if (error instanceof NotFoundError)
      return { status: 404, cache: 'none', body: errorBody('not-found', error.message) };
    throw error;
  }
}

/** The entity tag of an answer: the data version and a hash of the path and its parameters, in a stated order. */
export function entityTag(dataVersion: string, path: string, params: URLSearchParams): string {
  const canonical = [...params].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const hash = createHash('sha256')
    .update(JSON.stringify([path, canonical]))
    .digest('base64url')
    .slice(0, 22);
  return `"${dataVersion}-${hash}"`;
}

function matches(ifNoneMatch: string | undefined, tag: string): boolean {
  if (!ifNoneMatch) return false;
  return ifNoneMatch.split(',').some((candidate) => {
    const t = candidate.trim();
    return t === '*' || t === tag || t === `W/${tag}`;
  });
}

/** Makes the request handler for an archive. */
export function createHandler(archive: Archive, options: { maxAge?: number; log?: (line: string) => void } = {}) {
  const maxAge = options.maxAge ?? 300;
  return (request: IncomingMessage, response: ServerResponse): void => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    response.setHeader('Access-Control-Allow-Origin', '*');
    response.setHeader('Access-Control-Expose-Headers', 'ETag');
    response.setHeader('Vary', 'Accept-Encoding');
    const send = (status: number, body: unknown, headers: Record<string, string> = {}) => {
      let payload: Buffer = Buffer.from(JSON.stringify(body));
      const gzip = payload.length >= GZIP_FROM && /\bgzip\b/.test(String(request.headers['accept-encoding'] ?? ''));
      if (gzip) payload = gzipSync(payload, { level: 4 });
      response.writeHead(status, {
        'Content-Type': 'application/json; charset=utf-8',
        'Content-Length': String(payload.length),
        ...(gzip ? { 'Content-Encoding': 'gzip' } : {}),
        ...headers,
      });
      response.end(request.method === 'HEAD' ? undefined : payload);
    };
    if (request.method === 'OPTIONS') {
      response.writeHead(204, {
        'Access-Control-Allow-Methods': 'GET, HEAD',
        'Access-Control-Allow-Headers': 'If-None-Match',
        'Access-Control-Max-Age': '86400',
      });
      response.end();
      return;
    }
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      send(405, errorBody('method-not-allowed', `${request.method} is not answered: use GET.`), {
        Allow: 'GET, HEAD',
        'Cache-Control': 'no-store',
      });
      return;
    }
    const tag = entityTag(archive.dataVersion, url.pathname, url.searchParams);
    const started = performance.now();
    answer(archive, url.pathname, url.searchParams).then(
      ({ status, body, cache }) => {
        const cacheControl =
          cache === 'immutable'
            ? `public, max-age=${IMMUTABLE_SECONDS}, immutable`
            : cache === 'public'
              ? `public, max-age=${maxAge}`
              : 'no-store';
        if (status === 200 && matches(request.headers['if-none-match'], tag)) {
          response.writeHead(304, { ETag: tag, 'Cache-Control': cacheControl });
          response.end();
        } else {
          send(status, body, { 'Cache-Control': cacheControl, ...(status === 200 ? { ETag: tag } : {}) });
        }
        options.log?.(`${status} ${url.pathname}${url.search} ${(performance.now() - started).toFixed(1)} ms`);
      },
      (error: unknown) => {
        options.log?.(`500 ${url.pathname}${url.search}: ${error instanceof Error ? error.stack : String(error)}`);
        send(500, errorBody('internal', 'The database could not answer; the server log says why.'), {
          'Cache-Control': 'no-store',
        });
      },
    );
  };
}

/**
 * Opens a source and makes an HTTP server for it, not yet listening:
 * `const server = await createServer({ source: 'archive.parquet' }); const url = await server.listen(8080);`
 */
export async function createServer(options: ServerOptions): Promise<SummitlineServer> {
  const archive = typeof options.source === 'string' ? await openArchive(options.source, options) : options.source;
  const handle = createHandler(archive, {
    ...(options.maxAge === undefined ? {} : { maxAge: options.maxAge }),
    ...(options.log ? { log: options.log } : {}),
  });
  const server = createHttpServer(handle);
  return {
    archive,
    server,
    handle,
    listen(port = 0, host = '127.0.0.1') {
      return new Promise((resolve, reject) => {
        server.once('error', reject);
        server.listen(port, host, () => {
          server.off('error', reject);
          const address = server.address() as AddressInfo;
          const shown = address.family === 'IPv6' ? `[${address.address}]` : address.address;
          resolve(`http://${shown}:${address.port}/`);
        });
      });
    },
    async close() {
      if (server.listening) await new Promise<void>((resolve) => server.close(() => resolve()));
      await archive.close();
    },
  };
}
