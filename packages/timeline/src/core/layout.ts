import {
  CLUSTER_BIN_PX,
  CLUSTER_MIN_WIDTH,
  DEFAULT_BAND_LANES,
  DEFAULT_LANE_GAP,
  DEFAULT_MAX_LANES,
  DEFAULT_POINT_RADIUS,
  DENSE_BIN_PX,
  DENSE_THRESHOLD,
  LABEL_MIN_ROOM_PX,
  LABEL_OFFSET,
  MIN_BAR_PX,
} from './defaults.js';
import { DAY_MS } from './edtf.js';
import { compareItems, type TimelineItem } from './normalize.js';
import { maxEndBetween } from './visible.js';

export interface LayoutOptions {
  /** Milliseconds → pixels. */
  scale: (t: number) => number;
  /** Pixels → milliseconds; enables the dense mode for crowded views. */
  invert?: (x: number) => number;
  /** The items' `blockMaxEnd`, which keeps the dense mode's cost independent of the number of items. */
  blockEnds?: Float64Array;
  width: number;
  maxLanes?: number;
  /** Width in pixels of an item's label; the caller measures (and caches) it. */
  labelWidth: (item: TimelineItem) => number;
  pointRadius?: number;
  gap?: number;
  bandLanes?: number;
  /** Events known only as bins (a windowed source's answer), in time order: each is drawn in a cluster. */
  bins?: readonly EventBin[];
}

/**
 * Events known by their number, kinds and first and last event, not one by one: a bin
 * of a windowed source's answer. It is drawn as a cluster (with any events that fall in
 * its pixel bin), and never splits: zooming in asks the source for finer bins.
 */
export interface EventBin {
  /** The time its events start in, [start, end) (the first bin of an answer also holds those that began before). */
  start: number;
  end: number;
  /** How many events it holds: two or more. */
  count: number;
  /** How many of its events are of each kind. */
  kinds: Readonly<Record<string, number>>;
  /** Its first and last events in time order. */
  first: TimelineItem;
  last: TimelineItem;
}

export interface EventMark {
  type: 'event';
  item: TimelineItem;
  /** Extent of the mark itself (not its label). */
  x0: number;
  x1: number;
  /** Lane 0… for points and bars; -1, -2… for the band strip's lanes (bands never cluster; if the strip is full they overlap, translucent). */
  lane: number;
  /** Where the label starts (its left edge, whichever side of the mark it is on), or null when none fits. */
  labelX: number | null;
  /** Room given to the label: its full width, or less when it must be shortened to fit. */
  labelRoom: number;
  shape: 'point' | 'bar' | 'band';
}

export interface ClusterMark {
  type: 'cluster';
  /** Its items in time order (in the dense mode gathered only when read). */
  readonly items: readonly TimelineItem[];
  count: number;
  /** Earliest start and latest end of its items. */
  start: number;
  end: number;
  /** Its first and last items in time order. */
  first: TimelineItem;
  last: TimelineItem;
  x0: number;
  x1: number;
  lane: number;
  /** How many of its items are of each kind (an object without a prototype, so that any name is a key). */
  kinds: Record<string, number>;
}

export type LayoutMark = EventMark | ClusterMark;

/**
 * Lays out the visible items of one row (`items[lo..hi)`, sorted by start) for the
 * current scale. Month- and year-precision items become bands in a strip above the
 * lanes. Point events are taken a pixel bin (`CLUSTER_BIN_PX`) at a time: when a bin
 * holds no more events than there are free lanes at that place, each gets a lane
 * (events of the same day stack); otherwise the whole bin becomes one cluster with a
 * count. Bars go into the first lane where they fit. A label is kept where it fits
 * before the next mark in its lane, and gives way when a later mark needs the room.
 * Zooming in spreads the bins and splits the clusters. Every visible item ends up in
 * exactly one mark, and no two marks (or a mark and a kept label) overlap in a lane.
 * Work is proportional to `hi - lo`.
 */
export function layoutRow(
  items: readonly TimelineItem[],
  lo: number,
  hi: number,
  options: LayoutOptions,
): LayoutMark[] {
  const { invert } = options;
  if (hi - lo > DENSE_THRESHOLD && invert) return layoutDense(items, lo, hi, { ...options, invert });
  const { scale, width, labelWidth } = options;
  const maxLanes = Math.max(1, options.maxLanes ?? DEFAULT_MAX_LANES);
  const radius = options.pointRadius ?? DEFAULT_POINT_RADIUS;
  const gap = options.gap ?? DEFAULT_LANE_GAP;
  const marks: LayoutMark[] = [];
  // Per lane: index in `marks` of its last mark, where that mark ends, and where its label ends.
  const last = new Int32Array(maxLanes).fill(-1);
  const markEnd = new Float64Array(maxLanes).fill(-Infinity);
  const usedEnd = new Float64Array(maxLanes).fill(-Infinity);
  const bandLanes = Math.max(1, options.bandLanes ?? DEFAULT_BAND_LANES);
  const bandEnd = new Float64Array(bandLanes).fill(-Infinity);
  // The pixel bin of point events being gathered, and the source's bins that fall in it.
  const bin: TimelineItem[] = [];
  const binned: EventBin[] = [];
  let binIndex = NaN;
  const bins = options.bins ?? NO_BINS;
  let nextBin = 0;

  for (let i = lo; i < hi; i++) {
    const item = items[i]!;
    // The source's bins that start before this item come first, in time order.
    while (nextBin < bins.length && bins[nextBin]!.start <= item.start) takeBin(bins[nextBin++]!);
    const x0 = scale(item.start);
    const x1 = scale(item.end);
    if (x1 <= 0 || x0 >= width) continue;

    if (item.precision !== 'day' && placeBand(item, x0, x1)) continue;
    const point = item.precision !== 'day' || item.end - item.start <= DAY_MS || x1 - x0 < MIN_BAR_PX;
    if (point) {
      const b = Math.floor(pointCentre(item) / CLUSTER_BIN_PX);
      if (b !== binIndex) flushBin();
      binIndex = b;
      bin.push(item);
      continue;
    }
    flushBin();
    if (!placeInLane(item, x0, x1, 'bar')) placeCluster([item], x0, x1);
  }
  while (nextBin < bins.length) takeBin(bins[nextBin++]!);
  flushBin();
  placeLabels(marks, { width, gap, labelWidth });
  return marks;

  /** A band in the first strip lane free at its start; false when the strip is full there (it then joins the points). */
  function placeBand(item: TimelineItem, x0: number, x1: number): boolean {
    let band = -1;
    for (let l = 0; l < bandLanes && band < 0; l++) if (x0 >= bandEnd[l]! + 1) band = l;
    if (band < 0) return false;
    bandEnd[band] = Math.max(bandEnd[band]!, x1);
    marks.push({ type: 'event', item, x0, x1, lane: -1 - band, labelX: null, labelRoom: 0, shape: 'band' });
    return true;
  }

  /** A point's centre; a band that found no room in the strip stands as a point at its start. */
  function pointCentre(item: TimelineItem): number {
    return item.precision === 'day' ? (scale(item.start) + scale(item.end)) / 2 : Math.max(radius, scale(item.start));
  }

  function pointExtent(item: TimelineItem): [number, number] {
    const c = pointCentre(item);
    return [c - radius, c + radius];
  }

  /** A source's bin joins the pixel bin of its centre, which then becomes a cluster. */
  function takeBin(source: EventBin): void {
    const c = binCentre(source, scale);
    if (c + radius <= 0 || c - radius >= width) return;
    const b = Math.floor(c / CLUSTER_BIN_PX);
    if (b !== binIndex) flushBin();
    binIndex = b;
    binned.push(source);
  }

  function flushBin(): void {
    // Stryker disable next-line ConditionalExpression: an empty bin places nothing either way; the guard spares the work
    if (!bin.length && !binned.length) return;
    // The bin's leftmost extent, which need not be its first item's: a band standing at its
    // start, or a short multi-day event at its middle, can lie left of an earlier-starting point.
    let m0 = Infinity;
    for (const item of bin) m0 = Math.min(m0, pointExtent(item)[0]);
    let free = 0;
    for (let l = 0; l < maxLanes; l++) if (m0 >= markEnd[l]! + gap) free++;
    if (!binned.length && bin.length <= free) {
      for (const item of bin) {
        const [a, b] = pointExtent(item);
        placeInLane(item, a, b, 'point');
      }
    } else {
      let a = bin.length ? pointExtent(bin[0]!)[0] : Infinity;
      let b = bin.length ? pointExtent(bin[bin.length - 1]!)[1] : -Infinity;
      for (const source of binned) {
        const c = binCentre(source, scale);
        a = Math.min(a, c - radius);
        b = Math.max(b, c + radius);
      }
      placeCluster(bin.slice(), a, b, binned);
    }
    bin.length = 0;
    binned.length = 0;
    binIndex = NaN;
  }

  /** Puts an event mark in the first lane where it fits, taking the room of an earlier label if need be. */
  function placeInLane(item: TimelineItem, m0: number, m1: number, shape: 'point' | 'bar'): boolean {
    // A lane whose last label is clear of the mark, else one whose last mark is.
    let lane = -1;
    for (let l = 0; l < maxLanes && lane < 0; l++) if (m0 >= usedEnd[l]! + gap) lane = l;
    for (let l = 0; l < maxLanes && lane < 0; l++) if (m0 >= markEnd[l]! + gap) lane = l;
    if (lane < 0) return false;
    marks.push({ type: 'event', item, x0: m0, x1: m1, lane, labelX: null, labelRoom: 0, shape });
    last[lane] = marks.length - 1;
    markEnd[lane] = m1;
    const w = labelWidth(item);
    usedEnd[lane] = w > 0 ? Math.min(width, m1 + LABEL_OFFSET + w) : m1;
    return true;
  }

  /** A cluster in the first lane with room for it; where none has, the items join the last mark of the lane that frees up first. */
  function placeCluster(group: TimelineItem[], x0: number, x1: number, sources: readonly EventBin[] = NO_BINS): void {
    let lane = -1;
    for (let l = 0; l < maxLanes && lane < 0; l++) if (x0 >= markEnd[l]! + gap) lane = l;
    let cluster: ClusterMark;
    if (lane >= 0) {
      const first = group[0] ?? sources[0]!.first;
      cluster = {
        type: 'cluster',
        items: [],
        count: 0,
        start: Infinity,
        end: -Infinity,
        first,
        last: first,
        x0,
        x1: x0,
        lane,
        kinds: Object.create(null),
      };
      marks.push(cluster);
      last[lane] = marks.length - 1;
    } else {
      lane = 0;
      for (let l = 1; l < maxLanes; l++) if (markEnd[l]! < markEnd[lane]!) lane = l;
      const previous = marks[last[lane]!]!;
      cluster = previous.type === 'cluster' ? previous : toCluster(last[lane]!);
    }
    for (const item of group) {
      addMember(cluster, item);
      cluster.count++;
      cluster.kinds[item.kind] = (cluster.kinds[item.kind] ?? 0) + 1;
    }
    for (const source of sources) addBin(cluster, source);
    // A cluster only grows to the right, so it stays clear of its lane's earlier marks.
    cluster.x1 = Math.max(cluster.x1, x1, cluster.x0 + CLUSTER_MIN_WIDTH);
    markEnd[lane] = Math.max(markEnd[lane]!, cluster.x1);
    usedEnd[lane] = Math.max(usedEnd[lane]!, cluster.x1);
  }

  /** Turns the event mark at `index` into a cluster of one, in place. */
  function toCluster(index: number): ClusterMark {
    const mark = marks[index] as EventMark;
    const cluster: ClusterMark = {
      type: 'cluster',
      items: [mark.item],
      count: 1,
      start: mark.item.start,
      end: mark.item.end,
      first: mark.item,
      last: mark.item,
      x0: mark.x0,
      x1: mark.x1,
      lane: mark.lane,
      kinds: Object.assign(Object.create(null), { [mark.item.kind]: 1 }),
    };
    marks[index] = cluster;
    return cluster;
  }
}

/** No bins: the rows of in-memory data. */
const NO_BINS: readonly EventBin[] = Object.freeze([]);

/**
 * Where a source's bin stands: the middle of the part of its span where its events
 * start (from its first event's start, or the bin's start if that is later, to its last
 * event's end, or the bin's end if that is earlier).
 */
function binCentre({ start, end, first, last }: EventBin, scale: (t: number) => number): number {
  const a = Math.max(start, first.start);
  const b = Math.max(a, Math.min(end, last.end));
  return (scale(a) + scale(b)) / 2;
}

/** Adds an item to a cluster's items, in time order, and widens its span to the item's. */
function addMember(cluster: ClusterMark, item: TimelineItem): void {
  const list = cluster.items as TimelineItem[];
  let i = list.length;
  // Items come in time order, unless a source's bin put a later one in first.
  // Stryker disable next-line EqualityOperator: only an item compares equal to itself, and where it goes beside itself makes no difference
  for (; i > 0 && compareItems(list[i - 1]!, item) > 0; i--);
  // Stryker disable next-line ConditionalExpression: a push, where the splice would do the same, is the fast path
  if (i === list.length) list.push(item);
  else list.splice(i, 0, item);
  // Stryker disable next-line EqualityOperator: the same (an item compares equal only to itself)
  if (compareItems(item, cluster.first) < 0) cluster.first = item;
  // Stryker disable next-line EqualityOperator: the same
  if (compareItems(item, cluster.last) > 0) cluster.last = item;
  cluster.start = Math.min(cluster.start, item.start);
  cluster.end = Math.max(cluster.end, item.end);
}

/** Adds a source's bin to a cluster: its count and kinds, and its first and last events as items. */
function addBin(cluster: ClusterMark, source: EventBin): void {
  addMember(cluster, source.first);
  if (source.last !== source.first) addMember(cluster, source.last);
  cluster.count += source.count;
  for (const kind in source.kinds) cluster.kinds[kind] = (cluster.kinds[kind] ?? 0) + source.kinds[kind]!;
}

/**
 * Labels the event marks once every mark has its place, lane by lane from left to
 * right: a label goes after its mark if it fits whole before the next mark of the lane
 * (or the right edge), else before its mark if it fits there, else it is shortened to
 * the larger of the two rooms, if that holds at least `LABEL_MIN_ROOM_PX`. A band's
 * label lies inside the band. Labels never overlap each other or a mark of their lane.
 */
function placeLabels(
  marks: readonly LayoutMark[],
  { width, gap, labelWidth }: { width: number; gap: number; labelWidth: (item: TimelineItem) => number },
): void {
  const lanes = new Map<number, LayoutMark[]>();
  for (const mark of marks) {
    const lane = lanes.get(mark.lane);
    if (lane) lane.push(mark);
    else lanes.set(mark.lane, [mark]);
  }
  for (const lane of lanes.values()) {
    // Where the previous mark of the lane, or its label, ends.
    let free = 0;
    lane.forEach((mark, i) => {
      const limit = Math.min(width, (lane[i + 1]?.x0 ?? Infinity) - gap);
      const w = mark.type === 'event' ? labelWidth(mark.item) : 0;
      if (mark.type === 'event' && w > 0) {
        if (mark.shape === 'band') {
          const lx = Math.max(free, Math.max(mark.x0, 0) + LABEL_OFFSET);
          const room = Math.min(mark.x1, limit) - lx;
          if (room >= Math.min(w, LABEL_MIN_ROOM_PX)) label(mark, lx, Math.min(w, room));
        } else {
          const right = limit - (mark.x1 + LABEL_OFFSET);
          const left = mark.x0 - LABEL_OFFSET - free;
          if (right >= w) label(mark, mark.x1 + LABEL_OFFSET, w);
          else if (left >= w) label(mark, mark.x0 - LABEL_OFFSET - w, w);
          else if (Math.max(left, right) >= LABEL_MIN_ROOM_PX) {
            if (right >= left) label(mark, mark.x1 + LABEL_OFFSET, right);
            else label(mark, free, left);
          }
        }
      }
      free = Math.max(mark.x1, mark.type === 'event' && mark.labelX !== null ? mark.labelX + mark.labelRoom : 0) + gap;
    });
  }
}

function label(mark: EventMark, x: number, room: number): void {
  mark.labelX = x;
  mark.labelRoom = room;
}

/** First index in `[lo, hi)` whose start is at or after `t`. */
function firstStartingAt(items: readonly TimelineItem[], lo: number, hi: number, t: number): number {
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (items[mid]!.start < t) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * One cluster per pixel bin, by start; items that began before the view and reach
 * into it join the first bin. A cluster's count, first and last items come from
 * indices and its end from the end blocks, so the cost does not grow with the number
 * of items per bin; its item list and kind counts are only gathered when read.
 */
function layoutDense(
  items: readonly TimelineItem[],
  lo: number,
  hi: number,
  options: LayoutOptions & { invert: (x: number) => number },
): LayoutMark[] {
  const { width, invert, blockEnds, scale } = options;
  const marks: LayoutMark[] = [];
  const from = invert(0);
  let a = firstStartingAt(items, lo, hi, from);
  // Items that started before the view and still reach into it.
  const overhang: TimelineItem[] = [];
  for (let i = lo; i < a; i++) if (items[i]!.end > from) overhang.push(items[i]!);
  // Whole bins only, stretched to fill the width, so the last cluster stays on screen.
  const bins = Math.max(1, Math.floor(width / DENSE_BIN_PX));
  const binWidth = width / bins;
  // The source's bins, by the pixel bin their centre falls in.
  const radius = options.pointRadius ?? DEFAULT_POINT_RADIUS;
  const sources: EventBin[][] = [];
  for (const source of options.bins ?? NO_BINS) {
    const c = binCentre(source, scale);
    if (c + radius <= 0 || c - radius >= width) continue;
    (sources[Math.min(bins - 1, Math.max(0, Math.floor(c / binWidth)))] ??= []).push(source);
  }
  for (let n = 0; n < bins; n++) {
    const x = n * binWidth;
    const b = n === bins - 1 ? hi : firstStartingAt(items, a, hi, invert(x + binWidth));
    const extra = n ? [] : overhang;
    const own = sources[n] ?? NO_BINS;
    if (b > a || extra.length || own.length) marks.push(denseCluster(items, a, b, extra, x, blockEnds, own));
    a = b;
  }
  return marks;
}

function denseCluster(
  items: readonly TimelineItem[],
  a: number,
  b: number,
  extra: TimelineItem[],
  x: number,
  blockEnds: Float64Array | undefined,
  sources: readonly EventBin[],
): ClusterMark {
  let end = -Infinity;
  for (const item of extra) end = Math.max(end, item.end);
  // Stryker disable next-line ConditionalExpression,EqualityOperator: an empty range ends at −∞; the test spares the search
  if (b > a) end = Math.max(end, blockEnds ? maxEndBetween(items, blockEnds, a, b) : slowMaxEnd(items, a, b));
  let list: TimelineItem[] | undefined;
  let kinds: Record<string, number> | undefined;
  let first = extra[0] ?? items[a];
  let last = b > a ? items[b - 1] : extra.at(-1);
  let count = extra.length + b - a;
  for (const source of sources) {
    count += source.count;
    // Stryker disable next-line EqualityOperator: an event compares equal only to itself
    if (!first || compareItems(source.first, first) < 0) first = source.first;
    // Stryker disable next-line EqualityOperator: the same
    if (!last || compareItems(source.last, last) > 0) last = source.last;
    end = Math.max(end, source.first.end, source.last.end);
  }
  return {
    type: 'cluster',
    get items() {
      if (!list) {
        list = [...extra, ...items.slice(a, b)];
        // Stryker disable next-line ConditionalExpression: without bins the list is in time order already; the test spares the sort
        if (sources.length) {
          for (const source of sources) list.push(...new Set([source.first, source.last]));
          list.sort(compareItems);
        }
      }
      return list;
    },
    count,
    start: first!.start,
    end,
    first: first!,
    last: last!,
    x0: x,
    x1: x + CLUSTER_MIN_WIDTH,
    lane: 0,
    get kinds() {
      if (!kinds) {
        kinds = Object.create(null) as Record<string, number>;
        for (const item of extra) kinds[item.kind] = (kinds[item.kind] ?? 0) + 1;
        for (let i = a; i < b; i++) kinds[items[i]!.kind] = (kinds[items[i]!.kind] ?? 0) + 1;
        for (const source of sources) {
          for (const kind in source.kinds) kinds[kind] = (kinds[kind] ?? 0) + source.kinds[kind]!;
        }
      }
      return kinds;
    },
  };
}

function slowMaxEnd(items: readonly TimelineItem[], a: number, b: number): number {
  let max = -Infinity;
  for (let i = a; i < b; i++) max = Math.max(max, items[i]!.end);
  return max;
}
