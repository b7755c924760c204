// Reading files: the data package's own JSON and CSV, and records with problems, which
// are reported one by one while the good ones still load.
import { events } from '@summitline/events';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { Archive } from '../src/archive.js';
import { DuckDBEngine } from '../src/duckdb.js';
import { formatReport } from '../src/load.js';

const data = (file: string) => fileURLToPath(new URL(`../../events/data/${file}`, import.meta.url));

async function everything(archive: Archive) {
  const span = archive.totals().span!;
  return archive.window({ ...span, width: 800, px: 12, limit: 5000, kinds: null, group: 'none' });
}

describe('the data package’s files', () => {
  test('events.json serves every record as the package gives it', async () => {
    const { engine, report } = await DuckDBEngine.fromFile(data('events.json'));
    const archive = await Archive.open(engine);
    try {
      expect(report).toEqual({ loaded: events.length, problems: [], skipped: 0 });
      const answer = await everything(archive);
      const byId = new Map(answer.events.map((record) => [record.id, record]));
      for (const event of events) expect(byId.get(event.id)).toEqual(JSON.parse(JSON.stringify(event)));
    } finally {
      await archive.close();
    }
  });

  test('events.csv serves the same events, the same kinds and countries, with the CSV’s other columns as given', async () => {
    const { engine } = await DuckDBEngine.fromFile(data('events.csv'));
    const archive = await Archive.open(engine);
    try {
      const answer = await everything(archive);
      expect(answer.events).toHaveLength(events.length);
      const byId = new Map(answer.events.map((record) => [record.id, record]));
      for (const event of events) {
        const record = byId.get(event.id)!;
        const { id, title, kind, date, start, end, precision, status, countries, summary } = event;
        expect(record).toMatchObject({ id, title, kind, date, start, end, precision, status, countries });
        expect(record.summary).toBe(summary);
        expect(record.plover).toBe(event.plover);
        expect(record.date_basis).toBe(event.dateBasis);
      }
    } finally {
      await archive.close();
    }
  });
});

describe('records with problems', () => {
  test('are left out and reported by position, id, field and why; the good ones load', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'summitline-load-'));
    const file = join(dir, 'mixed.json');
    const good = { title: 'Talks', kind: 'meeting', start: '2020-01-02', end: '2020-01-03', countries: ['FRA'] };
    writeFileSync(
      file,
      JSON.stringify([
        { id: 'a', ...good },
        { id: 'b', ...good, title: '' },
        { id: 'c', ...good, start: '2020-02-30' },
        { id: 'd', ...good, end: '2019-12-31' },
        { id: 'a', ...good },
        { id: 'e', ...good, precision: 'week' },
        { id: 'f', ...good, status: 'rumoured' },
        { ...good },
        { id: 'g', ...good, kind: 'summit' },
      ]),
    );
    const { engine, report } = await DuckDBEngine.fromFile(file);
    const archive = await Archive.open(engine);
    try {
      expect(report.loaded).toBe(2);
      expect(report.skipped).toBe(7);
      expect(report.problems).toEqual([
        { index: 1, id: 'b', field: 'title', message: 'has no title' },
        { index: 2, id: 'c', field: 'start', message: 'start "2020-02-30" is not a day (YYYY-MM-DD)' },
        { index: 3, id: 'd', field: 'end', message: 'end "2019-12-31" is before start "2020-01-02"' },
        { index: 4, id: 'a', field: 'id', message: 'id "a" is already used by an earlier record' },
        { index: 5, id: 'e', field: 'precision', message: 'precision "week" is not one of day, month, year' },
        {
          index: 6,
          id: 'f',
          field: 'status',
          message: 'status "rumoured" is not one of happened, planned, postponed, cancelled',
        },
        { index: 7, field: 'id', message: 'has no id' },
      ]);
      expect(formatReport('mixed.json', report)[0]).toBe('mixed.json: 7 record(s) left out:');
      expect(formatReport('mixed.json', report)[2]).toBe(
        '  record 2 (c), start: start "2020-02-30" is not a day (YYYY-MM-DD)',
      );
      const answer = await everything(archive);
      expect(answer.events.map((e) => [e.id, e.kind, e.start, e.end, e.countries])).toEqual([
        ['a', 'meeting', '2020-01-02', '2020-01-03', ['FRA']],
        ['g', 'summit', '2020-01-02', '2020-01-03', ['FRA']],
      ]);
    } finally {
      await archive.close();
    }
  });

  test('a file without the fields a record needs is refused, naming the field', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'summitline-load-'));
    const file = join(dir, 'no-start.csv');
    writeFileSync(file, 'id,title,kind\na,Talks,meeting\n');
    await expect(DuckDBEngine.fromFile(file)).rejects.toThrow(
      `${file} has no "start" field; records need id, title, kind and start (YYYY-MM-DD).`,
    );
    await expect(DuckDBEngine.fromFile(join(dir, 'archive.xlsx'))).rejects.toThrow('There is no file at');
    writeFileSync(join(dir, 'archive.xlsx'), '');
    await expect(DuckDBEngine.fromFile(join(dir, 'archive.xlsx'))).rejects.toThrow(
      'give a .parquet, .csv or .json file (or a postgres:// connection string)',
    );
  });
});
