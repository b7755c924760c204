import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  compareKinds,
  encodeKind,
  formatKinds,
  isKind,
  KIND_LABELS,
  kindClass,
  KINDS,
  parseKinds,
  readKind,
} from '../../src/core/kinds.js';

describe('kinds', () => {
  it('each have a name of their own for the legend, cards and screen readers', () => {
    const labels = KINDS.map((kind) => KIND_LABELS[kind]);
    expect(labels.every((label) => /^[A-Z][a-z]+( [a-z]+)?$/.test(label))).toBe(true);
    expect(new Set(labels).size).toBe(KINDS.length);
    expect(KIND_LABELS.call).toBe('Phone call');
  });

  it('are curated by their lower-case names only', () => {
    expect(KINDS.every(isKind)).toBe(true);
    expect(isKind('Summit')).toBe(false);
    expect(isKind('party')).toBe(false);
    expect(isKind(undefined)).toBe(false);
    expect(isKind(['summit'])).toBe(false);
  });

  it('are any string with more than blanks in it, trimmed', () => {
    expect(readKind('summit')).toBe('summit');
    expect(readKind('  election \n')).toBe('election');
    expect(readKind('foreign affairs')).toBe('foreign affairs');
    for (const bad of ['', '   ', undefined, null, 3, ['summit'], { kind: 'summit' }])
      expect(readKind(bad)).toBeUndefined();
  });

  it('come in legend order: the curated ones in their order, then the others by name', () => {
    const kinds = ['election', 'other', 'Campaign', 'summit', 'élection', 'call', '2024 vote'];
    expect(kinds.sort(compareKinds)).toEqual([
      'summit',
      'call',
      'other',
      '2024 vote',
      'Campaign',
      'election',
      'élection',
    ]);
  });

  it('colour curated kinds by class, and no other (their names may hold anything)', () => {
    expect(kindClass('summit')).toBe('kind-summit');
    expect(kindClass('election')).toBe('');
    expect(kindClass('x planned')).toBe('');
  });
});

describe('lists of kinds', () => {
  it('are read between blanks, commas or plus signs, in their order', () => {
    expect(parseKinds('summit visit')).toEqual(['summit', 'visit']);
    expect(parseKinds(' summit,\tvisit+call ,, ')).toEqual(['summit', 'visit', 'call']);
    expect(parseKinds('')).toEqual([]);
    expect(parseKinds(undefined)).toEqual([]);
    expect(parseKinds(null)).toEqual([]);
  });

  it('hold names with blanks, commas, plus or percent signs percent-encoded, and others as they are', () => {
    expect(encodeKind('foreign affairs')).toBe('foreign%20affairs');
    expect(encodeKind('a,b+c 100%')).toBe('a%2Cb%2Bc%20100%25');
    expect(encodeKind('élection/2024')).toBe('élection/2024');
    expect(formatKinds(['summit', 'foreign affairs', 'a,b'])).toBe('summit foreign%20affairs a%2Cb');
    expect(formatKinds(['summit', 'foreign affairs'], ',')).toBe('summit,foreign%20affairs');
    expect(parseKinds('summit foreign%20affairs a%2Cb %C3%A9lection')).toEqual([
      'summit',
      'foreign affairs',
      'a,b',
      'élection',
    ]);
  });

  it('read a "%" that starts no escape as itself', () => {
    expect(parseKinds('100% 50%2')).toEqual(['100%', '50%2']);
  });

  it('read back any names they write', () => {
    const name = fc.string({ unit: 'binary', minLength: 1 }).map((text) => text.trim());
    fc.assert(
      fc.property(fc.array(name.filter(Boolean)), (names) => {
        expect(parseKinds(formatKinds(names))).toEqual(names);
        expect(parseKinds(formatKinds(names, ','))).toEqual(names);
      }),
    );
  });
});
