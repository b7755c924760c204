/**
 * The curated kinds of diplomatic event, in legend order. Any other non-empty string
 * is a kind too (a custom kind); the curated ones have words in every language of the
 * strings table, and a colour and shape chosen for them.
 */
export const KINDS = [
  'summit',
  'meeting',
  'visit',
  'call',
  'parade',
  'agreement',
  'statement',
  'military',
  'legislation',
  'inauguration',
  'other',
] as const;

/** A curated kind. */
export type Kind = (typeof KINDS)[number];

/** English names of the kinds, as legends, cards and screen readers say them. */
export const KIND_LABELS: Record<Kind, string> = {
  summit: 'Summit',
  meeting: 'Meeting',
  visit: 'Visit',
  call: 'Phone call',
  parade: 'Parade',
  agreement: 'Agreement',
  statement: 'Statement',
  military: 'Military',
  legislation: 'Legislation',
  inauguration: 'Inauguration',
  other: 'Other',
};

/** Whether `value` is one of the curated kinds. */
export function isKind(value: unknown): value is Kind {
  return typeof value === 'string' && (KINDS as readonly string[]).includes(value);
}

/**
 * The class that colours an element of a curated kind (`kind-summit`, see the theme);
 * empty for other kinds, whose names may hold anything, blanks included.
 */
export function kindClass(kind: string): string {
  return isKind(kind) ? `kind-${kind}` : '';
}

/** A record's kind: its `kind` trimmed, if that is a string with more than blanks in it. */
export function readKind(value: unknown): string | undefined {
  return typeof value === 'string' ? value.trim() || undefined : undefined;
}

/** Legend order: the curated kinds in their order, then the others by name (in code point order). */
export function compareKinds(a: string, b: string): number {
  return rank(a) - rank(b) || (a < b ? -1 : a > b ? 1 : 0);
}

function rank(kind: string): number {
  const i = (KINDS as readonly string[]).indexOf(kind);
  return i < 0 ? KINDS.length : i;
}

/** What separates the names of a list of kinds: blanks, commas or plus signs. */
const SEPARATOR = /[\s,+]+/;

/**
 * The kinds a list names, in its order: the `kinds` attribute's (`"summit visit"`) or
 * a link's (`"summit,visit"`). A name with a blank, a comma, a plus or a percent sign in
 * it is percent-encoded in a list (`foreign%20affairs`, as `formatKinds` writes it); a
 * `%` that starts no valid escape is read as itself.
 */
export function parseKinds(list: string | null | undefined): string[] {
  const kinds: string[] = [];
  for (const part of (list ?? '').split(SEPARATOR)) {
    let kind = part;
    try {
      kind = decodeURIComponent(part).trim();
    } catch {
      // A lone "%": the name as written.
    }
    if (kind) kinds.push(kind);
  }
  return kinds;
}

/** A list of kinds as `parseKinds` reads it: each name percent-encoded where it must be, joined by `separator`. */
export function formatKinds(kinds: Iterable<string>, separator = ' '): string {
  return Array.from(kinds, encodeKind).join(separator);
}

/** A kind as a list holds it: blanks, commas, plus and percent signs percent-encoded (`foreign%20affairs`). */
export function encodeKind(kind: string): string {
  return kind.replace(/[\s,+%]/g, encodeURIComponent);
}
