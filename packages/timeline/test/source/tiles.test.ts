// Tiles: which ones cover a view, and how their answers join into one.
import { describe, expect, it } from 'vitest';
import { LocalArchive } from '../../src/source/local-archive.js';
import type { SourceWindow } from '../../src/source/source.js';
import { joinTiles, tilesCovering, tileWindow, tileZoom } from '../../src/source/tiles.js';
import { DAY, SEPTEMBER, utc } from './records.js';

describe('the tile grid', () => {
  it('picks the zoom level whose 512 px tiles have the view’s detail, or up to twice as much', () => {
    // A year over 1000 px is 0.365 days a px; tiles of 128 days over 512 px are 0.25.
    expect(tileZoom(365 * DAY, 1000, 512)).toBe(7);
    expect(tileZoom(250 * DAY, 1000, 512)).toBe(7);
    expect(tileZoom(249 * DAY, 1000, 512)).toBe(6);
    expect(tileZoom(365 * DAY, 1000, 1024)).toBe(8);
  });

  it('keeps to the zoom levels the wire format serves', () => {
    expect(tileZoom(60_000, 1000, 512)).toBe(-6);
    expect(tileZoom(10_000 * 365 * DAY, 360, 512)).toBe(20);
  });

  it('covers a view with whole tiles, before 1970 too', () => {
    expect(tilesCovering(utc(2003), utc(2004), 7).map((t) => t.i)).toEqual([94, 95, 96, 97]);
    expect(tilesCovering(-3 * DAY, -DAY, 1).map((t) => t.i)).toEqual([-2, -1]);
    expect(tilesCovering(0, 2 * DAY, 1).map((t) => t.i)).toEqual([0]);
    expect(tileWindow({ z: 12, i: 2 })).toEqual({ from: utc(1992, 6, 6), to: utc(1992, 6, 6) + 4096 * DAY });
    expect(tileWindow({ z: -1, i: -1 })).toEqual({ from: -DAY / 2, to: 0 });
  });
});

describe('joinTiles', () => {
  const archive = new LocalArchive(SEPTEMBER);
  // Tiles of four days: 1–4, 5–8 and 9–12 September 2025.
  const Z = 2;
  const first = Math.floor(utc(2025, 9, 1) / (4 * DAY));
  const tile = (k: number, options: { limit?: number; group?: 'none' | 'kind' | 'country' } = {}): SourceWindow =>
    archive.window({ ...tileWindow({ z: Z, i: first + k }), width: 512, ...options });

  it('gives one tile as it is', () => {
    const only = tile(0);
    expect(joinTiles([only])).toBe(only);
    expect(() => joinTiles([])).toThrow(RangeError);
  });

  it('holds each event of the tiles once, in time order, when every tile had room for its events', () => {
    const joined = joinTiles([tile(0), tile(1)]);
    const whole = archive.window({ from: utc(2025, 9, 1), to: utc(2025, 9, 9), width: 1024 });
    expect(joined).toMatchObject({
      mode: 'events',
      from: utc(2025, 9, 1),
      to: utc(2025, 9, 9),
      width: 1024,
      bins: 86,
      binLength: (4 * DAY) / 43,
      marks: 7,
    });
    // The visit and the month's statement reach into both tiles.
    expect(joined.events.map((e) => e.id)).toEqual(whole.events.map((e) => e.id));
    expect(joined.events.map((e) => e.id)).toEqual([
      'exercise',
      'call-1',
      'sco-summit',
      'statement',
      'visit-1',
      'parade',
      'talks',
    ]);
  });

  it('is in bins mode when a tile is, with the events of the tiles that had room standing alone', () => {
    const binned = tile(0, { limit: 3 });
    expect(binned.mode).toBe('bins');
    const joined = joinTiles([binned, tile(1)]);
    expect(joined.mode).toBe('bins');
    expect(joined.lanes).toEqual([
      {
        key: 'all',
        // The bin of four, and four alone: the statement, in the first tile's first bin, also stands alone in the second.
        count: 8,
        bins: [expect.objectContaining({ index: 0, count: 4, first: 'exercise', last: 'statement' })],
        events: ['statement', 'visit-1', 'parade', 'talks'],
      },
    ]);
    expect(joined.marks).toBe(8);
    expect(joined.events.map((e) => e.id)).toEqual(['exercise', 'statement', 'visit-1', 'parade', 'talks']);
  });

  it('numbers a later tile’s bins after the earlier tiles’, and orders lanes as the wire format does', () => {
    const joined = joinTiles([tile(0, { group: 'country' }), tile(1, { group: 'country', limit: 0 })]);
    expect(joined.mode).toBe('bins');
    expect(joined.lanes!.map((lane) => [lane.key, lane.count])).toEqual([
      ['CHN', 6],
      ['RUS', 4],
      ['PRK', 2],
      ['IND', 1],
      ['USA', 1],
      ['—', 1],
    ]);
    const china = joined.lanes![0]!;
    expect(china.bins).toEqual([]);
    expect(china.events).toEqual(['exercise', 'call-1', 'sco-summit', 'visit-1', 'parade', 'talks']);
    const grouped = joinTiles([tile(0, { group: 'kind', limit: 0 }), tile(1, { group: 'kind', limit: 0 })]);
    expect(grouped.lanes!.map((lane) => lane.key)).toEqual([
      'summit',
      'meeting',
      'visit',
      'call',
      'parade',
      'statement',
      'military',
    ]);
    const later = joinTiles([tile(0, { limit: 100 }), tile(1, { limit: 0 }), tile(2, { limit: 0 })]);
    // The first bins of tiles 1 and 2 hold the events reaching in from before them: bins 43 and 86 of the joined window.
    expect(later.lanes![0]!.bins).toEqual([
      expect.objectContaining({ index: 43, count: 2, first: 'statement', last: 'visit-1' }),
      expect.objectContaining({ index: 86, count: 2, first: 'statement', last: 'forum' }),
    ]);
    expect(later.lanes![0]!.events).toEqual([
      'exercise',
      'call-1',
      'sco-summit',
      'statement',
      'visit-1',
      'parade',
      'talks',
    ]);
  });
});
