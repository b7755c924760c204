// The HTTP side as a client sees it: caching headers, 304s, errors that name the
// parameter, and requests that try to smuggle SQL.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createServer, type SummitlineServer } from '../src/http.js';
import { loadIntoPostgres } from '../src/postgres.js';
import { tileWindow } from '../src/tiles.js';
import type { DensityAnswer, ErrorAnswer, EventAnswer, StepAnswer, WindowAnswer } from '../src/wire.js';
import { archiveFile, postgresUrl, ROWS } from './fixture.js';

const TABLE = 'http_events';
const INJECTION = "'); drop table http_events;--";

async function serve(source: () => Promise<string>) {
  const server = await createServer({ source: await source(), table: TABLE });
  const url = await server.listen(0);
  return { server, url };
}

const get = (base: string, path: string, headers: Record<string, string> = {}) =>
  fetch(new URL(path, base), { headers });

describe('over HTTP (DuckDB)', () => {
  let server: SummitlineServer;
  let base: string;
  beforeAll(async () => {
    ({ server, url: base } = await serve(archiveFile));
  }, 60_000);
  afterAll(() => server?.close());

  test('an answer has an ETag and may be kept by any cache for five minutes; the same ETag back gets 304', async () => {
    const path = '/v1/window?from=1990-01-01&to=2000-01-01&width=800&group=kind';
    const first = await get(base, path);
    expect(first.status).toBe(200);
    expect(first.headers.get('cache-control')).toBe('public, max-age=300');
    expect(first.headers.get('content-type')).toBe('application/json; charset=utf-8');
    expect(first.headers.get('access-control-allow-origin')).toBe('*');
    const tag = first.headers.get('etag')!;
    expect(tag).toMatch(new RegExp(`^"${server.archive.dataVersion}-[\\w-]{22}"$`));
    const body = (await first.json()) as WindowAnswer;
    expect(body.group).toBe('kind');

    for (const ifNoneMatch of [tag, `W/${tag}`, `"other", ${tag}`]) {
      const again = await get(base, path, { 'If-None-Match': ifNoneMatch });
      expect(again.status).toBe(304);
      expect(again.headers.get('etag')).toBe(tag);
      expect(again.headers.get('cache-control')).toBe('public, max-age=300');
      expect(await again.text()).toBe('');
    }
    const other = await get(base, path.replace('group=kind', 'group=country'), { 'If-None-Match': tag });
    expect(other.status).toBe(200);
    expect(other.headers.get('etag')).not.toBe(tag);
  });

  test('an answer that names the data version may be kept for a year; a version the archive has left gets 409', async () => {
    const dv = server.archive.dataVersion;
    const current = await get(base, `/v1/tile?z=10&i=5&dv=${dv}`);
    expect(current.status).toBe(200);
    expect(current.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    const stale = await get(base, '/v1/tile?z=10&i=5&dv=0123456789abcdef');
    expect(stale.status).toBe(409);
    expect(stale.headers.get('cache-control')).toBe('no-store');
    expect(((await stale.json()) as ErrorAnswer).error).toEqual({
      code: 'version-changed',
      message: `dv names data version "0123456789abcdef", but the archive is now at ${dv}: read /v1/totals again.`,
      parameter: 'dv',
    });
  });

  test('a tile answers its window of the grid, as /v1/window does for the same window', async () => {
    const { from, to } = tileWindow(12, 2);
    const tile = (await (await get(base, '/v1/tile?z=12&i=2&group=country')).json()) as WindowAnswer;
    const window = (await (
      await get(base, `/v1/window?from=${from}&to=${to}&width=512&group=country`)
    ).json()) as WindowAnswer;
    expect(tile.tile).toEqual({ z: 12, i: 2 });
    expect({ ...tile, tile: undefined }).toEqual({ ...window, tile: undefined });
    expect(tile.from).toBe(Date.UTC(1992, 5, 6)); // 8,192 days after 1970-01-01
    expect(tile.to - tile.from).toBe(4096 * 86_400_000);
  });

  test('large answers are gzipped for clients that take gzip', async () => {
    const response = await get(base, '/v1/window?from=1945-01-01&to=2030-01-01&width=1000&limit=5000', {
      'Accept-Encoding': 'gzip',
    });
    expect(response.headers.get('content-encoding')).toBe('gzip');
    expect(response.headers.get('vary')).toBe('Accept-Encoding');
    expect(((await response.json()) as WindowAnswer).events).toHaveLength(ROWS);
  });

  test.each([
    ['/v1/window?to=2000-01-01&width=100', 'from', 'from is required.'],
    ['/v1/window?from=1990-02-30&to=2000-01-01&width=100', 'from', 'from "1990-02-30" is not a day of the calendar.'],
    [
      '/v1/window?from=yesterday&to=2000-01-01&width=100',
      'from',
      'from "yesterday" is not a time: give UTC milliseconds (1756857600000), a day (2025-09-03) or an ISO instant with its zone (2025-09-03T09:00:00Z).',
    ],
    [
      '/v1/window?from=2000-01-01&to=1990-01-01&width=100',
      'to',
      'to (631152000000) must be after from (946684800000).',
    ],
    ['/v1/window?from=0&to=1&width=0', 'width', 'width 0 is outside 1…8192.'],
    ['/v1/window?from=0&to=1&width=12.5', 'width', 'width "12.5" is not a whole number.'],
    ['/v1/window?from=0&to=1&width=100&group=year', 'group', 'group "year" is not one of none, kind, country.'],
    ['/v1/window?from=0&to=1&width=100&px=0', 'px', 'px 0 is outside 1…256.'],
    ['/v1/window?from=0&to=1&width=100&limit=9999', 'limit', 'limit 9999 is outside 0…5000.'],
    ['/v1/window?from=0&to=1&width=100&colour=red', 'colour', '/v1/window takes no parameter "colour".'],
    ['/v1/window?from=0&from=5&to=10&width=100', 'from', 'from is given more than once.'],
    [
      '/v1/window?from=-300000000000000&to=0&width=100',
      'from',
      'from "-300000000000000" is outside the times served (±2e14 ms, about the years −4400 to 8300).',
    ],
    ['/v1/tile?z=30&i=0', 'z', 'z 30 is outside -6…20.'],
    ['/v1/tile?z=3&i=0&width=600', 'width', 'width 600 is not a tile width: one of 256, 512, 1024.'],
    ['/v1/density?bins=5000', 'bins', 'bins 5000 is outside 1…4000.'],
    ['/v1/step?dir=up&at=0', 'dir', 'dir "up" is not one of next, previous, first, last.'],
    ['/v1/step?dir=next', 'id', 'dir=next takes either id (an event) or at (a time), not neither.'],
    ['/v1/step?dir=next&id=a&at=0', 'at', 'dir=next takes either id (an event) or at (a time), not both.'],
    ['/v1/step?dir=first&at=0', 'at', 'dir=first takes neither id nor at.'],
    ['/v1/event', 'id', 'id is required.'],
  ])('%s is refused with 400, naming %s', async (path, parameter, message) => {
    const response = await get(base, path);
    expect(response.status).toBe(400);
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(await response.json()).toEqual({ error: { code: 'bad-parameter', message, parameter } });
  });

  test('kinds past 64 are refused, naming how many were given', async () => {
    const kinds = Array.from({ length: 65 }, (_, i) => `k${i}`).join(',');
    const body = (await (await get(base, `/v1/window?from=0&to=1&width=100&kinds=${kinds}`)).json()) as ErrorAnswer;
    expect(body.error).toEqual({
      code: 'bad-parameter',
      message: 'kinds names 65 kinds; at most 64 are taken.',
      parameter: 'kinds',
    });
  });

  test('unknown paths and ids are 404, other methods 405, each with a JSON error', async () => {
    const path = await get(base, '/v2/window');
    expect(path.status).toBe(404);
    expect(((await path.json()) as ErrorAnswer).error.message).toBe(
      'There is no endpoint /v2/window; the endpoints are /v1/totals, /v1/density, /v1/window, /v1/tile, /v1/step, /v1/event.',
    );
    const id = await get(base, '/v1/event?id=no-such-event');
    expect(id.status).toBe(404);
    expect(((await id.json()) as ErrorAnswer).error).toEqual({
      code: 'not-found',
      message: 'There is no event with id "no-such-event".',
    });
    const post = await fetch(new URL('/v1/totals', base), { method: 'POST' });
    expect(post.status).toBe(405);
    expect(post.headers.get('allow')).toBe('GET, HEAD');
  });

  test('the root names the wire version, the data version and the endpoints', async () => {
    expect(await (await get(base, '/')).json()).toEqual({
      name: '@summitline/server',
      wire: 1,
      dataVersion: server.archive.dataVersion,
      endpoints: ['/v1/totals', '/v1/density', '/v1/window', '/v1/tile', '/v1/step', '/v1/event'],
    });
  });
});

describe.each([
  ['DuckDB', archiveFile],
  [
    'PostgreSQL',
    async () => {
      const url = postgresUrl();
      await loadIntoPostgres(await archiveFile(), url, { table: TABLE });
      return url;
    },
  ],
] as const)('SQL in parameters stays a value (%s)', (_name, source) => {
  let server: SummitlineServer;
  let base: string;
  beforeAll(async () => {
    ({ server, url: base } = await serve(source));
  }, 120_000);
  afterAll(() => server?.close());

  test('a kind filter holding SQL matches no kind, and the table is still whole afterwards', async () => {
    const kinds = encodeURIComponent(INJECTION);
    for (const path of [
      `/v1/window?from=1945-01-01&to=2030-01-01&width=800&kinds=${kinds}`,
      `/v1/density?kinds=${kinds}`,
      `/v1/step?dir=first&kinds=${kinds}`,
    ]) {
      const response = await get(base, path);
      expect(response.status, path).toBe(200);
      const body = (await response.json()) as { marks?: number; counts?: number[]; event?: unknown };
      if ('marks' in body) expect(body.marks).toBe(0);
      if (body.counts) expect(body.counts.every((n) => n === 0)).toBe(true);
      if ('event' in body) expect(body.event).toBeNull();
    }
    const window = (await (
      await get(base, '/v1/window?from=1945-01-01&to=2030-01-01&width=800&limit=5000')
    ).json()) as WindowAnswer;
    expect(window.events).toHaveLength(ROWS);
  });

  test('an id holding SQL is an id that is not there', async () => {
    for (const id of ["x' OR '1'='1", `x'; DROP TABLE ${TABLE}; --`]) {
      const response = await get(base, `/v1/event?id=${encodeURIComponent(id)}`);
      expect(response.status).toBe(404);
      const step = await get(base, `/v1/step?dir=next&id=${encodeURIComponent(id)}`);
      expect(step.status).toBe(404);
    }
    const first = (await (await get(base, '/v1/step?dir=first')).json()) as StepAnswer;
    const found = (await (
      await get(base, `/v1/event?id=${encodeURIComponent(first.event!.id)}`)
    ).json()) as EventAnswer;
    expect(found.event).toEqual(first.event);
    const density = (await (await get(base, '/v1/density?bins=10')).json()) as DensityAnswer;
    expect(density.counts.reduce((a, b) => a + b, 0)).toBe(ROWS);
  });
});
