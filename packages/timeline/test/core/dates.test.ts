import { describe, expect, it } from 'vitest';
import { parseDay, parseEDTF } from '../../src/core/edtf.js';
import { describeCluster, describeItem, formatEventDate } from '../../src/core/format.js';

const utc = (y: number, m: number, d: number) => Date.UTC(y, m - 1, d);

describe('parseEDTF', () => {
  it('covers a day, a month, a year and an interval, with an exclusive end', () => {
    expect(parseEDTF('2025-09-03')).toMatchObject({ start: utc(2025, 9, 3), end: utc(2025, 9, 4), precision: 'day' });
    expect(parseEDTF('2024-02')).toMatchObject({ start: utc(2024, 2, 1), end: utc(2024, 3, 1), precision: 'month' });
    expect(parseEDTF('2025')).toMatchObject({ start: utc(2025, 1, 1), end: utc(2026, 1, 1), precision: 'year' });
    expect(parseEDTF('2024-04-08/2024-04-09')).toMatchObject({
      start: utc(2024, 4, 8),
      end: utc(2024, 4, 10),
      precision: 'day',
    });
    expect(parseEDTF('2026-03/2026-05')).toMatchObject({
      start: utc(2026, 3, 1),
      end: utc(2026, 6, 1),
      precision: 'month',
    });
    expect(parseEDTF('2024-04-08/2024-06').precision).toBe('month');
  });

  it('reads the qualifiers', () => {
    expect(parseEDTF('2025-06?')).toMatchObject({ uncertain: true, approximate: false });
    expect(parseEDTF('2025-05~')).toMatchObject({ uncertain: false, approximate: true });
    expect(parseEDTF('2025%')).toMatchObject({ uncertain: true, approximate: true });
  });

  it('says what is wrong with a bad date', () => {
    expect(() => parseEDTF('2025-13')).toThrow(/month 13 does not exist/);
    expect(() => parseEDTF('2024-04-31')).toThrow(/day 31 does not exist/);
    expect(() => parseEDTF('2025-02/2024-01')).toThrow(/ends before it starts/);
    expect(() => parseEDTF('next week')).toThrow(/not an EDTF date/);
    expect(() => parseEDTF('')).toThrow(/empty/);
  });
});

describe('parseDay', () => {
  it('takes a Date by its UTC day, and ISO strings', () => {
    expect(parseDay(new Date('2025-09-03T23:30:00Z'))).toBe(utc(2025, 9, 3));
    expect(parseDay('2025-09-03')).toBe(utc(2025, 9, 3));
    expect(parseDay('2025-09-03T12:00:00+02:00')).toBe(utc(2025, 9, 3));
    expect(() => parseDay('3 Sept')).toThrow(/not an ISO date/);
  });
});

describe('formatEventDate', () => {
  const item = (date: string, status = 'happened') => ({ ...parseEDTF(date), status });

  it('writes the date at its precision', () => {
    expect(formatEventDate(item('2025-09-03'))).toBe('3 September 2025');
    expect(formatEventDate(item('2025-09'))).toBe('September 2025');
    expect(formatEventDate(item('2019'))).toBe('2019');
    expect(formatEventDate(item('2024-04-08/2024-04-09'))).toBe('8–9 April 2024');
    expect(formatEventDate(item('2026-02', 'planned'))).toBe('planned: February 2026');
    expect(formatEventDate(item('2025-05~'))).toBe('c. May 2025');
    expect(formatEventDate(item('2025-06?'))).toBe('June 2025?');
  });

  it('follows the locale', () => {
    expect(formatEventDate(item('2025-09'), 'fr-FR')).toBe('septembre 2025');
    expect(formatEventDate(item('2025-09-03'), 'de-DE')).toBe('3. September 2025');
    expect(formatEventDate(item('2025-09'), 'zh-CN')).toBe('2025年9月');
  });
});

describe('what screen readers hear', () => {
  it('names the kind, the date and the title of an event', () => {
    const parade = { ...parseEDTF('2025-09-03'), kind: 'parade' as const, title: 'Victory Day parade in Beijing' };
    expect(describeItem(parade)).toBe('Parade, 3 September 2025: Victory Day parade in Beijing');
  });

  it('gives a cluster its count and the coarsest natural span', () => {
    expect(describeCluster(14, utc(2022, 3, 2), utc(2022, 3, 29))).toBe('14 events, March 2022');
    expect(describeCluster(2, utc(2024, 4, 8), utc(2024, 4, 10))).toBe('2 events, 8–9 April 2024');
    expect(describeCluster(5, utc(2019, 2, 1), utc(2024, 6, 1))).toBe('5 events, 2019–2024');
  });
});
