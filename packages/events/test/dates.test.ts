import { describe, expect, it } from 'vitest';
import { deriveDates } from '../src/dates.js';
import { withDerivedDates } from '../src/dataset.js';
import { events } from '../src/index.js';
import { records } from '../src/records.js';

describe('deriveDates', () => {
  it.each([
    ['2025-09-03', '2025-09-03', '2025-09-03', 'day'],
    ['2025-09', '2025-09-01', '2025-09-30', 'month'],
    ['2024-02', '2024-02-01', '2024-02-29', 'month'],
    ['2025-02', '2025-02-01', '2025-02-28', 'month'],
    ['2025', '2025-01-01', '2025-12-31', 'year'],
    ['2024-04-08/2024-04-09', '2024-04-08', '2024-04-09', 'day'],
    ['2026-03/2026-05', '2026-03-01', '2026-05-31', 'month'],
    ['2024-10/2025-09', '2024-10-01', '2025-09-30', 'month'],
    ['2024-04-08/2024-05', '2024-04-08', '2024-05-31', 'month'],
    ['2025-06?', '2025-06-01', '2025-06-30', 'month'],
    ['2025-05~', '2025-05-01', '2025-05-31', 'month'],
    ['2023-06-19%', '2023-06-19', '2023-06-19', 'day'],
    ['2024-04-08?/2024-04-11~', '2024-04-08', '2024-04-11', 'day'],
  ])('%s covers %s to %s (inclusive) at %s precision', (date, start, end, precision) => {
    expect(deriveDates(date)).toEqual({ start, end, precision });
  });

  it.each([
    ['2024-04-08/..', /closed EDTF/],
    ['../2024-04-10', /closed EDTF/],
    ['2024-04-08/', /closed EDTF/],
    ['2026-21', /month 21/],
    ['2025-02-29', /day 29 does not exist/],
    ['2025-09-03/2025-09-01', /ends before it starts/],
    ['2025-09-03/2025-09-03', /same/],
    ['2024/2025/2026', /more than one/],
    ['September 2025', /closed EDTF/],
  ])('rejects %s', (date, message) => {
    expect(() => deriveDates(date)).toThrow(message);
  });
});

describe('authored records', () => {
  it('never state start, end or precision: those come from date alone', () => {
    const handWritten = records.filter((r) => ['start', 'end', 'precision'].some((key) => key in r)).map((r) => r.id);
    expect(handWritten).toEqual([]);
  });

  it('are published with start, end and precision derived from date, right after the dates', () => {
    expect(events).toHaveLength(records.length);
    for (const record of records) {
      const event = events.find((e) => e.id === record.id)!;
      expect(event).toEqual({ ...record, ...deriveDates(record.date) });
      const keys = Object.keys(event);
      const after = keys.indexOf(record.dateAsReported === undefined ? 'date' : 'dateAsReported');
      expect(keys.slice(after + 1, after + 4), record.id).toEqual(['start', 'end', 'precision']);
    }
  });

  it('keep dateAsReported out of a record that has none', () => {
    const sample = { ...records[0]! };
    delete sample.dateAsReported;
    expect('dateAsReported' in withDerivedDates(sample)).toBe(false);
  });
});
