import { KINDS } from '../../src/core/kinds.js';
import type { TimelineItem } from '../../src/core/normalize.js';
import { compareItems } from '../../src/core/normalize.js';

/** A small seeded PRNG, so random tests fail the same way twice. */
export function mulberry32(seed: number): () => number {
  return () => {
    seed |= 0;
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const DAY = 86_400_000;

/** `count` items over about ten years, mostly single days, some multi-day, some months. */
export function randomItems(count: number, seed = 1): TimelineItem[] {
  const random = mulberry32(seed);
  const origin = Date.UTC(2016, 0, 1);
  const items: TimelineItem[] = [];
  for (let i = 0; i < count; i++) {
    const start = origin + Math.floor(random() * 3650) * DAY;
    const r = random();
    const precision = r < 0.1 ? 'month' : 'day';
    const days = precision === 'month' ? 30 : r < 0.25 ? 2 + Math.floor(random() * 10) : 1;
    items.push({
      id: `e${i}`,
      kind: KINDS[i % KINDS.length]!,
      title: `Event ${i}`,
      start,
      end: start + days * DAY,
      precision,
      planned: false,
      status: 'happened',
      countries: [],
      uncertain: false,
      approximate: false,
      record: {},
      index: i,
    });
  }
  return items.sort(compareItems);
}
