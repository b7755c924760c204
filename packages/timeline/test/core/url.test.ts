import { describe, expect, it } from 'vitest';
import { URL_SHOWN_LENGTH } from '../../src/core/defaults.js';
import { describeUrl, safeUrl } from '../../src/core/url.js';

describe('safeUrl', () => {
  it('links to http and https addresses, as given', () => {
    expect(safeUrl('https://example.org/a?b=1#c')).toBe('https://example.org/a?b=1#c');
    expect(safeUrl('http://example.org/')).toBe('http://example.org/');
    expect(safeUrl('  https://example.org/  ')).toBe('https://example.org/');
  });

  it('links to addresses relative to the page', () => {
    expect(safeUrl('/events/summit')).toBe('/events/summit');
    expect(safeUrl('summit.html')).toBe('summit.html');
    expect(safeUrl('summit.html', 'http://localhost/')).toBe('summit.html');
  });

  it('makes no link of script, data or other schemes', () => {
    expect(safeUrl('javascript:alert(1)')).toBeUndefined();
    expect(safeUrl(' JavaScript:alert(1)')).toBeUndefined();
    expect(safeUrl('data:text/html,<script>alert(1)</script>')).toBeUndefined();
    expect(safeUrl('mailto:someone@example.org')).toBeUndefined();
    expect(safeUrl('summit.html', 'file:///tmp/')).toBeUndefined();
  });

  it('makes no link of an empty, malformed or non-string value', () => {
    expect(safeUrl('')).toBeUndefined();
    expect(safeUrl('   ')).toBeUndefined();
    expect(safeUrl('http://[::1')).toBeUndefined();
    expect(safeUrl('summit.html', 'not a base')).toBeUndefined();
    expect(safeUrl(42)).toBeUndefined();
    expect(safeUrl(undefined)).toBeUndefined();
    expect(safeUrl({ toString: () => 'https://example.org/' })).toBeUndefined();
  });
});

describe('describeUrl', () => {
  it('names an absolute URL by its host and path, without query or fragment', () => {
    expect(describeUrl('https://user:pw@example.org:8080/data/events.json?token=abc#x')).toBe(
      'example.org:8080/data/events.json',
    );
    expect(describeUrl('http://example.org')).toBe('example.org/');
  });

  it('names a relative URL as given, without query or fragment', () => {
    expect(describeUrl('/data/events.json?token=abc')).toBe('/data/events.json');
    expect(describeUrl('events.json#part')).toBe('events.json');
    expect(describeUrl('events.json')).toBe('events.json');
  });

  it('names other schemes by scheme and what follows, and cuts anything long', () => {
    expect(describeUrl('blob:https://example.org/1234')).toBe('blob:https://example.org/1234');
    const data = describeUrl(`data:application/json,${'x'.repeat(2_000_000)}`);
    expect(data).toHaveLength(URL_SHOWN_LENGTH);
    expect(data).toMatch(/^data:application\/json,x+…$/);
    expect(describeUrl(`https://example.org/${'p'.repeat(200)}`)).toHaveLength(URL_SHOWN_LENGTH);
  });
});
