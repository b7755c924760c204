// The timeline's EDTF reader against the dates both readers share (the data package's
// test reads the same file): the same days and precision for every valid date, a
// refusal for every invalid one.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DAY_MS, parseEDTF } from '../../src/core/edtf.js';

const day = (ms: number) => new Date(ms).toISOString().slice(0, 10);

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
} = JSON.parse(readFileSync(new URL('../../../events/test/edtf-corpus.json', import.meta.url), 'utf8'));

describe('parseEDTF on the shared EDTF corpus', () => {
  it.each([...corpus.valid, ...corpus.timelineOnly])(
    '"$date" covers $start to $end at $precision precision',
    ({ date, start, end, precision }) => {
      const parsed = parseEDTF(date);
      expect([day(parsed.start), day(parsed.end - DAY_MS), parsed.precision]).toEqual([start, end, precision]);
    },
  );

  it.each(corpus.invalid)('refuses "$date"', ({ date, message }) => {
    expect(() => parseEDTF(date)).toThrow(RangeError);
    expect(() => parseEDTF(date)).toThrow(message);
  });
});
