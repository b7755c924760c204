import { DAY_MS } from './edtf.js';
import { encodeKind, formatKinds, parseKinds } from './kinds.js';
import { parsePeriod } from './transform.js';

/** The event id a URL hash names (`#event-id`), or undefined when it names none or cannot be decoded. */
export function readHash(hash: string): string | undefined {
  const raw = hash.startsWith('#') ? hash.slice(1) : hash;
  if (!raw) return undefined;
  try {
    return decodeURIComponent(raw);
  } catch {
    // A malformed escape ("#%E0%A4%A"): not a link we made.
    return undefined;
  }
}

/** The hash that names an event. */
export function hashFor(id: string): string {
  return `#${encodeURIComponent(id)}`;
}

/** What a link names: a window, the kinds shown, the selected event. */
export interface HashView {
  /** Start and end (exclusive) of the window, in ms. */
  window?: [number, number] | undefined;
  /** The kinds shown, as the `kinds` attribute has them (space-separated, see `parseKinds`); absent: every kind. */
  kinds?: string | undefined;
  /** The selected event's id. */
  event?: string | undefined;
}

/**
 * The view a URL hash names: `#from=2025-08&to=2025-10&kinds=summit,parade&event=id`
 * (any of the keys, in any order; `from` and `to` are days, months or years, both
 * ends inclusive, and only count together), or a bare `#event-id` as older links
 * have it. `kinds`, once the hash is decoded, is a list as `parseKinds` reads it (so
 * a name with a blank, comma, plus or percent sign in it is percent-encoded there, and
 * that again in the URL). Undefined when the hash names none of these: malformed values
 * and unknown keys are ignored, so a heading's anchor reads as a bare id, which the
 * caller checks.
 */
export function readView(hash: string): HashView | undefined {
  const raw = hash.startsWith('#') ? hash.slice(1) : hash;
  if (!raw.includes('=')) {
    const event = readHash(raw);
    return event === undefined ? undefined : { event };
  }
  const params = new Map<string, string>();
  for (const pair of raw.split('&')) {
    const at = pair.indexOf('=');
    const value = readHash(pair.slice(at + 1));
    if (at > 0 && value) params.set(pair.slice(0, at), value);
  }
  const view: HashView = {};
  const from = parsePeriod(params.get('from'));
  const to = parsePeriod(params.get('to'));
  if (from && to && to[1] > from[0]) view.window = [from[0], to[1]];
  const kinds = formatKinds(parseKinds(params.get('kinds')));
  if (kinds) view.kinds = kinds;
  if (params.has('event')) view.event = params.get('event');
  return view.window || view.kinds || view.event ? view : undefined;
}

/** `YYYY-MM-DD` of a day counted from 1970-01-01. */
const isoDay = (day: number) => new Date(day * DAY_MS).toISOString().slice(0, 10);

/**
 * The hash that names a view, which `readView` reads back. The window is written to
 * the nearest days (`to` is the last day shown), the kinds comma-separated, and the
 * parts left out that a view does not have.
 */
export function viewHash({ window, kinds, event }: HashView): string {
  const parts: string[] = [];
  if (window) {
    const from = Math.round(window[0] / DAY_MS);
    parts.push(`from=${isoDay(from)}`, `to=${isoDay(Math.max(from, Math.round(window[1] / DAY_MS) - 1))}`);
  }
  // Each name as a list holds it, then escaped for the URL: "foreign affairs" is `foreign%2520affairs`.
  const list = parseKinds(kinds).map((kind) => encodeURIComponent(encodeKind(kind)));
  if (list.length) parts.push(`kinds=${list.join(',')}`);
  if (event) parts.push(`event=${encodeURIComponent(event)}`);
  return parts.length ? `#${parts.join('&')}` : '';
}
