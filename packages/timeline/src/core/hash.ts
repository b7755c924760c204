/** The event id a URL hash names (`#event-id`), or undefined when it names none or cannot be decoded. */
export function readHash(hash: string): string | undefined {
  const raw = hash.startsWith('#') ? hash.slice(1) : hash;
  if (!raw) return undefined;
  try {
    return decodeURIComponent(raw);
  } catch {
    // A malformed escape ("#%E0%A4%A"): not a link we made.
    return undefined;
  }
}

/** The hash that names an event. */
export function hashFor(id: string): string {
  return `#${encodeURIComponent(id)}`;
}
