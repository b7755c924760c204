// The element's pipeline from state to frame: each step a value, made again only when
// its own inputs change; the stages told of each arrangement before the view is laid out.
import { afterEach, describe, expect, it } from 'vitest';
import { Pipeline, type Arranged, type FrameInput, type Loaded } from '../src/controllers/pipeline.js';
import { RecordReader } from '../src/core/normalize.js';
import { stringsFor } from '../src/core/strings.js';
import '../src/locales/fr.js';

const records = [
  { id: 'a', title: 'Summit', kind: 'summit', date: '2025-03-01', countries: ['FRA'] },
  { id: 'b', title: 'Call', kind: 'call', date: '2025-04-01', countries: ['CHN'] },
  { id: 'c', title: 'Visit', kind: 'visit', date: '2025-05-01' },
];

let generation = 0;
function load(given: readonly unknown[] = records): Loaded {
  const reader = new RecordReader();
  reader.read(given, 0, given.length);
  const { items, indexes } = reader.result();
  return { generation: ++generation, items, indexes, byId: reader.byId, given };
}

const window: [number, number] = [Date.UTC(2025, 1, 1), Date.UTC(2025, 5, 1)];
const hosts: Element[] = [];

function setUp() {
  const host = document.createElement('div');
  document.body.append(host);
  hosts.push(host);
  const followed: Arranged[] = [];
  const pipeline = new Pipeline(host, [{ follow: (a) => followed.push(a) }], () => ({ window, focus: undefined }));
  return { pipeline, followed };
}

function input(loaded: Loaded, change: Partial<FrameInput> = {}): FrameInput {
  return {
    loaded,
    kinds: undefined,
    groupBy: 'none',
    width: 800,
    initial: undefined,
    rtl: false,
    locale: 'en-GB',
    strings: stringsFor('en-GB'),
    kindOptions: undefined,
    ...change,
  };
}

afterEach(() => {
  for (const host of hosts.splice(0)) host.remove();
});

describe('Pipeline: the arrangement', () => {
  it('is made once for the same inputs: ahead of the update, then taken by it', () => {
    const { pipeline, followed } = setUp();
    const loaded = load();
    const ahead = pipeline.arrange(input(loaded));
    const frame = pipeline.run(input(loaded));
    expect(frame.arranged).toBe(ahead);
    expect(followed).toEqual([ahead]);
    // A zoom frame, a new locale or new words lay out the view again, not the arrangement.
    const next = pipeline.run(input(loaded, { locale: 'fr-FR', strings: stringsFor('fr-FR') }));
    expect(next.arranged).toBe(ahead);
    expect(next.view).not.toBe(frame.view);
  });

  it('is made again when the records, filter, grouping, width, initial window or direction change', () => {
    const loaded = load();
    const from = Date.UTC(2024, 0, 1);
    const changes: [string, Partial<FrameInput>][] = [
      ['records', { loaded: load(records.slice(1)) }],
      ['kinds', { kinds: 'summit call' }],
      ['groupBy', { groupBy: 'country' }],
      ['width', { width: 640 }],
      ['start', { initial: [from, Date.UTC(2026, 0, 1)] }],
      ['end', { initial: [from, Date.UTC(2027, 0, 1)] }],
      ['direction', { rtl: true }],
    ];
    for (const [what, change] of changes) {
      const { pipeline, followed } = setUp();
      pipeline.run(input(loaded, what === 'end' ? { initial: [from, Date.UTC(2026, 0, 1)] } : {}));
      const changed = pipeline.run(input(loaded, change)).arranged;
      expect(followed, what).toEqual([followed[0], changed]);
      expect(changed, what).not.toBe(followed[0]);
      // The same as a pipeline that never saw the first input makes.
      expect(changed, what).toEqual(setUp().pipeline.run(input(loaded, change)).arranged);
    }
  });

  it('hands the stages what they follow: the records with their generation, the width, the limits', () => {
    const { pipeline } = setUp();
    const loaded = load();
    const one = pipeline.run(input(loaded)).arranged;
    expect(one.loaded).toBe(loaded);
    expect(one.shown.map((item) => item.id)).toEqual(['a', 'b', 'c']);
    expect(one.width).toBe(800);
    expect(one.maxScale).toBeGreaterThan(1);
    const lanes = pipeline.run(input(loaded, { groupBy: 'kind' })).arranged;
    expect(lanes.grouped).toBe(true);
    expect(lanes.height).toBeGreaterThan(one.height);
  });
});

describe('Pipeline: the frame', () => {
  const frameOf = (loaded: Loaded, change: Partial<FrameInput> = {}) => setUp().pipeline.run(input(loaded, change));

  it('is laid out once there are records and a width, and not before', () => {
    expect(frameOf(load([])).view).toBeUndefined();
    expect(frameOf(load(), { width: 0 }).view).toBeUndefined();
    const { view, kinds } = frameOf(load());
    expect(view!.width).toBe(800);
    expect(view!.marks.map((m) => m.key)).toEqual(['e:0:a', 'e:0:b', 'e:0:c']);
    expect(['summit', 'visit', 'call'].map((kind) => kinds(kind).label)).toEqual(['Summit', 'Visit', 'Phone call']);
  });

  it('keeps each kind’s style while the arrangement, the words and kindOptions stay', () => {
    const { pipeline } = setUp();
    const loaded = load();
    const { kinds } = pipeline.run(input(loaded));
    expect(pipeline.run(input(loaded)).kinds).toBe(kinds);
    const relabelled = pipeline.run(input(loaded, { kindOptions: { call: { label: 'Telephone call' } } })).kinds;
    expect(relabelled('call').label).toBe('Telephone call');
  });

  it('mirrors time right to left, and shortens labels that have no room', () => {
    const ltr = frameOf(load()).view!;
    const rtl = frameOf(load(), { rtl: true }).view!;
    expect(rtl.rtl).toBe(true);
    // Each mark as far from the right edge as it was from the left.
    const x = (view: typeof ltr) => Object.fromEntries(view.marks.map((m) => [m.key, Math.round(m.x)]));
    expect(x(rtl)).toEqual(Object.fromEntries(Object.entries(x(ltr)).map(([key, v]) => [key, 800 - v])));
    // Labels measured in the host's font are shortened, with an ellipsis, where they have no room.
    const title = 'A long title that needs more room than a day';
    const crowded = load(
      Array.from({ length: 9 }, (_, i) => ({ id: `x${i}`, title, kind: 'call', date: `2025-03-0${i + 1}` })),
    );
    const labels = frameOf(crowded).view!.marks.map((m) => m.label);
    expect(labels.filter((l) => l === title).length).toBeGreaterThan(0);
    expect(labels.filter((l) => /^A long title\S*( \S+)*…$/.test(l!)).length).toBeGreaterThan(0);
  });
});
