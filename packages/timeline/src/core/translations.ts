// The tables of the languages besides English, by language subtag (`zh` is Simplified
// Chinese, `zh-Hant` Traditional). Each language is a module of its own in `locales/`,
// which adds its table here when it is imported: an app ships only the languages it
// imports, and the one-file embed imports them all.
import type { Translation } from './strings.js';

/** The languages that have a table in `locales/`, whether imported or not. */
export const LANGUAGES = ['fr', 'de', 'zh', 'zh-Hant', 'ar'] as const;

/**
 * The tables added so far. Each is a `Translation`: every entry of `Strings`, in the
 * order of `Keys`, as a list rather than an object, which keeps the bundles small. A
 * map, so that a locale such as `constructor` finds no table rather than an object's.
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
