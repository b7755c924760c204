import { describe, expect, it } from 'vitest';
import { keyAction, TIMELINE_KEYS, type KeyContext } from '../../src/core/keyboard.js';
import type { ClusterMark, EventMark } from '../../src/core/layout.js';
import type { TimelineItem } from '../../src/core/normalize.js';
import type { PlacedMark } from '../../src/core/view.js';
import { item, utc } from './item.js';

const [a, b, c, d, e, f] = ['a', 'b', 'c', 'd', 'e', 'f'].map((id, i) => item(id, utc(2025, 1, 1 + i)));
const order = [a!, b!, c!, d!, e!, f!];

function event(it: TimelineItem, x: number, lane = 0, row = 0): PlacedMark {
  const mark: EventMark = {
    type: 'event',
    item: it,
    x0: x - 6,
    x1: x + 6,
    lane,
    labelX: null,
    labelRoom: 0,
    shape: 'point',
  };
  return { key: `e:${row}:${it.id}`, mark, row, x, y: 0, first: it, last: it, label: null };
}

function cluster(items: TimelineItem[], x: number, lane = 0, row = 0): PlacedMark {
  const first = items[0]!;
  const last = items.at(-1)!;
  const mark: ClusterMark = {
    type: 'cluster',
    items,
    count: items.length,
    start: first.start,
    end: last.end,
    first,
    last,
    x0: x - 13,
    x1: x + 13,
    lane,
    kinds: { meeting: items.length },
  };
  return { key: `c:${row}:${first.id}`, mark, row, x, y: 0, first, last, label: null };
}

// a, then b–d in one cluster, e in the lane below, f.
const marks = [event(a!, 10), cluster([b!, c!, d!], 50), event(e!, 52, 1), event(f!, 90)];

function context(focused: PlacedMark | undefined, fields: Partial<KeyContext> = {}): KeyContext {
  return { order, marks, focused, focus: focused?.first, selected: false, width: 400, ...fields };
}

const focusOn = (it: TimelineItem, reveal: boolean) => ({ type: 'focus', item: it, reveal });

describe('← and → step through the events in time', () => {
  it('→ reaches the next event, and ← the one before', () => {
    expect(keyAction('ArrowRight', context(marks[0]))).toEqual(focusOn(b!, true));
    expect(keyAction('ArrowLeft', context(marks[3]))).toEqual(focusOn(e!, true));
  });

  it('→ from a cluster reaches the first event after the cluster, ← the last one before it', () => {
    expect(keyAction('ArrowRight', context(marks[1]))).toEqual(focusOn(e!, true));
    expect(keyAction('ArrowLeft', context(marks[1]))).toEqual(focusOn(a!, true));
  });

  it('→ from the last event of a cluster, focused off screen, reaches the first event after the cluster', () => {
    expect(keyAction('ArrowRight', context(undefined, { focus: d! }))).toEqual(focusOn(e!, true));
    expect(keyAction('ArrowLeft', context(undefined, { focus: c! }))).toEqual(focusOn(b!, true));
  });

  it('← from the event after a cluster reaches the cluster’s last event', () => {
    expect(keyAction('ArrowLeft', context(marks[2]))).toEqual(focusOn(d!, true));
  });

  it('stays on the first and the last event', () => {
    expect(keyAction('ArrowLeft', context(marks[0]))).toEqual(focusOn(a!, true));
    expect(keyAction('ArrowRight', context(marks[3]))).toEqual(focusOn(f!, true));
  });

  it('starts from the first event (→) or the last (←) when nothing has the focus', () => {
    expect(keyAction('ArrowRight', context(undefined))).toEqual(focusOn(a!, true));
    expect(keyAction('ArrowLeft', context(undefined))).toEqual(focusOn(f!, true));
  });

  it('starts from either end when the focused event is no longer shown', () => {
    const hidden = item('hidden', utc(2025, 1, 3));
    expect(keyAction('ArrowRight', context(undefined, { focus: hidden }))).toEqual(focusOn(a!, true));
    expect(keyAction('ArrowLeft', context(undefined, { focus: hidden }))).toEqual(focusOn(f!, true));
  });

  it('does nothing when there are no events', () => {
    expect(keyAction('ArrowRight', context(undefined, { order: [], marks: [] }))).toBeUndefined();
    expect(keyAction('ArrowLeft', context(undefined, { order: [], marks: [] }))).toBeUndefined();
  });
});

describe('Home and End', () => {
  it('go to the first and the last event, panning to them', () => {
    expect(keyAction('Home', context(marks[2]))).toEqual(focusOn(a!, true));
    expect(keyAction('End', context(marks[0]))).toEqual(focusOn(f!, true));
  });

  it('do nothing when there are no events', () => {
    expect(keyAction('Home', context(undefined, { order: [] }))).toBeUndefined();
    expect(keyAction('End', context(undefined, { order: [] }))).toBeUndefined();
  });
});

describe('↑ and ↓ move between lanes', () => {
  // Row 0: a band, lanes 0, 1 and 2; row 1: lane 0.
  const g = item('g', utc(2025, 2, 1));
  const h = item('h', utc(2025, 2, 2));
  const band = event(item('band', utc(2025, 1, 1), 28, { precision: 'month' }), 100, -1);
  const left = event(a!, 10, 0);
  const right = event(f!, 200, 0);
  const lane1Near = event(b!, 90, 1);
  const lane1Far = event(c!, 150, 1);
  const lane2 = event(d!, 10, 2);
  const nextRow = event(g, 100, 0, 1);
  const lanes = [left, lane2, lane1Near, band, nextRow, lane1Far, right];
  const press = (key: string, from: PlacedMark) => keyAction(key, context(from, { marks: lanes }));

  it('↓ reaches the closest mark in the nearest lane below, not a closer one further down', () => {
    expect(press('ArrowDown', left)).toEqual(focusOn(b!, false));
    expect(press('ArrowDown', lane1Far)).toEqual(focusOn(d!, false));
  });

  it('↓ from the last lane of a row reaches the next row', () => {
    expect(press('ArrowDown', lane2)).toEqual(focusOn(g, false));
  });

  it('↑ reaches the closest mark in the lane above, and the band strip above the lanes', () => {
    expect(press('ArrowUp', nextRow)).toEqual(focusOn(d!, false));
    expect(press('ArrowUp', lane2)).toEqual(focusOn(b!, false));
    expect(press('ArrowUp', right)).toEqual(focusOn(band.first, false));
  });

  it('↓ from the band strip reaches the first lane', () => {
    expect(press('ArrowDown', band)).toEqual(focusOn(a!, false));
  });

  it('focuses the first event of a cluster', () => {
    const group = cluster([g, h], 95, 1);
    expect(keyAction('ArrowDown', context(left, { marks: [left, group] }))).toEqual(focusOn(g, false));
  });

  it('goes to the mark right below, not one further left that comes first in reading order', () => {
    const farLeft = event(b!, 10, 1);
    const below = event(c!, 95, 1);
    const from = event(a!, 100, 0);
    expect(keyAction('ArrowDown', context(from, { marks: [farLeft, below, from] }))).toEqual(focusOn(c!, false));
  });

  it('goes to the earlier of two marks as close as each other', () => {
    const before = event(b!, 0, 1);
    const after = event(c!, 20, 1);
    expect(keyAction('ArrowDown', context(left, { marks: [before, left, after] }))).toEqual(focusOn(b!, false));
  });

  it('does nothing past the top or the bottom, or with no focused mark', () => {
    expect(press('ArrowUp', band)).toBeUndefined();
    expect(press('ArrowDown', nextRow)).toBeUndefined();
    expect(keyAction('ArrowDown', context(undefined, { marks: lanes, focus: a! }))).toBeUndefined();
  });
});

describe('Enter, Space and Escape', () => {
  it('Enter and Space activate the focused mark', () => {
    expect(keyAction('Enter', context(marks[1]))).toEqual({ type: 'activate', target: marks[1] });
    expect(keyAction(' ', context(marks[0]))).toEqual({ type: 'activate', target: marks[0] });
  });

  it('Enter and Space do nothing with no focused mark on screen', () => {
    expect(keyAction('Enter', context(undefined, { focus: a! }))).toBeUndefined();
    expect(keyAction(' ', context(undefined))).toBeUndefined();
  });

  it('Escape closes an open card, and is left to the page otherwise', () => {
    expect(keyAction('Escape', context(marks[0], { selected: true }))).toEqual({ type: 'close' });
    expect(keyAction('Escape', context(marks[0]))).toBeUndefined();
  });
});

describe('zoom keys', () => {
  it('+ and = zoom in twice as close around the focused mark', () => {
    expect(keyAction('+', context(marks[3]))).toEqual({ type: 'zoom', factor: 2, at: 90 });
    expect(keyAction('=', context(marks[1]))).toEqual({ type: 'zoom', factor: 2, at: 50 });
  });

  it('− and _ zoom out by half around the focused mark', () => {
    expect(keyAction('-', context(marks[3]))).toEqual({ type: 'zoom', factor: 0.5, at: 90 });
    expect(keyAction('_', context(marks[0]))).toEqual({ type: 'zoom', factor: 0.5, at: 10 });
  });

  it('zoom around the middle when no mark is focused', () => {
    expect(keyAction('+', context(undefined))).toEqual({ type: 'zoom', factor: 2, at: 200 });
    expect(keyAction('-', context(undefined, { width: 300 }))).toEqual({ type: 'zoom', factor: 0.5, at: 150 });
  });

  it('0 fits every event', () => {
    expect(keyAction('0', context(marks[0]))).toEqual({ type: 'fit' });
  });
});

describe('the keys the timeline answers to', () => {
  // The focused mark (e, lane 1) has lanes above and below it.
  const below = event(item('below', utc(2025, 1, 5)), 60, 2);
  const full = context(marks[2], { selected: true, marks: [...marks, below] });

  it('each has an action where there is something to act on', () => {
    for (const key of TIMELINE_KEYS) expect(keyAction(key, full), key).toBeDefined();
  });

  it('are every key with an action but Escape, which the page keeps when no card is open', () => {
    const acted = [
      'ArrowRight',
      'ArrowLeft',
      'ArrowUp',
      'ArrowDown',
      'Home',
      'End',
      'Enter',
      ' ',
      '+',
      '=',
      '-',
      '_',
      '0',
    ];
    expect(new Set(TIMELINE_KEYS)).toEqual(new Set(acted));
    expect(TIMELINE_KEYS.has('Escape')).toBe(false);
  });

  it('leave other keys to the page', () => {
    for (const key of ['Tab', 'a', 'PageDown', '1', 'Backspace']) expect(keyAction(key, full)).toBeUndefined();
  });
});

describe('← and → when time runs right to left', () => {
  it('→ reaches the event drawn on the right, which is the earlier one, and ← the later one', () => {
    expect(keyAction('ArrowRight', context(marks[3], { rtl: true }))).toEqual(focusOn(e!, true));
    expect(keyAction('ArrowLeft', context(marks[0], { rtl: true }))).toEqual(focusOn(b!, true));
    expect(keyAction('Home', context(marks[3], { rtl: true }))).toEqual(focusOn(a!, true));
  });
});
