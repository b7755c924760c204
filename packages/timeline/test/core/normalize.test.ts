import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { compareItems, normalize, RecordReader } from '../../src/core/normalize.js';

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

describe('normalize, field by field', () => {
  const good = { id: 'a', title: 'A', kind: 'visit', date: '2025-09-03' };
  const problemsOf = (...records: unknown[]) => normalize(records).problems;

  it('asks for an array of records', () => {
    expect(normalize({} as unknown as unknown[])).toEqual({
      items: [],
      problems: [{ index: -1, field: 'events', message: 'expected an array of records' }],
    });
  });

  it('says what it got instead of a record', () => {
    expect(problemsOf(null, 42, 'x', [1, 2], undefined, false).map((p) => p.message)).toEqual([
      'expected an object, got null',
      'expected an object, got 42',
      'expected an object, got "x"',
      'expected an object, got 1,2',
      'expected an object, got nothing',
      'expected an object, got false',
    ]);
    expect(problemsOf(null)[0]).toEqual({ index: 0, field: '(record)', message: 'expected an object, got null' });
  });

  it('asks for an id, a title and a kind, naming the record’s id when it has one', () => {
    expect(problemsOf({ title: ' ', kind: 'visit', date: '2025' })).toEqual([
      { index: 0, field: 'id', message: 'expected a non-empty string, got nothing' },
      { index: 0, field: 'title', message: 'expected a non-empty string, got " "' },
    ]);
    expect(problemsOf({ ...good, id: 7, title: 8 })).toEqual([
      { index: 0, field: 'id', message: 'expected a non-empty string, got 7' },
      { index: 0, field: 'title', message: 'expected a non-empty string, got 8' },
    ]);
    expect(problemsOf({ ...good, id: '  ' })[0]!.message).toBe('expected a non-empty string, got "  "');
    expect(problemsOf({ ...good, kind: 'Visit' })).toEqual([
      {
        index: 0,
        id: 'a',
        field: 'kind',
        message:
          'unknown kind "Visit"; expected one of summit, meeting, visit, call, parade, agreement, statement, military, legislation, inauguration, other',
      },
    ]);
  });

  it('refuses a second record with an id already taken, but not one whose first holder was refused', () => {
    expect(problemsOf(good, { ...good, title: 'B' })).toEqual([
      { index: 1, id: 'a', field: 'id', message: 'duplicate id "a"; an earlier record has it' },
    ]);
    const { items, problems } = normalize([{ ...good, kind: 'party' }, good]);
    expect(items.map((i) => i.index)).toEqual([1]);
    expect(problems.map((p) => p.field)).toEqual(['kind']);
  });

  it('knows four statuses, and takes an event without one as having happened', () => {
    expect(problemsOf({ ...good, status: 'done' })).toEqual([
      {
        index: 0,
        id: 'a',
        field: 'status',
        message: 'unknown status "done"; expected one of happened, planned, postponed, cancelled',
      },
    ]);
    expect(problemsOf({ ...good, status: 1 })[0]!.message).toMatch(/^unknown status 1;/);
    const statuses = ['happened', 'planned', 'postponed', 'cancelled', undefined];
    const { items } = normalize(statuses.map((status, i) => ({ ...good, id: `s${i}`, status })));
    expect(items.map((i) => [i.status, i.planned])).toEqual([
      ['happened', false],
      ['planned', true],
      ['postponed', true],
      ['cancelled', false],
      ['happened', false],
    ]);
  });

  it('asks for a date, and says what is wrong with one', () => {
    expect(problemsOf({ id: 'a', title: 'A', kind: 'visit' })).toEqual([
      { index: 0, id: 'a', field: 'date', message: 'missing: give an EDTF `date` or a `start` (and optional `end`)' },
    ]);
    expect(problemsOf({ ...good, date: '2025-02-30' })).toEqual([
      { index: 0, id: 'a', field: 'date', message: '"2025-02-30": day 30 does not exist in 2025-02' },
    ]);
    const dated = { id: 'a', title: 'A', kind: 'visit' };
    expect(problemsOf({ ...dated, start: 'soon' })).toEqual([
      { index: 0, id: 'a', field: 'start', message: '"soon" is not an ISO date (expected YYYY-MM-DD)' },
    ]);
    expect(problemsOf({ ...dated, start: 'soon', end: 'later' }).map((p) => p.field)).toEqual(['start', 'end']);
    expect(problemsOf({ ...dated, start: 'soon', end: '2025-01-01' }).map((p) => p.field)).toEqual(['start']);
    expect(problemsOf({ ...dated, start: '2025-01-01', end: 'later' })).toEqual([
      { index: 0, id: 'a', field: 'end', message: '"later" is not an ISO date (expected YYYY-MM-DD)' },
    ]);
    expect(problemsOf({ ...dated, start: '2024-05-02', end: '2024-05-01' })[0]!.message).toBe(
      'end "2024-05-01" is before start "2024-05-02"',
    );
  });

  it('reads a start alone as one day, a start and an end as the days between, and a date before either', () => {
    const dated = { id: 'a', title: 'A', kind: 'visit' };
    const read = (record: object) => normalize([{ ...dated, ...record }]).items[0];
    expect(read({ start: '2024-05-02' })).toMatchObject({ start: Date.UTC(2024, 4, 2), end: Date.UTC(2024, 4, 3) });
    expect(read({ start: '2024-05-02', end: '2024-05-02' })).toMatchObject({ end: Date.UTC(2024, 4, 3) });
    expect(read({ start: new Date('2024-05-02T20:00:00Z'), end: new Date('2024-05-04T01:00:00Z') })).toMatchObject({
      start: Date.UTC(2024, 4, 2),
      end: Date.UTC(2024, 4, 5),
      precision: 'day',
      uncertain: false,
      approximate: false,
    });
    expect(read({ date: '2024-07~', start: '2024-05-02' })).toMatchObject({
      start: Date.UTC(2024, 6, 1),
      precision: 'month',
      approximate: true,
    });
  });

  it('takes a precision given with a start and an end, but not one that contradicts a date', () => {
    const dated = { id: 'a', title: 'A', kind: 'visit', start: '2024-05-01', end: '2024-05-31' };
    expect(normalize([{ ...dated, precision: 'month' }]).items[0]!.precision).toBe('month');
    expect(normalize([{ ...dated, precision: 'year' }]).items[0]!.precision).toBe('year');
    expect(normalize([{ ...dated, precision: 'week' }]).items[0]!.precision).toBe('day');
    expect(normalize([{ ...good, precision: 'year' }]).items[0]!.precision).toBe('day');
  });

  it('keeps the countries named by strings, the record as given and its position', () => {
    const record = { ...good, title: '  Visit  ', countries: ['CN', 5, null, 'US'] };
    const [it] = normalize([null, record]).items;
    expect(it).toMatchObject({ id: 'a', kind: 'visit', title: 'Visit', countries: ['CN', 'US'], index: 1 });
    expect(it!.record).toBe(record);
    expect(normalize([{ ...good, countries: 'CN' }]).items[0]!.countries).toEqual([]);
    expect(normalize([good]).items[0]!.countries).toEqual([]);
  });

  it('reads the qualifiers of a date', () => {
    expect(normalize([{ ...good, date: '2025-06%' }]).items[0]).toMatchObject({ uncertain: true, approximate: true });
  });
});

describe('compareItems: time order', () => {
  it('orders by start, then by end, then by id', () => {
    const { items } = normalize([
      { id: 'c', title: 'C', kind: 'call', start: '2025-01-02' },
      { id: 'b', title: 'B', kind: 'call', start: '2025-01-01', end: '2025-01-03' },
      { id: 'z', title: 'Z', kind: 'call', start: '2025-01-01' },
      { id: 'a', title: 'A', kind: 'call', start: '2025-01-01', end: '2025-01-03' },
    ]);
    expect(items.map((i) => i.id)).toEqual(['z', 'a', 'b', 'c']);
    expect(compareItems(items[1]!, items[1]!)).toBe(0);
    expect(compareItems(items[1]!, items[2]!)).toBe(-1);
    expect(compareItems(items[2]!, items[1]!)).toBe(1);
  });
});

describe('RecordReader: records read a slice at a time', () => {
  const records = [
    { id: 'c', title: 'C', kind: 'call', date: '2025-03-01' },
    { id: 'a', title: 'A', kind: 'call', date: '2025-01-01' },
    'bad',
    { id: 'a', title: 'A again', kind: 'call', date: '2025-05-01' },
    { id: 'b', title: 'B', kind: 'call', date: '2025-02-01' },
  ];

  it('comes to what normalize gives for them all at once', () => {
    const reader = new RecordReader();
    reader.read(records, 0, 2);
    reader.read(records, 2, 4);
    reader.read(records, 4);
    expect(reader.result()).toEqual(normalize(records));
    expect(reader.result().items.map((i) => i.id)).toEqual(['a', 'b', 'c']);
    expect(reader.result().problems.map((p) => [p.index, p.field])).toEqual([
      [2, '(record)'],
      [3, 'id'],
    ]);
  });

  it('finds the good records by id', () => {
    const reader = new RecordReader();
    reader.read(records);
    expect([...reader.byId.keys()]).toEqual(['c', 'a', 'b']);
    expect(reader.byId.get('a')!.title).toBe('A');
  });

  it('keeps records that came in time order as they are, and sorts those that did not', () => {
    const inOrder = new RecordReader();
    inOrder.read([records[1], records[4], records[0]]);
    expect(inOrder.result().items.map((i) => i.id)).toEqual(['a', 'b', 'c']);
    const late = new RecordReader();
    late.read([records[4], records[0]]);
    expect(late.result().items.map((i) => i.id)).toEqual(['b', 'c']);
    late.read([records[1]]);
    expect(late.result().items.map((i) => i.id)).toEqual(['a', 'b', 'c']);
  });

  it('does not sort again records that came in time order', () => {
    const reader = new RecordReader();
    reader.read([records[1], records[4], records[0]]);
    const sort = vi.spyOn(Array.prototype, 'sort');
    try {
      reader.result();
      expect(sort).not.toHaveBeenCalled();
      reader.read([records[1]]);
      reader.result();
      expect(sort).not.toHaveBeenCalled();
      const late = new RecordReader();
      late.read([records[4], records[1]]);
      late.result();
      expect(sort).toHaveBeenCalledTimes(1);
      late.result();
      expect(sort).toHaveBeenCalledTimes(1);
    } finally {
      sort.mockRestore();
    }
  });

  it('puts any records read in any slices in time order, each merge pass halving the runs', () => {
    const record = fc.record({
      id: fc.string({ minLength: 1, maxLength: 3 }),
      day: fc.integer({ min: 1, max: 28 }),
      days: fc.integer({ min: 0, max: 3 }),
    });
    fc.assert(
      fc.property(fc.array(record, { maxLength: 60 }), fc.array(fc.integer({ min: 1, max: 9 })), (raw, sizes) => {
        const all = raw.map(({ id, day, days }) => ({
          id,
          title: id,
          kind: 'call',
          date: days
            ? `2025-01-${String(day).padStart(2, '0')}/2025-02-0${days}`
            : `2025-01-${String(day).padStart(2, '0')}`,
        }));
        const reader = new RecordReader();
        let at = 0;
        let slices = 0;
        for (const size of sizes) {
          if (at >= all.length) break;
          reader.read(all, at, Math.min(all.length, at + size));
          at += size;
          slices++;
        }
        reader.read(all, at);
        let passes = 0;
        while (!reader.merge()) passes++;
        expect(passes).toBeLessThanOrEqual(Math.ceil(Math.log2(slices + 1)));
        expect(reader.result()).toEqual(normalize(all));
      }),
    );
  });

  it('reads nothing of an empty slice', () => {
    const reader = new RecordReader();
    reader.read(records, 3, 3);
    expect(reader.result()).toEqual({ items: [], problems: [] });
  });
});
