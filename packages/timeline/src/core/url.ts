import { URL_SHOWN_LENGTH } from './defaults.js';

/**
 * The URL if it is safe to link to (http or https, absolute or relative to `base`),
 * else undefined: a `javascript:`, `data:` or malformed URL makes no link.
 */
export function safeUrl(value: unknown, base = 'https://example.invalid/'): string | undefined {
  if (typeof value !== 'string' || !value.trim()) return undefined;
  try {
    const { protocol } = new URL(value.trim(), base);
    return protocol === 'https:' || protocol === 'http:' ? value.trim() : undefined;
  } catch {
    return undefined;
  }
}

/**
 * A URL as an error message names it: the host and path of an absolute URL (a `data:`
 * or `blob:` one: its scheme and what follows), a relative one as given; never the
 * query or fragment, which may hold tokens; cut to `URL_SHOWN_LENGTH` characters.
 */
export function describeUrl(src: string): string {
  let text = src.replace(/[?#][^]*/, '');
  try {
    const url = new URL(src);
    text = /^https?:$/.test(url.protocol) ? url.host + url.pathname : url.protocol + url.pathname;
  } catch {
    // Relative: as given.
  }
  return text.length > URL_SHOWN_LENGTH ? `${text.slice(0, URL_SHOWN_LENGTH - 1)}…` : text;
}
