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
