import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderFiles } from '../scripts/generate.mjs';
import { events, sources } from '../src/index.js';
import { packageDir } from './paths.js';

const { version } = JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8'));
const files = renderFiles({ events, sources, version }) as Record<string, string>;

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

  it('every data file the package exports exists', () => {
    const pkg = JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8'));
    for (const target of Object.values(pkg.exports).filter((t): t is string => typeof t === 'string')) {
      if (target.startsWith('./data/')) expect(() => readFileSync(join(packageDir, target))).not.toThrow();
    }
  });
});
