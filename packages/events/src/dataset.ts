import { deriveDates } from './dates.js';
import { records } from './records.js';
import { retired } from './retired.js';
import { sources as sourceList } from './sources-data.js';
import type { AuthoredEvent, DiplomaticEvent, RetiredId, Source } from './types.js';

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}

/**
 * A published record: the authored one with `start`, `end` and `precision` derived
 * from its `date` and placed after it (after `dateAsReported` where there is one).
 */
export function withDerivedDates(record: AuthoredEvent): DiplomaticEvent {
  const { id, kind, title, date, dateAsReported, ...rest } = record;
  return {
    id,
    kind,
    title,
    date,
    ...(dateAsReported === undefined ? {} : { dateAsReported }),
    ...deriveDates(date),
    ...rest,
  };
}

/**
 * Every event the articles describe, sorted by `start` then `id`. Frozen, so that
 * one consumer cannot change the data another one reads.
 */
export const events: readonly DiplomaticEvent[] = deepFreeze(
  records.map(withDerivedDates).sort((a, b) => a.start.localeCompare(b.start) || a.id.localeCompare(b.id)),
);

/** The articles the events were read from, one entry per article. */
export const sources: readonly Source[] = deepFreeze(sourceList);

/**
 * Ids that were published and then removed, merged or split, in the order they were
 * retired. None of them is the id of a current record, and none will ever be reused.
 */
export const retiredIds: readonly RetiredId[] = deepFreeze(retired);
