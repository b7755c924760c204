import { describe, expect, it } from 'vitest';
import { alpha2, countryName } from '../src/country-names.js';

describe('country names', () => {
  it('find the alpha-2 code of an alpha-3 code, written out or the first two letters', () => {
    expect(['CHN', 'usa', 'DEU', 'ALA', 'GBR', 'PRK', 'KOR', 'ZWE'].map(alpha2)).toEqual([
      'CN',
      'US',
      'DE',
      'AX',
      'GB',
      'KP',
      'KR',
      'ZW',
    ]);
    expect(alpha2('XYZ')).toBeUndefined();
    expect(alpha2('')).toBeUndefined();
  });

  it('name a country in the reader’s language, or give the code back', () => {
    expect(countryName('CHN', 'fr')).toBe('Chine');
    expect(countryName('XYZ', 'fr')).toBe('XYZ');
  });
});
