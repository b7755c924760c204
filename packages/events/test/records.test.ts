import edtf from 'edtf';
import { describe, expect, it } from 'vitest';
import { countryNames, events, sources } from '../src/index.js';

const PRECISION = { 1: 'year', 2: 'month', 3: 'day' } as const;
const day = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/** start, end and precision as the EDTF date itself says them. */
function fromEDTF(date: string) {
  const parsed = edtf(date);
  const ends = parsed.type === 'Interval' ? [parsed.lower!, parsed.upper!] : [parsed];
  const precision = Math.min(...ends.map((d) => d.precision ?? 1)) as 1 | 2 | 3;
  return { start: day(parsed.min), end: day(parsed.max), precision: PRECISION[precision] };
}

/** Kinds whose events last one day: at day precision they are a day, never a range. */
const ONE_DAY_KINDS = new Set([
  'call',
  'statement',
  'parade',
  'inauguration',
  'agreement',
  'legislation',
  'meeting',
  'summit',
]);
/** Meetings and summits that did run over several days, and the record of it. */
const MULTI_DAY_MEETINGS: Record<string, string> = {
  'us-china-trade-talks-planned-2025-06': 'the London talks ran over two days, 9 and 10 June 2025',
  'us-china-summit-planned-spring-2026': 'the Beijing summit ran over two days, 14 and 15 May 2026',
};
describe('records', () => {
  it('has the events of all six articles', () => {
    expect(sources).toHaveLength(6);
    expect(events.length).toBeGreaterThanOrEqual(55);
    for (const source of sources) {
      expect(
        events.some((e) => e.sources.some((s) => s.source === source.id)),
        source.id,
      ).toBe(true);
    }
  });

  it('has unique kebab-case ids', () => {
    const ids = events.map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.filter((id) => !/^[a-z0-9]+(-[a-z0-9]+)*$/.test(id))).toEqual([]);
  });

  it('is sorted by start, then id', () => {
    const sorted = [...events].sort((a, b) => a.start.localeCompare(b.start) || a.id.localeCompare(b.id));
    expect(events.map((e) => e.id)).toEqual(sorted.map((e) => e.id));
  });

  it('derives start, end and precision from the EDTF date', () => {
    const mismatches = events
      .map((e) => ({
        id: e.id,
        date: e.date,
        stored: { start: e.start, end: e.end, precision: e.precision },
        parsed: fromEDTF(e.date),
      }))
      .filter((row) => JSON.stringify(row.stored) !== JSON.stringify(row.parsed));
    expect(mismatches).toEqual([]);
  });

  it('gives one-day events a single day, not a range, at day precision', () => {
    const ranges = events
      .filter((e) => ONE_DAY_KINDS.has(e.kind) && e.precision === 'day' && e.start !== e.end)
      .filter((e) => !(e.id in MULTI_DAY_MEETINGS))
      .map((e) => `${e.id} (${e.kind}): ${e.date}`);
    expect(ranges).toEqual([]);
    for (const id of Object.keys(MULTI_DAY_MEETINGS)) {
      const event = events.find((e) => e.id === id);
      expect(event && event.precision === 'day' && event.start !== event.end, id).toBe(true);
    }
  });

  it('gives dateAsReported exactly where the date rests on the public record, and says which record', () => {
    const mismatched = events
      .filter((e) => (e.dateAsReported !== undefined) !== e.dateBasis.startsWith('Public record ('))
      .map((e) => e.id);
    expect(mismatched).toEqual([]);
    expect(events.filter((e) => e.dateAsReported !== undefined).length).toBeGreaterThan(30);
  });

  it('keeps what the article alone supports in dateAsReported: valid EDTF, coarser than date and containing it', () => {
    const problems = events.flatMap((e) => {
      if (e.dateAsReported === undefined) return [];
      if (e.dateAsReported === e.date) return [`${e.id}: dateAsReported repeats date`];
      let reported;
      try {
        reported = edtf(e.dateAsReported);
      } catch (error) {
        return [`${e.id}: ${e.dateAsReported} is not EDTF (${(error as Error).message})`];
      }
      const date = edtf(e.date);
      const lower = reported.min ?? -Infinity;
      return lower <= date.min && reported.max >= date.max
        ? []
        : [`${e.id}: ${e.dateAsReported} does not contain ${e.date}`];
    });
    expect(problems).toEqual([]);
  });

  it('gives every source a valid EDTF publication date', () => {
    for (const source of sources) expect(() => edtf(source.published), source.id).not.toThrow();
  });

  it('links only to records and sources that exist', () => {
    const ids = new Set(events.map((e) => e.id));
    const sourceIds = new Set(sources.map((s) => s.id));
    const dangling = events.flatMap((e) => [
      ...(e.related ?? []).filter((r) => !ids.has(r.id) || r.id === e.id).map((r) => `${e.id} → ${r.id}`),
      ...e.sources.filter((s) => !sourceIds.has(s.source)).map((s) => `${e.id} → source ${s.source}`),
    ]);
    expect(dangling).toEqual([]);
  });

  it('lists in countries exactly the countries taking part: each participant’s and the host’s, no other', () => {
    const problems = events.flatMap((e) => {
      const taking = [...e.participants.map((p) => p.country), ...(e.location?.country ? [e.location.country] : [])];
      const expected = [...new Set(taking)].sort();
      const listed = [...e.countries].sort();
      return JSON.stringify(listed) === JSON.stringify(expected)
        ? []
        : [`${e.id}: countries ${listed.join(', ')}, taking part ${expected.join(', ')}`];
    });
    expect(problems).toEqual([]);
  });

  it('lists each country once and names every code', () => {
    const problems = events.flatMap((e) => [
      ...(new Set(e.countries).size === e.countries.length ? [] : [`${e.id}: a country listed twice`]),
      ...e.countries.filter((c) => !(c in countryNames)).map((c) => `${e.id}: no name for ${c}`),
    ]);
    expect(problems).toEqual([]);
  });

  it('cites each article at most once per record', () => {
    const repeated = events.filter((e) => new Set(e.sources.map((s) => s.source)).size !== e.sources.length);
    expect(repeated.map((e) => e.id)).toEqual([]);
  });

  it('counts an event as happened once a later article reports it: none planned ends before one of its articles', () => {
    const published = new Map(sources.map((s) => [s.id, fromEDTF(s.published).start]));
    const stale = events
      .filter((e) => e.status === 'planned')
      .filter((e) => e.sources.some((s) => e.end < published.get(s.source)!))
      .map((e) => e.id);
    expect(stale).toEqual([]);
  });
});
