import fc from 'fast-check';
import { rowIndexes } from '../../src/core/rows.js';
import { describe, expect, it, vi } from 'vitest';
import { TITLE_MAX_LENGTH } from '../../src/core/defaults.js';
import { KINDS } from '../../src/core/kinds.js';
import {
  compareItems,
  normalize,
  RecordReader,
  sortItems,
  sortSteps,
  type TimelineItem,
} from '../../src/core/normalize.js';
import { DAY, item } from './item.js';

describe('normalize', () => {
  it('reports every bad field of a record, skips it, and keeps the good records in time order', () => {
    const { items, problems } = normalize([
      { id: 'b', title: 'Later', kind: 'visit', date: '2025-09-03' },
      { id: 'bad', title: 'A party', kind: ' ', date: '2025-13' },
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
      message: 'expected a non-empty string, got " "',
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
    expect(problemsOf({ id: 'a', title: 'A', date: '2025' })).toEqual([
      { index: 0, id: 'a', field: 'kind', message: 'expected a non-empty string, got nothing' },
    ]);
    expect(problemsOf({ ...good, kind: '' })[0]!.message).toBe('expected a non-empty string, got ""');
    expect(problemsOf({ ...good, kind: 3 })[0]).toMatchObject({
      field: 'kind',
      message: 'expected a non-empty string, got 3',
    });
  });

  it('takes any other string as a kind of its own, trimmed', () => {
    const { items, problems } = normalize([
      { ...good, id: 'e', kind: ' election ' },
      { ...good, id: 'v', kind: 'Visit' },
      { ...good, id: 'f', kind: 'foreign affairs, misc.' },
    ]);
    expect(problems).toEqual([]);
    expect(items.map((i) => i.kind)).toEqual(['election', 'foreign affairs, misc.', 'Visit']);
  });

  it('refuses a second record with an id already taken, but not one whose first holder was refused', () => {
    expect(problemsOf(good, { ...good, title: 'B' })).toEqual([
      { index: 1, id: 'a', field: 'id', message: 'duplicate id "a"; an earlier record has it' },
    ]);
    const { items, problems } = normalize([{ ...good, kind: null }, good]);
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
    // A plain copy of its fields, each read once.
    expect(it!.record).toEqual(record);
    expect(it!.record).not.toBe(record);
    expect(normalize([{ ...good, countries: 'CN' }]).items[0]!.countries).toEqual([]);
    expect(normalize([good]).items[0]!.countries).toEqual([]);
  });

  it('says what it found in a date that is not text', () => {
    expect(problemsOf({ ...good, date: 20250903 })).toEqual([
      { index: 0, id: 'a', field: 'date', message: 'expected an EDTF string, got the number 20250903' },
    ]);
    expect(problemsOf({ ...good, date: new Date('2025-09-03T00:00:00Z') })[0]!.message).toBe(
      'expected an EDTF string, got a Date: give it as `start`',
    );
  });

  it('refuses a start or end outside the years 0000 to 9999, which it could not draw', () => {
    const dated = { id: 'a', title: 'A', kind: 'visit' };
    expect(problemsOf({ ...dated, start: new Date(8.6e15) })).toEqual([
      {
        index: 0,
        id: 'a',
        field: 'start',
        message: '+274493-02-24 is outside the years the timeline draws (0000 to 9999)',
      },
    ]);
    expect(problemsOf({ ...dated, start: '2025-01-01', end: new Date(-8.6e15) }).map((p) => p.field)).toEqual(['end']);
    expect(problemsOf({ ...dated, start: new Date('+010000-01-01T00:00:00Z') })).toHaveLength(1);
    expect(problemsOf({ ...dated, start: new Date('9999-12-31T23:00:00Z') })).toEqual([]);
    expect(problemsOf({ ...dated, start: new Date('0000-01-01T00:00:00Z') })).toEqual([]);
    expect(problemsOf({ ...dated, start: new Date('-000001-12-31T00:00:00Z') })).toHaveLength(1);
    expect(problemsOf({ ...good, date: '0000/9999' })).toEqual([]);
  });

  it('cuts a title longer than TITLE_MAX_LENGTH characters, and keeps the record’s whole title', () => {
    const long = 'Talks '.repeat(200_000);
    const [it] = normalize([{ ...good, title: long }]).items;
    expect(it!.title).toHaveLength(TITLE_MAX_LENGTH);
    expect(it!.title).toBe(`${long.slice(0, TITLE_MAX_LENGTH - 1)}…`);
    // Not after a space.
    const spaced = `${'x'.repeat(TITLE_MAX_LENGTH - 2)} ${'y'.repeat(10)}`;
    expect(normalize([{ ...good, title: spaced }]).items[0]!.title).toBe(`${'x'.repeat(TITLE_MAX_LENGTH - 2)}…`);
    expect(it!.record.title).toBe(long);
    const exact = 'x'.repeat(TITLE_MAX_LENGTH);
    expect(normalize([{ ...good, title: exact }]).items[0]!.title).toBe(exact);
    // Never half of a character outside the Basic Multilingual Plane.
    const emoji = '\u{1F600}'.repeat(TITLE_MAX_LENGTH);
    expect(normalize([{ ...good, title: emoji }]).items[0]!.title).toBe(`${'\u{1F600}'.repeat(99)}…`);
  });

  it('reads each field of a record once, so a record cannot pass as one thing and draw as another', () => {
    let reads = 0;
    const shifty = {
      id: 'shifty',
      title: 'Shifty',
      date: '2025-01-01',
      get kind() {
        return reads++ ? 'bogus' : 'summit';
      },
    };
    const [it] = normalize([shifty]).items;
    expect(reads).toBe(1);
    expect(it!.kind).toBe('summit');
    expect(it!.record.kind).toBe('summit');
    // The fields of a class's records are read from its prototype too.
    class Visit {
      readonly kind = 'visit';
      readonly date = '2025-02-02';
      constructor(readonly id: string) {}
      get title() {
        return `Visit ${this.id}`;
      }
      get summary() {
        return 'A visit.';
      }
    }
    expect(normalize([new Visit('v')]).items[0]!.record).toEqual({
      id: 'v',
      kind: 'visit',
      title: 'Visit v',
      date: '2025-02-02',
      summary: 'A visit.',
    });
  });

  it('reports a record whose field throws when read, naming the field, and keeps the others', () => {
    const throwing = {
      id: 'boom',
      get title(): string {
        throw new Error('no title here');
      },
    };
    const idless = {
      get id(): string {
        throw new TypeError('no id');
      },
    };
    const { items, problems } = normalize([good, throwing, idless, { ...good, id: 'b' }]);
    expect(items.map((i) => i.id)).toEqual(['a', 'b']);
    expect(problems).toEqual([
      { index: 1, id: 'boom', field: 'title', message: 'reading it threw: no title here' },
      { index: 2, field: 'id', message: 'reading it threw: no id' },
    ]);
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
    const { items, problems } = reader.result();
    expect({ items, problems }).toEqual(normalize(records));
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

  it('does not sort records that came in time order, and sorts the others once', () => {
    const numbers = vi.spyOn(Float64Array.prototype, 'sort');
    const comparator = vi.spyOn(Array.prototype, 'sort');
    try {
      const reader = new RecordReader();
      reader.read([records[1], records[4]]);
      reader.read([records[0]]);
      reader.result();
      reader.result();
      expect(numbers).not.toHaveBeenCalled();
      const late = new RecordReader();
      late.read([records[4], records[1]]);
      late.read([records[0]]);
      expect(late.result().items.map((i) => i.id)).toEqual(['a', 'b', 'c']);
      late.result();
      expect(numbers).toHaveBeenCalledTimes(1);
      expect(comparator).not.toHaveBeenCalled();
    } finally {
      numbers.mockRestore();
      comparator.mockRestore();
    }
  });

  it('puts what it read in time order in steps, and has nothing to do for records that came in it', () => {
    const many = Array.from({ length: 5 }, (_, i) => ({
      id: `r${i}`,
      title: `R${i}`,
      kind: 'call',
      date: `2025-0${5 - i}-01`,
    }));
    const reader = new RecordReader();
    reader.read(many);
    const steps = [...reader.order()];
    expect(steps.length).toBeGreaterThanOrEqual(2);
    const sort = vi.spyOn(Float64Array.prototype, 'sort');
    try {
      expect(reader.result().items.map((i) => i.id)).toEqual(['r4', 'r3', 'r2', 'r1', 'r0']);
      expect(sort).not.toHaveBeenCalled();
      expect([...reader.order()]).toEqual([]);
      const inOrder = new RecordReader();
      inOrder.read([...many].reverse());
      expect([...inOrder.order()]).toEqual([]);
      expect(inOrder.result().items.map((i) => i.id)).toEqual(['r4', 'r3', 'r2', 'r1', 'r0']);
      expect(sort).not.toHaveBeenCalled();
    } finally {
      sort.mockRestore();
    }
  });

  it('comes to what normalize gives for any records, good or bad, read in any slices', () => {
    const text = (...values: string[]) => fc.constantFrom(...values);
    const day = fc
      .tuple(fc.integer({ min: 1990, max: 1992 }), fc.integer({ min: 1, max: 13 }), fc.integer({ min: 0, max: 31 }))
      .map(([y, m, d]) => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`);
    const date = fc.oneof(
      day,
      fc.tuple(day, day).map(([a, b]) => `${a}/${b}`),
      day.map((d) => d.slice(0, 7)),
      text('1991', '1991-05~', ' 1991-05-05 ', '0050-01-01', '1991-5', '', 'soon', '1990/1991/1992'),
      fc.constantFrom(undefined, 7),
    );
    const record = fc.record(
      {
        id: fc.oneof(fc.string({ unit: text('a', 'b', 'c'), maxLength: 2 }), text(' ', 'é'), fc.constant(3)),
        title: fc.oneof(text('Talks', ' Talks ', '', ' '), fc.constant(null)),
        kind: fc.oneof(fc.constantFrom(...KINDS), text('party', ' Visit ', '', ' '), fc.constant(4)),
        date,
        start: fc.oneof(day, text('1991-01-01T10:00:00Z', 'soon')),
        end: day,
        status: text('happened', 'planned', 'postponed', 'cancelled', 'done'),
        precision: text('day', 'month', 'year', 'week'),
        countries: fc.oneof(fc.array(fc.oneof(text('CN', 'FR'), fc.constant(5))), fc.constant('CN')),
      },
      { requiredKeys: ['id', 'title', 'kind'] },
    );
    const records = fc.array(fc.oneof({ weight: 9, arbitrary: record }, { weight: 1, arbitrary: text('x') }), {
      maxLength: 80,
    });
    fc.assert(
      fc.property(records, fc.array(fc.integer({ min: 0, max: 12 })), (all, sizes) => {
        const reader = new RecordReader();
        let at = 0;
        for (const size of sizes) {
          reader.read(all, at, Math.min(all.length, at + size));
          at = Math.min(all.length, at + size);
        }
        reader.read(all, at);
        const whole = new RecordReader();
        whole.read(all);
        const { items, problems } = reader.result();
        expect({ items, problems }).toEqual(normalize(all));
        expect([...reader.byId]).toEqual([...whole.byId]);
        expect(items).toEqual([...items].sort(compareItems));
        expect(new Set(items).size).toBe(reader.byId.size);
        for (const item of items) expect(reader.byId.get(item.id)).toBe(item);
      }),
      { numRuns: 300 },
    );
  });

  it('reads nothing of an empty slice', () => {
    const reader = new RecordReader();
    reader.read(records, 3, 3);
    expect(reader.result()).toMatchObject({ items: [], problems: [] });
  });

  it('gives the items with their indexes, built once, and again after more records are read', () => {
    const reader = new RecordReader();
    reader.read(records, 0, 1);
    const first = reader.result();
    expect(first.indexes).toEqual(rowIndexes(first.items));
    expect(reader.result().indexes).toBe(first.indexes);
    const count = first.items.length;
    reader.read(records, 1);
    const more = reader.result();
    expect(more.items.length).toBeGreaterThan(count);
    expect(more.indexes.maxEnd).toHaveLength(more.items.length);
    expect(more.indexes).toEqual(rowIndexes(more.items));
  });
});

describe('sortItems: time order by number', () => {
  const ORIGIN = Date.UTC(2020, 0, 1);
  /** Items whose `index` is their position, so that their order can be compared. */
  const numbered = (items: TimelineItem[]) => items.map((it, index) => ({ ...it, index }));
  const order = (items: readonly TimelineItem[]) => items.map((it) => it.index);

  /** Starts on a few crowded days, some not at midnight, across 4,000 years (negative years too), or very far. */
  const start = (far: boolean) =>
    fc.oneof(
      fc.integer({ min: -3, max: 3 }).map((d) => ORIGIN + d * DAY),
      fc.integer({ min: -3, max: 3 }).map((d) => ORIGIN + d * DAY + 3_600_000),
      fc.integer({ min: -1_500_000, max: 1_500_000 }).map((d) => d * DAY),
      far
        ? fc.constantFrom(1e25, -1e25, 2e23, -2e23, 8.64e21, -8.64e21, 1e300, -1e300, Infinity, -Infinity, NaN, -0)
        : fc.constant(ORIGIN),
    );
  const items = (far: boolean) =>
    fc
      .array(
        fc.record({
          id: fc.string({ unit: fc.constantFrom('a', 'b', 'B', 'é', '😀'), maxLength: 2 }),
          start: start(far),
          days: fc.constantFrom(1, 1, 1, 2, 30, 0, -1, 0.5),
        }),
        { maxLength: 80 },
      )
      .map((specs) => numbered(specs.map(({ id, start, days }) => item(id, start, days))));

  it('gives the order of a stable sort by compareItems, for any items', () => {
    fc.assert(
      fc.property(fc.boolean().chain(items), (list) => {
        const before = [...list];
        expect(order(sortItems(list))).toEqual(order([...list].sort(compareItems)));
        expect(list).toEqual(before);
      }),
      { numRuns: 500 },
    );
  });

  it('comes to the same order in steps of any size, ending each step where a day does', () => {
    fc.assert(
      fc.property(fc.boolean().chain(items), fc.integer({ min: 1, max: 10 }), (list, size) => {
        const steps = sortSteps(list, size);
        let next = steps.next();
        let count = 0;
        for (; !next.done; next = steps.next()) count++;
        expect(order(next.value)).toEqual(order(sortItems(list)));
        // Starts too far apart to pack are sorted by the comparator, in one step.
        const first = Math.floor((list[0]?.start ?? 0) / DAY);
        if (list.some((it) => !(Math.abs(Math.floor(it.start / DAY) - first) < 2 ** 52 / list.length))) return;
        // The keys in slices of `size`, one step for the numeric sort, and at least one
        // more per `size` items put in order, where more than one day is left.
        const days = new Set(list.map((it) => Math.floor(it.start / DAY))).size;
        expect(count).toBeGreaterThanOrEqual(Math.ceil(list.length / size) + 1);
        expect(count).toBeLessThanOrEqual(Math.ceil(list.length / size) + 1 + Math.min(days, list.length / size));
      }),
      { numRuns: 300 },
    );
  });

  it('leaves nothing to a step but one day beyond its size', () => {
    // Four days of three items each, in steps of two: each step orders one day.
    const list = numbered([0, 1, 2, 3].flatMap((d) => ['c', 'a', 'b'].map((id) => item(id, ORIGIN + d * DAY))));
    const steps = sortSteps([...list].reverse(), 2);
    // The keys take six steps and their sort one.
    expect(Array.from({ length: 7 }, () => steps.next().done)).toEqual(Array(7).fill(false));
    // Then one step per day after the first.
    let rest = 0;
    let next = steps.next();
    for (; !next.done; next = steps.next()) rest++;
    expect(rest).toBe(3);
    expect(next.value.map((it) => `${it.id}${Math.round((it.start - ORIGIN) / DAY)}`)).toEqual([
      'a0',
      'b0',
      'c0',
      'a1',
      'b1',
      'c1',
      'a2',
      'b2',
      'c2',
      'a3',
      'b3',
      'c3',
    ]);
  });

  it('orders the items of one day by end, then id, keeping equal ones as they came', () => {
    const day = ORIGIN + 5 * DAY;
    const list = numbered([
      item('b', day, 2),
      item('c', day + DAY),
      item('b', day),
      item('a', day, 2),
      item('a', day),
      item('b', day),
      item('a', day - DAY, 9),
    ]);
    expect(sortItems(list).map((it) => `${it.id}${it.index}`)).toEqual(['a6', 'a4', 'b2', 'b5', 'a3', 'b0', 'c1']);
  });

  it('sorts by number items far from 1970 but near one another, and the others with the comparator', () => {
    // 10^23 ms is 1.2 × 10^15 days after 1970: too many to pack with 8 positions, but not the 0 to 4 days between them.
    const far = (days: number[]) => numbered(days.map((d, i) => item(`e${i}`, 1e23 + d * DAY)));
    const sort = vi.spyOn(Array.prototype, 'sort');
    try {
      expect(sortItems(far([3, 1, 4, 1, 0, 2, 4, 3])).map((it) => it.index)).toEqual([4, 1, 3, 5, 0, 7, 2, 6]);
      expect(sort).not.toHaveBeenCalled();
      // 2 × 10^23 ms apart: beyond what 8 positions can pack, so the comparator sorts them.
      const apart = numbered([2e23, -2e23, 0, 1, -1, 2e23, 0, -2e23].map((start, i) => item(`e${i}`, start)));
      expect(order(sortItems(apart))).toEqual(order([...apart].sort(compareItems)));
      expect(sortItems(apart).map((it) => it.start)).toEqual([-2e23, -2e23, -1, 0, 0, 1, 2e23, 2e23]);
      expect(sort).toHaveBeenCalledTimes(3);
    } finally {
      sort.mockRestore();
    }
  });

  it('reads days far before and after the first item', () => {
    const list = numbered([item('x', 0), item('y', -1e25), item('z', 1e25), item('w', -1e300), item('v', 1e300)]);
    expect(sortItems(list).map((it) => it.id)).toEqual(['w', 'y', 'x', 'z', 'v']);
    const negative = numbered([item('x', Date.UTC(-500, 0, 1)), item('y', Date.UTC(-600, 0, 1)), item('z', 0)]);
    expect(sortItems(negative).map((it) => it.id)).toEqual(['y', 'x', 'z']);
  });

  it('sorts a crowded day with one Array sort, and a day of up to 16 items without', () => {
    const sort = vi.spyOn(Array.prototype, 'sort');
    try {
      const day = (n: number, at: number) =>
        Array.from({ length: n }, (_, i) => item(`e${String(n - i).padStart(2, '0')}`, ORIGIN + at * DAY));
      // The first item starts the day after the other sixteen: a day of its own.
      expect(sortItems(numbered([item('z', ORIGIN + DAY), ...day(16, 0)])).map((it) => it.index)).toEqual([
        16, 15, 14, 13, 12, 11, 10, 9, 8, 7, 6, 5, 4, 3, 2, 1, 0,
      ]);
      expect(sort).not.toHaveBeenCalled();
      const crowded = numbered([...day(17, 2), ...day(3, 1)]);
      expect(order(sortItems(crowded))).toEqual([19, 18, 17, 16, 15, 14, 13, 12, 11, 10, 9, 8, 7, 6, 5, 4, 3, 2, 1, 0]);
      expect(sort).toHaveBeenCalledTimes(1);
      expect(sort.mock.contexts[0]).toHaveLength(17);
    } finally {
      sort.mockRestore();
    }
  });

  it('gives nothing for nothing, and one item as it is', () => {
    expect(sortItems([])).toEqual([]);
    const one = item('a', ORIGIN);
    expect(sortItems([one])[0]).toBe(one);
  });
});
