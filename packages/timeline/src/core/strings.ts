// Every word the timeline and its parts show or announce, in one table per language.
// Dates are not here: `Intl` writes them in the reader's language (see format.ts).
import { KIND_LABELS, type Kind, type KINDS } from './kinds.js';

/**
 * A string that depends on a count: one form per plural category of the language
 * (`Intl.PluralRules`: `zero`, `one`, `two`, `few`, `many`, `other`); `other` is
 * required and stands in for any category left out.
 */
export type Plural = { [category in Intl.LDMLPluralRule]?: string } & { other: string };

/** The statuses a card and a date name, besides `happened` (which goes unsaid). */
export type Status = 'planned' | 'postponed' | 'cancelled';

/**
 * The words of `<summit-timeline>` and `<summit-event-card>`. `{name}` marks a value
 * filled in when the string is used; the values each string takes are listed beside it.
 * The kind names (`summit`, `call`, …) and statuses (`planned`, …) are entries too.
 */
export interface Strings extends Record<Kind, string>, Record<Status, string> {
  /** While the records load. */
  loading: string;
  /** When there is nothing to draw. */
  empty: string;
  /** When `src` cannot be loaded. `{error}`: the reason. */
  failed: string;
  /** The button that loads `src` again after it failed. */
  retry: string;
  /** The timeline's accessible name, unless its `label` attribute gives one. */
  label: string;
  /** What a screen reader calls the chart (its `aria-roledescription`). */
  timeline: string;
  /** A number of events. `{count}`. */
  events: Plural;
  /** The chart's accessible name. `{label}`, `{events}`, `{range}` (the dates in view). */
  chart: string;
  /** Said after a zoom or pan. `{range}`: the dates in view. */
  showing: string;
  /** Name of the legend of kinds. */
  legend: string;
  /** An event, as a screen reader hears it. `{kind}`, `{date}`, `{title}`. */
  item: string;
  /** A cluster of events. `{events}`, `{span}` (its dates). */
  cluster: string;
  /** A date with the event's status. `{status}`, `{date}`. */
  status: string;
  /** An approximate date. `{date}`. */
  approximate: string;
  /** An uncertain date. `{date}`. */
  uncertain: string;
  /** The zoom buttons. */
  zoomIn: string;
  zoomOut: string;
  fit: string;
  /** The card's close button. */
  close: string;
  /** The wheel hint. `{key}`: Ctrl, or ⌘ on a Mac. */
  hint: string;
  /** The name of the Ctrl key on the reader's keyboard. */
  ctrl: string;
  /** The phone list's button for the next page. `{count}`: events not yet shown. */
  more: string;
  /** The overview strip's name. */
  overview: string;
  /** The card's headings of participants and place. */
  who: string;
  where: string;
  /** The download buttons (with the `download` attribute). */
  download: string;
  downloadSvg: string;
  /** The credit line of an exported image: its sources (`{names}`: the publishers), then the chart's maker. */
  source: string;
  chartBy: string;
}

/** The order of the entries of a `Translation`: the order of `STRINGS_EN`. */
export type Keys = [
  ...typeof KINDS,
  'planned',
  'postponed',
  'cancelled',
  'loading',
  'empty',
  'failed',
  'retry',
  'label',
  'timeline',
  'events',
  'chart',
  'showing',
  'legend',
  'item',
  'cluster',
  'status',
  'approximate',
  'uncertain',
  'zoomIn',
  'zoomOut',
  'fit',
  'close',
  'hint',
  'ctrl',
  'more',
  'overview',
  'who',
  'where',
  'download',
  'downloadSvg',
  'source',
  'chartBy',
];

/** `Keys`, if it names every entry of `Strings`; else nothing, so that no `Translation` compiles. */
type AllKeys = [Exclude<keyof Strings, Keys[number]>] extends [never] ? Keys : never;

/**
 * A table as a list: every entry of `Strings`, in the order of `Keys` (a missing or
 * extra entry, or one of the wrong kind, is a compile error).
 */
export type Translation = Entries<AllKeys>;

type Entries<K extends readonly string[]> = { [I in keyof K]: Strings[K[I] & keyof Strings] };

/** The English words: the default, and what any other table falls back to. */
export const STRINGS_EN: Strings = {
  ...KIND_LABELS,
  planned: 'planned',
  postponed: 'postponed',
  cancelled: 'cancelled',
  loading: 'Loading events…',
  empty: 'No events to show.',
  failed: 'Could not show the timeline: {error}',
  retry: 'Try again',
  label: 'Timeline of events',
  timeline: 'timeline',
  events: { one: '{count} event', other: '{count} events' },
  chart: '{label}: {events}, showing {range}',
  showing: 'Showing {range}',
  legend: 'Kinds of event',
  item: '{kind}, {date}: {title}',
  cluster: '{events}, {span}',
  status: '{status}: {date}',
  approximate: 'c. {date}',
  uncertain: '{date}?',
  zoomIn: 'Zoom in',
  zoomOut: 'Zoom out',
  fit: 'Show all',
  close: 'Close',
  hint: 'Use {key} + scroll to zoom',
  ctrl: 'Ctrl',
  more: 'Show more ({count} left)',
  overview: 'Overview of the whole span',
  who: 'Who',
  where: 'Where',
  download: 'Download image',
  downloadSvg: 'Download SVG image',
  source: 'Source: {names}',
  chartBy: 'Chart: summitline',
};

/**
 * The languages besides English that have a table, by language subtag (`zh` is
 * Simplified Chinese, `zh-Hant` Traditional). Each is a module of its own in `locales/`,
 * which adds its table when it is imported: an app ships only the languages it imports,
 * and the one-file embed imports them all.
 */
export const LANGUAGES = ['fr', 'de', 'zh', 'zh-Hant', 'ar'] as const;

/**
 * The tables added so far, as `Translation`s: lists rather than objects, which keeps the
 * bundles small. A map, so that a locale such as `constructor` finds no table rather
 * than an object's.
 */
export const TRANSLATIONS = new Map<string, Translation>();

/** What is told when a table is added: the elements in the page, which then update. */
export const LISTENERS = new Set<() => void>();

/**
 * Adds the table of a language subtag (`locales/*.ts` call this when imported), and
 * tells the elements in the page: a language imported after they drew (an app that
 * switches language) is spoken at once.
 */
export function addTranslation(language: string, table: Translation): void {
  TRANSLATIONS.set(language, table);
  for (const listener of LISTENERS) listener();
}

const KEYS = Object.keys(STRINGS_EN);
const TABLES = new Map<string, Strings>([['en', STRINGS_EN]]);

const MISSING = new Set<string>(LANGUAGES);

/**
 * The table of a language subtag, unpacked from its `Translation` on first use. A
 * language whose module has not been imported gets English, with a warning (once) that
 * names the module.
 */
function table(language: string): Strings | undefined {
  const row = TRANSLATIONS.get(language);
  if (!row && MISSING.delete(language))
    console.warn(`summitline: import '@summitline/timeline/locales/${language}.js' for words in "${language}"`);
  if (row && !TABLES.has(language))
    TABLES.set(language, Object.fromEntries(KEYS.map((key, i) => [key, row[i]])) as unknown as Strings);
  return TABLES.get(language);
}

/**
 * A BCP 47 tag as `Intl` writes it (`zh_TW` → `zh-TW`, `EN-gb` → `en-GB`); a tag it
 * cannot read is left as it is (its dates and words then fall back to English).
 */
export function canonicalLocale(tag: string): string {
  try {
    return Intl.getCanonicalLocales(tag.trim().replace(/_/g, '-'))[0] ?? tag;
  } catch {
    return tag;
  }
}

/** The key of a locale's table: its language subtag, and for Chinese in Traditional script (`zh-Hant`, `zh-TW`, `zh-HK`, `zh-MO`) `zh-Hant`. */
const tableKey = (locale: string) =>
  /^zh[-_](hant|tw|hk|mo)(?![a-z\d])/i.test(locale) ? 'zh-Hant' : locale.toLowerCase().split(/[-_]/)[0]!;

/**
 * The table for a BCP 47 locale, by its language subtag (`fr-CA` → French, `zh-SG` →
 * Simplified Chinese, `zh-TW`, `zh-HK` or `zh-Hant` → Traditional Chinese; English for
 * any other, and for a language whose module in `locales/` is not imported), with
 * `overrides` laid over it. An override of the wrong kind is left
 * out: see `readStrings`.
 */
export function stringsFor(locale: string, overrides?: Partial<Strings> | null): Strings {
  return readStrings(locale, overrides).strings;
}

/** One entry of `strings` that could not be used, as `summit-error` reports it. */
export interface StringsProblem {
  index: -1;
  /** `strings`, or `strings.` and the entry's key. */
  field: string;
  message: string;
}

/**
 * `stringsFor`, and what was wrong with the overrides. An entry that the table has must
 * be of the same kind: a string, or (for a count) a string or plural forms with a
 * string `other`; an entry it does not have, a string. Entries that are not, and
 * overrides that are not an object at all, are left out, so the locale's words stay,
 * and each is reported. `null` and `undefined` entries are left out silently.
 */
export function readStrings(locale: string, overrides: unknown): { strings: Strings; problems: StringsProblem[] } {
  const words = table(tableKey(locale)) ?? STRINGS_EN;
  // The same table for the same overrides, so that what it is handed to does not update for nothing.
  const cached = MERGED.get(overrides as object);
  if (cached?.[0] === words) return cached[1];
  const merged: Record<string, unknown> = { ...words };
  const problems: StringsProblem[] = [];
  const wrong = (field: string, wanted: string, value: unknown) =>
    problems.push({ index: -1, field, message: `expected ${wanted}, got ${shown(value)}` });
  if (!overrides || typeof overrides !== 'object' || Array.isArray(overrides)) {
    if (overrides != null) wrong('strings', 'an object of words', overrides);
    return { strings: words, problems };
  }
  for (const key in overrides) {
    let value: unknown;
    try {
      value = (overrides as Record<string, unknown>)[key];
    } catch (error) {
      value = error;
    }
    // A count (`events`) takes plural forms too.
    const plural = typeof merged[key] === 'object';
    if (typeof value === 'string' || (plural && isPlural(value))) merged[key] = value;
    else if (value != null)
      wrong(`strings.${key}`, plural ? 'a string or plural forms with "other"' : 'a string', value);
  }
  const result = { strings: merged as unknown as Strings, problems };
  MERGED.set(overrides!, [words, result]);
  return result;
}

const MERGED = new WeakMap<object, [Strings, { strings: Strings; problems: StringsProblem[] }]>();

/** Whether a value is plural forms: strings by plural category, one of them `other`. */
const isPlural = (value: unknown) =>
  typeof (value as Plural)?.other === 'string' &&
  Object.entries(value as Plural).every(
    ([key, form]) => 'zero one two few many other'.split(' ').includes(key) && typeof form === 'string',
  );

/** A value as a message shows it: a string quoted, an object as JSON, cut short. */
function shown(value: unknown): string {
  let text = String(value);
  try {
    if (!(value instanceof Error)) text = JSON.stringify(value) ?? text;
  } catch {
    // Cyclic, or a BigInt: as String has it.
  }
  return text.length > 80 ? `${text.slice(0, 79)}…` : text;
}

const formats = new Map<string, [Intl.PluralRules, Intl.NumberFormat]>();

/** The plural rules and number format of a locale (English for a tag `Intl` cannot read). */
function numbers(locale: string): [Intl.PluralRules, Intl.NumberFormat] {
  let pair = formats.get(locale);
  if (!pair) {
    try {
      pair = [new Intl.PluralRules(locale), new Intl.NumberFormat(locale)];
    } catch {
      pair = [new Intl.PluralRules('en'), new Intl.NumberFormat('en')];
    }
    formats.set(locale, pair);
  }
  return pair;
}

/**
 * A string with its `{placeholders}` filled; numbers are written for the locale, and a
 * `Plural` takes the form for `values.count`. A placeholder without a value stays as it is.
 */
export function fill(template: string | Plural, values: Record<string, string | number>, locale = 'en'): string {
  const [plural, number] = numbers(locale);
  const form =
    typeof template === 'string' ? template : (template[plural.select(+(values.count ?? 0))] ?? template.other);
  return form.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = values[name];
    return value === undefined ? whole : typeof value === 'number' ? number.format(value) : value;
  });
}

/** "3 events", in the table's language. */
/** A number as the locale writes it ("12,345", "١٢٬٣٤٥"), as the strings write counts. */
export function formatNumber(value: number, locale: string): string {
  return numbers(locale)[1].format(value);
}

export function eventCount(strings: Strings, count: number, locale: string): string {
  return fill(strings.events, { count }, locale);
}
