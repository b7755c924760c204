// The JSON Schema (2020-12) of a record, written to data/event.schema.json by the
// generator. The kind enum is EVENT_KINDS, passed in, so that the schema can never list
// other kinds than the types do.

// One EDTF end: YYYY, YYYY-MM or YYYY-MM-DD with an optional qualifier.
const END = String.raw`\d{4}(-\d{2}(-\d{2})?)?[?~%]?`;
/** A closed date or interval: what `date` may be (every end has a last day). */
const CLOSED_EDTF = `^${END}(/${END})?$`;
/** As CLOSED_EDTF, but either end of an interval may be open (`..`). */
const EDTF_WITH_OPEN_ENDS = `^(${END}(/(${END}|\\.\\.))?|\\.\\./${END})$`;

/** @param {readonly string[]} kinds */
export function eventSchema(kinds) {
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: 'https://summitline.dev/schema/event.schema.json',
    title: 'DiplomaticEvent',
    description:
      'One diplomatic event (summit, parade, phone call, visit, talks, agreement, ...) as described by one or more news articles, with verbatim quotes.',
    type: 'object',
    additionalProperties: false,
    required: [
      'id',
      'kind',
      'title',
      'date',
      'start',
      'end',
      'precision',
      'dateBasis',
      'status',
      'participants',
      'countries',
      'sources',
    ],
    properties: {
      id: {
        description: 'Stable kebab-case slug, unique, never reused.',
        type: 'string',
        pattern: '^[a-z0-9]+(-[a-z0-9]+)*$',
      },
      kind: {
        description: 'What sort of event it is.',
        enum: [...kinds],
      },
      title: {
        description: 'Short neutral headline, plain text.',
        type: 'string',
        minLength: 1,
        maxLength: 120,
      },
      date: {
        description:
          'EDTF (ISO 8601-2) levels 0-1: a day, month or year, or an interval of them, with an optional ? (uncertain), ~ (approximate) or % (both) qualifier. start, end and precision are derived from it.',
        type: 'string',
        pattern: CLOSED_EDTF,
      },
      dateAsReported: {
        description:
          'Where date rests on the public record: the date or period the article alone places the event in, EDTF levels 0-1 (an end may be open, ..). It contains date.',
        type: 'string',
        pattern: EDTF_WITH_OPEN_ENDS,
      },
      start: {
        description: 'First day covered, YYYY-MM-DD.',
        type: 'string',
        pattern: '^\\d{4}-\\d{2}-\\d{2}$',
      },
      end: {
        description: 'Last day covered, YYYY-MM-DD.',
        type: 'string',
        pattern: '^\\d{4}-\\d{2}-\\d{2}$',
      },
      precision: {
        description: 'The finest unit the date is known to.',
        enum: ['day', 'month', 'year'],
      },
      dateText: {
        description: 'The words the article used for the date.',
        type: 'string',
        minLength: 1,
      },
      dateBasis: {
        description:
          'How the date was found: stated, or resolved from which words against which anchor; begins "Public record (...)" when the date rests on a record other than the article.',
        type: 'string',
        minLength: 1,
      },
      status: {
        description: 'As the latest article reports it on its own date.',
        enum: ['happened', 'planned', 'postponed', 'cancelled'],
      },
      participants: {
        description: 'The people and bodies taking part, each with the country it represents.',
        type: 'array',
        items: {
          $ref: '#/$defs/participant',
        },
      },
      countries: {
        description:
          'ISO 3166-1 alpha-3 codes of the countries taking part, each once: every participant’s country and the host (the country of location), and no other. A country the event is only about (the subject of a statement, the target of a measure) is not listed.',
        type: 'array',
        uniqueItems: true,
        items: {
          $ref: '#/$defs/alpha3',
        },
      },
      location: {
        description: 'Where the event took place; its country is the host, and is among countries.',
        type: 'object',
        additionalProperties: false,
        properties: {
          place: {
            type: 'string',
            minLength: 1,
          },
          country: {
            $ref: '#/$defs/alpha3',
          },
        },
      },
      summary: {
        description: 'One or two sentences.',
        type: 'string',
        minLength: 1,
      },
      sources: {
        description:
          'The quotes the record rests on: the article (an id in sources.json), a verbatim quote and its offset in the article’s text.',
        type: 'array',
        minItems: 1,
        items: {
          $ref: '#/$defs/sourceRef',
        },
      },
      cameo: {
        description: 'CAMEO event code.',
        type: 'string',
        pattern: '^\\d{2,4}$',
      },
      plover: {
        description: 'PLOVER event category.',
        type: 'string',
        pattern: '^[A-Z]+$',
      },
      related: {
        description:
          'Links to other records: part-of (a meeting inside a visit), follows, realizes (a planned event that took place).',
        type: 'array',
        items: {
          type: 'object',
          additionalProperties: false,
          required: ['id', 'relation'],
          properties: {
            id: {
              type: 'string',
              pattern: '^[a-z0-9]+(-[a-z0-9]+)*$',
            },
            relation: {
              enum: ['part-of', 'follows', 'realizes'],
            },
          },
        },
      },
    },
    $defs: {
      alpha3: {
        type: 'string',
        pattern: '^[A-Z]{3}$',
      },
      participant: {
        type: 'object',
        additionalProperties: false,
        required: ['name', 'country'],
        properties: {
          name: {
            description:
              'Person or body; a country that takes part without a named person is a participant by the group the article names (Chinese soldiers) or else by its own name (China).',
            type: 'string',
            minLength: 1,
          },
          role: {
            type: 'string',
            minLength: 1,
          },
          country: {
            $ref: '#/$defs/alpha3',
          },
        },
      },
      sourceRef: {
        type: 'object',
        additionalProperties: false,
        required: ['source', 'quote', 'offset'],
        properties: {
          source: {
            type: 'string',
            pattern: '^[a-z0-9]+(-[a-z0-9]+)*$',
          },
          quote: {
            description: 'Verbatim excerpt of the article.',
            type: 'string',
            minLength: 1,
            maxLength: 200,
          },
          offset: {
            description: "Index of the quote in the article's text (UTF-16 code units).",
            type: 'integer',
            minimum: 0,
          },
        },
      },
      source: {
        description: 'One article the events were read from (the entries of sources.json).',
        type: 'object',
        additionalProperties: false,
        required: ['id', 'file', 'publisher', 'headline', 'published', 'publishedBasis', 'sha256'],
        properties: {
          id: {
            type: 'string',
            pattern: '^[a-z0-9]+(-[a-z0-9]+)*$',
          },
          file: {
            description: "File name of the article's text.",
            type: 'string',
            minLength: 1,
          },
          publisher: {
            type: 'string',
            minLength: 1,
          },
          headline: {
            type: 'string',
            minLength: 1,
          },
          published: {
            description: "The article's own date, EDTF.",
            type: 'string',
            pattern: CLOSED_EDTF,
          },
          publishedBasis: {
            description: "How the article's date was established.",
            type: 'string',
            minLength: 1,
          },
          sha256: {
            type: 'string',
            pattern: '^[0-9a-f]{64}$',
          },
        },
      },
    },
  };
}
