// The HTTP source against the archive server, on the same records as the in-memory
// source: the same totals, events, steps and look-ups, read a tile at a time; and
// what it does with requests the view has left and with answers it cannot use.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createServer, type SummitlineServer } from '@summitline/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { httpSource, tilesFor, TILE_PX } from '../../src/source/http-source.js';
import { memorySource } from '../../src/source/memory-source.js';
import type { TimelineSource } from '../../src/source/source.js';
import { records } from './records.js';

const DAY = 86_400_000;
const all = records(3000);
const memory = memorySource(all);
let server: SummitlineServer;
let base: string;
let requested: string[] = [];
let source: TimelineSource;

const counting: typeof fetch = (input, init) => {
  requested.push(String(input));
  return fetch(input, init);
};

beforeAll(async () => {
  const file = join(mkdtempSync(join(tmpdir(), 'summitline-source-')), 'events.json');
  writeFileSync(file, JSON.stringify(all));
  server = await createServer({ source: file, table: 'source_events' });
  base = await server.listen(0);
  source = httpSource(base, { fetch: counting });
}, 60_000);
afterAll(() => server?.close());

describe('httpSource', () => {
  it('reads the same totals as the records hold', async () => {
    const [http, local] = [await source.totals(), await memory.totals()];
    expect(http.total).toBe(local.total);
    expect([...http.kinds]).toEqual([...local.kinds]);
    expect(http.span).toEqual(local.span);
  });

  it('answers a window with the same events, from the tiles that cover it, and keeps them', async () => {
    const query = {
      from: Date.UTC(2005, 0, 1),
      to: Date.UTC(2005, 3, 1),
      width: 800,
      kinds: ['summit', 'call'],
      groupBy: 'kind' as const,
    };
    requested = [];
    const http = await source.window(query);
    const { z, first, last } = tilesFor(query.from, query.to, query.width);
    const tiles = requested.filter((url) => url.includes('/v1/tile'));
    // The tiles of the view, and one on either side ahead of a pan.
    expect(tiles).toHaveLength(last - first + 3);
    expect(
      tiles.every((url) => url.includes(`z=${z}`) && url.includes(`width=${TILE_PX}`) && url.includes('dv=')),
    ).toBe(true);
    const local = await memory.window(query);
    const inView = (lanes: typeof http.lanes) =>
      lanes.map((lane) => ({
        key: lane.key,
        ids: lane.events
          .filter(
            (e) =>
              e.start! < new Date(query.to).toISOString().slice(0, 10) &&
              e.end! >= new Date(query.from).toISOString().slice(0, 10),
          )
          .map((e) => e.id)
          .sort(),
      }));
    expect(inView(http.lanes)).toEqual(
      local.lanes.map((lane) => ({ key: lane.key, ids: lane.events.map((e) => e.id).sort() })),
    );
    requested = [];
    await source.window(query);
    expect(requested).toEqual([]);
  });

  it('answers a narrow view of the whole span with bins whose counts add up to the archive', async () => {
    const totals = await source.totals();
    const [from, to] = totals.span!;
    // 100 px for twenty years: one tile, with more marks than it answers one by one.
    const { lanes } = await source.window({ from, to, width: 100, kinds: undefined, groupBy: 'none' });
    expect(lanes.map((lane) => lane.key)).toEqual(['all']);
    expect(lanes[0]!.bins.length).toBeGreaterThan(0);
    const counted = lanes[0]!.bins.reduce((n, bin) => n + bin.count, 0) + lanes[0]!.events.length;
    // Events that span two tiles are in both.
    expect(counted).toBeGreaterThanOrEqual(totals.total);
  });

  it('steps and looks up by id as the records say', async () => {
    for (const query of [
      { direction: 'first' as const, kinds: ['call'] },
      { direction: 'last' as const, kinds: undefined },
      { direction: 'next' as const, id: 'r12', kinds: ['visit'] },
      { direction: 'previous' as const, at: Date.UTC(2010, 0, 1), kinds: undefined },
    ]) {
      expect((await source.step(query))?.id, JSON.stringify(query)).toBe((await memory.step(query))?.id);
    }
    expect((await source.event('r42'))?.title).toBe('Event 42');
    expect(await source.event('nothing')).toBeUndefined();
  });

  it('aborts a tile no window wants any more, and keeps one a later window shares', async () => {
    const fresh = httpSource(base);
    await fresh.totals();
    const query = {
      from: Date.UTC(2012, 0, 1),
      to: Date.UTC(2012, 1, 1),
      width: 400,
      kinds: undefined,
      groupBy: 'none' as const,
    };
    const left = new AbortController();
    const abandoned = fresh.window(query, left.signal);
    const kept = fresh.window(query);
    left.abort(new Error('the view moved on'));
    await expect(abandoned).rejects.toThrow('the view moved on');
    expect((await kept).lanes.length).toBe(1);
    // Alone, a window left is aborted on the wire too (its tiles, not the ones fetched ahead).
    const signals = new Map<string, AbortSignal>();
    const watched = httpSource(base, {
      fetch: (input, init) => (signals.set(String(input), init!.signal!), fetch(input, init)),
    });
    await watched.totals();
    const alone = new AbortController();
    const later = { ...query, from: Date.UTC(2014, 0, 1), to: Date.UTC(2014, 1, 1) };
    const pending = watched.window(later, alone.signal);
    alone.abort(new Error('the view moved on'));
    await expect(pending).rejects.toThrow('the view moved on');
    const { z, first } = tilesFor(later.from, later.to, later.width);
    const tile = [...signals].find(([url]) => url.includes(`z=${z}&i=${first}&`))!;
    const ahead = [...signals].find(([url]) => url.includes(`z=${z}&i=${first - 1}&`))!;
    expect(tile[1].aborted).toBe(true);
    expect(ahead[1].aborted).toBe(false);
  });

  it('names the request and the field when an answer cannot be used', async () => {
    const answers: Record<string, unknown> = {
      totals: { dataVersion: 'v1', total: 3, span: { from: 0, to: DAY }, kinds: [] },
      tile: { mode: 'events', events: [{ id: 'a', title: 'A', kind: 'call' }, { title: 'no id' }] },
    };
    const fake: typeof fetch = async (input) => {
      const path = new URL(String(input)).pathname.split('/').pop()!;
      return new Response(JSON.stringify(answers[path] ?? { error: { code: 'not-found', message: 'no such path' } }), {
        status: answers[path] ? 200 : 404,
      });
    };
    const broken = httpSource('https://archive.example/base', { fetch: fake });
    const error = await broken
      .window({ from: 0, to: DAY, width: 300, kinds: undefined, groupBy: 'none' })
      .catch((e: Error) => e);
    expect((error as Error).message).toMatch(
      /^https:\/\/archive\.example\/base\/v1\/tile\?.*: the answer's events\[1\] is not a record with an id and a kind$/,
    );
    await expect(broken.density({ from: 0, to: DAY, bins: 4, kinds: undefined })).rejects.toThrow(
      /archive\.example\/base\/v1\/density\?.*: 404 no such path/,
    );
    const offline = httpSource('https://archive.example/', {
      fetch: () => Promise.reject(new TypeError('Failed to fetch')),
    });
    await expect(offline.totals()).rejects.toThrow(
      'https://archive.example/v1/totals: could not be reached (Failed to fetch)',
    );
  });
});
