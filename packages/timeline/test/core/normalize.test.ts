import { describe, expect, it } from 'vitest';
import { normalize } from '../../src/core/normalize.js';

describe('normalize', () => {
  it('reports every bad field of a record, skips it, and keeps the good records in time order', () => {
    const { items, problems } = normalize([
      { id: 'b', title: 'Later', kind: 'visit', date: '2025-09-03' },
      { id: 'bad', title: 'A party', kind: 'party', date: '2025-13' },
      { id: 'a', title: 'Earlier', kind: 'call', start: '2024-01-02', end: new Date('2024-01-03T00:00:00Z') },
      'not a record',
      { title: 'No id', kind: 'call', date: '2025' },
      { id: 'b', title: 'Same id', kind: 'call', date: '2025' },
      { id: 'c', title: 'Backwards', kind: 'call', start: '2024-05-02', end: '2024-05-01' },
    ]);
    expect(items.map((i) => i.id)).toEqual(['a', 'b']);
    expect(problems.map((p) => [p.index, p.field])).toEqual([
      [1, 'kind'],
      [1, 'date'],
      [3, '(record)'],
      [4, 'id'],
      [5, 'id'],
      [6, 'end'],
    ]);
    expect(problems[0]).toMatchObject({
      id: 'bad',
      message: expect.stringMatching(/unknown kind "party"; expected one of summit/),
    });
    expect(problems[1]!.message).toMatch(/month 13/);
  });

  it('turns start/end into a day-precision interval with an exclusive end', () => {
    const { items } = normalize([{ id: 'a', title: 'T', kind: 'visit', start: '2024-01-02', end: '2024-01-03' }]);
    expect(items[0]).toMatchObject({ start: Date.UTC(2024, 0, 2), end: Date.UTC(2024, 0, 4), precision: 'day' });
  });

  it('marks planned and postponed events, and keeps titles as given', () => {
    const { items } = normalize([
      { id: 'p', title: '<b>not bold</b>', kind: 'summit', date: '2026-03/2026-05', status: 'planned' },
      { id: 'q', title: 'Q', kind: 'visit', date: '2026-01', status: 'postponed' },
      { id: 'r', title: 'R', kind: 'visit', date: '2025-01' },
    ]);
    expect(items.map((i) => [i.id, i.planned])).toEqual([
      ['r', false],
      ['q', true],
      ['p', true],
    ]);
    expect(items.find((i) => i.id === 'p')!.title).toBe('<b>not bold</b>');
  });
});
