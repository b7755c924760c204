import { describe, expect, it } from 'vitest';
import {
  KIND_COLORS,
  KIND_SHAPES,
  kindLabel,
  kindStyles,
  type KindOptions,
  type KindShape,
} from '../../src/core/kind-styles.js';
import { KINDS } from '../../src/core/kinds.js';
import { STRINGS_EN, stringsFor } from '../../src/core/strings.js';
import '../../src/locales/all.js';

describe('kindStyles: how each kind is shown', () => {
  it('gives the curated kinds their word in the reader’s language, their colour and their shape', () => {
    const styles = kindStyles(KINDS, stringsFor('fr'));
    expect(styles('summit')).toEqual({ label: 'Sommet', color: 'var(--_c-summit)', shape: 'star' });
    expect(styles('call')).toEqual({ label: 'Appel téléphonique', color: 'var(--_c-call)', shape: 'diamond' });
    expect(KINDS.map((kind) => styles(kind).shape)).toEqual(KIND_SHAPES.slice(0, KINDS.length));
  });

  it('names a custom kind as it is written, and gives custom kinds the scheme’s colours in legend order', () => {
    const styles = kindStyles(['visit', 'election', 'Campaign', 'summit', 'protest'], STRINGS_EN);
    expect(styles('election').label).toBe('election');
    // Legend order: Campaign, election, protest (by name, after the curated kinds).
    expect(['Campaign', 'election', 'protest'].map((kind) => styles(kind).color)).toEqual([
      'var(--summit-color-Campaign, var(--_k0))',
      'var(--summit-color-election, var(--_k1))',
      'var(--summit-color-protest, var(--_k2))',
    ]);
  });

  it('gives custom kinds the shapes no kind present has, in the scheme’s order', () => {
    const styles = kindStyles(['summit', 'meeting', 'election', 'protest', 'court'], STRINGS_EN);
    // star and circle are the summit's and the meeting's.
    expect(['court', 'election', 'protest'].map((kind) => styles(kind).shape)).toEqual([
      'triangle',
      'diamond',
      'square',
    ]);
    // Only custom kinds: the scheme from the start.
    const own = kindStyles(['b', 'a', 'c'], STRINGS_EN);
    expect(['a', 'b', 'c'].map((kind) => own(kind).shape)).toEqual(['star', 'circle', 'triangle']);
  });

  it('still gives custom kinds shapes of their own beside all eleven curated kinds', () => {
    const styles = kindStyles([...KINDS, 'election', 'protest', 'court', 'vote'], STRINGS_EN);
    expect(['court', 'election', 'protest', 'vote'].map((kind) => styles(kind).shape)).toEqual([
      'times',
      'bowtie',
      'semicircle',
      'times',
    ]);
  });

  it('keeps colours apart for ten custom kinds, and shapes for as many as are free, whatever order they come in', () => {
    const names = Array.from({ length: 12 }, (_, i) => `kind ${String(i).padStart(2, '0')}`);
    const forwards = kindStyles(names, STRINGS_EN);
    const backwards = kindStyles([...names].reverse(), STRINGS_EN);
    expect(names.map(forwards)).toEqual(names.map(backwards));
    const colors = names.map((kind) => forwards(kind).color);
    expect(new Set(colors.slice(0, 10)).size).toBe(10);
    // Names with a blank have no custom property of their own; the eleventh starts the scheme again.
    expect(colors[0]).toBe('var(--_k0)');
    expect(colors[10]).toBe('var(--_k0)');
    expect(new Set(names.map((kind) => forwards(kind).shape)).size).toBe(12);
    expect(KIND_COLORS).toHaveLength(10);
  });

  it('offers `--summit-color-<kind>` only to names of letters, digits, "-" and "_"', () => {
    const names = ['élection', 'vote_2024', 'pre-vote', '选举', 'foreign affairs', 'a,b', 'x)', 'a;b', 'a:b', 'a.b'];
    const styles = kindStyles(names, STRINGS_EN);
    const plain = names.filter((kind) => styles(kind).color.startsWith(`var(--summit-color-${kind}, var(--_k`));
    expect(plain).toEqual(['élection', 'vote_2024', 'pre-vote', '选举']);
    for (const kind of names.slice(4)) expect(styles(kind).color).toMatch(/^var\(--_k\d\)$/);
  });

  it('takes label, colour and shape from the options, for curated and custom kinds alike', () => {
    const styles = kindStyles(['summit', 'election', 'protest'], stringsFor('de'), {
      summit: { label: 'Leaders’ summit' },
      election: { label: 'Election', color: '#7a1f5c', shape: 'square' },
      protest: { shape: 'star' },
    });
    expect(styles('summit')).toEqual({ label: 'Leaders’ summit', color: 'var(--_c-summit)', shape: 'star' });
    expect(styles('election')).toEqual({ label: 'Election', color: '#7a1f5c', shape: 'square' });
    // A shape set for a kind is taken: the others share it only once every shape is.
    expect(styles('protest')).toEqual({
      label: 'protest',
      color: 'var(--summit-color-protest, var(--_k0))',
      shape: 'star',
    });
    const recoloured = kindStyles(['summit'], STRINGS_EN, {
      summit: { color: 'light-dark(#123456, #abcdef)', shape: 'circle' },
    });
    expect(recoloured('summit')).toEqual({ label: 'Summit', color: 'light-dark(#123456, #abcdef)', shape: 'circle' });
  });

  it('ignores empty options, shapes it does not know, and what the options object inherits', () => {
    const inherited: KindOptions = { constructor: { label: 'Inherited' } };
    const options: KindOptions = Object.assign(Object.create(inherited), {
      election: { label: '', color: '', shape: 'blob' as KindShape },
    });
    const styles = kindStyles(['election', 'constructor', 'toString', '__proto__'], STRINGS_EN, options);
    // In legend order, __proto__ and constructor come first.
    expect(styles('election')).toEqual({
      label: 'election',
      color: 'var(--summit-color-election, var(--_k2))',
      shape: 'triangle',
    });
    expect(styles('constructor').label).toBe('constructor');
    expect(styles('toString').label).toBe('toString');
    expect(styles('__proto__').label).toBe('__proto__');
    expect(kindStyles(['summit'], STRINGS_EN, null)('summit').label).toBe('Summit');
  });

  it('gives a kind that was not present the next colour and shape, and the same style when asked again', () => {
    const styles = kindStyles(['summit', 'election'], STRINGS_EN);
    const late = styles('protest');
    expect(late).toEqual({ label: 'protest', color: 'var(--summit-color-protest, var(--_k1))', shape: 'triangle' });
    expect(styles('protest')).toBe(late);
  });
});

describe('kindLabel', () => {
  it('is the word for a curated kind, and the name of any other', () => {
    expect(kindLabel('call', STRINGS_EN)).toBe('Phone call');
    expect(kindLabel('election', stringsFor('fr'))).toBe('election');
    expect(kindLabel('constructor', STRINGS_EN)).toBe('constructor');
  });
});
