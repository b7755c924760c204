import { records } from './records.js';
import { sources as sourceList } from './sources-data.js';
import type { DiplomaticEvent, Source } from './types.js';

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}

/**
 * Every event the articles describe, sorted by `start` then `id`. Frozen, so that
 * one consumer cannot change the data another one reads.
 */
export const events: readonly DiplomaticEvent[] = deepFreeze(records);

/** The articles the events were read from, one entry per article. */
export const sources: readonly Source[] = deepFreeze(sourceList);
