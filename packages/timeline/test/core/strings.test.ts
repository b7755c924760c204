import { describe, expect, it } from 'vitest';
import { describeCluster, describeItem, formatEventDate } from '../../src/core/format.js';
import { KIND_LABELS, KINDS } from '../../src/core/kinds.js';
import {
  canonicalLocale,
  LANGUAGES,
  TRANSLATIONS,
  eventCount,
  formatNumber,
  fill,
  readStrings,
  STRINGS_EN,
  stringsFor,
  type Keys,
  type Plural,
  type Strings,
} from '../../src/core/strings.js';
import '../../src/locales/all.js';
import { item, utc } from './item.js';

const LOCALES = ['fr', 'de', 'zh-Hans', 'zh-Hant', 'ar'];
const keys = Object.keys(STRINGS_EN).sort();
const SAME_AS_ENGLISH = new Set(['ctrl', 'cluster', 'status', 'uncertain', 'item']);

/** The `{placeholders}` of a string, or of every form of a plural. */
function placeholders(entry: string | Plural): string[] {
  const forms = typeof entry === 'string' ? [entry] : Object.values(entry);
  return [...new Set(forms.flatMap((form) => [...form.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!)))].sort();
}

describe('the strings tables', () => {
  it('name every kind, in English as the legend always has', () => {
    for (const kind of KINDS) expect(STRINGS_EN[kind]).toBe(KIND_LABELS[kind]);
  });

  it.each(LOCALES)('%s has every entry, none empty and none left in English', (locale) => {
    const table = stringsFor(locale);
    expect(table).not.toBe(STRINGS_EN);
    expect(Object.keys(table).sort()).toEqual(keys);
    for (const key of keys as (keyof Strings)[]) {
      const entry = table[key];
      expect(typeof entry === 'string' ? entry : entry.other, key).toBeTruthy();
      // Only the name of the Ctrl key, and patterns of punctuation around values, may read as in English.
      if (!SAME_AS_ENGLISH.has(key)) expect(entry, `${locale} ${key}`).not.toEqual(STRINGS_EN[key]);
    }
  });

  it.each(LOCALES)('%s takes the same values in each string as English', (locale) => {
    const table = stringsFor(locale);
    for (const key of keys as (keyof Strings)[]) {
      const wanted = placeholders(STRINGS_EN[key]);
      // A plural may spell out a small number ("حدثان", two events) rather than write {count}.
      if (typeof table[key] === 'string') expect(placeholders(table[key]), `${locale} ${key}`).toEqual(wanted);
      else expect(placeholders((table[key] as Plural).other), `${locale} ${key}`).toEqual(wanted);
    }
  });

  it('list their entries in the order of the English table, which names them', () => {
    // Typed as `Keys`: this list is the type's, and the translations' entries follow it.
    const order: Keys = [
      ...KINDS,
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
    expect(Object.keys(STRINGS_EN)).toEqual(order);
  });

  it('are all reachable by language subtag, each from its module in locales/', () => {
    expect([...TRANSLATIONS.keys()].sort()).toEqual(['ar', 'de', 'fr', 'zh', 'zh-Hant']);
    expect([...LANGUAGES].sort()).toEqual([...TRANSLATIONS.keys()].sort());
  });
});

describe('stringsFor: which table a locale gets', () => {
  it('falls back by language subtag, then to English', () => {
    expect(stringsFor('fr-CA').zoomIn).toBe('Zoom avant');
    expect(stringsFor('de_AT').zoomIn).toBe('Vergrößern');
    expect(stringsFor('AR-EG').zoomIn).toBe('تكبير');
    expect(stringsFor('pt-BR')).toBe(STRINGS_EN);
    expect(stringsFor('en-GB')).toBe(STRINGS_EN);
    expect(stringsFor('')).toBe(STRINGS_EN);
    expect(stringsFor('not a locale!')).toBe(STRINGS_EN);
    // Names an object has are no languages either.
    for (const tag of ['constructor', '__proto__', 'toString', 'hasOwnProperty', 'valueOf'])
      expect(stringsFor(tag), tag).toBe(STRINGS_EN);
  });

  it('gives Simplified Chinese for zh, zh-Hans, zh-CN and zh-SG', () => {
    for (const locale of ['zh', 'zh-Hans', 'zh-CN', 'zh-SG', 'zh-Hans-CN'])
      expect(stringsFor(locale).fit).toBe('显示全部');
  });

  it('gives Traditional Chinese for zh-Hant, zh-TW, zh-HK and zh-MO, however the tag is written', () => {
    for (const locale of [
      'zh-Hant',
      'zh-Hant-TW',
      'zh-TW',
      'zh_TW',
      'zh-HK',
      'zh_hk',
      'zh-MO',
      'ZH-hant-SG',
      'zh-Hant-u-nu-hanidec',
    ])
      expect(stringsFor(locale).fit, locale).toBe('顯示全部');
    for (const locale of ['zh-Hans-TW', 'zh-SG', 'zh_CN', 'zh-x-bad!'])
      expect(stringsFor(locale).fit, locale).toBe('显示全部');
  });

  it('writes a tag as Intl does, and leaves one it cannot read as it is', () => {
    expect(canonicalLocale('zh_TW')).toBe('zh-TW');
    expect(canonicalLocale(' EN-gb ')).toBe('en-GB');
    expect(canonicalLocale('fa-IR')).toBe('fa-IR');
    expect(canonicalLocale('en-GB-u-ca-hebrew')).toBe('en-GB-u-ca-hebrew');
    expect(canonicalLocale('not a locale!')).toBe('not a locale!');
  });

  it('lays overrides over the locale’s table, leaving the rest and the table itself alone', () => {
    const table = stringsFor('fr', { call: 'Coup de fil', who: undefined });
    expect(table.call).toBe('Coup de fil');
    expect(table.who).toBe('Qui');
    expect(table.zoomIn).toBe('Zoom avant');
    expect(stringsFor('fr').call).toBe('Appel téléphonique');
  });

  it('gives the same table for the same overrides and language, and a new one when either changes', () => {
    const overrides = { call: 'Coup de fil' };
    expect(stringsFor('fr-FR', overrides)).toBe(stringsFor('fr-CA', overrides));
    expect(stringsFor('de', overrides).zoomIn).toBe('Vergrößern');
    expect(stringsFor('fr', { ...overrides }).zoomIn).toBe('Zoom avant');
  });
});

describe('readStrings: overrides that cannot be used', () => {
  it('leaves out each entry of the wrong kind, keeps the locale’s word, and says which and why', () => {
    const { strings, problems } = readStrings('fr', {
      events: { one: '{count} item' },
      chart: 42,
      zoomIn: 'Agrandir',
      who: null,
      fit: { other: 'Tout' },
      more: ['x'],
    });
    expect(strings.events).toEqual(stringsFor('fr').events);
    expect(strings.chart).toBe(stringsFor('fr').chart);
    expect(strings.zoomIn).toBe('Agrandir');
    expect(strings.who).toBe('Qui');
    expect(strings.fit).toBe('Tout afficher');
    expect(problems).toEqual([
      {
        index: -1,
        field: 'strings.events',
        message: 'expected a string or plural forms with "other", got {"one":"{count} item"}',
      },
      { index: -1, field: 'strings.chart', message: 'expected a string, got 42' },
      { index: -1, field: 'strings.fit', message: 'expected a string, got {"other":"Tout"}' },
      { index: -1, field: 'strings.more', message: 'expected a string, got ["x"]' },
    ]);
  });

  it('takes a string or plural forms for a count, and a string for an entry the table does not have', () => {
    const { strings, problems } = readStrings('en', {
      events: '{count} items',
      more: 'More',
      cluster: '{events} in {span}',
      banquet: 'Banquet',
      feast: 3,
    } as never);
    expect(strings.events).toBe('{count} items');
    expect((strings as unknown as Record<string, string>).banquet).toBe('Banquet');
    expect(problems).toEqual([{ index: -1, field: 'strings.feast', message: 'expected a string, got 3' }]);
    expect(readStrings('en', { events: { one: 'one', other: 'many', several: 'x' } }).problems).toHaveLength(1);
    expect(readStrings('en', { events: { one: 1, other: 'many' } }).problems).toHaveLength(1);
    expect(readStrings('en', { events: { one: 'one', other: 'many' } }).problems).toEqual([]);
  });

  it('keeps the locale’s words when the overrides are not an object, or an entry throws when read', () => {
    expect(readStrings('de', null)).toEqual({ strings: stringsFor('de'), problems: [] });
    for (const bad of ['x', 42, true, ['a'], '']) {
      const { strings, problems } = readStrings('de', bad);
      expect(strings).toBe(stringsFor('de'));
      expect(problems).toEqual([
        { index: -1, field: 'strings', message: `expected an object of words, got ${JSON.stringify(bad)}` },
      ]);
    }
    const hostile = {
      call: 'Anruf',
      get fit(): string {
        throw new Error('no');
      },
    };
    const { strings, problems } = readStrings('de', hostile);
    expect([strings.call, strings.fit]).toEqual(['Anruf', 'Alles anzeigen']);
    expect(problems).toEqual([{ index: -1, field: 'strings.fit', message: 'expected a string, got Error: no' }]);
    expect(stringsFor('de', hostile)).toBe(strings);
  });
});

describe('fill', () => {
  it('fills named placeholders, and leaves unknown ones as they are', () => {
    expect(fill('{a} and {b}, {c}', { a: 'one', b: 2 })).toBe('one and 2, {c}');
  });

  it('writes numbers for the locale', () => {
    expect(fill('{count}', { count: 12345 }, 'en')).toBe('12,345');
    expect(fill('{count}', { count: 12345 }, 'de')).toBe('12.345');
    expect(fill('{count}', { count: 3 }, 'not a locale!')).toBe('3');
  });

  it('picks the plural form for the count, with `other` for any form left out', () => {
    expect(eventCount(STRINGS_EN, 1, 'en')).toBe('1 event');
    expect(eventCount(STRINGS_EN, 2, 'en')).toBe('2 events');
    expect(eventCount(stringsFor('fr'), 0, 'fr')).toBe('0 événement');
    expect(eventCount(stringsFor('fr'), 2, 'fr')).toBe('2 événements');
    expect(eventCount(stringsFor('de'), 1, 'de')).toBe('1 Ereignis');
    expect(eventCount(stringsFor('zh'), 1, 'zh')).toBe('1个事件');
    const ar = stringsFor('ar');
    expect(eventCount(ar, 1, 'ar')).toMatch(/^\S+ حدث$/);
    expect(eventCount(ar, 2, 'ar')).toMatch(/^\S+ حدثان$/);
    expect(eventCount(ar, 3, 'ar')).toMatch(/^\S+ أحداث$/);
    expect(eventCount(ar, 11, 'ar')).toMatch(/^\S+ حدثًا$/);
    expect(eventCount(ar, 100, 'ar')).toMatch(/^\S+ حدث$/);
    expect(fill({ other: '{count} x' }, { count: 1 }, 'en')).toBe('1 x');
  });

  it('writes the number of every count from one up, as a cluster shows it, in every language', () => {
    for (const locale of ['en', 'fr', 'de', 'zh-Hans', 'ar']) {
      for (let count = 1; count <= 120; count++) {
        expect(eventCount(stringsFor(locale), count, locale), `${locale} ${count}`).toContain(
          formatNumber(count, locale),
        );
      }
    }
  });
});

describe('the words of dates and marks, in the table’s language', () => {
  const call = item('Appel Biden–Xi', utc(2024, 4, 8), 2, { kind: 'call', title: 'Appel Biden–Xi' });

  it('names an event in French', () => {
    expect(describeItem(call, 'fr', stringsFor('fr'))).toBe('Appel téléphonique, 8–9 avril 2024\u00a0: Appel Biden–Xi');
  });

  it('writes the status and qualifiers of a date in German and Chinese', () => {
    const planned = item('p', utc(2026, 2, 1), 28, { precision: 'month', status: 'planned', approximate: true });
    expect(formatEventDate(planned, 'de', stringsFor('de'))).toBe('geplant: ca. Februar 2026');
    expect(formatEventDate(planned, 'zh-Hans', stringsFor('zh-Hans'))).toBe('计划中：约2026年2月');
  });

  it('counts a cluster in Arabic', () => {
    const name = describeCluster(2, utc(2024, 4, 8), utc(2024, 4, 10), 'ar', stringsFor('ar'));
    expect(name).toMatch(/^\S+ حدثان، /);
    expect(name.startsWith(formatNumber(2, 'ar'))).toBe(true);
  });

  it('keeps a status the table does not know as the record gives it', () => {
    const odd = item('o', utc(2025, 1, 1), 1, { status: 'rumoured' as never });
    expect(formatEventDate(odd, 'en-GB')).toBe('rumoured: 1 January 2025');
  });
});
