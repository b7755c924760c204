// A seeded, realistic archive of diplomatic events, written as Parquet through DuckDB
// (sorted by start, then end, then id, in row groups that a window can skip). The same
// seed and size give the same file, byte for byte in its rows.
//
// What makes it realistic: the data package's kinds in the proportions a newsroom's archive of
// diplomacy has (calls, meetings and visits most, parades and inaugurations rare);
// countries drawn from weights (the great powers appear most); more events each decade
// since 1945; bursts of meetings, calls and statements around each summit, among its
// countries; multi-day visits, summits and military operations; some records known
// only to the month or the year (more of them in early decades); planned records after
// the archive's "today", and a few postponed or cancelled ones.
import { DuckDBDataChunk, DuckDBInstance, INTEGER, VARCHAR } from '@duckdb/node-api';
import { EVENT_KINDS } from '@summitline/events';

export const DAY_MS = 86_400_000;
/** First and last day of the archive, and the day it was "written" (later records are planned). */
export const FIRST_DAY = Date.UTC(1945, 0, 1) / DAY_MS;
export const LAST_DAY = Date.UTC(2027, 11, 31) / DAY_MS;
export const TODAY = Date.UTC(2026, 11, 1) / DAY_MS;

/**
 * Each kind's share of the archive (summits also come with bursts around them). The
 * kinds are the data package's own (`EVENT_KINDS`); one it adds later that has no share
 * here gets the smallest, and a title like `other`'s.
 */
const KIND_SHARES = {
  call: 22,
  meeting: 20,
  visit: 15,
  statement: 14,
  agreement: 7,
  military: 5,
  summit: 3,
  legislation: 4,
  parade: 1,
  inauguration: 1,
  other: 8,
};
const KIND_WEIGHTS = EVENT_KINDS.map((kind) => [kind, KIND_SHARES[kind] ?? 1]);

/** Countries (ISO 3166-1 alpha-3), their weight, name and capital. */
const COUNTRIES = [
  ['USA', 30, 'United States', 'Washington'],
  ['CHN', 22, 'China', 'Beijing'],
  ['RUS', 20, 'Russia', 'Moscow'],
  ['GBR', 14, 'United Kingdom', 'London'],
  ['FRA', 13, 'France', 'Paris'],
  ['DEU', 12, 'Germany', 'Berlin'],
  ['JPN', 10, 'Japan', 'Tokyo'],
  ['IND', 9, 'India', 'New Delhi'],
  ['KOR', 7, 'South Korea', 'Seoul'],
  ['PRK', 5, 'North Korea', 'Pyongyang'],
  ['UKR', 6, 'Ukraine', 'Kyiv'],
  ['TUR', 6, 'Turkey', 'Ankara'],
  ['IRN', 5, 'Iran', 'Tehran'],
  ['ISR', 5, 'Israel', 'Jerusalem'],
  ['SAU', 5, 'Saudi Arabia', 'Riyadh'],
  ['EGY', 4, 'Egypt', 'Cairo'],
  ['BRA', 5, 'Brazil', 'Brasília'],
  ['MEX', 3, 'Mexico', 'Mexico City'],
  ['CAN', 4, 'Canada', 'Ottawa'],
  ['ITA', 5, 'Italy', 'Rome'],
  ['ESP', 3, 'Spain', 'Madrid'],
  ['POL', 3, 'Poland', 'Warsaw'],
  ['PAK', 4, 'Pakistan', 'Islamabad'],
  ['IDN', 3, 'Indonesia', 'Jakarta'],
  ['VNM', 3, 'Vietnam', 'Hanoi'],
  ['AUS', 3, 'Australia', 'Canberra'],
  ['ZAF', 3, 'South Africa', 'Pretoria'],
  ['NGA', 2, 'Nigeria', 'Abuja'],
  ['ETH', 2, 'Ethiopia', 'Addis Ababa'],
  ['ARG', 2, 'Argentina', 'Buenos Aires'],
  ['CUB', 2, 'Cuba', 'Havana'],
  ['QAT', 2, 'Qatar', 'Doha'],
  ['ARE', 2, 'United Arab Emirates', 'Abu Dhabi'],
  ['KAZ', 2, 'Kazakhstan', 'Astana'],
  ['BLR', 2, 'Belarus', 'Minsk'],
  ['SRB', 1, 'Serbia', 'Belgrade'],
  ['SYR', 2, 'Syria', 'Damascus'],
  ['AFG', 2, 'Afghanistan', 'Kabul'],
  ['IRQ', 2, 'Iraq', 'Baghdad'],
  ['MNG', 1, 'Mongolia', 'Ulaanbaatar'],
  ['SGP', 1, 'Singapore', 'Singapore'],
  ['CHE', 1, 'Switzerland', 'Geneva'],
  ['NOR', 1, 'Norway', 'Oslo'],
  ['FIN', 1, 'Finland', 'Helsinki'],
  ['VAT', 1, 'Holy See', 'Vatican City'],
];

const TITLES = {
  call: (a, b) => `Phone call between the leaders of ${a} and ${b}`,
  meeting: (a, b) => `Talks between ${a} and ${b}`,
  visit: (a, b) => `Leader of ${a} visits ${b}`,
  statement: (a) => `${a} issues a statement`,
  agreement: (a, b) => `${a} and ${b} sign an agreement`,
  military: (a) => `Military operation by ${a}`,
  summit: (a, b) => `Summit of ${a}, ${b} and others`,
  legislation: (a) => `Parliament of ${a} passes a law`,
  parade: (a) => `Military parade in ${a}`,
  inauguration: (a) => `Inauguration of the leader of ${a}`,
  other: (a) => `Diplomatic event involving ${a}`,
};

/** Mulberry32: a small, fast, seeded generator of floats in [0, 1). */
export function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function picker(entries, rand) {
  const total = entries.reduce((sum, entry) => sum + entry[1], 0);
  const cumulative = [];
  let sum = 0;
  for (const entry of entries) cumulative.push((sum += entry[1] / total));
  return () => {
    const r = rand();
    let lo = 0;
    let hi = cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cumulative[mid] < r) lo = mid + 1;
      else hi = mid;
    }
    return entries[lo];
  };
}

/** A day drawn so that each decade has more events than the one before (about ×1.35). */
function dayPicker(rand) {
  const span = LAST_DAY - FIRST_DAY;
  const growth = Math.log(1.35) / 3652.5;
  const top = Math.exp(growth * span) - 1;
  return () => FIRST_DAY + Math.floor(Math.log(1 + rand() * top) / growth);
}

function distinctCountries(count, pickCountry, first) {
  const chosen = first ? [first] : [];
  for (let tries = 0; chosen.length < count && tries < 50; tries++) {
    const [code] = pickCountry();
    if (!chosen.includes(code)) chosen.push(code);
  }
  return chosen;
}

const pad = (n, width = 2) => String(n).padStart(width, '0');
function isoDay(day) {
  const date = new Date(day * DAY_MS);
  return `${pad(date.getUTCFullYear(), 4)}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;
}

/**
 * The archive's records, one object at a time, in no particular order: `{ id, kind,
 * title, date, startDay, endDay, precision, status, countries, place, placeCountry }`.
 * Days are counted from 1970-01-01.
 *
 * @param {{ rows: number, seed?: number }} options
 * @returns {Generator<{ id: string, kind: string, title: string, date: string, startDay: number,
 *   endDay: number, precision: string, status: string, countries: string[], place: string | null,
 *   placeCountry: string }>}
 */
export function* archiveRecords({ rows, seed = 1 }) {
  const rand = random(seed);
  const pickKind = picker(KIND_WEIGHTS, rand);
  const pickCountry = picker(COUNTRIES, rand);
  const pickDay = dayPicker(rand);
  const byCode = new Map(COUNTRIES.map((c) => [c[0], c]));
  const name = (code) => byCode.get(code)[2];
  let n = 0;
  let burst = [];
  while (n < rows) {
    let kind;
    let countries;
    let startDay;
    if (burst.length) {
      // Around a summit: talks, calls and statements among its countries, within ten days.
      const around = burst.pop();
      kind = around.kind;
      countries = around.countries;
      startDay = around.day;
    } else {
      kind = pickKind()[0];
      startDay = pickDay();
      const size =
        kind === 'summit'
          ? 3 + Math.floor(rand() * 6)
          : ['call', 'meeting', 'visit', 'agreement'].includes(kind)
            ? 2
            : rand() < 0.3
              ? 2
              : 1;
      countries = distinctCountries(size, pickCountry);
      if (kind === 'summit') {
        const extra = Math.floor(rand() * 12);
        for (let i = 0; i < extra && n + burst.length + 1 < rows; i++) {
          const pair = distinctCountries(2, () => [countries[Math.floor(rand() * countries.length)]]);
          burst.push({
            kind: ['meeting', 'call', 'statement', 'meeting', 'agreement'][Math.floor(rand() * 5)],
            countries: pair.length === 2 ? pair : countries.slice(0, 2),
            day: Math.min(LAST_DAY, Math.max(FIRST_DAY, startDay + Math.floor(rand() * 21) - 10)),
          });
        }
      }
    }
    const length =
      kind === 'visit'
        ? 1 + Math.floor(rand() * 5)
        : kind === 'summit'
          ? 1 + Math.floor(rand() * 3)
          : kind === 'military'
            ? 1 + Math.floor(rand() * rand() * 60)
            : 1;
    let endDay = Math.min(LAST_DAY, startDay + length - 1);
    const early = startDay < Date.UTC(1980, 0, 1) / DAY_MS;
    const roll = rand();
    let precision = 'day';
    let date;
    if (roll < (early ? 0.02 : 0.005)) {
      precision = 'year';
      const year = new Date(startDay * DAY_MS).getUTCFullYear();
      startDay = Date.UTC(year, 0, 1) / DAY_MS;
      endDay = Math.min(LAST_DAY, Date.UTC(year, 11, 31) / DAY_MS);
      date = String(year);
    } else if (roll < (early ? 0.15 : 0.06)) {
      precision = 'month';
      const at = new Date(startDay * DAY_MS);
      startDay = Date.UTC(at.getUTCFullYear(), at.getUTCMonth(), 1) / DAY_MS;
      endDay = Math.min(LAST_DAY, Date.UTC(at.getUTCFullYear(), at.getUTCMonth() + 1, 0) / DAY_MS);
      date = isoDay(startDay).slice(0, 7);
    } else {
      date = endDay > startDay ? `${isoDay(startDay)}/${isoDay(endDay)}` : isoDay(startDay);
    }
    const statusRoll = rand();
    const status =
      startDay > TODAY
        ? statusRoll < 0.9
          ? 'planned'
          : 'postponed'
        : statusRoll < 0.004
          ? 'cancelled'
          : statusRoll < 0.008
            ? 'postponed'
            : 'happened';
    const [a, b = a] = countries.map(name);
    const host = kind === 'visit' ? countries[1] : countries[0];
    n++;
    yield {
      id: `${kind}-${isoDay(startDay)}-${n.toString(36)}`,
      kind,
      title: (TITLES[kind] ?? TITLES.other)(a, b),
      date,
      startDay,
      endDay,
      precision,
      status,
      countries,
      place: ['visit', 'summit', 'parade', 'inauguration', 'meeting'].includes(kind) ? byCode.get(host)[3] : null,
      placeCountry: host,
    };
  }
}

const CHUNK = 2048;
const STAGING_COLUMNS = [
  ['id', VARCHAR],
  ['kind', VARCHAR],
  ['title', VARCHAR],
  ['date', VARCHAR],
  ['start_day', INTEGER],
  ['end_day', INTEGER],
  ['precision', VARCHAR],
  ['status', VARCHAR],
  ['countries', VARCHAR],
  ['place', VARCHAR],
  ['place_country', VARCHAR],
];

/**
 * Writes `rows` records of the seeded archive to `file` as Parquet (zstd, row groups of
 * 100,000, sorted by start, end and id). Columns: id, kind, title, date (EDTF), start
 * and end (DATE, end inclusive), precision, status, countries (VARCHAR[]), location
 * (STRUCT(place, country)).
 *
 * @param {{ rows: number, seed?: number, file: string, onProgress?: (written: number) => void }} options
 */
export async function writeArchive({ rows, seed = 1, file, onProgress }) {
  const instance = await DuckDBInstance.create(':memory:');
  const connection = await instance.connect();
  try {
    await connection.run(
      `CREATE TABLE staging (${STAGING_COLUMNS.map(([name, type]) => `"${name}" ${type.toString()}`).join(', ')})`,
    );
    const appender = await connection.createAppender('staging');
    const types = STAGING_COLUMNS.map(([, type]) => type);
    let columns = types.map(() => []);
    let written = 0;
    const flush = () => {
      const chunk = DuckDBDataChunk.create(types, columns[0].length);
      chunk.setColumns(columns);
      appender.appendDataChunk(chunk);
      written += columns[0].length;
      columns = types.map(() => []);
      onProgress?.(written);
    };
    for (const r of archiveRecords({ rows, seed })) {
      const values = [
        r.id,
        r.kind,
        r.title,
        r.date,
        r.startDay,
        r.endDay,
        r.precision,
        r.status,
        r.countries.join(';'),
        r.place,
        r.placeCountry,
      ];
      for (let i = 0; i < values.length; i++) columns[i].push(values[i]);
      if (columns[0].length === CHUNK) flush();
    }
    if (columns[0].length) flush();
    appender.closeSync();
    const path = file.replaceAll("'", "''");
    await connection.run(`COPY (
      SELECT id, kind, title, date,
             DATE '1970-01-01' + start_day AS start,
             DATE '1970-01-01' + end_day AS "end",
             precision, status,
             string_split(countries, ';') AS countries,
             CASE WHEN place IS NULL THEN NULL ELSE {'place': place, 'country': place_country} END AS location
      FROM staging
      ORDER BY start_day, end_day, id
    ) TO '${path}' (FORMAT parquet, COMPRESSION zstd, ROW_GROUP_SIZE 100000)`);
    return { rows: written, file };
  } finally {
    connection.closeSync();
    instance.closeSync();
  }
}

export { isoDay };
