import { describe, expect, it } from 'vitest';
import { parseEDTF } from '../../src/core/edtf.js';
import {
  dateFormat,
  describeCluster,
  describeItem,
  describeWindow,
  formatEventDate,
  formatPeriod,
} from '../../src/core/format.js';
import { utc } from './item.js';

/** ICU sets a dash between two words with a thin space on either side. */
const DASH = '\u2009–\u2009';

describe('dateFormat', () => {
  it('reads dates in UTC, whatever the reader’s time zone', () => {
    const format = dateFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric' });
    expect(format.resolvedOptions().timeZone).toBe('UTC');
    expect(dateFormat('not a locale!', { day: 'numeric' }).resolvedOptions().timeZone).toBe('UTC');
  });

  it('makes each format once', () => {
    const format = dateFormat('en-GB', { month: 'short' });
    expect(dateFormat('en-GB', { month: 'short' })).toBe(format);
    expect(dateFormat('fr-FR', { month: 'short' })).not.toBe(format);
    expect(dateFormat('en-GB', { month: 'long' })).not.toBe(format);
  });

  it('falls back to British English for a locale it cannot read', () => {
    const format = dateFormat('not a locale!', { month: 'long', year: 'numeric' });
    expect(format.format(utc(2025, 9, 3))).toBe('September 2025');
    expect(dateFormat('not a locale!', { month: 'long', year: 'numeric' })).toBe(format);
  });
});

describe('formatPeriod', () => {
  it('writes one day, month or year', () => {
    expect(formatPeriod(utc(2025, 9, 3), utc(2025, 9, 4), 'day', 'en-GB')).toBe('3 September 2025');
    expect(formatPeriod(utc(2026, 3, 1), utc(2026, 4, 1), 'month', 'en-GB')).toBe('March 2026');
    expect(formatPeriod(utc(2019, 1, 1), utc(2020, 1, 1), 'year', 'en-GB')).toBe('2019');
  });

  it('writes a range, with the dash closed up between two numbers', () => {
    expect(formatPeriod(utc(2024, 4, 8), utc(2024, 4, 10), 'day', 'en-GB')).toBe('8–9 April 2024');
    expect(formatPeriod(utc(2019, 1, 1), utc(2025, 1, 1), 'year', 'en-GB')).toBe('2019–2024');
    expect(formatPeriod(utc(2024, 4, 8), utc(2024, 4, 10), 'day', 'zh-CN')).toBe('2024/4/8–2024/4/9');
    expect(formatPeriod(utc(2026, 3, 1), utc(2026, 6, 1), 'month', 'en-GB')).toBe(`March${DASH}May 2026`);
  });

  it('writes the same month of two years as a range', () => {
    expect(formatPeriod(utc(2025, 3, 1), utc(2026, 4, 1), 'month', 'en-GB')).toBe(`March 2025${DASH}March 2026`);
    expect(formatPeriod(utc(2025, 12, 1), utc(2026, 2, 1), 'month', 'en-GB')).toBe(`December 2025${DASH}January 2026`);
  });

  it('writes a period in the words of the locale asked for, each time it is asked', () => {
    for (let i = 0; i < 2; i++) {
      expect(formatPeriod(utc(2025, 9, 3), utc(2025, 9, 4), 'day', 'en-GB')).toBe('3 September 2025');
      expect(formatPeriod(utc(2025, 9, 3), utc(2025, 9, 4), 'day', 'fr')).toBe('3 septembre 2025');
      expect(formatPeriod(utc(2025, 9, 3), utc(2025, 9, 4), 'month', 'en-GB')).toBe('September 2025');
      expect(formatPeriod(utc(2025, 9, 3), utc(2025, 9, 4), 'year', 'en-GB')).toBe('2025');
    }
  });

  it('names only the units of its precision: any days of the same months are the same months', () => {
    const months = `March${DASH}May 2026`;
    expect(formatPeriod(utc(2026, 3, 1), utc(2026, 6, 1), 'month', 'en-GB')).toBe(months);
    expect(formatPeriod(utc(2026, 3, 17), utc(2026, 5, 3), 'month', 'en-GB')).toBe(months);
    expect(formatPeriod(utc(2026, 3, 17), utc(2026, 4, 3), 'month', 'en-GB')).toBe(`March${DASH}April 2026`);
    expect(formatPeriod(utc(2026, 3, 17), utc(2026, 3, 19), 'month', 'en-GB')).toBe('March 2026');
    expect(formatPeriod(utc(2019, 5, 5), utc(2024, 2, 2), 'year', 'en-GB')).toBe('2019–2024');
    expect(formatPeriod(utc(2019, 5, 5), utc(2019, 8, 2), 'year', 'en-GB')).toBe('2019');
    // Days are days: the next day is another period.
    expect(formatPeriod(utc(2024, 4, 8), utc(2024, 4, 11), 'day', 'en-GB')).toBe('8–10 April 2024');
  });

  it('writes Gregorian dates in a locale whose calendar is another, in its words and digits', () => {
    expect(formatPeriod(utc(2025, 3, 1), utc(2025, 4, 1), 'month', 'fa-IR')).toBe('مارس ۲۰۲۵');
    expect(formatPeriod(utc(2025, 9, 3), utc(2025, 9, 4), 'day', 'en-GB-u-ca-hebrew')).toBe('3 September 2025');
    expect(formatPeriod(utc(2025, 9, 3), utc(2025, 9, 4), 'day', 'th-TH')).toMatch(/2025$/);
  });

  it('writes years below 100 as they are', () => {
    expect(formatEventDate(parseEDTF('0050-03-15'))).toBe('15 March 50');
    expect(formatEventDate(parseEDTF('0099'))).toBe('99');
    expect(formatEventDate(parseEDTF('0050/0099'))).toBe('50–99');
  });
});

describe('formatEventDate', () => {
  const date = (text: string, fields: { status?: string } = {}) => ({ ...parseEDTF(text), ...fields });

  it('says nothing of an event that happened', () => {
    expect(formatEventDate(date('2025-09-03'))).toBe('3 September 2025');
    expect(formatEventDate(date('2025-09-03', { status: 'happened' }))).toBe('3 September 2025');
  });

  it('says when an event is planned, postponed or cancelled', () => {
    expect(formatEventDate(date('2026-02', { status: 'postponed' }))).toBe('postponed: February 2026');
    expect(formatEventDate(date('2026-02-10', { status: 'cancelled' }))).toBe('cancelled: 10 February 2026');
  });

  it('marks a date both approximate and uncertain', () => {
    expect(formatEventDate(date('2025-06%'))).toBe('c. June 2025?');
    expect(formatEventDate(date('2025-06%', { status: 'planned' }))).toBe('planned: c. June 2025?');
  });
});

describe('what screen readers hear', () => {
  it('names a phone call by its kind’s label', () => {
    const call = { ...parseEDTF('2024-04-08/2024-04-09'), kind: 'call' as const, title: 'Biden–Xi call' };
    expect(describeItem(call)).toBe('Phone call, 8–9 April 2024: Biden–Xi call');
    expect(describeItem(call, 'de-DE')).toBe('Phone call, 8.–9. April 2024: Biden–Xi call');
  });

  it('names a cluster of up to a week by its days', () => {
    expect(describeCluster(3, utc(2025, 3, 1), utc(2025, 3, 8))).toBe('3 events, 1–7 March 2025');
    expect(describeCluster(1, utc(2025, 3, 1), utc(2025, 3, 2))).toBe('1 event, 1 March 2025');
  });

  it('names a longer cluster by its months, for up to two years', () => {
    expect(describeCluster(3, utc(2025, 3, 1), utc(2025, 3, 9))).toBe('3 events, March 2025');
    expect(describeCluster(4, utc(2024, 11, 20), utc(2025, 2, 3))).toBe(`4 events, November 2024${DASH}February 2025`);
    // 1 January 2019 to 1 January 2021 is 732 days.
    expect(describeCluster(9, utc(2019, 1, 1), utc(2021, 1, 2))).toBe(`9 events, January 2019${DASH}January 2021`);
  });

  it('names a cluster of more than two years by its years', () => {
    expect(describeCluster(9, utc(2019, 1, 1), utc(2021, 1, 3))).toBe('9 events, 2019–2021');
  });

  it('names the window to the day', () => {
    expect(describeWindow([utc(2025, 3, 3), utc(2025, 6, 17)])).toBe(`3 March${DASH}17 June 2025`);
    expect(describeWindow([utc(2025, 3, 3), utc(2025, 6, 17)], 'fr-FR')).toBe(`3 mars${DASH}17 juin 2025`);
  });
});
