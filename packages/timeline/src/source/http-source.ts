// A `TimelineSource` that asks a server speaking the summitline wire format (version 1):
// windows as cached tiles, fetched ahead and let go when the view leaves them; every
// answer checked; the data version on every request, so that caches can keep answers
// for good and a changed archive is noticed.
import {
  SOURCE_ANSWERS_KEPT,
  SOURCE_RECORDS_KEPT,
  SOURCE_TILE_WIDTH,
  SOURCE_TILES_AHEAD,
  SOURCE_TILES_KEPT,
} from '../core/defaults.js';
import type { GroupBy } from '../core/rows.js';
import { AnswerProblem, checkDensity, checkEvent, checkStep, checkTotals, checkWindow, errorAnswer } from './check.js';
import { Answers, holder, type Hold, type Shared } from './answers-cache.js';
import { badParameter, integer, kindList, SOURCE_LIMITS, span, time } from './params.js';
import {
  SourceError,
  type DensityRequest,
  type SourceDensity,
  type SourceErrorCode,
  type SourceRecord,
  type SourceTotals,
  type SourceWindow,
  type StepRequest,
  type TimelineSource,
  type WindowRequest,
} from './source.js';
import { joinTiles, tilesCovering, tileWindow, tileZoom, TILE_WIDTHS, type Tile, type TileWidth } from './tiles.js';

export interface HttpSourceOptions {
  /** The `fetch` to ask with (one that adds headers, or a test's); the global `fetch` unless given. */
  fetch?: (url: string, init: RequestInit) => Promise<Response>;
  /** Width of a tile in px: 512 unless given. */
  tileWidth?: TileWidth;
  /** Tiles fetched ahead on either side of the view: 1 unless given. */
  ahead?: number;
  /** Tile answers kept, at most: 128 unless given (the least recently used go first). */
  tilesKept?: number;
  /** Records kept in tile answers, at most: 20,000 unless given (so that the cache's memory stays bounded). */
  recordsKept?: number;
  /** Other answers kept (density, steps, events): 64 unless given. */
  answersKept?: number;
  /** Pixels per bin and the most marks answered as events, for every tile: the server's defaults (12, 1500) unless given. */
  px?: number;
  limit?: number;
}

const GROUPS: readonly GroupBy[] = ['none', 'kind', 'country'];
const WIRE_CODES: readonly SourceErrorCode[] = [
  'bad-parameter',
  'not-found',
  'version-changed',
  'method-not-allowed',
  'internal',
];

type Params = Record<string, string | number | readonly string[] | null | undefined>;

/** The start of a text, as an error message quotes it. */
function snippet(text: string): string {
  const trimmed = text.trim();
  if (!trimmed) return 'an empty body';
  return JSON.stringify(trimmed.length > 80 ? `${trimmed.slice(0, 79)}…` : trimmed);
}

const reason = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** A promise that rejects with the signal's reason as soon as it aborts, whatever `promise` does. */
function abortable<T>(promise: Promise<T>, signal: AbortSignal | undefined): Promise<T> {
  if (!signal) return promise;
  return new Promise((resolve, reject) => {
    const abort = () => reject(signal.reason);
    signal.addEventListener('abort', abort, { once: true });
    promise.then(
      (value) => (signal.removeEventListener('abort', abort), resolve(value)),
      (error: unknown) => (signal.removeEventListener('abort', abort), reject(error)),
    );
  });
}

/**
 * A windowed source over HTTP, for a server that speaks the wire format (such as
 * `@summitline/server`'s `summitline-serve`): `new HttpSource('https://example.org/archive/')`.
 *
 * - `totals` is read first, once, and its data version goes on every later request
 *   (`dv`), so that every cache may keep the answers for good. When the server answers
 *   `409 version-changed`, the totals are read again (past any cache), every answer kept
 *   is dropped, and the request is made again; the answers then name the new version.
 * - A window is answered from tiles (`/v1/tile`): the zoom level with at least the
 *   view's detail, the tiles that cover the view, joined (`joinTiles`). The tiles on
 *   either side are fetched ahead. Tiles outside the archive's span are not asked for.
 * - Answers are kept by URL (least recently used first out), and a request already on
 *   its way is shared by everyone who asks for it. When a question's signal aborts, the
 *   requests nobody else waits for are aborted at the next task (so that a view that
 *   moves on, aborting the old question and asking the new one, keeps what the two share).
 * - Every answer is checked against the wire format; a `SourceError` names the URL, the
 *   status and, for a wrong answer, the field.
 */
export class HttpSource implements TimelineSource {
  /** The server's base URL, ending in `/`: requests go to `v1/…` under it. */
  readonly url: string;
  private readonly fetcher: (url: string, init: RequestInit) => Promise<Response>;
  private readonly tileWidth: TileWidth;
  private readonly ahead: number;
  private readonly px: number | undefined;
  private readonly limit: number | undefined;
  private readonly tiles: Answers;
  private readonly answers: Answers;
  /** The totals being read, or read. */
  private current?: Shared<SourceTotals> & { replaces?: string };
  /** The last totals read. */
  private known?: SourceTotals;
  /** The last window joined, and the tile answers it was joined from. */
  private joined?: { parts: SourceWindow[]; answer: SourceWindow };

  constructor(url: string | URL, options: HttpSourceOptions = {}) {
    let base: URL;
    try {
      base = new URL(url, globalThis.location?.href);
    } catch {
      throw new TypeError(`HttpSource: ${JSON.stringify(String(url))} is not a URL (give the server's base URL).`);
    }
    if (!base.pathname.endsWith('/')) base.pathname += '/';
    base.search = '';
    base.hash = '';
    this.url = base.href;
    const fetcher =
      options.fetch ??
      (typeof globalThis.fetch === 'function' ? (input: string, init: RequestInit) => fetch(input, init) : undefined);
    if (!fetcher) throw new TypeError('HttpSource: there is no fetch here; give one in options.fetch.');
    this.fetcher = fetcher;
    this.tileWidth = options.tileWidth ?? SOURCE_TILE_WIDTH;
    if (!TILE_WIDTHS.includes(this.tileWidth)) {
      throw badParameter('tileWidth', `tileWidth ${this.tileWidth} is not one of ${TILE_WIDTHS.join(', ')}.`);
    }
    this.ahead = integer('ahead', options.ahead, { min: 0, max: 8, default: SOURCE_TILES_AHEAD });
    this.px = options.px === undefined ? undefined : integer('px', options.px, SOURCE_LIMITS.px);
    this.limit = options.limit === undefined ? undefined : integer('limit', options.limit, SOURCE_LIMITS.limit);
    this.tiles = new Answers(options.tilesKept ?? SOURCE_TILES_KEPT, options.recordsKept ?? SOURCE_RECORDS_KEPT);
    this.answers = new Answers(options.answersKept ?? SOURCE_ANSWERS_KEPT, Infinity);
  }

  async totals(signal?: AbortSignal): Promise<SourceTotals> {
    return this.question(signal, (hold) => this.version(hold));
  }

  async density(request: DensityRequest, signal?: AbortSignal): Promise<SourceDensity> {
    const bins = integer('bins', request.bins, SOURCE_LIMITS.bins);
    const kinds = kindList(request.kinds);
    return this.question(signal, async (hold) => {
      const whole = (await this.version(hold)).span;
      const from = request.from ?? whole?.from ?? 0;
      const window = span(from, request.to ?? whole?.to ?? from + 86_400_000);
      const params = { from: window.from, to: window.to, bins, kinds };
      return this.ask('v1/density', params, this.answers, hold, (json) => checkDensity(json, bins));
    });
  }

  async window(request: WindowRequest, signal?: AbortSignal): Promise<SourceWindow> {
    const { from, to } = span(request.from, request.to);
    const width = integer('width', request.width, SOURCE_LIMITS.width);
    const kinds = kindList(request.kinds);
    const group = request.group ?? 'none';
    if (!GROUPS.includes(group)) throw badParameter('group', `group "${group}" is not one of ${GROUPS.join(', ')}.`);
    if (request.px !== undefined || request.limit !== undefined) {
      throw badParameter(
        request.px !== undefined ? 'px' : 'limit',
        'HttpSource asks every tile alike: give px and limit in its options, not per window.',
      );
    }
    const z = tileZoom(to - from, width, this.tileWidth);
    const tiles = tilesCovering(from, to, z);
    const first = tiles[0]!.i;
    const last = tiles[tiles.length - 1]!.i;
    return this.question(signal, async (hold) => {
      // Twice, if the archive changed on the way: every tile then comes from the new version.
      for (let attempt = 0; ; attempt++) {
        const totals = await this.version(hold);
        const parts = Promise.all(tiles.map((tile) => this.tile(tile, totals, kinds, group, hold)));
        for (let k = 1; k <= this.ahead; k++) {
          for (const i of [last + k, first - k]) this.tile({ z, i }, totals, kinds, group, hold).catch(() => undefined);
        }
        const answers = await parts;
        if (attempt || answers.every((part) => part.dataVersion === totals.dataVersion)) return this.join(answers);
      }
    });
  }

  async step(request: StepRequest, signal?: AbortSignal): Promise<SourceRecord | null> {
    const at = request.at === undefined ? undefined : time('at', request.at);
    const params = { dir: request.direction, id: request.id, at, kinds: kindList(request.kinds) };
    return this.question(signal, (hold) => this.ask('v1/step', params, this.answers, hold, checkStep));
  }

  async event(id: string, signal?: AbortSignal): Promise<SourceRecord | null> {
    return this.question(signal, async (hold) => {
      try {
        return await this.ask('v1/event', { id }, this.answers, hold, checkEvent);
      } catch (error) {
        if (error instanceof SourceError && error.code === 'not-found') return null;
        throw error;
      }
    });
  }

  /**
   * A question: its requests are held while it waits, and let go when `signal` aborts,
   * which rejects it at once with the signal's reason.
   */
  private question<T>(signal: AbortSignal | undefined, ask: (hold: Hold) => Promise<T>): Promise<T> {
    if (signal?.aborted) return Promise.reject(signal.reason);
    return abortable(ask(holder(signal)), signal);
  }

  /** Forgets every answer kept, the totals too: the next question reads them again. */
  clear(): void {
    this.current = undefined;
    this.known = undefined;
    this.forget();
  }

  private forget(): void {
    this.tiles.clear();
    this.answers.clear();
    this.joined = undefined;
  }

  /** The totals: read once, shared, and read again after a `409 version-changed`. */
  private version(hold: Hold, init: RequestInit = {}, replaces?: string): Promise<SourceTotals> {
    if (!this.current) {
      const url = this.address('v1/totals', {});
      const entry: Shared<SourceTotals> & { replaces?: string } = this.start(url, init, checkTotals, () => {
        if (this.current === entry) this.current = undefined;
      });
      if (replaces !== undefined) entry.replaces = replaces;
      entry.promise.then(
        (totals) => {
          if (this.current !== entry) return;
          if (this.known && this.known.dataVersion !== totals.dataVersion) this.forget();
          this.known = totals;
        },
        () => undefined,
      );
      this.current = entry;
    }
    hold(this.current);
    return this.current.promise;
  }

  /** Reads the totals again, past any cache, after `stale` was refused; once for everyone refused. */
  private async reread(stale: string, hold: Hold): Promise<void> {
    const current = this.current;
    const newer = current?.settled && this.known && this.known.dataVersion !== stale;
    if (!newer && current?.replaces !== stale) this.current = undefined;
    const totals = await this.version(hold, { cache: 'no-cache' }, stale);
    if (totals.dataVersion === stale) {
      // Read them again at the next question: the server may have been between versions.
      if (this.current?.replaces === stale) this.current = undefined;
      const url = this.address('v1/totals', {});
      throw new SourceError(
        `${url} still names data version ${stale}, which the server refused as one it has left (409 version-changed).`,
        { code: 'version-changed', url },
      );
    }
  }

  /** A question that names the data version: asked again once, with the new version, if the server has left it. */
  private async ask<T>(
    path: string,
    params: Params,
    store: Answers,
    hold: Hold,
    read: (json: unknown, dataVersion: string) => T,
  ): Promise<T> {
    for (let attempt = 0; ; attempt++) {
      const { dataVersion } = await this.version(hold);
      const url = this.address(path, { ...params, dv: dataVersion });
      try {
        let entry = store.get(url) as Shared<T> | undefined;
        if (!entry) {
          const made = this.start(
            url,
            {},
            (json) => read(json, dataVersion),
            () => store.delete(url, made),
          );
          store.set(url, (entry = made));
        }
        hold(entry);
        return await entry.promise;
      } catch (error) {
        if (attempt || !(error instanceof SourceError) || error.code !== 'version-changed') throw error;
        await this.reread(dataVersion, hold);
      }
    }
  }

  /** A tile's answer; nothing is asked for a tile outside the archive's span. */
  private tile(
    tile: Tile,
    totals: SourceTotals,
    kinds: string[] | null,
    group: GroupBy,
    hold: Hold,
  ): Promise<SourceWindow> {
    const { from, to } = tileWindow(tile);
    const { span: whole, dataVersion } = totals;
    if (!whole || to <= whole.from || from >= whole.to) {
      return Promise.resolve(this.emptyTile(from, to, kinds, group, dataVersion));
    }
    const params = { z: tile.z, i: tile.i, width: this.tileWidth, px: this.px, limit: this.limit, kinds, group };
    return this.ask('v1/tile', params, this.tiles, hold, (json, dataVersion): SourceWindow => {
      const { tile: _, ...answer } = checkWindow(json, { from, to, group, tile }) as SourceWindow & { tile?: Tile };
      return { ...answer, dataVersion };
    });
  }

  private emptyTile(from: number, to: number, kinds: string[] | null, group: GroupBy, dataVersion: string) {
    const bins = Math.ceil(this.tileWidth / (this.px ?? SOURCE_LIMITS.px.default));
    const limit = this.limit ?? SOURCE_LIMITS.limit.default;
    const width = this.tileWidth;
    const answer: SourceWindow = {
      dataVersion,
      from,
      to,
      width,
      group,
      kinds,
      mode: 'events',
      marks: 0,
      limit,
      bins,
      binLength: (to - from) / bins,
      events: [],
    };
    return answer;
  }

  /** The tiles' answers joined: the same object as last time for the same tiles. */
  private join(parts: SourceWindow[]): SourceWindow {
    const last = this.joined;
    if (last && last.parts.length === parts.length && last.parts.every((part, k) => part === parts[k])) {
      return last.answer;
    }
    const answer = joinTiles(parts);
    this.joined = { parts, answer };
    return answer;
  }

  /** The URL of a request: the path under the base, and the parameters given, in the order given. */
  private address(path: string, params: Params): string {
    const url = new URL(path, this.url);
    for (const [name, value] of Object.entries(params)) {
      if (value === undefined || value === null || (name === 'group' && value === 'none')) continue;
      url.searchParams.append(name, Array.isArray(value) ? value.join(',') : String(value));
    }
    return url.href;
  }

  /** Starts a request, to be shared (see `Answers`); `drop` takes it out of where it is kept when it fails or is let go. */
  private start<T>(url: string, init: RequestInit, read: (json: unknown) => T, drop: () => void): Shared<T> {
    return Answers.start(url, (signal) => this.load(url, { ...init, signal }, read), drop);
  }

  private async load<T>(url: string, init: RequestInit, read: (json: unknown) => T): Promise<T> {
    const signal = init.signal!;
    let response: Response | undefined;
    let body: string;
    try {
      response = await this.fetcher(url, init);
      body = await response.text();
    } catch (error) {
      const status = response?.status;
      if (signal.aborted) throw signal.reason;
      const what = status ? `answered ${status}, but the answer broke off` : 'failed';
      throw new SourceError(
        `GET ${url} ${what}: ${reason(error)}.`,
        { code: 'network', url, ...(status ? { status } : {}) },
        { cause: error },
      );
    }
    const { status, statusText, ok } = response;
    let json: unknown;
    let parseError: unknown;
    try {
      json = JSON.parse(body);
    } catch (error) {
      parseError = error;
    }
    if (!ok) {
      const error = parseError ? undefined : errorAnswer(json);
      if (error) {
        const code = WIRE_CODES.includes(error.code as SourceErrorCode) ? (error.code as SourceErrorCode) : 'http';
        const parameter = error.parameter === undefined ? {} : { parameter: error.parameter };
        throw new SourceError(`GET ${url} answered ${status} ${error.code}: ${error.message}`, {
          code,
          url,
          status,
          ...parameter,
        });
      }
      throw new SourceError(`GET ${url} answered ${status}${statusText ? ` ${statusText}` : ''}: ${snippet(body)}.`, {
        code: 'http',
        url,
        status,
      });
    }
    if (parseError) {
      throw new SourceError(
        `GET ${url} answered ${status} with something that is not JSON (${reason(parseError)}): ${snippet(body)}.`,
        {
          code: 'bad-json',
          url,
          status,
        },
      );
    }
    try {
      return read(json);
    } catch (error) {
      if (!(error instanceof AnswerProblem)) throw error;
      throw new SourceError(`GET ${url} answered JSON that the wire format does not allow: ${error.message}.`, {
        code: 'bad-answer',
        url,
        status,
        field: error.field,
      });
    }
  }
}

/** `new HttpSource(url, options)`. */
export function httpSource(url: string | URL, options?: HttpSourceOptions): HttpSource {
  return new HttpSource(url, options);
}
