// The fake source answers as the wire format says a server answers: events when they
// fit, else per-lane bins; the filter, the grouping, steps and look-ups; and it can be
// slow or fail on demand.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { normalize } from '../../src/core/normalize.js';
import { FakeSource } from '../../src/source/fake-source.js';
import { SourceError, type SourceWindow, type WindowRequest } from '../../src/source/source.js';
import { archive, DAY, SEPTEMBER, utc } from './records.js';

const FROM = utc(2025, 9, 1);
// Ten days over 120 px: bins of 12 px are days.
const TEN_DAYS = { from: FROM, to: FROM + 10 * DAY, width: 120 } as const;
const ids = (answer: SourceWindow) => answer.events.map((event) => event.id);

afterEach(() => {
  vi.useRealTimers();
});

describe('a window of the fake source', () => {
  it('holds every event of the window, in time order, when they fit', async () => {
    const answer = await new FakeSource(SEPTEMBER).window(TEN_DAYS);
    expect(answer).toMatchObject({
      from: FROM,
      to: FROM + 10 * DAY,
      width: 120,
      group: 'none',
      kinds: null,
      mode: 'events',
      marks: 8,
      limit: 1500,
      bins: 10,
      binLength: DAY,
    });
    expect(answer.lanes).toBeUndefined();
    // The exercise began before the window and reaches into it; the month's statement starts on its first day.
    expect(ids(answer)).toEqual([
      'exercise',
      'call-1',
      'sco-summit',
      'statement',
      'visit-1',
      'parade',
      'talks',
      'forum',
    ]);
  });

  it('leaves out events that end before the window or start at its end', async () => {
    const answer = await new FakeSource(SEPTEMBER).window({ from: FROM + 5 * DAY, to: FROM + 8 * DAY, width: 300 });
    // The visit ends (exclusive) as the window starts; the forum starts as it ends.
    expect(ids(answer)).toEqual(['statement', 'talks']);
  });

  it('answers per-lane bins past the limit: a bin of two or more, the events alone, and the records they name', async () => {
    const answer = await new FakeSource(SEPTEMBER).window({ ...TEN_DAYS, limit: 7 });
    expect(answer.mode).toBe('bins');
    expect(answer.marks).toBe(8);
    expect(answer.lanes).toEqual([
      {
        key: 'all',
        count: 8,
        bins: [
          {
            index: 0,
            start: FROM,
            end: FROM + DAY,
            count: 4,
            kinds: [
              { key: 'summit', count: 1 },
              { key: 'call', count: 1 },
              { key: 'statement', count: 1 },
              { key: 'military', count: 1 },
            ],
            first: 'exercise',
            last: 'statement',
          },
        ],
        events: ['visit-1', 'parade', 'talks', 'forum'],
      },
    ]);
    // The bin's first and last, and the events alone; not the two inside the bin.
    expect(ids(answer)).toEqual(['exercise', 'statement', 'visit-1', 'parade', 'talks', 'forum']);
  });

  it('cuts the window into ⌈width / px⌉ bins whose edges are whole milliseconds', async () => {
    const answer = await new FakeSource(SEPTEMBER).window({ from: FROM, to: FROM + 10, width: 7, px: 2, limit: 0 });
    expect(answer).toMatchObject({ bins: 4, binLength: 2.5, mode: 'bins', marks: 4 });
    expect(answer.lanes![0]!.bins[0]).toMatchObject({ index: 0, start: FROM, end: FROM + 3, count: 4 });
    const wide = await new FakeSource(SEPTEMBER).window({
      from: FROM,
      to: FROM + 7 * DAY,
      width: 30,
      px: 10,
      limit: 0,
    });
    // Three bins over seven days: edges at ⌈7/3 days⌉ and ⌈14/3 days⌉.
    expect(wide.lanes![0]!.bins[0]).toMatchObject({ index: 0, start: FROM, end: FROM + Math.ceil((7 * DAY) / 3) });
  });

  it('shows only the kinds of the filter, and echoes it in legend order', async () => {
    const answer = await new FakeSource(SEPTEMBER).window({ ...TEN_DAYS, kinds: ['parade', 'summit', 'parade'] });
    expect(answer.kinds).toEqual(['summit', 'parade']);
    expect(ids(answer)).toEqual(['sco-summit', 'parade']);
    expect(answer.marks).toBe(2);
    const none = await new FakeSource(SEPTEMBER).window({ ...TEN_DAYS, kinds: ['inauguration'] });
    expect(none.events).toEqual([]);
    const every = await new FakeSource(SEPTEMBER).window({ ...TEN_DAYS, kinds: [] });
    expect(every.kinds).toBeNull();
  });

  it('grouped by kind, has a lane per kind in legend order, custom kinds last', async () => {
    const answer = await new FakeSource(SEPTEMBER).window({ ...TEN_DAYS, group: 'kind', limit: 0 });
    expect(answer.lanes!.map((lane) => [lane.key, lane.count])).toEqual([
      ['summit', 1],
      ['meeting', 1],
      ['visit', 1],
      ['call', 1],
      ['parade', 1],
      ['statement', 1],
      ['military', 1],
      ['forum', 1],
    ]);
  });

  it('grouped by country, puts an event in the lane of each of its countries, and one with none in “—”', async () => {
    const source = new FakeSource(SEPTEMBER);
    const events = await source.window({ ...TEN_DAYS, group: 'country' });
    // Marks count an event once per lane: 3 + 2 + 2 + 3 + 1 + 2 + 2 + 1.
    expect(events).toMatchObject({ mode: 'events', marks: 16 });
    expect(ids(events)).toHaveLength(8);
    const bins = await source.window({ ...TEN_DAYS, group: 'country', limit: 15 });
    expect(bins.mode).toBe('bins');
    expect(bins.lanes!.map((lane) => [lane.key, lane.count])).toEqual([
      ['CHN', 6],
      ['RUS', 5],
      ['PRK', 2],
      ['IND', 1],
      ['USA', 1],
      ['—', 1],
    ]);
    const china = bins.lanes![0]!;
    expect(china.bins).toEqual([
      expect.objectContaining({
        index: 0,
        count: 3,
        kinds: [
          { key: 'summit', count: 1 },
          { key: 'call', count: 1 },
          { key: 'military', count: 1 },
        ],
        first: 'exercise',
        last: 'sco-summit',
      }),
    ]);
    expect(china.events).toEqual(['visit-1', 'parade', 'talks']);
    expect(bins.lanes![5]).toEqual({ key: '—', count: 1, bins: [], events: ['statement'] });
  });

  it('refuses a question the server refuses, naming the parameter', async () => {
    const source = new FakeSource(SEPTEMBER);
    const refused = (request: WindowRequest) =>
      source.window(request).then(
        () => undefined,
        (error: unknown) => error,
      );
    expect(await refused({ ...TEN_DAYS, width: 0 })).toMatchObject({
      name: 'SourceError',
      code: 'bad-parameter',
      parameter: 'width',
      message: 'width 0 is outside 1…8192.',
    });
    expect(await refused({ ...TEN_DAYS, to: FROM })).toMatchObject({ parameter: 'to' });
    expect(await refused({ ...TEN_DAYS, group: 'year' as 'kind' })).toMatchObject({ parameter: 'group' });
    expect(await refused({ ...TEN_DAYS, limit: 5001 })).toMatchObject({ parameter: 'limit' });
  });

  it('answers a view whose edges fall between milliseconds for the whole milliseconds around it', async () => {
    const answer = await new FakeSource(SEPTEMBER).window({ from: FROM + 0.4, to: FROM + DAY - 0.4, width: 100 });
    expect([answer.from, answer.to]).toEqual([FROM, FROM + DAY]);
  });
});

/** The wire format's rules, worked out event by event: what a window's bins must be. */
function expectedBins(
  records: ReturnType<typeof archive>,
  q: Required<Omit<WindowRequest, 'kinds'>> & { kinds: string[] | null },
) {
  const { items } = normalize(records);
  const bins = Math.ceil(q.width / q.px);
  const inWindow = items.filter((it) => it.start < q.to && it.end > q.from && (!q.kinds || q.kinds.includes(it.kind)));
  const cells = new Map<string, string[]>();
  for (const it of inWindow) {
    const bin = it.start <= q.from ? 0 : Math.floor(((it.start - q.from) * bins) / (q.to - q.from));
    const keys =
      q.group === 'kind' ? [it.kind] : q.group === 'country' ? (it.countries.length ? it.countries : ['—']) : ['all'];
    for (const key of keys) cells.set(`${key} ${bin}`, [...(cells.get(`${key} ${bin}`) ?? []), it.id]);
  }
  return [...cells].map(([cell, list]) => [cell, list.length, list[0], list.at(-1)]).sort();
}

describe('the fake source over a seeded archive', () => {
  it('bins every event of the window in the lane and bin its start falls in, whatever the filter and grouping', async () => {
    const records = archive(3000, 7);
    const source = new FakeSource(records);
    for (const group of ['none', 'kind', 'country'] as const) {
      for (const kinds of [null, ['meeting', 'forum']]) {
        const q = { from: utc(2003, 3, 17), to: utc(2006, 1, 1), width: 700, px: 12, limit: 100, group, kinds };
        const answer = await source.window(q);
        expect(answer.mode).toBe('bins');
        const got = answer.lanes!.flatMap((lane) => [
          ...lane.bins.map((b) => [`${lane.key} ${b.index}`, b.count, b.first, b.last]),
          ...lane.events.map((id) => {
            const start = answer.events.find((event) => event.id === id)!.start;
            const t = Date.parse(start);
            const bin = t <= q.from ? 0 : Math.floor(((t - q.from) * answer.bins) / (q.to - q.from));
            return [`${lane.key} ${bin}`, 1, id, id];
          }),
        ]);
        expect(got.sort()).toEqual(expectedBins(records, q));
        for (const lane of answer.lanes!) {
          expect(lane.count).toBe(lane.bins.reduce((sum, b) => sum + b.count, lane.events.length));
          for (const b of lane.bins) expect(b.kinds.reduce((sum, k) => sum + k.count, 0)).toBe(b.count);
        }
        expect(answer.marks).toBe(answer.lanes!.reduce((sum, lane) => sum + lane.count, 0));
      }
    }
  });
});

describe('totals, density, steps and look-ups of the fake source', () => {
  it('sums up the whole archive: count, span, longest event, kinds in legend order, countries busiest first', async () => {
    const totals = await new FakeSource(SEPTEMBER).totals();
    expect(totals).toEqual({
      dataVersion: expect.stringMatching(/^[\da-f]{16}$/),
      total: 8,
      span: { from: utc(2025, 8, 20), to: utc(2025, 10, 1), start: '2025-08-20', end: '2025-09-30' },
      longest: 30 * DAY,
      kinds: ['summit', 'meeting', 'visit', 'call', 'parade', 'statement', 'military', 'forum'].map((key) => ({
        key,
        count: 1,
      })),
      countries: [
        { key: 'CHN', count: 6 },
        { key: 'RUS', count: 5 },
        { key: 'PRK', count: 2 },
        { key: 'IND', count: 1 },
        { key: 'USA', count: 1 },
        { key: '—', count: 1 },
      ],
    });
  });

  it('has a data version that changes with the records, or the one it is given', async () => {
    const version = (await new FakeSource(SEPTEMBER).totals()).dataVersion;
    expect((await new FakeSource([...SEPTEMBER]).totals()).dataVersion).toBe(version);
    const moved = SEPTEMBER.map((r) => (r.id === 'parade' ? { ...r, date: '2025-09-04' } : r));
    expect((await new FakeSource(moved).totals()).dataVersion).not.toBe(version);
    expect((await new FakeSource(SEPTEMBER, { dataVersion: 'v2' }).window(TEN_DAYS)).dataVersion).toBe('v2');
    expect((await new FakeSource(SEPTEMBER).window(TEN_DAYS)).dataVersion).toBe(version);
  });

  it('counts the events that start in each slice of a span, for the overview', async () => {
    const source = new FakeSource(SEPTEMBER);
    expect((await source.density({ ...TEN_DAYS, bins: 10 })).counts).toEqual([3, 1, 1, 0, 0, 0, 0, 1, 1, 0]);
    expect((await source.density({ ...TEN_DAYS, bins: 2, kinds: ['forum'] })).counts).toEqual([0, 1]);
    const whole = await source.density({ bins: 3 });
    expect(whole).toMatchObject({ from: utc(2025, 8, 20), to: utc(2025, 10, 1), kinds: null });
    expect(whole.counts.reduce((a, b) => a + b)).toBe(8);
  });

  it('steps to the next or previous event of the filter from an event of any kind', async () => {
    const source = new FakeSource(SEPTEMBER);
    const step = async (request: Parameters<FakeSource['step']>[0]) => (await source.step(request))?.id ?? null;
    expect(await step({ direction: 'next', id: 'parade' })).toBe('talks');
    expect(await step({ direction: 'previous', id: 'parade' })).toBe('visit-1');
    expect(await step({ direction: 'next', id: 'call-1', kinds: ['parade'] })).toBe('parade');
    expect(await step({ direction: 'previous', id: 'sco-summit', kinds: ['military'] })).toBe('exercise');
    expect(await step({ direction: 'next', id: 'forum' })).toBeNull();
    expect(await step({ direction: 'previous', id: 'exercise' })).toBeNull();
  });

  it('steps from a time, and to the first and last event of the filter', async () => {
    const source = new FakeSource(SEPTEMBER);
    const step = async (request: Parameters<FakeSource['step']>[0]) => (await source.step(request))?.id ?? null;
    expect(await step({ direction: 'next', at: utc(2025, 9, 2) })).toBe('visit-1');
    expect(await step({ direction: 'previous', at: utc(2025, 9, 2) })).toBe('statement');
    expect(await step({ direction: 'next', at: utc(2025, 9, 2) - 0.5 })).toBe('visit-1');
    expect(await step({ direction: 'first' })).toBe('exercise');
    expect(await step({ direction: 'last' })).toBe('forum');
    expect(await step({ direction: 'first', kinds: ['meeting', 'call'] })).toBe('call-1');
    expect(await step({ direction: 'last', kinds: ['inauguration'] })).toBeNull();
  });

  it('refuses a step from an event it does not hold, or from both an event and a time', async () => {
    const source = new FakeSource(SEPTEMBER);
    await expect(source.step({ direction: 'next', id: 'nowhere' })).rejects.toMatchObject({
      code: 'not-found',
      message: 'There is no event with id "nowhere".',
    });
    await expect(source.step({ direction: 'next', id: 'parade', at: FROM })).rejects.toMatchObject({
      code: 'bad-parameter',
      parameter: 'at',
    });
    await expect(source.step({ direction: 'first', id: 'parade' })).rejects.toMatchObject({ parameter: 'id' });
  });

  it('gives one event by id as a record of the wire format, or null', async () => {
    const source = new FakeSource(SEPTEMBER);
    expect(await source.event('talks')).toEqual({
      id: 'talks',
      title: 'Talks in Beijing',
      kind: 'meeting',
      date: '2025-09-08',
      start: '2025-09-08',
      end: '2025-09-08',
      precision: 'day',
      status: 'happened',
      countries: ['CHN', 'PRK'],
      summary: 'Kim and Xi met.',
      location: { place: 'Beijing', country: 'CHN' },
    });
    expect(await source.event('statement')).toMatchObject({
      start: '2025-09-01',
      end: '2025-09-30',
      precision: 'month',
    });
    expect(await source.event('nowhere')).toBeNull();
  });

  it('will not hold records it cannot read, and says which and why', () => {
    expect(
      () => new FakeSource([...SEPTEMBER, { id: 'bad', title: 'Bad date', kind: 'call', date: '2025-13-01' }]),
    ).toThrow(/record 8 \("bad"\), date: /);
  });
});

describe('a slow or failing fake source', () => {
  it('answers after its delay, and keeps every question asked', async () => {
    vi.useFakeTimers();
    const source = new FakeSource(SEPTEMBER, { delay: 800 });
    let answered = false;
    const answer = source.totals().then((totals) => ((answered = true), totals));
    await vi.advanceTimersByTimeAsync(799);
    expect(answered).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect((await answer).total).toBe(8);
    const event = source.event('parade');
    await vi.runAllTimersAsync();
    expect((await event)?.id).toBe('parade');
    expect(source.calls).toEqual([
      { method: 'totals', request: undefined },
      { method: 'event', request: 'parade' },
    ]);
  });

  it('stops waiting as soon as the question is aborted, with the signal’s reason', async () => {
    vi.useFakeTimers();
    const source = new FakeSource(SEPTEMBER, { delay: 5000 });
    const controller = new AbortController();
    const answer = source.window(TEN_DAYS, controller.signal);
    const reason = new DOMException('The view moved on.', 'AbortError');
    controller.abort(reason);
    await expect(answer).rejects.toBe(reason);
    expect(vi.getTimerCount()).toBe(0);
    await expect(source.totals(controller.signal)).rejects.toBe(reason);
  });

  it('fails every question with a clear error while told to, and answers again once not', async () => {
    const source = new FakeSource(SEPTEMBER, { fail: true });
    const error = await source.window(TEN_DAYS).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SourceError);
    expect(error).toMatchObject({
      code: 'failed',
      message: 'The fake source fails every question, as asked: window failed.',
    });
    source.fail = 'The archive is offline.';
    await expect(source.event('parade')).rejects.toThrow('The archive is offline.');
    source.fail = false;
    expect((await source.event('parade'))?.id).toBe('parade');
  });
});
