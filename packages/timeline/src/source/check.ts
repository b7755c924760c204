// Checks of a server's answers against the wire format, field by field, so that a wrong
// answer is reported where it is wrong (`lanes[0].bins[3].count is "7"; expected a whole
// number`) rather than failing somewhere in the drawing. Written out: the answers have
// a handful of shapes, and a schema library would cost more bytes than these lines.
import type { SourceDensity, SourceRecord, SourceTotals, SourceWindow } from './source.js';

/** What is wrong with an answer: the field, as a path from the answer, and what was expected there. */
export class AnswerProblem extends Error {
  constructor(
    readonly field: string,
    message: string,
  ) {
    super(`${field || 'the answer'} ${message}`);
  }
}

type Check = (value: unknown, path: string) => void;

/** A value as a message shows it: short, and saying what it is. */
function shown(value: unknown): string {
  if (value === undefined) return 'missing';
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'object') return 'an object';
  const text = typeof value === 'string' ? JSON.stringify(value) : String(value);
  return text.length > 60 ? `${text.slice(0, 59)}…` : text;
}

function is(test: (value: unknown) => boolean, expected: string): Check {
  return (value, path) => {
    if (!test(value)) throw new AnswerProblem(path, `is ${shown(value)}; expected ${expected}`);
  };
}

const join = (path: string, key: string | number) =>
  typeof key === 'number' ? `${path}[${key}]` : path ? `${path}.${key}` : key;

const text = is((v) => typeof v === 'string', 'a string');
const name = is((v) => typeof v === 'string' && v.length > 0, 'a non-empty string');
const whole = is((v) => Number.isSafeInteger(v) && (v as number) >= 0, 'a whole number');
const integer = is((v) => Number.isSafeInteger(v), 'a whole number of ms');
const positive = is((v) => typeof v === 'number' && Number.isFinite(v) && v >= 0, 'a number, 0 or more');
const day = is((v) => typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v), 'a day, YYYY-MM-DD');
const oneOf = (...values: string[]) =>
  is((v) => values.includes(v as string), `one of ${values.map((v) => JSON.stringify(v)).join(', ')}`);

function list(each: Check): Check {
  return (value, path) => {
    if (!Array.isArray(value)) throw new AnswerProblem(path, `is ${shown(value)}; expected an array`);
    value.forEach((item, i) => each(item, join(path, i)));
  };
}

function nullable(check: Check): Check {
  return (value, path) => (value === null ? undefined : check(value, path));
}

/** An object with these fields (and, if present, the optional ones); other fields are let be. */
function object(fields: Record<string, Check>, optional: Record<string, Check> = {}): Check {
  return (value, path) => {
    if (!value || typeof value !== 'object' || Array.isArray(value)) {
      throw new AnswerProblem(path, `is ${shown(value)}; expected an object`);
    }
    const record = value as Record<string, unknown>;
    for (const [key, check] of Object.entries(fields)) check(record[key], join(path, key));
    for (const [key, check] of Object.entries(optional)) {
      if (record[key] !== undefined) check(record[key], join(path, key));
    }
  };
}

const keyCount = object({ key: text, count: whole });
const kindFilter = nullable(list(text));

const recordFields = object(
  {
    id: name,
    title: text,
    kind: name,
    start: day,
    end: day,
    precision: oneOf('day', 'month', 'year'),
    status: oneOf('happened', 'planned', 'postponed', 'cancelled'),
    countries: list(text),
  },
  { date: text, summary: text },
);

const record: Check = (value, path) => {
  recordFields(value, path);
  const { start, end } = value as SourceRecord;
  if (end < start) throw new AnswerProblem(join(path, 'end'), `is ${shown(end)}, before start ${shown(start)}`);
};

const totals = object({
  dataVersion: name,
  total: whole,
  span: nullable(object({ from: integer, to: integer, start: day, end: day })),
  longest: positive,
  kinds: list(keyCount),
  countries: list(keyCount),
});

const density = object({ from: integer, to: integer, kinds: kindFilter, counts: list(whole) });

const bin = object({
  index: whole,
  start: integer,
  end: integer,
  count: whole,
  kinds: list(keyCount),
  first: name,
  last: name,
});
const lane = object({ key: text, count: whole, bins: list(bin), events: list(name) });

const windowFields = object(
  {
    from: integer,
    to: integer,
    width: whole,
    group: oneOf('none', 'kind', 'country'),
    kinds: kindFilter,
    mode: oneOf('events', 'bins'),
    marks: whole,
    limit: whole,
    bins: whole,
    binLength: positive,
    events: list(record),
  },
  { lanes: list(lane), tile: object({ z: integer, i: integer }) },
);

/** Checks a `/v1/totals` answer. */
export function checkTotals(value: unknown): SourceTotals {
  totals(value, '');
  return value as SourceTotals;
}

/** Checks a `/v1/density` answer of `bins` slices. */
export function checkDensity(value: unknown, bins: number): SourceDensity {
  density(value, '');
  const { counts } = value as SourceDensity;
  if (counts.length !== bins) throw new AnswerProblem('counts', `has ${counts.length} numbers; expected ${bins}`);
  return value as SourceDensity;
}

/**
 * Checks a `/v1/window` or `/v1/tile` answer: its fields, that bins mode has lanes, and
 * that every id the lanes name is among its records. `expected` holds what it must echo.
 */
export function checkWindow(
  value: unknown,
  expected: { from: number; to: number; group: string; tile?: { z: number; i: number } },
): Omit<SourceWindow, 'dataVersion'> {
  windowFields(value, '');
  const answer = value as SourceWindow & { tile?: { z: number; i: number } };
  for (const key of ['from', 'to', 'group'] as const) {
    if (answer[key] !== expected[key]) {
      throw new AnswerProblem(key, `is ${shown(answer[key])}; expected ${shown(expected[key])}, as asked`);
    }
  }
  if (expected.tile && (answer.tile?.z !== expected.tile.z || answer.tile.i !== expected.tile.i)) {
    const got = answer.tile ? `z ${answer.tile.z}, i ${answer.tile.i}` : 'missing';
    throw new AnswerProblem('tile', `is ${got}; expected z ${expected.tile.z}, i ${expected.tile.i}, as asked`);
  }
  if (answer.mode === 'bins') {
    if (!answer.lanes) throw new AnswerProblem('lanes', 'is missing; expected the lanes of an answer in bins mode');
    const ids = new Set(answer.events.map((event) => event.id));
    const known = (id: string, path: string) => {
      if (!ids.has(id)) throw new AnswerProblem(path, `names ${shown(id)}, which is not among the answer's events`);
    };
    answer.lanes.forEach((l, i) => {
      l.bins.forEach((b, j) => {
        known(b.first, `lanes[${i}].bins[${j}].first`);
        known(b.last, `lanes[${i}].bins[${j}].last`);
      });
      l.events.forEach((id, j) => known(id, `lanes[${i}].events[${j}]`));
    });
  }
  return answer;
}

/** Checks a `/v1/step` answer: `{ event }`, a record or null. */
export function checkStep(value: unknown): SourceRecord | null {
  object({ event: nullable(record) })(value, '');
  return (value as { event: SourceRecord | null }).event;
}

/** Checks a `/v1/event` answer: `{ event }`, a record. */
export function checkEvent(value: unknown): SourceRecord {
  object({ event: record })(value, '');
  return (value as { event: SourceRecord }).event;
}

/** The wire format's error answer, if that is what `value` is. */
export function errorAnswer(value: unknown): { code: string; message: string; parameter?: string } | undefined {
  const error = (value as { error?: unknown } | null)?.error as Record<string, unknown> | undefined;
  if (!error || typeof error.code !== 'string' || typeof error.message !== 'string') return undefined;
  return {
    code: error.code,
    message: error.message,
    ...(typeof error.parameter === 'string' ? { parameter: error.parameter } : {}),
  };
}
