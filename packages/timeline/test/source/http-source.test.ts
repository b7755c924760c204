// HttpSource against a fake server: which tiles it asks for, what it keeps, what it lets
// go when the view moves on, how it follows a changed archive, and what its errors say.
import { describe, expect, it } from 'vitest';
import { HttpSource } from '../../src/source/http-source.js';
import { LocalArchive } from '../../src/source/local-archive.js';
import { SourceError } from '../../src/source/source.js';
import { BASE, fakeServer, nextTask } from './fake-server.js';
import { archive, DAY, SEPTEMBER, utc } from './records.js';

const RECORDS = archive(3000, 7);
// A year drawn 1000 px wide: tiles of 512 px at zoom level 7 (128 days), 94 to 97.
const YEAR = { from: utc(2003), to: utc(2004), width: 1000 } as const;
const L = 128 * DAY;
const tile = (i: number, rest = '') => `v1/tile?z=7&i=${i}&width=512${rest}`;
/** The view moved on by `n` tiles. */
const moved = (n: number) => ({ ...YEAR, from: YEAR.from + n * L, to: YEAR.to + n * L });

function setUp(options: ConstructorParameters<typeof HttpSource>[1] = {}) {
  const server = fakeServer(RECORDS);
  const source = new HttpSource(BASE, { fetch: server.fetch, ...options });
  return { server, source };
}

const failure = (promise: Promise<unknown>) =>
  promise.then(
    () => {
      throw new Error('expected the question to fail');
    },
    (error: unknown) => error as SourceError,
  );

describe('HttpSource asks for tiles', () => {
  it('reads the totals first, then the tiles of the zoom level that covers the view, then one on either side', async () => {
    const { server, source } = setUp();
    const answer = await source.window(YEAR);
    const dv = server.archive.dataVersion;
    expect(server.paths()).toEqual(['v1/totals', tile(94), tile(95), tile(96), tile(97), tile(98), tile(93)]);
    expect(server.requests.map((r) => r.dv)).toEqual([null, dv, dv, dv, dv, dv, dv]);
    expect(answer).toMatchObject({ dataVersion: dv, from: 94 * L, to: 98 * L, width: 2048, mode: 'events' });
    // The tiles' events, each once, in time order: those of the window they cover.
    const whole = server.archive.window({ from: 94 * L, to: 98 * L, width: 2048 });
    expect(answer.events.map((e) => e.id)).toEqual(whole.events.map((e) => e.id));
    expect(answer.marks).toBe(whole.marks);
  });

  it('answers the same view from the tiles it keeps, as the same answer', async () => {
    const { server, source } = setUp();
    const first = await source.window(YEAR);
    const asked = server.requests.length;
    expect(await source.window(YEAR)).toBe(first);
    expect(await source.window({ ...YEAR, from: YEAR.from + DAY, to: YEAR.to - DAY })).toBe(first);
    expect(server.requests.length).toBe(asked);
  });

  it('finds the tile fetched ahead when the view pans onto it, and fetches the next one ahead', async () => {
    const { server, source } = setUp();
    await source.window(YEAR);
    const asked = server.requests.length;
    const answer = await source.window(moved(1));
    expect(server.paths().slice(asked)).toEqual([tile(99)]);
    expect([answer.from, answer.to]).toEqual([95 * L, 99 * L]);
  });

  it('asks for nothing where the archive has no events', async () => {
    const { server, source } = setUp();
    const answer = await source.window({ from: utc(1900), to: utc(1901), width: 1000 });
    expect(server.paths()).toEqual(['v1/totals']);
    expect(answer).toMatchObject({ mode: 'events', marks: 0, events: [] });
  });

  it('asks every tile with the filter, the grouping and the options, and joins bins across tiles', async () => {
    const { server, source } = setUp({ limit: 10, px: 16 });
    const answer = await source.window({ ...YEAR, kinds: ['meeting', 'call'], group: 'kind' });
    expect(server.paths('v1/tile')[0]).toBe(tile(94, '&px=16&limit=10&kinds=meeting%2Ccall&group=kind'));
    expect(answer).toMatchObject({ mode: 'bins', group: 'kind', kinds: ['meeting', 'call'], bins: 128 });
    expect(answer.lanes!.map((lane) => lane.key)).toEqual(['meeting', 'call']);
    const ids = new Set(answer.events.map((e) => e.id));
    expect(ids.size).toBe(answer.events.length);
    for (const lane of answer.lanes!) {
      expect(lane.count).toBe(lane.bins.reduce((sum, b) => sum + b.count, lane.events.length));
      // Each tile's 32 bins follow the last tile's.
      expect(lane.bins.some((b) => b.index >= 96)).toBe(true);
      for (const b of lane.bins) expect(ids.has(b.first) && ids.has(b.last)).toBe(true);
    }
  });

  it('asks for a request already on its way only once', async () => {
    const { server, source } = setUp();
    await source.totals();
    server.hold = true;
    const one = source.window(YEAR);
    const two = source.window(YEAR, new AbortController().signal);
    await nextTask();
    server.release();
    expect(await one).toBe(await two);
    expect(server.paths('v1/tile')).toHaveLength(6);
  });
});

describe('HttpSource lets go of what the view has left', () => {
  it('aborts the tiles of a view left, but not those the next view shares, asked before or after', async () => {
    for (const order of ['abort, then ask', 'ask, then abort']) {
      const { server, source } = setUp();
      await source.totals();
      server.hold = true;
      const left = new AbortController();
      const first = source.window(YEAR, left.signal);
      await nextTask();
      expect(server.paths('v1/tile')).toEqual([tile(94), tile(95), tile(96), tile(97), tile(98), tile(93)]);
      const reason = new DOMException('The view moved on.', 'AbortError');
      let next;
      if (order === 'abort, then ask') {
        left.abort(reason);
        next = source.window(moved(3), new AbortController().signal);
      } else {
        next = source.window(moved(3), new AbortController().signal);
        left.abort(reason);
      }
      await expect(first).rejects.toBe(reason);
      await nextTask();
      const aborted = server.requests.filter((r) => r.init.signal?.aborted).map((r) => r.path);
      expect(aborted, order).toEqual([tile(94), tile(95), tile(93)]);
      // Tiles 96 to 98 are shared: not asked again.
      expect(server.paths('v1/tile').slice(6), order).toEqual([tile(99), tile(100), tile(101)]);
      server.release();
      expect(await next).toMatchObject({ from: 97 * L, to: 101 * L });
    }
  });

  it('asks again for a tile it let go, when a later view wants it', async () => {
    const { server, source } = setUp();
    await source.totals();
    server.hold = true;
    const left = new AbortController();
    source.window(YEAR, left.signal).catch(() => undefined);
    await nextTask();
    left.abort();
    await nextTask();
    server.hold = false;
    const answer = await source.window(YEAR);
    expect(server.paths('v1/tile')).toEqual([...Array(2)].flatMap(() => [94, 95, 96, 97, 98, 93].map((i) => tile(i))));
    expect(answer.from).toBe(94 * L);
  });

  it('keeps a request that a question without a signal waits for', async () => {
    const { server, source } = setUp();
    await source.totals();
    server.hold = true;
    const left = new AbortController();
    const kept = source.event('event-0001');
    const leaving = source.event('event-0001', left.signal);
    await nextTask();
    left.abort();
    await leaving.catch(() => undefined);
    await nextTask();
    server.release();
    expect((await kept)?.id).toBe('event-0001');
    expect(server.requests.at(-1)!.init.signal?.aborted).toBe(false);
  });
});

describe('HttpSource follows the data version', () => {
  it('reads the totals again when the server has left the version, drops what it kept, and asks again', async () => {
    const { server, source } = setUp();
    await source.window(YEAR);
    const old = server.archive.dataVersion;
    server.archive = new LocalArchive(archive(3000, 8));
    const fresh = server.archive.dataVersion;
    const asked = server.requests.length;
    const answer = await source.window(moved(10));
    expect(answer.dataVersion).toBe(fresh);
    const after = server.requests.slice(asked);
    // The first tile was refused (409); the totals are read past any cache; every tile is asked with the new version.
    expect(after[0]).toMatchObject({ path: tile(104), dv: old });
    const totals = after.find((r) => r.path === 'v1/totals')!;
    expect(totals.init.cache).toBe('no-cache');
    expect(after.filter((r) => r.dv === fresh).map((r) => r.path)).toEqual(
      [104, 105, 106, 107, 108, 103].map((i) => tile(i)),
    );
    expect((await source.totals()).dataVersion).toBe(fresh);
    const again = server.requests.length;
    const first = await source.window(YEAR);
    expect(first.dataVersion).toBe(fresh);
    expect(server.requests.slice(again).map((r) => [r.path, r.dv])).toEqual(
      [94, 95, 96, 97, 98, 93].map((i) => [tile(i), fresh]),
    );
  });

  it('says so when the server refuses the version its own totals name', async () => {
    const { server, source } = setUp();
    await source.totals();
    server.override = ({ path }) =>
      path.startsWith('v1/tile')
        ? new Response(JSON.stringify({ error: { code: 'version-changed', message: 'Read the totals again.' } }), {
            status: 409,
          })
        : undefined;
    const error = await failure(source.window(YEAR));
    expect(error).toBeInstanceOf(SourceError);
    expect(error.code).toBe('version-changed');
    expect(error.message).toBe(
      `${BASE}v1/totals still names data version ${server.archive.dataVersion}, which the server refused as one it has left (409 version-changed).`,
    );
  });
});

describe('HttpSource’s errors say what went wrong, and where', () => {
  const broken = (make: (request: { path: string; url: URL }) => Response | undefined) => {
    const { server, source } = setUp();
    server.override = (request) => (request.path === tile(95) ? make(request) : undefined);
    const url = `${BASE}${tile(95)}&dv=${server.archive.dataVersion}`;
    return { server, source, url };
  };

  it('names the URL, the status and the server’s own words for an error answer', async () => {
    const { server, source, url } = broken(
      () =>
        new Response(
          JSON.stringify({
            error: { code: 'internal', message: 'The database could not answer; the server log says why.' },
          }),
          { status: 500 },
        ),
    );
    const error = await failure(source.window(YEAR));
    expect(error).toMatchObject({ name: 'SourceError', code: 'internal', status: 500, url });
    expect(error.message).toBe(
      `GET ${url} answered 500 internal: The database could not answer; the server log says why.`,
    );
    // A failure is not kept: the next question asks again.
    server.override = undefined;
    const asked = server.requests.length;
    await source.window(YEAR);
    expect(server.paths().slice(asked)).toEqual([tile(95)]);
  });

  it('quotes an error answer that is not the wire format’s', async () => {
    const { source, url } = broken(
      () => new Response('<html><body>Bad gateway</body></html>', { status: 502, statusText: 'Bad Gateway' }),
    );
    const error = await failure(source.window(YEAR));
    expect(error).toMatchObject({ code: 'http', status: 502, url });
    expect(error.message).toBe(`GET ${url} answered 502 Bad Gateway: "<html><body>Bad gateway</body></html>".`);
  });

  it('says when an answer is not JSON', async () => {
    const { source, url } = broken(() => new Response('{"from": 1,', { status: 200 }));
    const error = await failure(source.window(YEAR));
    expect(error).toMatchObject({ code: 'bad-json', status: 200, url });
    expect(error.message).toMatch(
      new RegExp(
        `^GET ${url.replace(/[?.]/g, '\\$&')} answered 200 with something that is not JSON \\(.+\\): "\\{\\\\"from\\\\": 1,"\\.$`,
      ),
    );
  });

  it('names the field of an answer that the wire format does not allow', async () => {
    const { server, source, url } = broken(({ url: asked }) => {
      const { dataVersion: _, ...body } = server.archive.window({ from: 95 * L, to: 96 * L, width: 512 });
      body.events[0] = { ...body.events[0]!, start: 5 as unknown as string };
      return new Response(JSON.stringify({ ...body, tile: { z: 7, i: Number(asked.searchParams.get('i')) } }));
    });
    const error = await failure(source.window(YEAR));
    expect(error).toMatchObject({ code: 'bad-answer', field: 'events[0].start', url });
    expect(error.message).toBe(
      `GET ${url} answered JSON that the wire format does not allow: events[0].start is 5; expected a day, YYYY-MM-DD.`,
    );
  });

  it('names a bin whose first event the answer does not hold, and a tile that is not the one asked for', async () => {
    const { server, source } = setUp({ limit: 10 });
    server.override = ({ path, url }) => {
      if (!path.startsWith(tile(95))) return undefined;
      const { dataVersion: _, ...body } = server.archive.window({ from: 95 * L, to: 96 * L, width: 512, limit: 10 });
      body.lanes![0]!.bins[0]!.first = 'missing';
      return new Response(JSON.stringify({ ...body, tile: { z: 7, i: Number(url.searchParams.get('i')) } }));
    };
    const error = await failure(source.window(YEAR));
    expect(error.field).toBe('lanes[0].bins[0].first');
    expect(error.message).toMatch(
      /lanes\[0\]\.bins\[0\]\.first names "missing", which is not among the answer's events\.$/,
    );
    const other = setUp({ limit: 10 });
    other.server.override = ({ path }) => {
      if (!path.startsWith(tile(96))) return undefined;
      const { dataVersion: _, ...body } = server.archive.window({ from: 96 * L, to: 97 * L, width: 512, limit: 10 });
      return new Response(JSON.stringify({ ...body, tile: { z: 7, i: 97 } }));
    };
    expect(await failure(other.source.window(YEAR))).toMatchObject({
      field: 'tile',
      code: 'bad-answer',
      message: expect.stringMatching(/tile is z 7, i 97; expected z 7, i 96, as asked\.$/),
    });
  });

  it('names the totals’ missing data version, and a density of the wrong length', async () => {
    const { server, source } = setUp();
    server.override = ({ path }) =>
      path === 'v1/totals'
        ? new Response(JSON.stringify({ ...server.archive.totals(), dataVersion: undefined }))
        : undefined;
    const error = await failure(source.totals());
    expect(error).toMatchObject({ code: 'bad-answer', field: 'dataVersion', url: `${BASE}v1/totals` });
    expect(error.message).toMatch(/dataVersion is missing; expected a non-empty string\.$/);
    server.override = ({ path }) =>
      path.startsWith('v1/density')
        ? new Response(JSON.stringify({ from: 0, to: 1, kinds: null, counts: [1, 2] }))
        : undefined;
    expect(await failure(source.density({ bins: 3 }))).toMatchObject({
      field: 'counts',
      message: expect.stringMatching(/counts has 2 numbers; expected 3\.$/),
    });
  });

  it('says which request failed to reach the server', async () => {
    const source = new HttpSource(BASE, {
      fetch: () => Promise.reject(new TypeError('fetch failed')),
    });
    const error = await failure(source.totals());
    expect(error).toMatchObject({
      code: 'network',
      url: `${BASE}v1/totals`,
      message: `GET ${BASE}v1/totals failed: fetch failed.`,
    });
    expect(error.cause).toBeInstanceOf(TypeError);
  });
});

describe('HttpSource’s other questions', () => {
  it('asks for the density over the archive’s span, and keeps it', async () => {
    const { server, source } = setUp();
    const { span } = await source.totals();
    const density = await source.density({ bins: 40, kinds: ['forum'] });
    await source.density({ bins: 40, kinds: ['forum'] });
    expect(server.paths('v1/density')).toEqual([`v1/density?from=${span!.from}&to=${span!.to}&bins=40&kinds=forum`]);
    expect(density).toEqual(server.archive.density({ bins: 40, kinds: ['forum'] }));
  });

  it('steps from an event or a time, with the filter', async () => {
    const { server, source } = setUp();
    const id = server.archive.items[100]!.id;
    expect(await source.step({ direction: 'next', id, kinds: ['forum'] })).toEqual(
      server.archive.step({ direction: 'next', id, kinds: ['forum'] }),
    );
    expect((await source.step({ direction: 'previous', at: utc(2005) + 0.5 }))?.id).toBe(
      server.archive.step({ direction: 'previous', at: utc(2005) + 1 })?.id,
    );
    expect(server.paths('v1/step')).toEqual([
      `v1/step?dir=next&id=${id}&kinds=forum`,
      `v1/step?dir=previous&at=${utc(2005) + 1}`,
    ]);
    await expect(source.step({ direction: 'next', id: 'nowhere' })).rejects.toMatchObject({
      code: 'not-found',
      status: 404,
    });
  });

  it('gives one event by id, or null for an id the archive does not hold', async () => {
    const { server, source } = setUp();
    expect(await source.event('event-0042')).toEqual(server.archive.event('event-0042'));
    expect(await source.event('nowhere')).toBeNull();
  });

  it('refuses a question the server would refuse before asking, naming the parameter', async () => {
    const { server, source } = setUp();
    await expect(source.window({ ...YEAR, width: 0 })).rejects.toMatchObject({
      code: 'bad-parameter',
      parameter: 'width',
      message: 'width 0 is outside 1…8192.',
    });
    await expect(source.window({ ...YEAR, px: 4 })).rejects.toMatchObject({ parameter: 'px' });
    await expect(source.density({ bins: 0 })).rejects.toMatchObject({ parameter: 'bins' });
    await expect(source.window({ ...YEAR, kinds: ['state visit'] })).rejects.toMatchObject({ parameter: 'kinds' });
    expect(server.requests).toEqual([]);
  });

  it('asks under the base URL it is given, with or without its final slash', async () => {
    const server = fakeServer(SEPTEMBER);
    const source = new HttpSource(BASE.slice(0, -1), { fetch: server.fetch });
    expect(source.url).toBe(BASE);
    expect((await source.totals()).total).toBe(SEPTEMBER.length);
    expect(server.requests[0]!.url.href).toBe(`${BASE}v1/totals`);
    expect(() => new HttpSource('http://[nowhere')).toThrow('HttpSource: "http://[nowhere" is not a URL');
  });
});
