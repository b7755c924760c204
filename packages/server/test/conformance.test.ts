// The conformance suite: the same seeded archive in DuckDB and in PostgreSQL, the same
// questions, checked against answers worked out without SQL (reference.ts), and the
// two engines' JSON compared byte for byte.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { Archive } from '../src/archive.js';
import { DuckDBEngine } from '../src/duckdb.js';
import { openArchive } from '../src/open.js';
import { loadIntoPostgres } from '../src/postgres.js';
import { tileWindow } from '../src/tiles.js';
import type { WindowAnswer } from '../src/wire.js';
import { archiveFile, archiveItems, postgresUrl, type Item } from './fixture.js';
import { expectedDensity, expectedStep, expectedTotals, expectedWindow, type WindowQuestion } from './reference.js';

const DAY = 86_400_000;
const TABLE = 'conformance_events';
const items: Item[] = archiveItems();
const byId = new Map(items.map((item) => [item.id, item]));
const { from: FIRST, to: LAST } = expectedTotals(items);

/** A zoom sweep: the whole span, then windows ending at 70 % of it, from 30 years down to one day, in each grouping. */
function sweep(): WindowQuestion[] {
  const questions: WindowQuestion[] = [];
  const anchor = FIRST + Math.floor((LAST - FIRST) * 0.7);
  const windows = [[FIRST, LAST], ...[10_950, 1_000, 120, 14, 1].map((days) => [anchor - days * DAY, anchor])];
  for (const [from, to] of windows) {
    for (const group of ['none', 'kind', 'country'] as const) {
      questions.push({ from: from!, to: to!, width: 640, px: 12, limit: 400, kinds: null, group });
      questions.push({ from: from!, to: to!, width: 640, px: 12, limit: 400, kinds: ['summit', 'visit'], group });
    }
  }
  return questions;
}

const engines: Record<string, () => Promise<Archive>> = {
  duckdb: async () => openArchive(await archiveFile(), { table: TABLE }),
  postgres: async () => {
    const url = postgresUrl();
    await loadIntoPostgres(await archiveFile(), url, { table: TABLE });
    return openArchive(url, { table: TABLE });
  },
};

const opened = new Map<string, Promise<Archive>>();
const open = (name: string) => {
  if (!opened.has(name)) opened.set(name, engines[name]!());
  return opened.get(name)!;
};
afterAll(async () => {
  for (const archive of opened.values()) await archive.then((a) => a.close()).catch(() => {});
});

/** The answer's shape as the reference states it. */
function shape(answer: WindowAnswer) {
  return {
    mode: answer.mode,
    marks: answer.marks,
    events: answer.events.map((e) => e.id),
    ...(answer.lanes
      ? {
          lanes: answer.lanes.map((lane) => ({
            key: lane.key,
            count: lane.count,
            bins: lane.bins.map(({ index, count, kinds, first, last }) => ({ index, count, kinds, first, last })),
            events: lane.events,
          })),
        }
      : {}),
  };
}

describe.each(Object.keys(engines))('%s', (name) => {
  let archive: Archive;
  beforeAll(async () => {
    archive = await open(name);
  }, 120_000);

  test('totals count every event of the archive by kind and by country, with its span', () => {
    const expected = expectedTotals(items);
    const totals = archive.totals();
    expect(totals.total).toBe(expected.total);
    expect(totals.span).toEqual({
      from: expected.from,
      to: expected.to,
      start: new Date(expected.from).toISOString().slice(0, 10),
      end: new Date(expected.to - DAY).toISOString().slice(0, 10),
    });
    expect(totals.kinds).toEqual(expected.kinds);
    expect(totals.countries).toEqual(expected.countries);
    expect(totals.longest).toBe(Math.max(...items.map((item) => item.end - item.start)));
  });

  test('a window holds the events that fit, or per-lane bins with the events alone in theirs, over a zoom sweep', async () => {
    const modes = new Set<string>();
    for (const question of sweep()) {
      const answer = await archive.window(question);
      const expected = expectedWindow(items, question);
      expect(shape(answer), JSON.stringify(question)).toEqual(expected);
      modes.add(answer.mode);
    }
    expect([...modes].sort()).toEqual(['bins', 'events']);
  }, 120_000);

  test('bins tile the window: edges in whole ms, each event in the bin its start falls in', async () => {
    const question: WindowQuestion = {
      from: FIRST + 7,
      to: LAST - 3,
      width: 333,
      px: 7,
      limit: 0,
      kinds: null,
      group: 'none',
    };
    const answer = await archive.window(question);
    expect(answer.bins).toBe(48);
    const records = new Map(answer.events.map((e) => [e.id, e]));
    for (const bin of answer.lanes![0]!.bins) {
      expect(bin.end).toBeGreaterThan(bin.start);
      for (const id of [bin.first, bin.last]) {
        const start = byId.get(id)!.start;
        if (bin.index > 0) expect(start).toBeGreaterThanOrEqual(bin.start);
        expect(start).toBeLessThan(bin.end);
        expect(records.get(id)!.start).toBe(new Date(start).toISOString().slice(0, 10));
      }
    }
  }, 60_000);

  test('records carry the timeline’s fields: id, title, kind, EDTF date, first and last day, precision, status, countries, place', async () => {
    const answer = await archive.window({
      from: FIRST,
      to: LAST,
      width: 640,
      px: 12,
      limit: 5000,
      kinds: null,
      group: 'none',
    });
    expect(answer.mode).toBe('events');
    expect(answer.events).toHaveLength(items.length);
    for (const record of answer.events) {
      const item = byId.get(record.id)!;
      expect(record).toEqual({
        id: item.id,
        title: item.title,
        kind: item.kind,
        date: item.date,
        start: new Date(item.start).toISOString().slice(0, 10),
        end: new Date(item.end - DAY).toISOString().slice(0, 10),
        precision: item.precision,
        status: item.status,
        countries: item.countries,
        ...(item.place ? { location: { place: item.place, country: item.placeCountry } } : {}),
      });
    }
  }, 60_000);

  test('density counts the events that start in each slice of the span, under a kind filter too', async () => {
    for (const kinds of [null, ['call'], ['no-such-kind']]) {
      const q = { from: FIRST, to: LAST, bins: 97, kinds };
      const answer = await archive.density(q);
      expect(answer.counts).toEqual(expectedDensity(items, q));
    }
  }, 60_000);

  test('step goes to the next and previous event from an id or a time, and to the first and last, within the filter', async () => {
    const sorted = [...items].sort((a, b) => a.start - b.start || a.end - b.end || (a.id < b.id ? -1 : 1));
    const middle = sorted[Math.floor(sorted.length / 2)]!;
    const questions = [
      { direction: 'first', kinds: null },
      { direction: 'last', kinds: null },
      { direction: 'last', kinds: ['parade'] },
      { direction: 'next', id: middle.id, kinds: null },
      { direction: 'previous', id: middle.id, kinds: null },
      { direction: 'next', id: middle.id, kinds: ['summit'] },
      { direction: 'previous', id: middle.id, kinds: ['inauguration'] },
      { direction: 'next', id: sorted.at(-1)!.id, kinds: null },
      { direction: 'previous', id: sorted[0]!.id, kinds: null },
      { direction: 'next', at: middle.start, kinds: null },
      { direction: 'previous', at: middle.start, kinds: ['call'] },
      { direction: 'next', at: LAST + DAY, kinds: null },
    ] as const;
    for (const q of questions) {
      const answer = await archive.step(q);
      expect(answer.event?.id ?? null, JSON.stringify(q)).toBe(expectedStep(items, q));
    }
    expect((await archive.step({ direction: 'next', id: sorted.at(-1)!.id, kinds: null })).event).toBeNull();
    await expect(archive.step({ direction: 'next', id: 'no-such-event', kinds: null })).rejects.toThrow(
      'There is no event with id "no-such-event".',
    );
  }, 60_000);

  test('one event by id; an unknown id is not found', async () => {
    const item = items[123]!;
    expect((await archive.event(item.id)).title).toBe(item.title);
    await expect(archive.event(`${item.id}'; DROP TABLE ${TABLE}; --`)).rejects.toThrow('There is no event with id');
    expect((await archive.event(item.id)).id).toBe(item.id);
  });
});

describe('DuckDB and PostgreSQL', () => {
  test('give the same JSON for the same questions, and the same data version', async () => {
    const [duck, pg] = await Promise.all([open('duckdb'), open('postgres')]);
    expect(pg.dataVersion).toBe(duck.dataVersion);
    expect(JSON.stringify(pg.totals())).toBe(JSON.stringify(duck.totals()));
    const tiles = [14, 10, 6, 2, 0].flatMap((z) => {
      const i = Math.floor((FIRST + (LAST - FIRST) * 0.6) / (DAY * 2 ** z));
      return [tileWindow(z, i), tileWindow(z, i + 1)];
    });
    const windows = [
      ...sweep(),
      ...tiles.map((t) => ({ ...t, width: 512, px: 4, limit: 1500, kinds: null, group: 'country' as const })),
    ];
    for (const question of windows) {
      const [a, b] = await Promise.all([duck.window(question), pg.window(question)]);
      expect(JSON.stringify(b), JSON.stringify(question)).toBe(JSON.stringify(a));
    }
    const density = { from: FIRST, to: LAST, bins: 300, kinds: ['meeting', 'call'] };
    expect(JSON.stringify(await pg.density(density))).toBe(JSON.stringify(await duck.density(density)));
    const step = { direction: 'previous', at: FIRST + (LAST - FIRST) / 3, kinds: ['agreement'] } as const;
    expect(JSON.stringify(await pg.step(step))).toBe(JSON.stringify(await duck.step(step)));
    expect(JSON.stringify(await pg.event(items[77]!.id))).toBe(JSON.stringify(await duck.event(items[77]!.id)));
  }, 120_000);
});

describe('an archive too long for prefix counts', () => {
  test('counts long windows from the rollup by start instead, with the same answers', async () => {
    const { engine } = await DuckDBEngine.fromFile(await archiveFile(), 'long_events');
    try {
      // As the loader leaves it when the span's days times the kinds pass PREFIX_MAX_ROWS.
      await engine.query('DELETE FROM long_events_prefix');
      const archive = await Archive.open(engine, { table: 'long_events' });
      expect([archive.rollups, archive.prefix]).toEqual([true, false]);
      for (const question of sweep()) {
        expect(shape(await archive.window(question)), JSON.stringify(question)).toEqual(
          expectedWindow(items, question),
        );
      }
    } finally {
      await engine.close();
    }
  }, 60_000);
});
