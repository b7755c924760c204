import { describe, expect, it } from 'vitest';
import {
  type DiplomaticEvent,
  events,
  eventsBetween,
  eventsInvolving,
  eventsOfKind,
  getEvent,
  toTimelineJS,
} from '../src/index.js';

function record(
  id: string,
  date: string,
  start: string,
  end: string,
  extra: Partial<DiplomaticEvent> = {},
): DiplomaticEvent {
  const precision = date.length === 4 ? 'year' : date.length === 7 ? 'month' : 'day';
  return {
    id,
    kind: 'visit',
    title: `Title ${id}`,
    date,
    start,
    end,
    precision,
    dateBasis: 'stated',
    status: 'happened',
    participants: [{ name: 'Sergey Lavrov', role: 'Foreign Minister', country: 'RUS' }],
    countries: ['RUS', 'CHN'],
    sources: [{ source: 's', quote: 'q', offset: 0 }],
    ...extra,
  };
}

const sample = [
  record('march', '2024-03', '2024-03-01', '2024-03-31', { precision: 'month' }),
  record('trip', '2024-04-08/2024-04-09', '2024-04-08', '2024-04-09', { kind: 'visit' }),
  record('call', '2024-04-30', '2024-04-30', '2024-04-30', {
    kind: 'call',
    participants: [{ name: 'Xi Jinping', country: 'CHN' }],
    countries: ['CHN', 'USA'],
    summary: 'Talks on <trade> & "tariffs".',
  }),
  record('year', '2025', '2025-01-01', '2025-12-31', { kind: 'agreement', status: 'planned' }),
];

describe('getEvent', () => {
  it('finds a record of the dataset by id, and nothing for an unknown id', () => {
    expect(getEvent(events[0]!.id)).toBe(events[0]);
    expect(getEvent('no-such-event')).toBeUndefined();
  });
});

describe('eventsBetween', () => {
  it('matches overlapping events by default, including a month that only touches the range', () => {
    expect(eventsBetween('2024-03-31', '2024-04-08', { among: sample }).map((e) => e.id)).toEqual(['march', 'trip']);
  });

  it("matches only events wholly inside the range with match: 'within'", () => {
    expect(eventsBetween('2024-03-31', '2024-04-08', { among: sample, match: 'within' })).toEqual([]);
    expect(eventsBetween('2024-04', '2024-04', { among: sample, match: 'within' }).map((e) => e.id)).toEqual([
      'trip',
      'call',
    ]);
  });

  it('reads partial dates as their whole period and Dates as UTC days', () => {
    expect(eventsBetween('2025', '2025', { among: sample }).map((e) => e.id)).toEqual(['year']);
    expect(
      eventsBetween(new Date('2024-04-30T23:30:00Z'), new Date('2024-04-30T23:59:00Z'), { among: sample }).map(
        (e) => e.id,
      ),
    ).toEqual(['call']);
  });

  it('says which argument is wrong', () => {
    expect(() => eventsBetween('yesterday', '2025')).toThrow(/from: expected a Date or an ISO date/);
    expect(() => eventsBetween('2025-02-30', '2025-03')).toThrow(/from: day out of range/);
    expect(() => eventsBetween('2025', '2024')).toThrow(/after/);
  });

  it('searches the bundled dataset when no list is given', () => {
    const all = eventsBetween('1900', '2100');
    expect(all).toHaveLength(events.length);
  });
});

describe('eventsInvolving', () => {
  it('takes a country code or an English name, in any case', () => {
    expect(eventsInvolving('usa', sample).map((e) => e.id)).toEqual(['call']);
    expect(eventsInvolving('United States', sample).map((e) => e.id)).toEqual(['call']);
    expect(eventsInvolving('CHN', sample)).toHaveLength(4);
  });

  it('takes part of a participant name, ignoring accents', () => {
    expect(eventsInvolving('lavrov', sample).map((e) => e.id)).toEqual(['march', 'trip', 'year']);
    expect(eventsInvolving('Xí Jinping', sample).map((e) => e.id)).toEqual(['call']);
  });

  it('finds Chinese events in the dataset', () => {
    expect(eventsInvolving('China').length).toBeGreaterThan(10);
    expect(() => eventsInvolving('  ')).toThrow(/empty/);
  });

  it('finds the events a country hosted, though none of its people is named', () => {
    const hostedByChina = eventsInvolving('CHN').map((e) => e.id);
    expect(hostedByChina).toEqual(
      expect.arrayContaining([
        'putin-erdogan-talks-2025',
        'putin-modi-talks-2025',
        'putin-pezeshkian-talks-2025',
        'kim-putin-talks-beijing-2025',
      ]),
    );
  });

  it('does not find a country that an event is only about', () => {
    expect(eventsInvolving('TWN').map((e) => e.id)).toEqual(['taiwan-presidential-inauguration-2024']);
    expect(eventsInvolving('UKR').map((e) => e.id)).not.toContain('north-korea-troops-to-russia-2024');
  });
});

describe('eventsOfKind', () => {
  it('filters by one kind or several', () => {
    expect(eventsOfKind('call', sample).map((e) => e.id)).toEqual(['call']);
    expect(eventsOfKind(['call', 'agreement'], sample).map((e) => e.id)).toEqual(['call', 'year']);
  });
});

describe('toTimelineJS', () => {
  const data = toTimelineJS(sample, { headline: 'Lavrov & Xi' });

  it('keeps only the date parts the precision allows', () => {
    expect(data.events.map((s) => [s.start_date, s.end_date])).toEqual([
      [{ year: 2024, month: 3 }, undefined],
      [
        { year: 2024, month: 4, day: 8 },
        { year: 2024, month: 4, day: 9 },
      ],
      [{ year: 2024, month: 4, day: 30 }, undefined],
      [{ year: 2025 }, undefined],
    ]);
  });

  it('escapes text, since TimelineJS renders it as HTML, and marks planned events', () => {
    expect(data.events[2]!.text.text).toBe('<p>Talks on &#60;trade&#62; &#38; &#34;tariffs&#34;.</p>');
    expect(data.events[3]!.text.text).toContain('<p>Planned</p>');
    expect(data.title!.text.headline).toBe('Lavrov &#38; Xi');
    expect(data.events.map((s) => s.unique_id)).toEqual(['march', 'trip', 'call', 'year']);
    expect(data.events[0]!.group).toBe('visit');
  });
});
