// Which mark or event each key reaches: the keyboard's policy as a pure function of
// what is on screen, so every key can be tested without a browser.
import { ZOOM_STEP } from './defaults.js';
import type { TimelineItem } from './normalize.js';
import type { PlacedMark } from './view.js';

/** What a key press asks the timeline to do. */
export type KeyAction =
  /** Move the focus to an event; `reveal` pans to it when it is out of view. */
  | { type: 'focus'; item: TimelineItem; reveal: boolean }
  /** Enter or Space on a mark: select its event, or zoom into the cluster. */
  | { type: 'activate'; target: PlacedMark }
  | { type: 'close' }
  | { type: 'zoom'; factor: number; at: number }
  | { type: 'fit' };

export interface KeyContext {
  /** Every event shown, in time order. */
  order: readonly TimelineItem[];
  /** The marks on screen, in reading order (`View.marks`). */
  marks: readonly PlacedMark[];
  /** The mark that holds the focused event, if on screen. */
  focused: PlacedMark | undefined;
  /** The focused event, which may be off screen while the view moves to it. */
  focus: TimelineItem | undefined;
  /** Whether an event's card is open. */
  selected: boolean;
  width: number;
  /** Time runs right to left: → steps back in time, to the event drawn on the right. */
  rtl?: boolean;
}

/** The keys the timeline answers to; the page keeps the rest (and Escape when no card is open). */
export const TIMELINE_KEYS: ReadonlySet<string> = new Set([
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
]);

/**
 * The action for a key, or undefined when the timeline leaves the key alone.
 * ←/→ step through events in time as they are drawn (→ is later, or earlier when time
 * runs right to left; a cluster is passed over as a whole), Home/End go to the first/last, ↑/↓ go to the nearest mark in the lane
 * above/below, Enter/Space activate, Escape closes the card, +/− zoom around the
 * focused mark, 0 fits all.
 */
export function keyAction(key: string, context: KeyContext): KeyAction | undefined {
  const { order, focused, width } = context;
  switch (key) {
    case 'ArrowRight':
    case 'ArrowLeft':
      return focus(step(context, (key === 'ArrowRight') !== !!context.rtl), true);
    case 'Home':
      return focus(order[0], true);
    case 'End':
      return focus(order.at(-1), true);
    case 'ArrowUp':
    case 'ArrowDown':
      return focus(nearestInNextLane(context.marks, focused, key === 'ArrowDown' ? 1 : -1)?.first, false);
    case 'Enter':
    case ' ':
      return focused ? { type: 'activate', target: focused } : undefined;
    case 'Escape':
      return context.selected ? { type: 'close' } : undefined;
    case '+':
    case '=':
      return { type: 'zoom', factor: ZOOM_STEP, at: focused?.x ?? width / 2 };
    case '-':
    case '_':
      return { type: 'zoom', factor: 1 / ZOOM_STEP, at: focused?.x ?? width / 2 };
    case '0':
      return { type: 'fit' };
    default:
      return undefined;
  }
}

function focus(item: TimelineItem | undefined, reveal: boolean): KeyAction | undefined {
  return item ? { type: 'focus', item, reveal } : undefined;
}

/** The next (or previous) event in time after the focused mark, skipping the rest of its cluster. */
function step({ order, focused, focus }: KeyContext, forward: boolean): TimelineItem | undefined {
  // Stryker disable next-line all: a guard: the step starts at the cluster's last event (→) or first (←), and none of its events lies beyond those, so it never skips one
  const members = new Set(focused?.mark.type === 'cluster' ? focused.mark.items : []);
  const from = focused ? (forward ? focused.last : focused.first) : focus;
  let index = from ? order.indexOf(from) : -1;
  if (index < 0) index = forward ? -1 : order.length;
  do index += forward ? 1 : -1;
  while (
    // Stryker disable all: the same guard (see `members`)
    index >= 0 &&
    index < order.length &&
    members.has(order[index]!)
    // Stryker restore all
  );
  return order[Math.max(0, Math.min(order.length - 1, index))];
}

/** The mark in the nearest lane below (`direction` 1) or above (-1), closest in x. */
function nearestInNextLane(
  marks: readonly PlacedMark[],
  current: PlacedMark | undefined,
  direction: 1 | -1,
): PlacedMark | undefined {
  if (!current) return undefined;
  // Rows hold at most a few lanes (band lanes are negative): row, then lane, orders them top to bottom.
  const lane = (p: PlacedMark) => p.row * 100 + p.mark.lane;
  const here = lane(current);
  let best: PlacedMark | undefined;
  for (const p of marks) {
    const d = (lane(p) - here) * direction;
    if (d <= 0) continue;
    const bestD = best ? (lane(best) - here) * direction : Infinity;
    if (d < bestD || (d === bestD && Math.abs(p.x - current.x) < Math.abs(best!.x - current.x))) best = p;
  }
  return best;
}
