import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderFiles, toQuotesCSV } from '../scripts/generate.mjs';
import { type DiplomaticEvent, EVENT_KINDS, events, sources } from '../src/index.js';
import { parseCSV } from './csv.js';
import { packageDir, seedsDir } from './paths.js';

const { version } = JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8'));
const files = renderFiles({ events, sources, version, kinds: EVENT_KINDS }) as Record<string, string>;
const datapackage = JSON.parse(files['datapackage.json']!);
const resource = (name: string) => datapackage.resources.find((r: { name: string }) => r.name === name);
const fieldNames = (name: string) => resource(name).schema.fields.map((f: { name: string }) => f.name);

describe('generated data files', () => {
  it.each(Object.keys(files))('data/%s is in sync with the records (run `npm run build` to regenerate)', (name) => {
    expect(readFileSync(join(packageDir, 'data', name), 'utf8')).toBe(files[name]);
  });

  it('events.csv has one row per record and a column per field of the table schema', () => {
    const csv = files['events.csv']!;
    const pkg = JSON.parse(files['datapackage.json']!);
    const header = csv.split('\r\n')[0]!.split(',');
    expect(header).toEqual(pkg.resources[0].schema.fields.map((f: { name: string }) => f.name));
    // Count records, not lines: quoted fields may hold commas and quotes but never line breaks.
    expect(csv.trimEnd().split('\r\n')).toHaveLength(events.length + 1);
  });

  it('lists exactly EVENT_KINDS in the schema enum and in the CSV kind column description', () => {
    const schema = JSON.parse(files['event.schema.json']!);
    expect(schema.properties.kind.enum).toEqual([...EVENT_KINDS]);
    const pkg = JSON.parse(files['datapackage.json']!);
    const kindColumn = pkg.resources[0].schema.fields.find((f: { name: string }) => f.name === 'kind');
    const described = (kindColumn.description as string).replace(/\.$/, '').split(/, | or /);
    expect(described).toEqual([...EVENT_KINDS]);
  });

  it('names exactly EVENT_KINDS in the README’s kind row', () => {
    const readme = readFileSync(join(packageDir, 'README.md'), 'utf8');
    const row = readme.split('\n').find((line) => line.startsWith('| `kind`'))!;
    expect([...row.split('|')[3]!.matchAll(/`([a-z]+)`/g)].map((m) => m[1])).toEqual([...EVENT_KINDS]);
  });

  it('gives date_as_reported its own CSV column, empty where a record has none', () => {
    const [header, ...rows] = parseCSV(files['events.csv']!);
    const column = header!.indexOf('date_as_reported');
    expect(column).toBe(header!.indexOf('date') + 1);
    expect(rows.map((row) => row[column])).toEqual(events.map((e) => e.dateAsReported ?? ''));
  });

  it('every data file the package exports exists, and every data file is exported', () => {
    const pkg = JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8'));
    const targets = Object.values(pkg.exports).filter((t): t is string => typeof t === 'string');
    for (const target of targets) {
      if (target.startsWith('./data/')) expect(() => readFileSync(join(packageDir, target))).not.toThrow();
    }
    expect(Object.keys(files).filter((name) => !targets.includes(`./data/${name}`))).toEqual([]);
    expect(pkg.files).toContain('data');
  });
});

describe('the CSV files, read back with an RFC 4180 reader', () => {
  it('events.csv gives back each record’s id, title, date and summary', () => {
    const [header, ...rows] = parseCSV(files['events.csv']!);
    expect(header).toEqual(fieldNames('events'));
    const column = (name: string) => header!.indexOf(name);
    expect(
      rows.map((row) => [row[column('id')], row[column('title')], row[column('date')], row[column('summary')]]),
    ).toEqual(events.map((e) => [e.id, e.title, e.date, e.summary ?? '']));
  });

  it('quotes.csv has the columns the data package declares, keyed by event and source, each event in events.csv', () => {
    const [header, ...rows] = parseCSV(files['quotes.csv']!);
    expect(header).toEqual(fieldNames('quotes'));
    const quotes = resource('quotes');
    expect(quotes.path).toBe('quotes.csv');
    expect(quotes.schema.primaryKey).toEqual(['event_id', 'source_id']);
    expect(new Set(rows.map((row) => `${row[0]} ${row[1]}`)).size).toBe(rows.length);
    expect(quotes.schema.foreignKeys).toEqual([
      { fields: ['event_id'], reference: { resource: 'events', fields: ['id'] } },
    ]);
    const eventIds = new Set(
      parseCSV(files['events.csv']!)
        .slice(1)
        .map((row) => row[0]),
    );
    expect(rows.filter((row) => !eventIds.has(row[0]))).toEqual([]);
  });

  it('quotes.csv gives back every quote of every record, with its source and offset', () => {
    const rows = parseCSV(files['quotes.csv']!).slice(1);
    const expected = events.flatMap((e) => e.sources.map((s) => [e.id, s.source, String(s.offset), s.quote]));
    expect(rows).toEqual(expected);
    expect(rows.length).toBeGreaterThan(events.length);
  });

  it('quotes.csv offsets find each quote in the article it names', () => {
    const texts = new Map(sources.map((s) => [s.id, readFileSync(join(seedsDir, s.file), 'utf8')]));
    const wrong = parseCSV(files['quotes.csv']!)
      .slice(1)
      .filter(
        ([, source, offset, quote]) =>
          texts.get(source!)!.slice(Number(offset), Number(offset) + quote!.length) !== quote,
      );
    expect(wrong).toEqual([]);
  });

  it('quotes.csv keeps commas, double quotes and line breaks inside a quote', () => {
    const quote = 'He said, "no" —\r\nand left, “twice”';
    const event = { id: 'e', sources: [{ source: 's', quote, offset: 7 }] } as unknown as DiplomaticEvent;
    expect(parseCSV(toQuotesCSV([event]))).toEqual([fieldNames('quotes'), ['e', 's', '7', quote]]);
  });
});

describe('the RFC 4180 reader the tests use', () => {
  it('reads quoted fields with commas, doubled quotes and CRLF, and empty fields', () => {
    expect(parseCSV('a,"b, ""c""",\r\n"x\r\ny",z,\r\n')).toEqual([
      ['a', 'b, "c"', ''],
      ['x\r\ny', 'z', ''],
    ]);
  });

  it.each([
    ['a"b,c\r\n', /quote inside an unquoted field/],
    ['"ab"c,d\r\n', /where a comma or CRLF should be/],
    ['"abc\r\n', /unclosed quote/],
    ['a,b\nc,d\r\n', /where a comma or CRLF should be/],
    ['a,b', /does not end with CRLF/],
  ])('rejects %j', (text, message) => {
    expect(() => parseCSV(text)).toThrow(message);
  });
});
