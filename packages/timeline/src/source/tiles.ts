// Tiles: windows snapped to a grid, as map tiles are, so that every client asks for the
// same windows and any cache can keep them. A tile of zoom level z is 2^z days long;
// tile i of that level covers [i · length, (i + 1) · length) in UTC ms from 1970.
import { compareKinds } from '../core/kinds.js';
import { NO_COUNTRY, type GroupBy } from '../core/rows.js';
import type { SourceLane, SourceRecord, SourceWindow } from './source.js';

/** The length of a tile of zoom level 0: one day. */
export const TILE_BASE_MS = 86_400_000;
/** Zoom levels the wire format serves: from 2^-6 days (22.5 minutes) to 2^20 days (about 2,871 years). */
export const MIN_TILE_ZOOM = -6;
export const MAX_TILE_ZOOM = 20;
/** The widths a tile may be asked for at, in px. */
export const TILE_WIDTHS = [256, 512, 1024] as const;
export type TileWidth = (typeof TILE_WIDTHS)[number];

/** A tile: its zoom level and index. */
export interface Tile {
  z: number;
  i: number;
}

export function tileLength(z: number): number {
  return TILE_BASE_MS * 2 ** z;
}

/** The window [from, to) of a tile. */
export function tileWindow({ z, i }: Tile): { from: number; to: number } {
  const length = tileLength(z);
  return { from: i * length, to: (i + 1) * length };
}

/**
 * The zoom level whose tiles, `tileWidth` px wide, show a view of `width` px over
 * `length` ms in as much detail, or up to twice as much: the largest z whose tiles have
 * no more ms per px than the view.
 */
export function tileZoom(length: number, width: number, tileWidth: number): number {
  const z = Math.floor(Math.log2((length * tileWidth) / (width * TILE_BASE_MS)));
  return Math.min(MAX_TILE_ZOOM, Math.max(MIN_TILE_ZOOM, z));
}

/** The tiles of level `z` that cover [from, to), first to last. */
export function tilesCovering(from: number, to: number, z: number): Tile[] {
  const length = tileLength(z);
  const first = Math.floor(from / length);
  const last = Math.ceil(to / length) - 1;
  return Array.from({ length: Math.max(0, last - first + 1) }, (_, k) => ({ z, i: first + k }));
}

/** Time order of records, as days and ids (`YYYY-MM-DD` sorts as the days do). */
function compareRecords(a: SourceRecord, b: SourceRecord): number {
  return a.start < b.start
    ? -1
    : a.start > b.start
      ? 1
      : a.end < b.end
        ? -1
        : a.end > b.end
          ? 1
          : a.id < b.id
            ? -1
            : a.id > b.id
              ? 1
              : 0;
}

/** The lanes a record is drawn in. */
function lanesOf(record: SourceRecord, group: GroupBy): readonly string[] {
  if (group === 'kind') return [record.kind];
  if (group === 'country') return record.countries.length ? record.countries : [NO_COUNTRY];
  return ['all'];
}

/**
 * One answer for the windows of consecutive tiles of one level, answered alike (the
 * same width, bins, filter and grouping), in tile order. An event in several tiles is
 * in it once. When every tile had room for its events, so does the answer (`events`
 * mode, however many there are together); else it is in `bins` mode, and the events of
 * the tiles that had room stand alone in their lanes. A bin is counted in the tile it
 * lies in, and the first bin of a tile also counts the events that began before the
 * tile: an event that crosses from one tile into the next may be counted in a bin of
 * each.
 */
export function joinTiles(tiles: readonly SourceWindow[]): SourceWindow {
  const head = tiles[0];
  if (!head) throw new RangeError('joinTiles needs one tile or more.');
  if (tiles.length === 1) return head;
  const tail = tiles[tiles.length - 1]!;
  const { group } = head;
  const records = new Map<string, SourceRecord>();
  for (const tile of tiles)
    for (const record of tile.events) if (!records.has(record.id)) records.set(record.id, record);
  const events = [...records.values()].sort(compareRecords);
  const joined = {
    dataVersion: head.dataVersion,
    from: head.from,
    to: tail.to,
    width: tiles.reduce((sum, tile) => sum + tile.width, 0),
    group,
    kinds: head.kinds,
    limit: head.limit,
    bins: tiles.reduce((sum, tile) => sum + tile.bins, 0),
    binLength: head.binLength,
    events,
  };
  if (tiles.every((tile) => tile.mode === 'events')) {
    const marks = events.reduce((sum, record) => sum + lanesOf(record, group).length, 0);
    return { ...joined, mode: 'events', marks };
  }
  // Per lane: its bins, with their index in the joined window, and its events alone, each once.
  const lanes = new Map<string, SourceLane & { alone: Set<string> }>();
  const lane = (key: string) => {
    let found = lanes.get(key);
    if (!found) lanes.set(key, (found = { key, count: 0, bins: [], events: [], alone: new Set() }));
    return found;
  };
  let offset = 0;
  for (const tile of tiles) {
    if (tile.mode === 'events') {
      for (const record of tile.events) for (const key of lanesOf(record, group)) lane(key).alone.add(record.id);
    } else {
      for (const { key, bins, events: alone } of tile.lanes ?? []) {
        const into = lane(key);
        for (const bin of bins) into.bins.push({ ...bin, index: bin.index + offset });
        for (const id of alone) into.alone.add(id);
      }
    }
    offset += tile.bins;
  }
  const position = new Map(events.map((record, i) => [record.id, i]));
  const out: SourceLane[] = [...lanes.values()].map(({ key, bins, alone }) => {
    const ids = [...alone].sort((a, b) => position.get(a)! - position.get(b)!);
    return { key, count: bins.reduce((sum, bin) => sum + bin.count, ids.length), bins, events: ids };
  });
  out.sort((a, b) =>
    group === 'kind' ? compareKinds(a.key, b.key) : b.count - a.count || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0),
  );
  const marks = out.reduce((sum, { count }) => sum + count, 0);
  return { ...joined, mode: 'bins', marks, lanes: out };
}
