import { DAY_MS } from './edtf.js';
import type { Kind } from './kinds.js';
import type { TimelineItem } from './normalize.js';

/** Lanes of marks in one row, before marks that still collide merge into clusters. */
export const DEFAULT_MAX_LANES = 6;
/** Horizontal space kept free between neighbours in a lane. */
export const DEFAULT_LANE_GAP = 4;
/** Half the width of a point mark (a day event's symbol). */
export const DEFAULT_POINT_RADIUS = 6;
/** Narrowest cluster mark, wide enough for a two-digit count. */
export const CLUSTER_MIN_WIDTH = 26;
/** Point events whose centres fall in the same bin of this many pixels merge into one cluster. */
export const CLUSTER_BIN_PX = 12;
/** A multi-day event narrower than this is drawn as a point. */
export const MIN_BAR_PX = 8;
/** Lanes of the band strip above the marks, where month- and year-long events lie. */
export const DEFAULT_BAND_LANES = 2;
/** Space between a mark and its label. */
export const LABEL_OFFSET = 4;

export interface LayoutOptions {
  /** Milliseconds → pixels. */
  scale: (t: number) => number;
  width: number;
  maxLanes?: number;
  /** Width in pixels of an item's label; the caller measures (and caches) it. */
  labelWidth: (item: TimelineItem) => number;
  pointRadius?: number;
  gap?: number;
  bandLanes?: number;
}

export interface EventMark {
  type: 'event';
  item: TimelineItem;
  /** Extent of the mark itself (not its label). */
  x0: number;
  x1: number;
  /** Lane 0… for points and bars; -1, -2… for the band strip's lanes (bands never cluster; if the strip is full they overlap, translucent). */
  lane: number;
  /** Where the label starts, or null when it does not fit. */
  labelX: number | null;
  shape: 'point' | 'bar' | 'band';
}

export interface ClusterMark {
  type: 'cluster';
  items: TimelineItem[];
  count: number;
  start: number;
  end: number;
  x0: number;
  x1: number;
  lane: number;
  kinds: Partial<Record<Kind, number>>;
}

export type LayoutMark = EventMark | ClusterMark;

/**
 * Lays out the visible items of one row (`items[lo..hi)`, sorted by start) for the
 * current scale. Month- and year-precision items become bands in a strip above the
 * lanes. Point events in the same pixel bin (`CLUSTER_BIN_PX`) merge into one
 * cluster. Other points and bars go greedily into the first lane where they fit; a label is kept
 * where it fits before the next mark in its lane and gives way when a later mark
 * needs the room. An item that fits in no lane merges with the last mark of the lane
 * that frees up first into a cluster with a count; zooming in spreads the marks and
 * splits the clusters. Every visible item ends up in exactly one mark, and no two
 * marks (or a mark and a kept label) overlap in a lane. Work is proportional to
 * `hi - lo`.
 */
export function layoutRow(
  items: readonly TimelineItem[],
  lo: number,
  hi: number,
  options: LayoutOptions,
): LayoutMark[] {
  const { scale, width, labelWidth } = options;
  const maxLanes = Math.max(1, options.maxLanes ?? DEFAULT_MAX_LANES);
  const radius = options.pointRadius ?? DEFAULT_POINT_RADIUS;
  const gap = options.gap ?? DEFAULT_LANE_GAP;
  const marks: LayoutMark[] = [];
  // Per lane: index in `marks` of its last mark, where that mark ends, and where its label ends.
  const last = new Int32Array(maxLanes).fill(-1);
  const markEnd = new Float64Array(maxLanes).fill(-Infinity);
  const usedEnd = new Float64Array(maxLanes).fill(-Infinity);
  let lastPoint = -1;
  let lastBin = NaN;
  const bandLanes = Math.max(1, options.bandLanes ?? DEFAULT_BAND_LANES);
  const bandEnd = new Float64Array(bandLanes).fill(-Infinity);
  const bandLabelEnd = new Float64Array(bandLanes).fill(-Infinity);

  for (let i = lo; i < hi; i++) {
    const item = items[i]!;
    const x0 = scale(item.start);
    const x1 = scale(item.end);
    if (x1 <= 0 || x0 >= width) continue;

    if (item.precision !== 'day') {
      let band = 0;
      for (let l = 0; l < bandLanes; l++) {
        if (x0 >= bandEnd[l]! + 1) {
          band = l;
          break;
        }
        if (bandEnd[l]! < bandEnd[band]!) band = l;
      }
      bandEnd[band] = Math.max(bandEnd[band]!, x1);
      const w = labelWidth(item);
      const lx = Math.max(0, x0) + LABEL_OFFSET;
      const fits = Math.min(x1, width) - lx >= w && lx >= bandLabelEnd[band]! + gap;
      if (fits) bandLabelEnd[band] = lx + w;
      marks.push({ type: 'event', item, x0, x1, lane: -1 - band, labelX: fits ? lx : null, shape: 'band' });
      continue;
    }

    const point = item.end - item.start <= DAY_MS || x1 - x0 < MIN_BAR_PX;
    const m0 = point ? (x0 + x1) / 2 - radius : x0;
    const m1 = point ? (x0 + x1) / 2 + radius : x1;
    const bin = point ? Math.floor((x0 + x1) / 2 / CLUSTER_BIN_PX) : NaN;
    if (point && bin === lastBin && lastPoint >= 0) {
      const mark = marks[lastPoint]!;
      merge(mark.type === 'cluster' ? mark : toCluster(lastPoint), item, m1);
      continue;
    }

    let lane = -1;
    for (let l = 0; l < maxLanes; l++) {
      if (m0 >= usedEnd[l]! + gap) {
        lane = l;
        break;
      }
    }
    if (lane < 0) {
      // Labels give way to marks: take a lane whose last mark is clear of this one, dropping its label.
      for (let l = 0; l < maxLanes; l++) {
        if (m0 >= markEnd[l]! + gap) {
          lane = l;
          const previous = marks[last[l]!];
          if (previous?.type === 'event') previous.labelX = null;
          break;
        }
      }
    }
    if (lane >= 0) {
      const w = labelWidth(item);
      const lx = m1 + LABEL_OFFSET;
      const labelFits = lx + w <= width;
      marks.push({
        type: 'event',
        item,
        x0: m0,
        x1: m1,
        lane,
        labelX: labelFits ? lx : null,
        shape: point ? 'point' : 'bar',
      });
      last[lane] = marks.length - 1;
      markEnd[lane] = m1;
      usedEnd[lane] = labelFits ? lx + w : m1;
      if (point) [lastPoint, lastBin] = [marks.length - 1, bin];
      continue;
    }

    // No room: merge into the lane that frees up first.
    let target = 0;
    for (let l = 1; l < maxLanes; l++) if (markEnd[l]! < markEnd[target]!) target = l;
    const index = last[target]!;
    const mark = marks[index]!;
    merge(mark.type === 'cluster' ? mark : toCluster(index), item, m1);
    if (point) [lastPoint, lastBin] = [index, bin];
  }
  return marks;

  /** Turns the event mark at `index` into a cluster of one, in place. */
  function toCluster(index: number): ClusterMark {
    const mark = marks[index] as EventMark;
    const cluster: ClusterMark = {
      type: 'cluster',
      items: [mark.item],
      count: 1,
      start: mark.item.start,
      end: mark.item.end,
      x0: mark.x0,
      x1: mark.x1,
      lane: mark.lane,
      kinds: { [mark.item.kind]: 1 },
    };
    marks[index] = cluster;
    return cluster;
  }

  /** Adds an item to a cluster; the cluster only grows to the right, so it stays clear of its lane's earlier marks. */
  function merge(cluster: ClusterMark, item: TimelineItem, m1: number): void {
    cluster.items.push(item);
    cluster.count++;
    cluster.start = Math.min(cluster.start, item.start);
    cluster.end = Math.max(cluster.end, item.end);
    cluster.kinds[item.kind] = (cluster.kinds[item.kind] ?? 0) + 1;
    cluster.x1 = Math.max(cluster.x1, m1, cluster.x0 + CLUSTER_MIN_WIDTH);
    markEnd[cluster.lane] = Math.max(markEnd[cluster.lane]!, cluster.x1);
    usedEnd[cluster.lane] = Math.max(usedEnd[cluster.lane]!, cluster.x1);
  }
}
