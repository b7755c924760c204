import { describe, expect, it } from 'vitest';
import { KINDS } from '../../src/core/kinds.js';
import { activeKinds, countKinds, groupRows, NO_COUNTRY, toggleKind } from '../../src/core/rows.js';
import { DAY, item, utc } from './item.js';

const present = (...kinds: string[]) => new Map(kinds.map((k) => [k, 1]));

describe('activeKinds: the kinds filter', () => {
  const all = [...KINDS, 'election', 'foreign affairs'];

  it('shows every kind present when it names none', () => {
    expect(activeKinds(undefined, all)).toEqual(new Set(all));
    expect(activeKinds('', all)).toEqual(new Set(all));
    expect(activeKinds('  ', all)).toEqual(new Set(all));
  });

  it('shows the kinds it names, between any blanks or commas', () => {
    expect(activeKinds('summit visit', all)).toEqual(new Set(['summit', 'visit']));
    expect(activeKinds('  call\n\tvisit  ', all)).toEqual(new Set(['call', 'visit']));
    expect(activeKinds('call,election', all)).toEqual(new Set(['call', 'election']));
  });

  it('reads percent-encoded names, so that a name may hold a blank, a comma, a plus or a percent sign', () => {
    const odd = ['foreign affairs', 'a,b', 'c+d', '100%'];
    expect(activeKinds('foreign%20affairs a%2Cb c%2Bd 100%25', odd)).toEqual(new Set(odd));
    // A "%" that starts no escape is itself.
    expect(activeKinds('100%', odd)).toEqual(new Set(['100%']));
  });

  it('ignores names no event has, and shows every kind present if it names none of them', () => {
    expect(activeKinds('summit parties', all)).toEqual(new Set(['summit']));
    expect(activeKinds('parties Summit', all)).toEqual(new Set(all));
    expect(activeKinds('summit', ['visit'])).toEqual(new Set(['visit']));
  });
});

describe('countKinds: the legend counts', () => {
  it('counts the events of each kind present, in legend order', () => {
    const items = [
      item('a', 0, 1, { kind: 'call' }),
      item('b', 0, 1, { kind: 'visit' }),
      item('c', 0, 1, { kind: 'call' }),
    ];
    expect([
      ...countKinds([...items, item('d', 0, 1, { kind: 'election' }), item('e', 0, 1, { kind: 'Campaign' })]),
    ]).toEqual([
      ['visit', 1],
      ['call', 2],
      ['Campaign', 1],
      ['election', 1],
    ]);
    expect([...countKinds(items)]).toEqual([
      ['visit', 1],
      ['call', 2],
    ]);
    expect(countKinds([])).toEqual(new Map());
  });
});

describe('toggleKind: a click on a legend entry', () => {
  const three = present('summit', 'visit', 'call');

  it('hides one kind, naming those still shown in legend order', () => {
    expect(toggleKind(undefined, 'visit', three)).toBe('summit call');
    expect(toggleKind('call visit summit', 'summit', three)).toBe('visit call');
  });

  it('shows a hidden kind again', () => {
    expect(toggleKind('summit', 'visit', three)).toBe('summit visit');
  });

  it('clears the filter once every kind present is shown again', () => {
    expect(toggleKind('summit call', 'visit', three)).toBeUndefined();
    // Kinds that are not in the data do not count.
    expect(toggleKind('summit meeting', 'visit', present('summit', 'visit'))).toBeUndefined();
  });

  it('names only kinds present in the data', () => {
    expect(toggleKind(undefined, 'summit', present('summit', 'visit'))).toBe('visit');
  });

  it('shows every kind again when the last one shown is hidden, as an empty filter means all', () => {
    const filter = toggleKind('visit', 'visit', three);
    expect(filter).toBe('');
    expect(activeKinds(filter, three.keys())).toEqual(new Set(three.keys()));
  });

  it('toggles custom kinds too, writing names with blanks or commas percent-encoded', () => {
    const mixed = present('summit', 'foreign affairs', 'election', 'a,b');
    expect(toggleKind(undefined, 'summit', mixed)).toBe('a%2Cb election foreign%20affairs');
    expect(toggleKind('foreign%20affairs', 'election', mixed)).toBe('election foreign%20affairs');
    expect(toggleKind('summit election a%2Cb', 'foreign affairs', mixed)).toBeUndefined();
  });
});

describe('groupRows: swimlanes', () => {
  const a = item('a', utc(2025, 1, 1), 30, { kind: 'call', countries: ['US', 'CN'] });
  const b = item('b', utc(2025, 1, 5), 1, { kind: 'summit', countries: ['FR'] });
  const c = item('c', utc(2025, 1, 9), 2, { kind: 'call', countries: [] });
  const d = item('d', utc(2025, 2, 1), 1, { kind: 'visit', countries: ['CN'] });
  const items = [a, b, c, d];

  it('is one row of every event when not grouped', () => {
    const rows = groupRows(items, 'none');
    expect(rows.map((r) => r.key)).toEqual(['all']);
    expect(rows[0]!.items).toEqual(items);
  });

  it('is a row per kind, in legend order', () => {
    const rows = groupRows(items, 'kind');
    expect(rows.map((r) => [r.key, r.items.map((i) => i.id)])).toEqual([
      ['summit', ['b']],
      ['visit', ['d']],
      ['call', ['a', 'c']],
    ]);
    const vote = item('e', utc(2025, 1, 2), 1, { kind: 'election' });
    const rally = item('f', utc(2025, 1, 3), 1, { kind: 'Campaign' });
    expect(groupRows([vote, rally, ...items], 'kind').map((r) => r.key)).toEqual([
      'summit',
      'visit',
      'call',
      'Campaign',
      'election',
    ]);
  });

  it('is a row per country, the busiest first, then by name; an event is in each of its countries’ rows', () => {
    const rows = groupRows(items, 'country');
    // Events that name no country come after the named countries with as many events.
    expect(rows.map((r) => [r.key, r.items.map((i) => i.id)])).toEqual([
      ['CN', ['a', 'd']],
      ['FR', ['b']],
      ['US', ['a']],
      [NO_COUNTRY, ['c']],
    ]);
    expect(NO_COUNTRY).toBe('—');
  });

  it('orders countries with as many events by name, whatever order they come in', () => {
    const one = (id: string, country: string) => item(id, utc(2025, 1, 1), 1, { countries: [country] });
    for (const order of [
      ['US', 'FR', 'CN'],
      ['FR', 'US', 'CN'],
      ['CN', 'US', 'FR'],
    ]) {
      const items = order.map((country, i) => one(`e${i}`, country));
      expect(groupRows(items, 'country').map((r) => r.key)).toEqual(['CN', 'FR', 'US']);
    }
  });

  it('keeps each row’s running latest end, so long events are found in any window', () => {
    const [row] = groupRows(items, 'none');
    expect([...row!.maxEnd]).toEqual([a.end, a.end, a.end, d.end]);
    expect([...row!.blockEnds]).toEqual([d.end]);
    const [calls] = groupRows([c, d], 'none');
    expect([...calls!.maxEnd]).toEqual([utc(2025, 1, 9) + 2 * DAY, utc(2025, 2, 2)]);
  });

  it('is no row at all without events', () => {
    expect(groupRows([], 'none')).toEqual([]);
    expect(groupRows([], 'country')).toEqual([]);
  });
});
