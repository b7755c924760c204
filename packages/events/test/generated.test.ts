import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderFiles } from '../scripts/generate.mjs';
import { EVENT_KINDS, events, sources } from '../src/index.js';
import { packageDir } from './paths.js';

const { version } = JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8'));
const files = renderFiles({ events, sources, version, kinds: EVENT_KINDS }) as Record<string, string>;

/** RFC 4180: quoted fields may hold commas and doubled quotes; rows end with CRLF. */
function parseCSV(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted && c === '"' && text[i + 1] === '"') {
      field += '"';
      i++;
    } else if (c === '"') {
      quoted = !quoted;
    } else if (!quoted && c === ',') {
      row.push(field);
      field = '';
    } else if (!quoted && c === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i++;
    } else {
      field += c;
    }
  }
  return rows;
}

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

  it('every data file the package exports exists', () => {
    const pkg = JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8'));
    for (const target of Object.values(pkg.exports).filter((t): t is string => typeof t === 'string')) {
      if (target.startsWith('./data/')) expect(() => readFileSync(join(packageDir, target))).not.toThrow();
    }
  });
});
