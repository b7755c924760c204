// The in-memory source answers as the wire format says the server does.
import { describe, expect, it } from 'vitest';
import { memorySource } from '../../src/source/memory-source.js';
import { records } from './records.js';

const DAY = 86_400_000;
const all = records(3000);
const source = memorySource(all);
const window = { from: Date.UTC(2005, 0, 1), to: Date.UTC(2006, 0, 1), width: 800 };

const ids = (lanes: readonly { events: readonly { id: string }[] }[]) =>
  lanes.flatMap((lane) => lane.events.map((e) => e.id));

describe('memorySource', () => {
  it('counts the whole archive per kind, in legend order, and gives its span', async () => {
    const totals = await source.totals();
    expect(totals.total).toBe(3000);
    expect([...totals.kinds.keys()]).toEqual(['summit', 'meeting', 'visit', 'call', 'parade', 'election']);
    expect([...totals.kinds.values()].reduce((a, b) => a + b)).toBe(3000);
    expect(totals.span![0]).toBe(Date.UTC(2000, 0, 1));
  });

  it('answers a window that fits with its events, each once, of the kinds asked for', async () => {
    const answer = await source.window({ ...window, to: window.from + 90 * DAY, kinds: ['summit'], groupBy: 'none' });
    expect(answer.lanes.map((lane) => lane.key)).toEqual(['all']);
    expect(answer.lanes[0]!.bins).toEqual([]);
    const events = answer.lanes[0]!.events;
    expect(events.length).toBeGreaterThan(0);
    expect(events.every((e) => e.kind === 'summit')).toBe(true);
    expect(new Set(ids(answer.lanes)).size).toBe(events.length);
  });

  it('bins a crowded window per lane, with counts per kind that add up and the events alone beside them', async () => {
    const answer = await memorySource(all, { limit: 50 }).window({ ...window, kinds: undefined, groupBy: 'kind' });
    expect(answer.lanes.map((lane) => lane.key)).toEqual(['summit', 'meeting', 'visit', 'call', 'parade', 'election']);
    for (const lane of answer.lanes) {
      for (const bin of lane.bins) {
        expect(bin.count).toBeGreaterThanOrEqual(2);
        expect(Object.values(bin.kinds).reduce((a, b) => a + b)).toBe(bin.count);
        expect(Object.keys(bin.kinds)).toEqual([lane.key]);
        expect(bin.end).toBeGreaterThan(bin.start);
      }
    }
    const full = await source.window({ ...window, kinds: undefined, groupBy: 'kind' });
    const marks = (lanes: typeof answer.lanes) =>
      lanes.reduce((n, lane) => n + lane.events.length + lane.bins.reduce((m, bin) => m + bin.count, 0), 0);
    expect(marks(answer.lanes)).toBe(marks(full.lanes));
  });

  it('puts an event of several countries in each of their lanes', async () => {
    const answer = await source.window({ ...window, kinds: undefined, groupBy: 'country' });
    const lanesOf = (id: string) =>
      answer.lanes.filter((lane) => lane.events.some((e) => e.id === id)).map((l) => l.key);
    const shared = answer.lanes.flatMap((lane) => lane.events).find((e) => (e.countries?.length ?? 0) > 1)!;
    expect(lanesOf(shared.id).sort()).toEqual([...shared.countries!].sort());
  });

  it('steps through the events of the filter in time order, from an event or a time, and finds one by id', async () => {
    const first = (await source.step({ direction: 'first', kinds: ['call'] }))!;
    expect(first.kind).toBe('call');
    const next = (await source.step({ direction: 'next', id: first.id, kinds: ['call'] }))!;
    expect(next.kind).toBe('call');
    expect((await source.step({ direction: 'previous', id: next.id, kinds: ['call'] }))!.id).toBe(first.id);
    const last = (await source.step({ direction: 'last', kinds: undefined }))!;
    expect(await source.step({ direction: 'next', id: last.id, kinds: undefined })).toBeUndefined();
    const at = (await source.step({ direction: 'next', at: Date.UTC(2010, 0, 1), kinds: undefined }))!;
    expect(Date.parse(String(at.date).slice(0, 10))).toBeGreaterThanOrEqual(Date.UTC(2009, 11, 1));
    expect(await source.event('r7')).toBe(all[7]);
    expect(await source.event('nothing')).toBeUndefined();
    await expect(source.step({ direction: 'next', id: 'nothing', kinds: undefined })).rejects.toThrow('“nothing”');
  });

  it('is slow with a delay, can be aborted meanwhile, and fails with its message', async () => {
    const slow = memorySource(all, { delay: 10_000 });
    const abort = new AbortController();
    const pending = slow.totals(abort.signal);
    abort.abort(new Error('left'));
    await expect(pending).rejects.toThrow('left');
    await expect(memorySource(all, { fail: 'the archive is down' }).totals()).rejects.toThrow('the archive is down');
  });
});
