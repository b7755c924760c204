// The data package's EDTF reader against the dates both readers share (the timeline's
// own test reads the same file): the same days and precision for every valid date, a
// refusal for every invalid one.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { deriveDates } from '../src/dates.js';

interface Covered {
  date: string;
  start: string;
  end: string;
  precision: string;
}
const corpus: {
  valid: Covered[];
  invalid: { date: string; message: string }[];
  timelineOnly: (Covered & { why: string })[];
} = JSON.parse(readFileSync(new URL('./edtf-corpus.json', import.meta.url), 'utf8'));

describe('deriveDates on the shared EDTF corpus', () => {
  it.each(corpus.valid)('$date covers $start to $end at $precision precision', ({ date, start, end, precision }) => {
    expect(deriveDates(date)).toEqual({ start, end, precision });
  });

  it.each(corpus.invalid)('refuses "$date"', ({ date, message }) => {
    expect(() => deriveDates(date)).toThrow(RangeError);
    expect(() => deriveDates(date)).toThrow(message);
  });

  it.each(corpus.timelineOnly)('refuses "$date", which only the timeline reads: $why', ({ date }) => {
    expect(() => deriveDates(date)).toThrow(RangeError);
  });
});
