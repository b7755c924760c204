// The small seeded archive the tests share, and where the PostgreSQL half finds its server.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { archiveRecords, DAY_MS, writeArchive } from '../scripts/archive.mjs';

export const ROWS = 4000;
export const SEED = 20;

/** A record of the generated archive, as the tests reckon with it (times in UTC ms, end exclusive). */
export interface Item {
  id: string;
  kind: string;
  title: string;
  date: string;
  start: number;
  end: number;
  precision: string;
  status: string;
  countries: string[];
  place: string | null;
  placeCountry: string;
}

/** The records the archive file holds, straight from the generator. */
export function archiveItems(): Item[] {
  return [...archiveRecords({ rows: ROWS, seed: SEED })].map((r) => ({
    id: r.id,
    kind: r.kind,
    title: r.title,
    date: r.date,
    start: r.startDay * DAY_MS,
    end: (r.endDay + 1) * DAY_MS,
    precision: r.precision,
    status: r.status,
    countries: r.countries,
    place: r.place,
    placeCountry: r.placeCountry,
  }));
}

let file: Promise<string> | undefined;

/** The archive as Parquet, written once per test file. */
export function archiveFile(): Promise<string> {
  file ??= (async () => {
    const path = join(mkdtempSync(join(tmpdir(), 'summitline-test-')), 'archive.parquet');
    await writeArchive({ rows: ROWS, seed: SEED, file: path });
    return path;
  })();
  return file;
}

/**
 * The PostgreSQL server the conformance suite runs against. `npm test` installs and
 * starts Debian's PostgreSQL and sets SUMMITLINE_PG_URL; without it the PostgreSQL
 * tests fail, saying how to give one.
 */
export function postgresUrl(): string {
  const url = process.env.SUMMITLINE_PG_URL;
  if (!url) {
    throw new Error(
      [
        'The PostgreSQL half of the conformance suite needs a PostgreSQL server, and SUMMITLINE_PG_URL is not set.',
        'Either run `npm test` (as root on Debian it installs and starts Debian’s postgresql package itself),',
        'or start PostgreSQL and set SUMMITLINE_PG_URL=postgres://user:password@host:5432/database',
        '(a database in which the tests may create and drop tables).',
      ].join('\n'),
    );
  }
  return url;
}
