import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { encodePart, hashFor, ownPart, readHash, readView, viewHash } from '../../src/core/hash.js';
import { formatKinds, KINDS, parseKinds } from '../../src/core/kinds.js';

describe('links to an event', () => {
  it('read the event id from the hash, with or without its #', () => {
    expect(readHash('#summit-2025')).toBe('summit-2025');
    expect(readHash('summit-2025')).toBe('summit-2025');
  });

  it('decode an escaped id', () => {
    expect(readHash('#visit%20to%20Paris%2F2025')).toBe('visit to Paris/2025');
    expect(readHash('#%E2%80%94')).toBe('—');
  });

  it('name no event when the hash is empty or cannot be decoded', () => {
    expect(readHash('')).toBeUndefined();
    expect(readHash('#')).toBeUndefined();
    expect(readHash('#%E0%A4%A')).toBeUndefined();
  });

  it('escape what a hash cannot hold, and read back the same id', () => {
    expect(hashFor('summit-2025')).toBe('#summit-2025');
    expect(hashFor('visit to Paris/2025#2')).toBe('#visit%20to%20Paris%2F2025%232');
    for (const id of ['a b', '#x', '%', 'ü/—', 'summit']) expect(readHash(hashFor(id))).toBe(id);
  });
});

describe('links to a view', () => {
  const day = (y: number, m: number, d: number) => Date.UTC(y, m - 1, d);

  it('read a window, the kinds and the event, in any order', () => {
    expect(readView('#from=2025-08&to=2025-10&kinds=summit,parade&event=sco-summit-2025')).toEqual({
      window: [day(2025, 8, 1), day(2025, 11, 1)],
      kinds: 'summit parade',
      event: 'sco-summit-2025',
    });
    expect(readView('#event=a%20b&to=2025-09-03&from=2025-09-01')).toEqual({
      window: [day(2025, 9, 1), day(2025, 9, 4)],
      event: 'a b',
    });
  });

  it('read both ends inclusive, at any precision', () => {
    expect(readView('#from=2024&to=2025')?.window).toEqual([day(2024, 1, 1), day(2026, 1, 1)]);
    expect(readView('#from=2024-02-10&to=2024-02')?.window).toEqual([day(2024, 2, 10), day(2024, 3, 1)]);
  });

  it('read kinds separated by commas, spaces or plus signs, curated or not', () => {
    expect(readView('#kinds=summit+visit')?.kinds).toBe('summit visit');
    expect(readView('#kinds=summit%20banquet,call')?.kinds).toBe('summit banquet call');
    expect(readView('#kinds=election')).toEqual({ kinds: 'election' });
    expect(readView('#kinds=%C3%A9lection,%E9%80%89%E4%B8%BE')?.kinds).toBe('élection 选举');
  });

  it('read a kind with a blank, comma, plus or percent sign in it, percent-encoded in the list and again in the URL', () => {
    expect(readView('#kinds=foreign%2520affairs,a%252Cb')?.kinds).toBe('foreign%20affairs a%2Cb');
    expect(viewHash({ kinds: 'foreign%20affairs a%2Cb c%2Bd 100%25' })).toBe(
      '#kinds=foreign%2520affairs,a%252Cb,c%252Bd,100%2525',
    );
  });

  it('ignore unknown keys and malformed values', () => {
    expect(readView('#from=2025-08&to=2025-10&utm_source=x&lang')).toEqual({
      window: [day(2025, 8, 1), day(2025, 11, 1)],
    });
    expect(readView('#from=2025-13&to=2025-10&event=x')).toEqual({ event: 'x' });
    expect(readView('#from=2025-10&to=2025-08')).toBeUndefined();
    expect(readView('#from=2025-08')).toBeUndefined();
    expect(readView('#event=%E0%A4%A&kinds=')).toBeUndefined();
    expect(readView('#utm_source=newsletter')).toBeUndefined();
    expect(readView('#=x&&=')).toBeUndefined();
  });

  it('read an older link, a bare event id, as the event', () => {
    expect(readView('#state%20visit')).toEqual({ event: 'state visit' });
    expect(readView('#section-2')).toEqual({ event: 'section-2' });
    expect(readView('')).toBeUndefined();
    expect(readView('#%E0%A4%A')).toBeUndefined();
  });

  it('write the window to the nearest days, to its last day shown', () => {
    expect(viewHash({ window: [day(2025, 8, 1), day(2025, 11, 1)], kinds: 'summit parade', event: 'a b' })).toBe(
      '#from=2025-08-01&to=2025-10-31&kinds=summit,parade&event=a%20b',
    );
    const hour = 3_600_000;
    expect(viewHash({ window: [day(2025, 8, 1) - 5 * hour, day(2025, 8, 20) + 13 * hour] })).toBe(
      '#from=2025-08-01&to=2025-08-20',
    );
    expect(viewHash({ window: [day(2025, 8, 1), day(2025, 8, 1) + hour] })).toBe('#from=2025-08-01&to=2025-08-01');
  });

  it('leave out what the view does not have', () => {
    expect(viewHash({})).toBe('');
    expect(viewHash({ kinds: ' ', event: '' })).toBe('');
    expect(viewHash({ kinds: 'visit banquet' })).toBe('#kinds=visit,banquet');
  });
});

describe('links of several timelines on one page', () => {
  const day = (y: number, m: number, d: number) => Date.UTC(y, m - 1, d);
  const hash = '#a.from=2025-08&a.to=2025-10&a.event=x&b.kinds=visit&from=2024&to=2024&utm=1';

  it('read only the keys of the timeline whose id they are given, or only the bare keys without one', () => {
    expect(readView(hash, 'a')).toEqual({ window: [day(2025, 8, 1), day(2025, 11, 1)], event: 'x' });
    expect(readView(hash, 'b')).toEqual({ kinds: 'visit' });
    expect(readView(hash)).toEqual({ window: [day(2024, 1, 1), day(2025, 1, 1)] });
    expect(readView(hash, 'c')).toBeUndefined();
    expect(readView('#a.b.event=y&b.event=z', 'a')).toBeUndefined();
    expect(readView('#a.b.event=y&b.event=z', 'a.b')).toEqual({ event: 'y' });
    // A bare #event-id is every timeline's.
    expect(readView('#x', 'a')).toEqual({ event: 'x' });
  });

  it('escape an id as they escape values', () => {
    expect(readView('#my%20line.event=x', 'my line')).toEqual({ event: 'x' });
    expect(viewHash({ event: 'x' }, 'a&b=c')).toBe('#a%26b%3Dc.event=x');
    expect(readView(viewHash({ event: 'x' }, 'a&b=c'), 'a&b=c')).toEqual({ event: 'x' });
  });

  it('write a timeline’s keys in place of its old ones, keeping every other pair in its order', () => {
    const view = { window: [day(2024, 3, 1), day(2024, 4, 1)] as [number, number], event: 'y' };
    expect(viewHash(view, 'b', hash)).toBe(
      '#a.from=2025-08&a.to=2025-10&a.event=x&b.from=2024-03-01&b.to=2024-03-31&b.event=y&from=2024&to=2024&utm=1',
    );
    expect(viewHash(view, undefined, hash)).toBe(
      '#a.from=2025-08&a.to=2025-10&a.event=x&b.kinds=visit&from=2024-03-01&to=2024-03-31&event=y&utm=1',
    );
    expect(viewHash(view, 'c', hash)).toBe(`${hash}&c.from=2024-03-01&c.to=2024-03-31&c.event=y`);
    expect(viewHash({}, 'a', hash)).toBe('#b.kinds=visit&from=2024&to=2024&utm=1');
    // A page's anchor or a bare id is not kept beside a view.
    expect(viewHash({ event: 'y' }, 'a', '#section-2')).toBe('#a.event=y');
  });

  it('tell a timeline’s own part of a hash, which changes only when its view does', () => {
    expect(ownPart(hash, 'a')).toBe('a.from=2025-08&a.to=2025-10&a.event=x');
    expect(ownPart(hash, 'b')).toBe('b.kinds=visit');
    expect(ownPart(hash)).toBe('from=2024&to=2024');
    expect(ownPart('#section-2', 'a')).toBe('section-2');
    expect(ownPart('', 'a')).toBe('');
  });
});

describe('links to an event whose id holds a lone surrogate', () => {
  it('escape it as %u and its code, and read the same id back', () => {
    expect(encodePart('a\ud800b')).toBe('a%uD800b');
    expect(hashFor('\udc00 x')).toBe('#%uDC00%20x');
    for (const id of ['\ud800', 'x\udfff', '\ud83d\ude00', '\ude00\ud83d', '%uD800', 'a%u12']) {
      expect(readHash(hashFor(id))).toBe(id);
      expect(readView(viewHash({ event: id }, id), id)).toEqual({ event: id });
    }
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (id) => {
        fc.pre(id.length > 0);
        expect(readHash(hashFor(id))).toBe(id);
      }),
    );
  });
});

describe('links to a view, on random cases', () => {
  const DAY = 86_400_000;
  // Days from year 1000 to 9980, so that a window and its end are written with four-digit years.
  const dayNumber = fc.integer({ min: -354_285, max: 2_925_600 });
  // Curated kinds and any others, as the `kinds` attribute writes them.
  const name = fc.oneof(
    fc.constantFrom(...KINDS),
    fc.string({ minLength: 1 }).map((text) => text.trim()),
  );
  const kinds = fc.uniqueArray(name.filter(Boolean)).map((list) => (list.length ? formatKinds(list) : undefined));
  const event = fc.option(fc.string({ minLength: 1 }), { nil: undefined });

  it('read back the view they write, for windows of whole days', () => {
    fc.assert(
      fc.property(dayNumber, fc.nat(5000), kinds, event, (from, length, kinds, event) => {
        const view = { window: [from * DAY, (from + length + 1) * DAY] as [number, number], kinds, event };
        expect(readView(viewHash(view))).toEqual(JSON.parse(JSON.stringify(view)));
      }),
    );
  });

  it('read back any window of a day or more within half a day at each end', () => {
    fc.assert(
      fc.property(
        dayNumber,
        fc.integer({ min: 0, max: DAY - 1 }),
        fc.integer({ min: DAY, max: 1000 * DAY }),
        (d, ms, length) => {
          const window: [number, number] = [d * DAY + ms, d * DAY + ms + length];
          const read = readView(viewHash({ window }))!.window!;
          expect(Math.abs(read[0] - window[0])).toBeLessThanOrEqual(DAY / 2);
          expect(Math.abs(read[1] - window[1])).toBeLessThanOrEqual(DAY / 2);
        },
      ),
    );
  });

  it('ignore keys they do not know, wherever they come', () => {
    fc.assert(
      fc.property(
        dayNumber,
        kinds,
        event,
        fc.stringMatching(/^[a-z_]{1,8}=[a-z0-9]{0,8}$/),
        (from, kinds, event, extra) => {
          fc.pre(!/^(from|to|kinds|event)=/.test(extra));
          const hash = viewHash({ window: [from * DAY, (from + 7) * DAY], kinds, event });
          const parts = hash.slice(1).split('&');
          const mixed = `#${[extra, ...parts.reverse()].join('&')}`;
          expect(readView(mixed)).toEqual(readView(hash));
        },
      ),
    );
  });

  it('never throw, and name only windows that run forwards and kinds with a name', () => {
    const pieces = fc.constantFrom(
      'from=',
      'to=',
      'kinds=',
      'event=',
      '&',
      '=',
      '%',
      '2025',
      '-08',
      '-31',
      'summit',
      ',',
      '#',
    );
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.array(pieces).map((p) => p.join('')),
        ),
        (hash) => {
          const view = readView(hash);
          if (view?.window) expect(view.window[1]).toBeGreaterThan(view.window[0]);
          if (view?.kinds !== undefined) expect(parseKinds(view.kinds)).not.toEqual([]);
          for (const kind of parseKinds(view?.kinds)) expect(kind.trim()).toBe(kind);
        },
      ),
    );
  });

  it('read a bare id as older links wrote it', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1 }), (id) => {
        expect(readView(hashFor(id))).toEqual({ event: id });
      }),
    );
  });
});
