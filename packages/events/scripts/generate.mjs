// Writes the data files of @summitline/events (events.json, sources.json,
// events.csv, quotes.csv, event.schema.json, datapackage.json) from the built package, whose
// records carry start, end and precision derived from each EDTF date, so that every
// format carries the same records. `renderFiles` is pure, so tests can check that the
// files on disk are in sync with the records.
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { eventSchema } from './schema.mjs';

/** "a, b or c" */
function orList(words) {
  return words.length < 2 ? words.join('') : `${words.slice(0, -1).join(', ')} or ${words.at(-1)}`;
}

/** The CSV columns: [name, Table Schema type, description]; the kind column lists `kinds`. */
export function csvColumns(kinds) {
  return [
    ['id', 'string', 'Stable kebab-case slug.'],
    ['kind', 'string', `${orList(kinds)}.`],
    ['title', 'string', 'Short neutral headline.'],
    ['date', 'string', 'EDTF date or interval, with ? (uncertain), ~ (approximate) or % (both).'],
    [
      'date_as_reported',
      'string',
      'Where date rests on the public record: the EDTF date or period the article alone gives (an end may be open, ..).',
    ],
    ['start', 'date', 'First day covered, derived from date.'],
    ['end', 'date', 'Last day covered (inclusive), derived from date.'],
    ['precision', 'string', 'day, month or year, derived from date.'],
    ['status', 'string', 'happened, planned, postponed or cancelled, as the source reports it.'],
    [
      'countries',
      'string',
      'ISO 3166-1 alpha-3 codes of the countries taking part (every participant’s and the host’s), separated by "; ".',
    ],
    ['participants', 'string', 'Name (role, country), separated by "; ".'],
    ['place', 'string', 'Where it took place.'],
    ['place_country', 'string', 'ISO 3166-1 alpha-3 code of the place: the host.'],
    ['summary', 'string', 'One or two sentences.'],
    ['cameo', 'string', 'CAMEO event code.'],
    ['plover', 'string', 'PLOVER event category.'],
    ['date_text', 'string', 'The words the article used for the date.'],
    ['date_basis', 'string', 'How the date was found.'],
    ['sources', 'string', 'Source ids (see sources.json), separated by "; ".'],
    ['quote', 'string', 'The first source quote, verbatim; every quote, with its offset, is in quotes.csv.'],
    ['related', 'string', 'relation:id pairs, separated by "; ".'],
  ];
}

/** The quotes.csv columns: [name, Table Schema type, description], one row per event and source. */
export const QUOTE_COLUMNS = [
  ['event_id', 'string', 'The event (id in events.csv).'],
  ['source_id', 'string', 'The article quoted (id in sources.json).'],
  ['offset', 'integer', 'Index of the quote in the article’s text, in UTF-16 code units.'],
  ['quote', 'string', 'The quote, verbatim.'],
];

function csvCell(value) {
  const text = value == null ? '' : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** RFC 4180 CSV: a header row, then one row per array of values; CRLF line ends, fields quoted where needed. */
function csvTable(header, rows) {
  return [header, ...rows].map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
}

function csvRow(event, columns) {
  const participants = event.participants.map((p) => `${p.name} (${[p.role, p.country].filter(Boolean).join(', ')})`);
  const values = {
    ...event,
    countries: event.countries.join('; '),
    participants: participants.join('; '),
    place: event.location?.place,
    place_country: event.location?.country,
    date_as_reported: event.dateAsReported,
    date_text: event.dateText,
    date_basis: event.dateBasis,
    sources: event.sources.map((s) => s.source).join('; '),
    quote: event.sources[0]?.quote,
    related: (event.related ?? []).map((r) => `${r.relation}:${r.id}`).join('; '),
  };
  return columns.map(([name]) => values[name]);
}

/** events.csv: one row per record. */
export function toCSV(events, kinds) {
  const columns = csvColumns(kinds);
  return csvTable(
    columns.map(([name]) => name),
    events.map((event) => csvRow(event, columns)),
  );
}

/** quotes.csv: one row per event and source, in the order of the events and of their sources. */
export function toQuotesCSV(events) {
  return csvTable(
    QUOTE_COLUMNS.map(([name]) => name),
    events.flatMap((event) => event.sources.map((s) => [event.id, s.source, s.offset, s.quote])),
  );
}

function json(value) {
  return JSON.stringify(value, null, 2) + '\n';
}

export function datapackage(version, kinds) {
  return {
    $schema: 'https://datapackage.org/profiles/2.0/datapackage.json',
    name: 'summitline-events',
    title: 'Diplomatic events from news articles',
    description:
      'Summits, parades, phone calls, visits, talks and agreements described in six news articles, each with its date resolved against the article and verbatim quotes.',
    version,
    licenses: [
      {
        name: 'MIT',
        path: 'https://opensource.org/licenses/MIT',
        title: 'MIT License (data records); quotes remain the publishers\u2019',
      },
    ],
    resources: [
      {
        name: 'events',
        type: 'table',
        path: 'events.csv',
        format: 'csv',
        mediatype: 'text/csv',
        encoding: 'utf-8',
        dialect: { delimiter: ',', lineTerminator: '\r\n', quoteChar: '"', header: true },
        schema: {
          fields: csvColumns(kinds).map(([name, type, description]) => ({ name, type, description })),
          primaryKey: ['id'],
        },
      },
      {
        name: 'quotes',
        type: 'table',
        path: 'quotes.csv',
        format: 'csv',
        mediatype: 'text/csv',
        encoding: 'utf-8',
        description:
          'Every quote a record rests on: one row per event and source, with the quote’s offset in the article’s text.',
        dialect: { delimiter: ',', lineTerminator: '\r\n', quoteChar: '"', header: true },
        schema: {
          fields: QUOTE_COLUMNS.map(([name, type, description]) => ({ name, type, description })),
          primaryKey: ['event_id', 'source_id'],
          foreignKeys: [{ fields: ['event_id'], reference: { resource: 'events', fields: ['id'] } }],
        },
      },
      {
        name: 'events-json',
        path: 'events.json',
        format: 'json',
        mediatype: 'application/json',
        encoding: 'utf-8',
        description: 'The full records, an array of objects valid against event.schema.json.',
        jsonSchema: 'event.schema.json',
      },
      {
        name: 'sources',
        path: 'sources.json',
        format: 'json',
        mediatype: 'application/json',
        encoding: 'utf-8',
        description:
          'One entry per article: publisher, headline, the resolved date of publication and the sha256 of the text.',
      },
    ],
  };
}

/** The generated files, by name, as they should be on disk; `kinds` is EVENT_KINDS. */
export function renderFiles({ events, sources, version, kinds }) {
  return {
    'events.json': json(events),
    'sources.json': json(sources),
    'events.csv': toCSV(events, kinds),
    'quotes.csv': toQuotesCSV(events),
    'event.schema.json': json(eventSchema(kinds)),
    'datapackage.json': json(datapackage(version, kinds)),
  };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const root = join(dirname(fileURLToPath(import.meta.url)), '..');
  const { events, sources, EVENT_KINDS } = await import('../dist/index.js');
  const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  for (const [name, text] of Object.entries(renderFiles({ events, sources, version, kinds: EVENT_KINDS }))) {
    writeFileSync(join(root, 'data', name), text);
  }
  console.log(`@summitline/events: wrote data/ (${events.length} events, ${sources.length} sources)`);
}
