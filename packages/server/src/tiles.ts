// Tiles: windows snapped to a grid, as map tiles are, so that clients ask for the same
// windows and a cache (the browser's, a CDN's) can answer them. A tile of zoom level z
// is TILE_BASE_MS · 2^z long; tile i of that level covers
// [i · length, (i + 1) · length) in UTC ms, counted from 1970-01-01T00:00Z.

/** The length of a tile of zoom level 0: one day. */
export const TILE_BASE_MS = 86_400_000;
/** Zoom levels: from 2^-6 days (22.5 minutes) to 2^20 days (about 2,871 years). */
export const MIN_ZOOM = -6;
export const MAX_ZOOM = 20;
/** The pixel widths a tile may be asked for at; 512 unless a client has reason to differ. */
export const TILE_WIDTHS = [256, 512, 1024] as const;
export const DEFAULT_TILE_WIDTH = 512;
/**
 * Times the server accepts: ±2e14 ms from 1970, about the years −4400 to 8300. Within
 * it, a window's length times its bins stays inside a 64-bit integer, as SQL reckons.
 */
export const MAX_TIME = 2e14;

export function tileLength(z: number): number {
  return TILE_BASE_MS * 2 ** z;
}

/** The window [from, to) of tile `i` at zoom level `z`. */
export function tileWindow(z: number, i: number): { from: number; to: number } {
  const length = tileLength(z);
  return { from: i * length, to: (i + 1) * length };
}

/**
 * The zoom level whose tiles, drawn `tileWidth` pixels wide, show as much detail as a
 * view of `width` pixels over `viewLength` ms, or a little more: the largest z with
 * tileLength(z) / tileWidth ≤ viewLength / width, within MIN_ZOOM…MAX_ZOOM.
 */
export function zoomFor(viewLength: number, width: number, tileWidth = DEFAULT_TILE_WIDTH): number {
  const z = Math.floor(Math.log2((viewLength * tileWidth) / (width * TILE_BASE_MS)));
  return Math.min(MAX_ZOOM, Math.max(MIN_ZOOM, z));
}

/** The tiles of level `z` that cover [from, to), as indexes from first to last. */
export function tilesCovering(from: number, to: number, z: number): number[] {
  const length = tileLength(z);
  const first = Math.floor(from / length);
  const last = Math.ceil(to / length) - 1;
  return Array.from({ length: Math.max(0, last - first + 1) }, (_, k) => first + k);
}
