// Compute, then render: everything the chart draws for one frame, as plain data.
// The element runs `computeView` in `willUpdate`; its templates only map the result.
import {
  AXIS_CHAR_PX,
  AXIS_HEIGHT,
  BAND_HEIGHT,
  DEFAULT_BAND_LANES,
  LANE_HEIGHT,
  LANES,
  ROW_LABEL_HEIGHT,
  ROW_PADDING,
} from './defaults.js';
import { layoutRow, type LayoutMark } from './layout.js';
import type { TimelineItem } from './normalize.js';
import type { Row } from './rows.js';
import { chooseTicks } from './ticks.js';
import { visibleRange } from './visible.js';

/** A mark placed in the chart: its layout, its row, and where its centre is drawn. */
export interface PlacedMark {
  /** Stable across frames while the mark shows the same first event in the same row. */
  key: string;
  mark: LayoutMark;
  row: number;
  x: number;
  y: number;
  /** First and last of its events in time order (the same event for an event mark). */
  first: TimelineItem;
  last: TimelineItem;
  /** The label's text (the title, or the title shortened to its room), or null when the mark has none. */
  label: string | null;
}

export interface AxisTick {
  /** Screen x of the tick. */
  x: number;
  /** Its label, or null where the label would run past the right edge (the left, when time runs right to left). */
  label: string | null;
}

export interface ViewRow {
  key: string;
  /** Top of the row, in px from the top of the chart. */
  top: number;
}

export interface View {
  /** The earliest and latest times in view (at the left and right edges, or the right and left if `rtl`). */
  window: [number, number];
  /** Time runs right to left: x is mirrored, and labels end at their x rather than start there. */
  rtl: boolean;
  width: number;
  height: number;
  /** Top of the axis. */
  axisTop: number;
  rows: ViewRow[];
  /** Every mark, in reading order: left to right, then row, then top to bottom. */
  marks: PlacedMark[];
  /** The mark that holds the focused event, if it is in view. */
  focused: PlacedMark | undefined;
  /** Month or day ticks (minor) under year or month ticks (major). */
  ticks: { minor: AxisTick[]; major: AxisTick[] };
}

export interface ViewInput {
  rows: readonly Row[];
  /** Swimlanes with titles (grouped by kind or country), or a single untitled row. */
  grouped: boolean;
  window: readonly [number, number];
  width: number;
  locale: string;
  /** Width of an item's label in px; the caller measures (and caches) it. */
  labelWidth: (item: TimelineItem) => number;
  /** An item's title shortened to `room` px (with an ellipsis); the caller measures. Default: the title. */
  shorten?: (item: TimelineItem, room: number) => string;
  /** The event that has the keyboard focus. */
  focus?: TimelineItem | undefined;
  /** Time runs right to left (the latest at the left edge). */
  rtl?: boolean;
}

/** Height of one row: its title, the band strip, the lanes, and padding. */
export function rowHeight(grouped: boolean): number {
  const lanes = grouped ? LANES.grouped : LANES.single;
  return (grouped ? ROW_LABEL_HEIGHT : 0) + DEFAULT_BAND_LANES * BAND_HEIGHT + lanes * LANE_HEIGHT + ROW_PADDING;
}

/** Height of the chart: every row and the axis. */
export function chartHeight(rows: number, grouped: boolean): number {
  return Math.max(1, rows) * rowHeight(grouped) + AXIS_HEIGHT;
}

/**
 * The DOM id of a mark (for `aria-activedescendant`): its key with each code unit but
 * ASCII letters, digits and `-` written as `_`, its hex code and `_`, so that no two
 * keys share an id, whatever the records' ids.
 */
export function markId(key: string): string {
  return `m-${key.replace(/[^a-z\d-]/gi, (c) => `_${c.charCodeAt(0).toString(16)}_`)}`;
}

/** The mark that shows `item`: its own, or the cluster it is in. */
export function findMark(marks: readonly PlacedMark[], item: TimelineItem | undefined): PlacedMark | undefined {
  if (!item) return undefined;
  return marks.find(({ mark }) =>
    mark.type === 'event'
      ? mark.item === item
      : // Stryker disable next-line ConditionalExpression,LogicalOperator,EqualityOperator: the time test only spares searching clusters that cannot hold the event; `includes` decides
        item.start >= mark.start && item.start <= mark.end && mark.items.includes(item),
  );
}

/**
 * Lays out every row for the window, places each mark, and chooses the axis ticks.
 * Right to left, the frame is laid out left to right and then mirrored, so that a
 * label, which follows its mark in time, lies on the mark's left.
 */
export function computeView(input: ViewInput): View {
  const { rows, grouped, width, locale, labelWidth, shorten = (item) => item.title } = input;
  const rtl = !!input.rtl;
  const mirror = (x: number) => (rtl ? width - x : x);
  const [from, to] = input.window;
  // A UTC time scale is linear in milliseconds; plain arithmetic keeps the per-mark cost low.
  const k = width / Math.max(1, to - from);
  const scale = (t: number) => (t - from) * k;
  const invert = (px: number) => from + px / k;
  const lanes = grouped ? LANES.grouped : LANES.single;
  const height = rowHeight(grouped);
  const marks: PlacedMark[] = [];
  rows.forEach((row, r) => {
    const top = r * height + (grouped ? ROW_LABEL_HEIGHT : 0);
    const [lo, hi] = visibleRange(row.items, row.maxEnd, from, to);
    const laid = layoutRow(row.items, lo, hi, {
      scale,
      invert,
      blockEnds: row.blockEnds,
      width,
      maxLanes: lanes,
      bandLanes: DEFAULT_BAND_LANES,
      labelWidth,
      bins: row.bins,
    });
    for (const mark of laid) {
      // The marks are this frame's own objects: mirror them in place.
      if (rtl) {
        [mark.x0, mark.x1] = [width - mark.x1, width - mark.x0];
        if (mark.type === 'event' && mark.labelX !== null) mark.labelX = width - mark.labelX;
      }
      const y =
        mark.lane < 0
          ? top + 2 + (-1 - mark.lane) * BAND_HEIGHT
          : top + DEFAULT_BAND_LANES * BAND_HEIGHT + mark.lane * LANE_HEIGHT + LANE_HEIGHT / 2;
      const first = mark.type === 'cluster' ? mark.first : mark.item;
      const last = mark.type === 'cluster' ? mark.last : mark.item;
      const key = `${mark.type === 'cluster' ? 'c' : 'e'}:${r}:${first.id}`;
      let label: string | null = null;
      if (mark.type === 'event' && mark.labelX !== null) {
        label = mark.labelRoom >= labelWidth(mark.item) ? mark.item.title : shorten(mark.item, mark.labelRoom);
      }
      marks.push({ key, mark, row: r, x: (mark.x0 + mark.x1) / 2, y, first, last, label });
    }
  });
  marks.sort((a, b) => a.x - b.x || a.row - b.row || a.y - b.y);
  const total = chartHeight(rows.length, grouped);
  const ticks = chooseTicks([from, to], width, locale);
  // A label that would run past the right edge (the left, right to left) is left out rather than cut.
  const tick = (x: number, label: string): AxisTick => ({
    x: mirror(x),
    label: x + 3 + label.length * AXIS_CHAR_PX <= width ? label : null,
  });
  return {
    window: [from, to],
    rtl,
    width,
    height: total,
    axisTop: total - AXIS_HEIGHT,
    rows: rows.map((row, r) => ({ key: row.key, top: r * height })),
    marks,
    focused: findMark(marks, input.focus),
    ticks: {
      minor: ticks.minor.map((t) => tick(scale(t.value), t.label)),
      major: ticks.major.map((t) => tick(Math.max(0, scale(t.value)), t.label)),
    },
  };
}
