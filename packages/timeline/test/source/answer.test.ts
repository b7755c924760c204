// From a source's answer to the rows the timeline lays out: events as items, bins as
// clusters, drawn by the same `computeView` as in-memory data.
import { describe, expect, it } from 'vitest';
import { groupRows } from '../../src/core/rows.js';
import { computeView } from '../../src/core/view.js';
import {
  overviewBins,
  sourceArrangement,
  sourceDomain,
  SourceItems,
  sourceKinds,
  sourceLayout,
} from '../../src/source/answer.js';
import { FakeSource } from '../../src/source/fake-source.js';
import type { SourceRecord, SourceWindow } from '../../src/source/source.js';
import { archive, DAY, SEPTEMBER, utc } from './records.js';

const FROM = utc(2025, 9, 1);
const TEN_DAYS = { from: FROM, to: FROM + 10 * DAY, width: 1000 } as const;
const labelWidth = (item: { title: string }) => item.title.length * 7;

function view(answer: SourceWindow, window: readonly [number, number] = [answer.from, answer.to]) {
  const layout = sourceLayout(answer, { items: new SourceItems() });
  return computeView({
    rows: layout.rows,
    grouped: answer.group !== 'none',
    window,
    width: answer.width,
    locale: 'en-GB',
    labelWidth,
  });
}

describe('sourceLayout', () => {
  it('groups the events of an answer in events mode as the in-memory mode groups them', async () => {
    const source = new FakeSource(SEPTEMBER);
    for (const group of ['none', 'kind', 'country'] as const) {
      const answer = await source.window({ ...TEN_DAYS, group });
      const layout = sourceLayout(answer, { items: new SourceItems() });
      const inMemory = groupRows(source.archive.items.slice(0, 8), group);
      expect(layout.rows.map((row) => [row.key, row.items.map((item) => item.id)])).toEqual(
        inMemory.map((row) => [row.key, row.items.map((item) => item.id)]),
      );
      expect(layout).toMatchObject({ mode: 'events', window: [FROM, FROM + 10 * DAY], problems: [] });
      expect(layout.items.map((item) => item.id)).toEqual(answer.events.map((event) => event.id));
    }
  });

  it('gives each lane of a binned answer its events alone as items and its bins as clusters’ contents', async () => {
    const answer = await new FakeSource(SEPTEMBER).window({ ...TEN_DAYS, width: 120, limit: 0 });
    const { rows, items } = sourceLayout(answer, { items: new SourceItems() });
    expect(rows).toHaveLength(1);
    const [row] = rows;
    expect(row!.items.map((item) => item.id)).toEqual(['visit-1', 'parade', 'talks', 'forum']);
    const byId = new Map(items.map((item) => [item.id, item]));
    expect(row!.bins).toEqual([
      {
        start: FROM,
        end: FROM + DAY,
        count: 4,
        kinds: { summit: 1, call: 1, statement: 1, military: 1 },
        first: byId.get('exercise'),
        last: byId.get('statement'),
      },
    ]);
    expect(row!.maxEnd).toHaveLength(4);
  });

  it('draws a binned answer with every mark counted once, in clusters or as events', async () => {
    const source = new FakeSource(archive(4000, 3));
    for (const group of ['none', 'country'] as const) {
      const answer = await source.window({ from: utc(2004), to: utc(2006), width: 800, limit: 300, group });
      expect(answer.mode).toBe('bins');
      const { marks } = view(answer);
      const drawn = marks.reduce((sum, { mark }) => sum + (mark.type === 'cluster' ? mark.count : 1), 0);
      // Bands of months and years that find room in their strip are drawn as events too.
      expect(drawn).toBe(answer.marks);
      expect(marks.some(({ mark }) => mark.type === 'cluster' && mark.count > 2)).toBe(true);
    }
  });

  it('keeps rows in the order given (the totals’ countries), the busiest first after those', async () => {
    const source = new FakeSource(SEPTEMBER);
    const answer = await source.window({ ...TEN_DAYS, group: 'country', limit: 0 });
    const items = new SourceItems();
    expect(sourceLayout(answer, { items }).rows.map((row) => row.key)).toEqual([
      'CHN',
      'RUS',
      'PRK',
      'IND',
      'USA',
      '—',
    ]);
    const order = ['—', 'USA', 'GBR'];
    expect(sourceLayout(answer, { items, order }).rows.map((row) => row.key)).toEqual([
      '—',
      'USA',
      'CHN',
      'RUS',
      'PRK',
      'IND',
    ]);
  });

  it('leaves out a record it cannot read, and says which and why', async () => {
    const answer = await new FakeSource(SEPTEMBER).window({ ...TEN_DAYS, width: 120, limit: 0 });
    const broken = {
      ...answer,
      events: answer.events.map((event) => (event.id === 'parade' ? { ...event, date: '2025-02-30' } : event)),
    };
    const layout = sourceLayout(broken, { items: new SourceItems() });
    expect(layout.problems).toEqual([
      { index: 3, id: 'parade', field: 'date', message: expect.stringContaining('2025-02-30') },
    ]);
    expect(layout.rows[0]!.items.map((item) => item.id)).toEqual(['visit-1', 'talks', 'forum']);
  });
});

describe('SourceItems', () => {
  const record = (id: string, date = '2025-09-01'): SourceRecord => ({
    id,
    title: id,
    kind: 'call',
    date,
    start: date,
    end: date,
    precision: 'day',
    status: 'happened',
    countries: [],
  });

  it('makes the same item for the same event from one answer to the next, while the data version holds', () => {
    const items = new SourceItems();
    const [a] = items.read([record('a')], 'v1').items;
    expect(a).toMatchObject({ id: 'a', start: FROM, end: FROM + DAY, kind: 'call' });
    expect(items.read([record('b'), record('a')], 'v1').items[1]).toBe(a);
    expect(items.get('a')).toBe(a);
    const [again] = items.read([record('a', '2025-09-02')], 'v2').items;
    expect(again).not.toBe(a);
    expect(again!.start).toBe(FROM + DAY);
  });

  it('keeps no more items than it may, the least recently used first out', () => {
    const items = new SourceItems(2);
    items.read([record('a'), record('b')]);
    items.read([record('a')]);
    items.read([record('c')]);
    expect([items.get('a')?.id, items.get('b')?.id, items.get('c')?.id]).toEqual(['a', undefined, 'c']);
  });
});

describe('what the timeline asks a source with, and arranges from its answers', () => {
  it('reads the kinds attribute as the in-memory mode does: unknown kinds left out, none known meaning all', async () => {
    const totals = await new FakeSource(SEPTEMBER).totals();
    expect(sourceKinds(undefined, totals)).toBeNull();
    expect(sourceKinds('parade summit nowhere', totals)).toEqual(['summit', 'parade']);
    expect(sourceKinds('nowhere', totals)).toBeNull();
    expect(sourceKinds(totals.kinds.map((k) => k.key).join(' '), totals)).toBeNull();
  });

  it('arranges the legend from the totals, the overview from the density, the rows from the last answer', async () => {
    const source = new FakeSource(SEPTEMBER);
    const totals = await source.totals();
    const domain = sourceDomain(totals);
    expect(domain[0]).toBeLessThan(utc(2025, 8, 20));
    expect(domain[1]).toBeGreaterThan(utc(2025, 10, 1));
    const density = await source.density({ from: domain[0], to: domain[1], bins: overviewBins(600) });
    expect(density.counts).toHaveLength(200);
    const layout = sourceLayout(await source.window({ ...TEN_DAYS, kinds: ['parade'] }), { items: new SourceItems() });
    const arranged = sourceArrangement({ totals, kinds: 'parade', domain, density, layout });
    expect([...arranged.counts]).toEqual(totals.kinds.map(({ key, count }) => [key, count]));
    expect([...arranged.active]).toEqual(['parade']);
    expect(arranged.rows).toBe(layout.rows);
    expect(arranged.shown.map((item) => item.id)).toEqual(['parade']);
    expect(arranged.span).toEqual([utc(2025, 8, 20), utc(2025, 9, 30)]);
    expect(arranged.bins).toEqual(Uint32Array.from(density.counts));
    expect(arranged.domain).toBe(domain);
    expect(sourceDomain(totals, [utc(2020), utc(2021)])[0]).toBeLessThan(utc(2020));
  });
});
