import { DAY_MS } from '../core/edtf.js';
import { compareKinds } from '../core/kinds.js';
import { NO_COUNTRY, type GroupBy } from '../core/rows.js';
import type { TimelineRecord } from '../record.js';
import type {
  SourceBin,
  SourceLane,
  SourceTotals,
  SourceWindow,
  StepQuery,
  TimelineSource,
  WindowQuery,
} from './source.js';

/** Width in px of a tile: a window is read in tiles of this many pixels' detail. */
export const TILE_PX = 512;
/** The zoom levels of the wire format: a tile of level z is 2^z days long. */
const [MIN_LEVEL, MAX_LEVEL] = [-6, 20];

export interface HttpSourceOptions {
  /** How many tiles' answers are kept (default 256); the least recently used go first. */
  cacheSize?: number;
  /** The `fetch` to use (default: the global one). */
  fetch?: typeof fetch;
}

/** The tiles of level `z` that cover [from, to), and that level: the coarsest whose tiles have at least the view's detail. */
export function tilesFor(from: number, to: number, width: number): { z: number; first: number; last: number } {
  const level = Math.floor(Math.log2(((to - from) * TILE_PX) / (Math.max(1, width) * DAY_MS)));
  const z = Math.min(MAX_LEVEL, Math.max(MIN_LEVEL, level));
  const length = DAY_MS * 2 ** z;
  return { z, first: Math.floor(from / length), last: Math.ceil(to / length) - 1 };
}

/** An error that names the request and what was wrong with its answer. */
class AnswerError extends Error {
  constructor(
    readonly url: string,
    why: string,
    readonly status?: number,
    readonly code?: string,
  ) {
    super(`${url}: ${why}`);
  }
}

type Json = Record<string, unknown>;

function check(ok: unknown, url: string, field: string, why: string): asserts ok {
  if (!ok) throw new AnswerError(url, `the answer's ${field} ${why}`);
}

function isRecord(value: unknown): value is TimelineRecord {
  const r = value as TimelineRecord | null;
  return !!r && typeof r === 'object' && typeof r.id === 'string' && typeof r.kind === 'string';
}

/** The lanes a wire record is drawn in. */
function lanesOf(record: TimelineRecord, groupBy: GroupBy): readonly string[] {
  if (groupBy === 'kind') return [record.kind];
  if (groupBy === 'country') return record.countries?.length ? record.countries : [NO_COUNTRY];
  return ['all'];
}

interface Lane {
  events: Map<string, TimelineRecord>;
  bins: SourceBin[];
}

/**
 * A `TimelineSource` that reads an archive from a server speaking summitline's wire
 * format (`@summitline/server`'s `summitline-serve`, or any other): `url` is the
 * server's base (`https://archive.example/`, the path before `/v1/`). A window is read
 * as the tiles of the wire format's grid that cover it, so that every client asks for
 * the same URLs and any cache can keep them; answers are kept (least recently used
 * first out), requests for the same tile are shared, a tile no window wants any more
 * is aborted, and the tiles on either side are fetched ahead. Every request after the
 * first `totals` names the data version (`dv`), and when the archive changes (409),
 * the kept answers go and the request is made again.
 */
export function httpSource(url: string | URL, options: HttpSourceOptions = {}): TimelineSource {
  const base = new URL(url, typeof location === 'undefined' ? undefined : location.href);
  if (!base.pathname.endsWith('/')) base.pathname += '/';
  const get = options.fetch ?? ((...args: Parameters<typeof fetch>) => fetch(...args));
  const cacheSize = options.cacheSize ?? 256;
  const cache = new Map<string, Json>();
  const inFlight = new Map<string, { answer: Promise<Json>; abort: AbortController; users: number }>();
  let version: string | undefined;

  const address = (path: string, params: Record<string, string | number | undefined>) => {
    const target = new URL(`v1/${path}`, base);
    for (const [key, value] of Object.entries({ ...params, dv: path === 'totals' ? undefined : version })) {
      if (value !== undefined) target.searchParams.set(key, String(value));
    }
    return target.href;
  };

  async function load(href: string, signal: AbortSignal): Promise<Json> {
    let response: Response;
    try {
      response = await get(href, { signal, headers: { accept: 'application/json' } });
    } catch (error) {
      if (signal.aborted) throw signal.reason;
      throw new AnswerError(href, `could not be reached (${(error as Error).message})`);
    }
    let body: unknown;
    try {
      body = await response.json();
    } catch {
      throw new AnswerError(href, `the answer (${response.status}) is not JSON`, response.status);
    }
    if (!response.ok) {
      const error = (body as { error?: { code?: string; message?: string } } | null)?.error;
      throw new AnswerError(
        href,
        `${response.status} ${error?.message ?? response.statusText}`,
        response.status,
        error?.code,
      );
    }
    check(body && typeof body === 'object' && !Array.isArray(body), href, 'body', 'is not an object');
    return body as Json;
  }

  /** The answer for a URL: kept, shared with a request under way, or fetched; aborted once no caller wants it. */
  function request(href: string, signal?: AbortSignal): Promise<Json> {
    const kept = cache.get(href);
    if (kept) {
      cache.delete(href);
      cache.set(href, kept);
      return Promise.resolve(kept);
    }
    let entry = inFlight.get(href);
    if (!entry) {
      const abort = new AbortController();
      const answer = load(href, abort.signal).then(
        (json) => {
          inFlight.delete(href);
          cache.set(href, json);
          if (cache.size > cacheSize) cache.delete(cache.keys().next().value!);
          return json;
        },
        (error: unknown) => {
          inFlight.delete(href);
          throw error;
        },
      );
      inFlight.set(href, (entry = { answer, abort, users: 0 }));
    }
    const shared = entry;
    // A caller without a signal (a fetch ahead, say) wants the answer whatever happens: it is never aborted.
    shared.users += signal ? 1 : Infinity;
    if (!signal) return shared.answer;
    return new Promise((resolve, reject) => {
      const leave = () => {
        if (--shared.users === 0 && inFlight.get(href) === shared) shared.abort.abort(signal.reason);
        reject(signal.reason);
      };
      if (signal.aborted) return leave();
      signal.addEventListener('abort', leave, { once: true });
      shared.answer.then(
        (json) => (signal.removeEventListener('abort', leave), resolve(json)),
        (error) => (signal.removeEventListener('abort', leave), reject(error)),
      );
    });
  }

  /** A request that names the data version: when the archive changed, the kept answers go and it is asked again. */
  async function versioned(path: string, params: Record<string, string | number | undefined>, signal?: AbortSignal) {
    if (version === undefined) await totals(signal);
    try {
      return await request(address(path, params), signal);
    } catch (error) {
      if (!(error instanceof AnswerError) || error.code !== 'version-changed') throw error;
      cache.clear();
      await totals(signal);
      return request(address(path, params), signal);
    }
  }

  async function totals(signal?: AbortSignal): Promise<SourceTotals> {
    const href = address('totals', {});
    cache.delete(href);
    const json = await request(href, signal);
    check(typeof json.dataVersion === 'string', href, 'dataVersion', 'is not a string');
    check(Number.isFinite(json.total), href, 'total', 'is not a number');
    check(Array.isArray(json.kinds), href, 'kinds', 'is not a list');
    if (version !== json.dataVersion) cache.clear();
    version = json.dataVersion;
    const span = json.span as { from: number; to: number } | null;
    check(
      span === null || (Number.isFinite(span.from) && Number.isFinite(span.to)),
      href,
      'span',
      'has no from and to',
    );
    return {
      total: json.total as number,
      span: span ? [span.from, span.to] : undefined,
      kinds: new Map((json.kinds as { key: string; count: number }[]).map(({ key, count }) => [key, count])),
    };
  }

  const kindsParam = (kinds: readonly string[] | undefined) => (kinds?.length ? kinds.join(',') : undefined);

  /** One tile's answer, added to the lanes. */
  function addTile(json: Json, href: string, groupBy: GroupBy, lanes: Map<string, Lane>): void {
    check(Array.isArray(json.events), href, 'events', 'is not a list');
    const records = new Map<string, TimelineRecord>();
    (json.events as unknown[]).forEach((record, i) => {
      check(isRecord(record), href, `events[${i}]`, 'is not a record with an id and a kind');
      records.set(record.id, record);
    });
    const lane = (key: string) => {
      let found = lanes.get(key);
      if (!found) lanes.set(key, (found = { events: new Map(), bins: [] }));
      return found;
    };
    if (json.mode === 'events') {
      for (const record of records.values())
        for (const key of lanesOf(record, groupBy)) lane(key).events.set(record.id, record);
      return;
    }
    check(json.mode === 'bins' && Array.isArray(json.lanes), href, 'mode', 'is neither events nor bins with lanes');
    (json.lanes as Json[]).forEach((wire, l) => {
      const at = `lanes[${l}]`;
      check(
        typeof wire.key === 'string' && Array.isArray(wire.bins) && Array.isArray(wire.events),
        href,
        at,
        'has no key, bins and events',
      );
      const into = lane(wire.key);
      for (const id of wire.events as string[]) {
        const record = records.get(id);
        check(record, href, `${at}.events`, `names “${id}”, which is not among its events`);
        into.events.set(id, record);
      }
      (wire.bins as Json[]).forEach((bin, b) => {
        const first = records.get(bin.first as string);
        const last = records.get(bin.last as string);
        check(first && last, href, `${at}.bins[${b}]`, 'names a first or last event not among its events');
        check(
          Number.isFinite(bin.start) && Number.isFinite(bin.end) && Number.isFinite(bin.count),
          href,
          `${at}.bins[${b}]`,
          'has no start, end and count',
        );
        const kinds: Record<string, number> = Object.create(null);
        for (const { key, count } of (bin.kinds ?? []) as { key: string; count: number }[]) kinds[key] = count;
        into.bins.push({
          start: bin.start as number,
          end: bin.end as number,
          count: bin.count as number,
          kinds,
          first,
          last,
        });
      });
    });
  }

  return {
    totals,

    async density({ from, to, bins, kinds }, signal) {
      const json = await versioned('density', { from, to, bins, kinds: kindsParam(kinds) }, signal);
      check(
        Array.isArray(json.counts) && json.counts.length === bins,
        `${base.href}v1/density`,
        'counts',
        `is not a list of ${bins} numbers`,
      );
      return json.counts as number[];
    },

    async window({ from, to, width, kinds, groupBy }: WindowQuery, signal) {
      if (version === undefined) await totals(signal);
      const { z, first, last } = tilesFor(from, to, width);
      const params = (i: number) => ({ z, i, width: TILE_PX, kinds: kindsParam(kinds), group: groupBy });
      // The tiles on either side, ahead of a pan: kept for later, never aborted.
      for (const i of [first - 1, last + 1]) request(address('tile', params(i))).catch(() => {});
      const tiles = [];
      for (let i = first; i <= last; i++)
        tiles.push(versioned('tile', params(i), signal).then((json) => [json, address('tile', params(i))] as const));
      const lanes = new Map<string, Lane>();
      for (const [json, href] of await Promise.all(tiles)) addTile(json, href, groupBy, lanes);
      // Lanes as the timeline orders them: kinds in legend order, countries the busiest first.
      const marks = (key: string) =>
        lanes.get(key)!.events.size + lanes.get(key)!.bins.reduce((n, bin) => n + bin.count, 0);
      const order = [...lanes.keys()].sort(
        groupBy === 'kind' ? compareKinds : (a, b) => marks(b) - marks(a) || (a < b ? -1 : a > b ? 1 : 0),
      );
      const answer: SourceLane[] = order.map((key) => {
        const { events, bins } = lanes.get(key)!;
        return { key, events: [...events.values()], bins };
      });
      return { lanes: answer } satisfies SourceWindow;
    },

    async step({ direction, id, at, kinds }: StepQuery, signal) {
      const json = await versioned('step', { dir: direction, id, at, kinds: kindsParam(kinds) }, signal);
      check(json.event === null || isRecord(json.event), `${base.href}v1/step`, 'event', 'is not a record');
      return (json.event as TimelineRecord | null) ?? undefined;
    },

    async event(id, signal) {
      try {
        const json = await versioned('event', { id }, signal);
        check(isRecord(json.event), `${base.href}v1/event`, 'event', 'is not a record');
        return json.event as TimelineRecord;
      } catch (error) {
        if (error instanceof AnswerError && error.status === 404) return undefined;
        throw error;
      }
    },
  };
}
