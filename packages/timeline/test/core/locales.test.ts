// An app imports the languages it needs: without a language's module, its pages get
// English, with a warning that names the module to import.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { STRINGS_EN, stringsFor } from '../../src/core/strings.js';

afterEach(() => {
  vi.restoreAllMocks();
});

describe('a language whose module is not imported', () => {
  it('gets English and one warning that names the module, until the module is imported', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    expect(stringsFor('de-AT')).toBe(STRINGS_EN);
    expect(stringsFor('de')).toBe(STRINGS_EN);
    expect(warn).toHaveBeenCalledTimes(1);
    expect(warn.mock.calls[0]![0]).toContain(`import '@summitline/timeline/locales/de.js'`);

    await import('../../src/locales/de.js');
    expect(stringsFor('de-AT').summit).toBe('Gipfel');
    // French is still English, and says so once.
    expect(stringsFor('fr').loading).toBe(STRINGS_EN.loading);
    expect(warn).toHaveBeenCalledTimes(2);
    expect(warn.mock.calls[1]![0]).toContain(`'@summitline/timeline/locales/fr.js'`);
  });

  it('says nothing for a language that has no module: English is its table', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    expect(stringsFor('es-MX')).toBe(STRINGS_EN);
    expect(stringsFor('en-US')).toBe(STRINGS_EN);
    expect(warn).not.toHaveBeenCalled();
  });
});
