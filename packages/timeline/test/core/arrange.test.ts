import { describe, expect, it } from 'vitest';
import { arrange } from '../../src/core/arrange.js';
import { rowIndexes } from '../../src/core/rows.js';
import { DAY, item, utc } from './item.js';

describe('arrange: what the data, the filter and the grouping give', () => {
  const start = utc(2020, 1, 1);
  // 1000 days of events; the longest one ends last though it starts early.
  const items = [
    item('call', start, 1, { kind: 'call', countries: ['FR'] }),
    item('long', start + 10 * DAY, 990, { kind: 'summit', countries: ['FR'] }),
    item('visit', start + 500 * DAY, 1, { kind: 'visit', countries: ['CN'] }),
    item('late', start + 600 * DAY, 1, { kind: 'call', countries: ['CN'] }),
  ];

  it('shows the kinds asked for, in time order, and counts every kind for the legend', () => {
    const { shown, counts } = arrange(items, { kinds: 'call visit', groupBy: 'none', width: 300 });
    expect(shown.map((i) => i.id)).toEqual(['call', 'visit', 'late']);
    expect(counts).toEqual(
      new Map([
        ['call', 2],
        ['summit', 1],
        ['visit', 1],
      ]),
    );
  });

  it('shows the items as they are when no kind is filtered out, with the row indexes built for them before', () => {
    const indexes = rowIndexes(items);
    const { shown, rows, counts } = arrange(items, { groupBy: 'none', width: 300, indexes });
    expect(shown).toBe(items);
    expect(rows[0]!.maxEnd).toBe(indexes.maxEnd);
    expect(rows[0]!.blockEnds).toBe(indexes.blockEnds);
    // The legend's counts, in legend order.
    expect([...counts]).toEqual([
      ['summit', 1],
      ['visit', 1],
      ['call', 2],
    ]);
    expect(arrange(items, { kinds: 'call', groupBy: 'none', width: 300 }).shown).not.toBe(items);
    // A copy of the items loses nothing: its indexes are built for it.
    const copy = arrange([...items], { groupBy: 'none', width: 300 });
    expect([...copy.rows[0]!.maxEnd]).toEqual([...indexes.maxEnd]);
    expect(copy.story).toEqual(arrange(items, { groupBy: 'none', width: 300, indexes }).story);
  });

  it('groups only the events shown into rows', () => {
    const { rows } = arrange(items, { kinds: 'call visit', groupBy: 'country', width: 300 });
    expect(rows.map((r) => [r.key, r.items.map((i) => i.id)])).toEqual([
      ['CN', ['visit', 'late']],
      ['FR', ['call']],
    ]);
    expect(arrange(items, { groupBy: 'kind', width: 300 }).rows.map((r) => r.key)).toEqual(['summit', 'visit', 'call']);
  });

  it('fits the domain to every event, hidden or not, so filtering does not move the view', () => {
    const all = arrange(items, { groupBy: 'none', width: 300 });
    const some = arrange(items, { kinds: 'visit', groupBy: 'none', width: 300 });
    expect(all.domain).toEqual([start - 40 * DAY, start + 1040 * DAY]);
    expect(some.domain).toEqual(all.domain);
  });

  it('widens the domain to hold the initial window', () => {
    const initial = [start - 1000 * DAY, start] as const;
    expect(arrange(items, { groupBy: 'none', width: 300, initial }).domain).toEqual([
      start - 1080 * DAY,
      start + 1080 * DAY,
    ]);
  });

  it('spans from the first day to the last day of any event', () => {
    expect(arrange(items, { groupBy: 'none', width: 300 }).span).toEqual([start, start + 999 * DAY]);
  });

  it('counts the shown events per 3 px of the overview', () => {
    const { bins } = arrange(items, { kinds: 'call visit', groupBy: 'none', width: 301 });
    expect(bins).toHaveLength(100);
    // The domain is 1080 days wide: 10.8 days per bin, the first 40 days of it margin.
    const expected = new Array(100).fill(0);
    expected[3] = 1; // call, day 40 of the domain
    expected[50] = 1; // visit, day 540
    expected[59] = 1; // late, day 640
    expect([...bins]).toEqual(expected);
  });

  it('shows, counts and groups custom kinds as any other, after the curated ones, by name', () => {
    const mixed = [
      ...items,
      item('vote', start + 20 * DAY, 1, { kind: 'election' }),
      item('march', start + 30 * DAY, 1, { kind: 'foreign affairs' }),
      item('poll', start + 40 * DAY, 1, { kind: 'election' }),
      item('rally', start + 50 * DAY, 1, { kind: 'Campaign' }),
    ];
    const all = arrange(mixed, { groupBy: 'kind', width: 300 });
    expect([...all.counts]).toEqual([
      ['summit', 1],
      ['visit', 1],
      ['call', 2],
      ['Campaign', 1],
      ['election', 2],
      ['foreign affairs', 1],
    ]);
    expect([...all.active]).toEqual([...all.counts.keys()]);
    expect(all.rows.map((r) => r.key)).toEqual(['summit', 'visit', 'call', 'Campaign', 'election', 'foreign affairs']);

    const some = arrange(mixed, { kinds: 'election foreign%20affairs', groupBy: 'none', width: 300 });
    expect(some.shown.map((i) => i.id)).toEqual(['vote', 'march', 'poll']);
    expect([...some.active]).toEqual(['election', 'foreign affairs']);
    expect(some.counts).toEqual(all.counts);
  });

  it('leaves out kinds no event has, and shows every kind when the filter names none of those present', () => {
    const some = arrange(items, { kinds: 'visit banquet', groupBy: 'none', width: 301 });
    expect(some.shown.map((i) => i.id)).toEqual(['visit']);
    expect([...some.active]).toEqual(['visit']);
    for (const kinds of ['banquet', 'Visit', 'summit%2C']) {
      const none = arrange(items, { kinds, groupBy: 'none', width: 301 });
      expect(none.shown).toBe(items);
      expect([...none.active]).toEqual(['summit', 'visit', 'call']);
      expect(none.bins).toEqual(arrange(items, { groupBy: 'none', width: 301 }).bins);
    }
  });

  it('is empty without events', () => {
    const empty = arrange([], { groupBy: 'none', width: 30 });
    expect(empty.shown).toEqual([]);
    expect(empty.rows).toEqual([]);
    expect(empty.span[0]).toBe(0);
    expect([...empty.bins]).toEqual(new Array(10).fill(0));
  });
});
