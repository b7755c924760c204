// Timelines that load the same `src` at once share one request; each can still give
// up its own wait, and the request stops once no timeline waits for it.
import { afterEach, beforeEach, describe, expect, it, vi, type MockInstance } from 'vitest';
import type { SummitTimeline } from '../src/summit-timeline.js';
import { container, drawnCount, until } from './fixture.js';

const records = [
  { id: 'a', title: 'Summit', kind: 'summit', date: '2025-03-01' },
  { id: 'b', title: 'Call', kind: 'call', date: '2025-04-01' },
];

/** Requests the page made, each answered when the test says so. */
let requests: { url: string; signal: AbortSignal; answer(body: unknown): void }[];
let fetchSpy: MockInstance<typeof fetch>;

beforeEach(() => {
  requests = [];
  fetchSpy = vi.spyOn(window, 'fetch').mockImplementation(
    (input, init) =>
      new Promise((resolve, reject) => {
        const signal = init!.signal!;
        signal.addEventListener('abort', () => reject(signal.reason));
        requests.push({
          url: String(input),
          signal,
          answer: (body) => resolve(new Response(JSON.stringify(body), { status: 200 })),
        });
      }),
  );
});

afterEach(() => fetchSpy.mockRestore());

function timeline(src: string): SummitTimeline {
  const el = document.createElement('summit-timeline');
  el.src = src;
  container().append(el);
  return el;
}

describe('loading src', () => {
  it('makes one request for timelines that ask for the same file at once, and both draw it', async () => {
    const first = timeline('data/events.json');
    const second = timeline(new URL('data/events.json', document.baseURI).href);
    await until(() => requests.length);
    await first.updateComplete;
    await second.updateComplete;
    expect(requests).toHaveLength(1);
    requests[0]!.answer(records);
    await until(() => drawnCount(first) === 2 && drawnCount(second) === 2);
  });

  it('keeps loading for the timelines still waiting when one leaves, and stops once none waits', async () => {
    const first = timeline('events.json');
    const second = timeline('events.json');
    await until(() => requests.length);
    await second.updateComplete;
    first.remove();
    expect(requests[0]!.signal.aborted).toBe(false);
    requests[0]!.answer({ events: records });
    await until(() => drawnCount(second) === 2);

    const third = timeline('later.json');
    const fourth = timeline('later.json');
    await until(() => requests.length === 2);
    await third.updateComplete;
    await fourth.updateComplete;
    third.src = 'other.json';
    await third.updateComplete;
    expect(requests.map((r) => r.url.split('/').pop())).toEqual(['events.json', 'later.json', 'other.json']);
    expect(requests[1]!.signal.aborted).toBe(false);
    fourth.remove();
    expect(requests[1]!.signal.aborted).toBe(true);
  });

  it('asks again for a file whose load has ended', async () => {
    const first = timeline('events.json');
    await until(() => requests.length);
    requests[0]!.answer(records);
    await until(() => drawnCount(first) === 2);
    const second = timeline('events.json');
    await until(() => requests.length === 2);
    requests[1]!.answer(records.slice(1));
    await until(() => drawnCount(second) === 1);
    expect(drawnCount(first)).toBe(2);
  });
});
