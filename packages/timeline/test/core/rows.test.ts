import { describe, expect, it } from 'vitest';
import { KINDS, type Kind } from '../../src/core/kinds.js';
import { activeKinds, countKinds, groupRows, NO_COUNTRY, toggleKind } from '../../src/core/rows.js';
import { DAY, item, utc } from './item.js';

const present = (...kinds: Kind[]) => new Map(kinds.map((k) => [k, 1]));

describe('activeKinds: the kinds filter', () => {
  it('shows every kind when it names none', () => {
    expect(activeKinds(undefined)).toEqual(new Set(KINDS));
    expect(activeKinds('')).toEqual(new Set(KINDS));
    expect(activeKinds('  ')).toEqual(new Set(KINDS));
  });

  it('shows the kinds it names, between any spaces', () => {
    expect(activeKinds('summit visit')).toEqual(new Set(['summit', 'visit']));
    expect(activeKinds('  call\n\tvisit  ')).toEqual(new Set(['call', 'visit']));
  });

  it('ignores names that are not kinds, and shows every kind if it names no real one', () => {
    expect(activeKinds('summit parties')).toEqual(new Set(['summit']));
    expect(activeKinds('parties Summit')).toEqual(new Set(KINDS));
  });
});

describe('countKinds: the legend counts', () => {
  it('counts the events of each kind present', () => {
    const items = [
      item('a', 0, 1, { kind: 'call' }),
      item('b', 0, 1, { kind: 'visit' }),
      item('c', 0, 1, { kind: 'call' }),
    ];
    expect(countKinds(items)).toEqual(
      new Map([
        ['call', 2],
        ['visit', 1],
      ]),
    );
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
    expect(activeKinds(filter)).toEqual(new Set(KINDS));
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
