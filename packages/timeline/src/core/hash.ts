import { DAY_MS } from './edtf.js';
import { encodeKind, formatKinds, parseKinds } from './kinds.js';
import { parsePeriod } from './transform.js';

/**
 * Text escaped for a hash: `encodeURIComponent`, and a lone surrogate (which it cannot
 * encode) as `%u` and its four hex digits, so that any id makes a link.
 */
export function encodePart(text: string): string {
  return text
    .split(/([\ud800-\udfff])/u)
    .map((part, i) => (i % 2 ? `%u${part.charCodeAt(0).toString(16).toUpperCase()}` : encodeURIComponent(part)))
    .join('');
}

/** The text `encodePart` escaped, or undefined when it cannot be decoded. */
function decodePart(text: string): string | undefined {
  try {
    return text
      .split(/(%u[\da-f]{4})/i)
      .map((part, i) => (i % 2 ? String.fromCharCode(parseInt(part.slice(2), 16)) : decodeURIComponent(part)))
      .join('');
  } catch {
    // A malformed escape ("#%E0%A4%A"): not a link we made.
    return undefined;
  }
}

/** The event id a URL hash names (`#event-id`), or undefined when it names none or cannot be decoded. */
export function readHash(hash: string): string | undefined {
  const raw = hash.startsWith('#') ? hash.slice(1) : hash;
  return raw ? decodePart(raw) : undefined;
}

/** The hash that names an event. */
export function hashFor(id: string): string {
  return `#${encodePart(id)}`;
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

/** The keys of a view, each prefixed with the timeline's key when it has one. */
const KEYS = ['from', 'to', 'kinds', 'event'];

/** What a timeline's keys start with: its key (its element's `id`), escaped, and a dot; nothing without one. */
const prefixOf = (key = '') => (key ? `${encodePart(key)}.` : '');

/** The `name=value` pairs of a hash, without its `#`; none when it is a bare id. */
const pairsOf = (hash: string) => {
  const raw = hash.startsWith('#') ? hash.slice(1) : hash;
  return raw.includes('=') ? raw.split('&') : [];
};

/** Whether a pair is one of a timeline's (`prefix` and one of `KEYS`). */
const isOwn = (pair: string, prefix: string) => KEYS.some((key) => pair.startsWith(`${prefix}${key}=`));

/**
 * The view a URL hash names: `#from=2025-08&to=2025-10&kinds=summit,parade&event=id`
 * (any of the keys, in any order; `from` and `to` are days, months or years, both
 * ends inclusive, and only count together), or a bare `#event-id` as older links
 * have it. `kinds`, once decoded, is a list as `parseKinds` reads it (so a name with a
 * blank, comma, plus or percent sign in it is percent-encoded there, and that again in
 * the URL). With a timeline's `key`, only its own keys count (`key.from=…&key.event=…`,
 * the key escaped as values are); without one, only the bare keys. Undefined when
 * the hash names none of these: malformed values, other keys and other timelines'
 * keys are ignored, so a heading's anchor reads as a bare id, which the caller checks.
 */
export function readView(hash: string, key?: string): HashView | undefined {
  const raw = hash.startsWith('#') ? hash.slice(1) : hash;
  if (!raw.includes('=')) {
    const event = readHash(raw);
    return event === undefined ? undefined : { event };
  }
  const prefix = prefixOf(key);
  const params = new Map<string, string>();
  for (const pair of pairsOf(raw)) {
    const at = pair.indexOf('=');
    const value = readHash(pair.slice(at + 1));
    if (at > prefix.length && pair.startsWith(prefix) && value) params.set(pair.slice(prefix.length, at), value);
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

/** A timeline's own part of a hash (its keys, as written), or the whole hash when it is a bare id: what changes when its view does. */
export function ownPart(hash: string, key?: string): string {
  const prefix = prefixOf(key);
  const pairs = pairsOf(hash);
  return pairs.length ? pairs.filter((pair) => isOwn(pair, prefix)).join('&') : hash.replace(/^#/, '');
}

/** `YYYY-MM-DD` of a day counted from 1970-01-01. */
const isoDay = (day: number) => new Date(day * DAY_MS).toISOString().slice(0, 10);

/**
 * The hash that names a view, which `readView` reads back. The window is written to
 * the nearest days (`to` is the last day shown), the kinds comma-separated, and the
 * parts left out that a view does not have. With a timeline's `key`, each key is
 * prefixed with it. The pairs of `current` that are not this timeline's (other
 * timelines' views, a page's own keys) are kept, in their order, this timeline's
 * taking the place of its old ones; a bare `#id` in `current` is dropped.
 */
export function viewHash({ window, kinds, event }: HashView, key?: string, current = ''): string {
  const prefix = prefixOf(key);
  const own: string[] = [];
  if (window) {
    const from = Math.round(window[0] / DAY_MS);
    own.push(`from=${isoDay(from)}`, `to=${isoDay(Math.max(from, Math.round(window[1] / DAY_MS) - 1))}`);
  }
  // Each name as a list holds it, then escaped for the URL: "foreign affairs" is `foreign%2520affairs`.
  const list = parseKinds(kinds).map((kind) => encodeURIComponent(encodeKind(kind)));
  if (list.length) own.push(`kinds=${list.join(',')}`);
  if (event) own.push(`event=${encodePart(event)}`);
  const mine = own.map((pair) => prefix + pair);
  const parts: string[] = [];
  for (const pair of pairsOf(current)) {
    if (!pair) continue;
    if (!isOwn(pair, prefix)) parts.push(pair);
    else parts.push(...mine.splice(0));
  }
  parts.push(...mine);
  return parts.length ? `#${parts.join('&')}` : '';
}
