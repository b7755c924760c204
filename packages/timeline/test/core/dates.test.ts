import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { parseDay, parseEDTF, plainDate, plainDay } from '../../src/core/edtf.js';
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

describe('parseEDTF, more closely', () => {
  const iso = (day: string) => Date.parse(`${day}T00:00:00Z`);

  it('reads years below 100 as those years, not as 1900–1999', () => {
    expect(parseEDTF('0050')).toMatchObject({ start: iso('0050-01-01'), end: iso('0051-01-01'), precision: 'year' });
    expect(parseEDTF('0099')).toMatchObject({ start: iso('0099-01-01'), end: iso('0100-01-01') });
    expect(parseEDTF('0099-12')).toMatchObject({ start: iso('0099-12-01'), end: iso('0100-01-01') });
    expect(parseEDTF('0007-03-15')).toMatchObject({ start: iso('0007-03-15'), end: iso('0007-03-16') });
    expect(parseEDTF('0050/0099')).toMatchObject({ start: iso('0050-01-01'), end: iso('0100-01-01') });
  });

  it('knows the leap years of the first century, the year 0 among them', () => {
    expect(parseEDTF('0000-02-29')).toMatchObject({ start: iso('0000-02-29'), end: iso('0000-03-01') });
    expect(parseEDTF('0004-02-29').start).toBe(iso('0004-02-29'));
    expect(() => parseEDTF('0001-02-29')).toThrow('"0001-02-29": day 29 does not exist in 0001-02');
    expect(() => parseEDTF('0100-02-29')).toThrow(/day 29 does not exist/);
    expect(parseEDTF('2000-02-29').start).toBe(utc(2000, 2, 29));
  });

  it('checks the days of each month', () => {
    expect(parseEDTF('2025-01-31').start).toBe(utc(2025, 1, 31));
    expect(parseEDTF('2025-12-01').start).toBe(utc(2025, 12, 1));
    expect(() => parseEDTF('2025-02-29')).toThrow('"2025-02-29": day 29 does not exist in 2025-02');
    expect(() => parseEDTF('2025-01-00')).toThrow('"2025-01-00": day 00 does not exist in 2025-01');
    expect(() => parseEDTF('2025-00')).toThrow('"2025-00": month 00 does not exist');
    expect(() => parseEDTF('2025-13-01/2025-14')).toThrow('"2025-13-01/2025-14": month 13 does not exist');
  });

  it('reads a qualified day, and trims the text', () => {
    expect(parseEDTF(' 2025-06-03~ ')).toMatchObject({ start: utc(2025, 6, 3), precision: 'day', approximate: true });
    expect(parseEDTF('2025-06-03')).toMatchObject({ uncertain: false, approximate: false });
  });

  it('gives an interval the coarser precision of its ends, and the qualifiers of either', () => {
    expect(parseEDTF('2024/2024-06-01').precision).toBe('year');
    expect(parseEDTF('2024-06/2024').precision).toBe('year');
    expect(parseEDTF('2024-06/2024-07')).toMatchObject({ precision: 'month', uncertain: false, approximate: false });
    expect(parseEDTF('2024-01?/2024-02')).toMatchObject({ uncertain: true, approximate: false });
    expect(parseEDTF('2024-01/2024-02~')).toMatchObject({ uncertain: false, approximate: true });
  });

  it('takes an interval of one day, and refuses one that ends the day before it starts', () => {
    expect(parseEDTF('2024-02-01/2024-02-01')).toMatchObject({ start: utc(2024, 2, 1), end: utc(2024, 2, 2) });
    expect(() => parseEDTF('2024-02-01/2024-01-31')).toThrow('"2024-02-01/2024-01-31" ends before it starts');
  });

  it('refuses what is not a date', () => {
    expect(() => parseEDTF('2020/2021/2022')).toThrow('"2020/2021/2022" has more than one "/"');
    expect(() => parseEDTF('   ')).toThrow(new RangeError('empty date'));
    expect(() => parseEDTF('')).toThrow(new RangeError('empty date'));
    expect(() => parseEDTF(20250903 as unknown as string)).toThrow(
      new RangeError('expected an EDTF string, got the number 20250903'),
    );
    expect(() => parseEDTF(new Date('2025-09-03T00:00:00Z') as unknown as string)).toThrow(
      new RangeError('expected an EDTF string, got a Date: give it as `start`'),
    );
    expect(() => parseEDTF(null as unknown as string)).toThrow(new RangeError('expected an EDTF string, got null'));
    expect(() => parseEDTF('2025-9-3')).toThrow(
      '"2025-9-3" is not an EDTF date (expected e.g. 2025-09-03, 2025-09, 2025 or 2024-04-08/2024-04-09)',
    );
    for (const text of ['x2025', '2025x', '25', '2025-09-03-01', '2025?~', '2025/']) {
      expect(() => parseEDTF(text), text).toThrow(RangeError);
    }
  });
});

describe('plainDay: the quick reading of a plain day', () => {
  it('reads YYYY-MM-DD as UTC midnight of that day', () => {
    expect(plainDay('2025-09-03')).toBe(utc(2025, 9, 3));
    expect(plainDay('2024-02-29')).toBe(utc(2024, 2, 29));
    expect(plainDay('2000-02-29')).toBe(utc(2000, 2, 29));
    expect(plainDay('2025-12-31')).toBe(utc(2025, 12, 31));
    expect(plainDay('0100-01-01')).toBe(Date.parse('0100-01-01T00:00:00Z'));
  });

  it('leaves everything else to the full reading', () => {
    for (const text of [
      '2025-9-03',
      '2025-09-3x',
      '2025/09/03',
      '2025-09/03',
      ' 2025-09-03',
      '20x5-09-03',
      '2025-0x-03',
      '2025-09-0x',
      '2025-09-03?',
      '2025/09-03',
      '20-5-09-03',
      '2025-0 -03',
      '2025-00-10',
      '2025-13-10',
      '2025-01-00',
      '2025-04-31',
      '2025-02-29',
      '1900-02-29',
      '0099-12-31',
    ]) {
      expect(plainDay(text), text).toBeUndefined();
    }
  });

  it('agrees with the full reading on every day of a leap year and a common one', () => {
    for (const year of [2023, 2024]) {
      for (let t = utc(year, 1, 1); t < utc(year + 1, 1, 1); t += 86_400_000) {
        const text = new Date(t).toISOString().slice(0, 10);
        expect(plainDay(text)).toBe(t);
        expect(parseEDTF(`${text}?`).start).toBe(t);
      }
    }
  });
});

describe('plainDate: the quick reading of a plain day, span of days or month', () => {
  /** What parseEDTF makes of `text`: its dates, or its error. */
  const parsed = (text: string) => {
    try {
      return parseEDTF(text);
    } catch (error) {
      return error as Error;
    }
  };
  /** What the full parser alone makes of `text`: blanks around it keep it from the quick reading, and are trimmed. */
  const fully = (text: string) => parsed(` ${text} `);

  it('reads YYYY-MM-DD, YYYY-MM-DD/YYYY-MM-DD and YYYY-MM, from the year 100', () => {
    const day = { precision: 'day', uncertain: false, approximate: false };
    expect(plainDate('2025-09-03')).toEqual({ start: utc(2025, 9, 3), end: utc(2025, 9, 4), ...day });
    expect(plainDate('2024-04-08/2024-04-09')).toEqual({ start: utc(2024, 4, 8), end: utc(2024, 4, 10), ...day });
    expect(plainDate('2024-02-01/2024-02-01')).toEqual({ start: utc(2024, 2, 1), end: utc(2024, 2, 2), ...day });
    expect(plainDate('2024-12-30/2025-01-02')).toMatchObject({ start: utc(2024, 12, 30), end: utc(2025, 1, 3) });
    expect(plainDate('2024-02')).toEqual({
      start: utc(2024, 2, 1),
      end: utc(2024, 3, 1),
      precision: 'month',
      uncertain: false,
      approximate: false,
    });
    expect(plainDate('2025-12')).toMatchObject({ start: utc(2025, 12, 1), end: utc(2026, 1, 1) });
    expect(plainDate('2025-01')).toMatchObject({ start: utc(2025, 1, 1), end: utc(2025, 2, 1) });
    expect(plainDate('0100-01')).toMatchObject({ start: Date.parse('0100-01-01T00:00:00Z') });
    expect(plainDate('0100-01-01/0100-01-02')).toMatchObject({ end: Date.parse('0100-01-03T00:00:00Z') });
  });

  it('leaves everything else to the full reading, which reads it or says what is wrong', () => {
    for (const text of [
      '2025-13-01/2025-01-01',
      '2025-01-01/2025-13-01',
      '2025-02-30',
      '2025-02-28/2025-02-30',
      '2025-01-01/2024-01-01',
      '2025-01-02/2025-01-01',
      '2025-1',
      ' 2025-01 ',
      '2025-01 ',
      '2025-00',
      '2025-13',
      '2025-1x',
      '20x5-01',
      '2025/01',
      '2025-01?',
      '2025-01-01?/2025-01-02',
      '2025-01-01/2025-01-02~',
      '2025-01-01 2025-01-02',
      '2025-01-01/2025-1-002',
      '2025-01-01/2025-01-0x',
      '2025-01-0x/2025-01-01',
      '2025/2025-01-01/01-01',
      '2025-01-01/2025/01-02',
      '2025-01-01/20-5-01-02',
      '2025- 1',
      '0099-12',
      '0099-12-31/0100-01-01',
      '2025-01/2025-02',
      '2025',
      '+2025-01',
    ]) {
      expect(plainDate(text), text).toBeUndefined();
      expect(parsed(text), text).toEqual(fully(text));
    }
    expect(parsed('2025-13-01/2025-01-01')).toEqual(new RangeError('"2025-13-01/2025-01-01": month 13 does not exist'));
    expect(parsed('2025-01-01/2024-01-01')).toEqual(new RangeError('"2025-01-01/2024-01-01" ends before it starts'));
    expect((parsed('2025-1') as Error).message).toMatch(/^"2025-1" is not an EDTF date/);
    expect(parsed(' 2025-01 ')).toMatchObject({ start: utc(2025, 1, 1), precision: 'month' });
  });

  it('is what parseEDTF and parseDay read those dates with: no regular expression, no split', () => {
    const exec = vi.spyOn(RegExp.prototype, 'exec');
    const split = vi.spyOn(String.prototype, 'split');
    try {
      expect(parseEDTF('2025-09-03')).toEqual(plainDate('2025-09-03'));
      expect(parseEDTF('2024-04-08/2024-04-09')).toEqual(plainDate('2024-04-08/2024-04-09'));
      expect(parseEDTF('2024-02')).toEqual(plainDate('2024-02'));
      expect(parseDay('2025-09-03')).toBe(utc(2025, 9, 3));
      expect(exec).not.toHaveBeenCalled();
      expect(split).not.toHaveBeenCalled();
      parseEDTF('2025');
      expect(exec).toHaveBeenCalled();
    } finally {
      exec.mockRestore();
      split.mockRestore();
    }
  });

  it('agrees with the full reading on any string of digits and dashes shaped like its dates', () => {
    const digit = fc.constantFrom(...'0123456789');
    const two = fc.oneof(
      fc.integer({ min: 0, max: 39 }).map((n) => String(n).padStart(2, '0')),
      fc.tuple(digit, digit).map(([a, b]) => a + b),
    );
    const year = fc.oneof(
      fc.integer({ min: 0, max: 9999 }).map((n) => String(n).padStart(4, '0')),
      fc.constant('2024'),
    );
    const day = fc.tuple(year, two, two).map(([y, m, d]) => `${y}-${m}-${d}`);
    const month = fc.tuple(year, two).map(([y, m]) => `${y}-${m}`);
    const text = fc.oneof(
      day,
      month,
      fc.tuple(day, day).map(([a, b]) => `${a}/${b}`),
      fc.tuple(day, fc.constantFrom('/', '-', ' ', '~', '?'), day).map(([a, sep, b]) => a + sep + b),
      fc
        .tuple(day, fc.integer({ min: 0, max: 9 }))
        .map(([a, n]) => `${a}/${a.slice(0, 8)}${String(n).padStart(2, '0')}`),
      fc.string({ unit: fc.constantFrom(...'0123456789-/'), minLength: 6, maxLength: 22 }),
    );
    fc.assert(
      fc.property(text, (text) => {
        expect(parsed(text)).toEqual(fully(text));
        const plain = plainDate(text);
        if (plain) expect(plain).toEqual(parsed(text));
      }),
      { numRuns: 2000 },
    );
  });

  it('takes every plain day, span and month of a leap year and a common one', () => {
    for (const year of [1999, 2000, 2023, 2024]) {
      for (let t = utc(year, 1, 1); t < utc(year + 1, 1, 1); t += 86_400_000) {
        const text = new Date(t).toISOString().slice(0, 10);
        const last = new Date(t + 40 * 86_400_000).toISOString().slice(0, 10);
        expect(plainDate(text)).toMatchObject({ start: t, end: t + 86_400_000 });
        expect(plainDate(`${text}/${last}`)).toMatchObject({ start: t, end: t + 41 * 86_400_000 });
        expect(plainDate(`${last}/${text}`)).toBeUndefined();
        if (text.endsWith('-01')) {
          const month = plainDate(text.slice(0, 7))!;
          expect(month.start).toBe(t);
          expect(new Date(month.end).toISOString()).toBe(
            new Date(Date.UTC(year, new Date(t).getUTCMonth() + 1, 1)).toISOString(),
          );
        }
      }
    }
  });
});

describe('parseDay', () => {
  it('takes a Date by its UTC day, and ISO strings', () => {
    expect(parseDay(new Date('2025-09-03T23:30:00Z'))).toBe(utc(2025, 9, 3));
    expect(parseDay('2025-09-03')).toBe(utc(2025, 9, 3));
    expect(parseDay('2025-09-03T12:00:00+02:00')).toBe(utc(2025, 9, 3));
    expect(() => parseDay('3 Sept')).toThrow(/not an ISO date/);
  });

  it('takes days before 1970 and in the first century', () => {
    expect(parseDay(new Date('1960-05-05T12:00:00Z'))).toBe(utc(1960, 5, 5));
    expect(parseDay('0050-03-15')).toBe(Date.parse('0050-03-15T00:00:00Z'));
    expect(parseDay(' 2025-09-03 ')).toBe(utc(2025, 9, 3));
  });

  it('says what is wrong with a day it cannot read', () => {
    expect(() => parseDay(new Date('soon'))).toThrow(new RangeError('invalid Date'));
    expect(() => parseDay('')).toThrow(new RangeError('expected a Date or an ISO date string'));
    expect(() => parseDay('   ')).toThrow(new RangeError('expected a Date or an ISO date string'));
    expect(() => parseDay(null as unknown as string)).toThrow(new RangeError('expected a Date or an ISO date string'));
    expect(() => parseDay(20250903 as unknown as string)).toThrow(
      new RangeError('expected a Date or an ISO date string'),
    );
    expect(() => parseDay('2025-02-30')).toThrow('"2025-02-30": day 30 does not exist in 2025-02');
    expect(() => parseDay('2025-13-45T00:00:00Z')).toThrow(new RangeError('"2025-13-45T00:00:00Z" is not an ISO date'));
    for (const text of ['x2025-09-03', '2025-09-03x', 'x2025-09-03T10:00:00Z', '2025-09']) {
      expect(() => parseDay(text), text).toThrow(new RangeError(`"${text}" is not an ISO date (expected YYYY-MM-DD)`));
    }
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
