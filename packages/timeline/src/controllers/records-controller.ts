import { isServer, type PropertyValues, type ReactiveController, type ReactiveElement } from 'lit';
import { NARROW_BREAKPOINT_PX, READ_CHUNK, SRC_TIMEOUT_MS, STEPS_FROM } from '../core/defaults.js';
import { RecordReader, type Problem } from '../core/normalize.js';
import { describeUrl } from '../core/url.js';
import { fetchRecords, readList } from '../data-sources.js';
import { SummitErrorEvent } from '../error-event.js';
import { nextTask } from '../internal/next-task.js';
import { serverWarning } from '../internal/server-render.js';
import type { SourceInfo } from '../record.js';
import type { Arrangement } from '../core/arrange.js';
import type { TimelineSource } from '../source/source.js';
import { nextGeneration, type Loaded } from './pipeline.js';
import { makeSourceMode, type SourceMode, type SourceModeInput } from './source-mode.js';

/** Why a `source` cannot be drawn: the page has not loaded the source mode. */
const NO_SOURCE_MODE = '`source` needs @summitline/timeline/source.js';

/** The records an update draws, and their state: read here, or a source mode's answers. */
export interface RecordsState {
  readonly loaded: Loaded;
  /** A source mode's arrangement, drawn instead of one made of `loaded.items`. */
  readonly arrangement?: Arrangement | undefined;
  readonly loading: boolean;
  readonly error?: string | undefined;
}

interface Request {
  records?: readonly unknown[] | undefined;
  src?: string | undefined;
  list: () => unknown[];
  /** Read every record in this task, however many (a server render, and the update that hydrates it). */
  now?: boolean;
  /** How long `src` may take to load, in ms. */
  timeout?: number | undefined;
}

/** The element whose records these are: where they come from, and where the articles they quote go. */
export interface RecordsHost extends ReactiveElement {
  events?: readonly unknown[] | undefined;
  src?: string | undefined;
  srcTimeout?: number | undefined;
  source?: TimelineSource | undefined;
  sources: readonly SourceInfo[];
}

/**
 * The records, once per data change: validated and normalised into items in time
 * order, from the `events` property, a `src` URL (the latest request wins) or the
 * host's light-DOM list. Bad records and a `src` that fails are reported from the host
 * with `summit-error` (on the server, with a console warning too); the `sources` that
 * come with a `src` become the host's, unless it has its own. Up to `READ_CHUNK` records are read at once; more are read a
 * chunk per task. From `STEPS_FROM` records on, they are then sorted a step per task
 * (by number, see `sortSteps`), indexed and arranged in tasks of their own, so that no
 * task holds the page for long, and drawn when all are in. With `now`, they are read,
 * sorted and indexed at once, in the caller's task. While the host has a `source` (in
 * the browser), its records are a source mode's (`from`), made once it is registered.
 */
export class RecordsController implements ReactiveController {
  /** The records last read, a new value (and generation) per load. */
  loaded: Loaded = { generation: 0, items: [], byId: new Map(), given: [] };
  loading = false;
  error?: string;
  /** Each load's number: a slower earlier load never overwrites a later one. */
  #generation = 0;
  #abort?: AbortController;
  #timer?: ReturnType<typeof setTimeout>;
  #request?: Request;
  /** A load that a disconnect interrupted, made again on reconnect. */
  #interrupted?: Request;

  /** The source mode, made when the host is first given a `source`. */
  #sourced?: SourceMode | undefined;
  readonly #host: RecordsHost;
  /** Many records were read: work the first drawing of them would do, given a task of its own before they come in. */
  readonly #prepare?: (loaded: Loaded) => void;

  constructor(host: RecordsHost, prepare?: (loaded: Loaded) => void) {
    this.#host = host;
    this.#prepare = prepare;
    host.addController(this);
  }

  /** Loads when `events` or `src` changed, or nothing was asked for yet; the server (`now`) reads only `events`. */
  follow(changed: PropertyValues, now: boolean): void {
    const asked = changed.has('events') || changed.has('src') || !this.requested;
    if (asked && (!now || this.#host.events)) this.#read(now);
  }

  /**
   * This update's records: the source mode's while the host has a `source` (outside
   * `now`, the server's render), told of the update's state; else the ones read here.
   */
  from(input: Omit<SourceModeInput, 'source'>, now: boolean): RecordsState {
    const { source } = this.#host;
    if (!source) this.#sourced?.stop();
    if (!source || now) return this;
    const mode = (this.#sourced ??= makeSourceMode(this.#host));
    if (!mode) return { loaded: this.loaded, loading: false, error: NO_SOURCE_MODE };
    // A phone's list has no lanes: it asks for the events and bins of the whole window.
    const narrow = input.width > 0 && input.width < NARROW_BREAKPOINT_PX;
    mode.follow({ source, ...input, groupBy: narrow ? 'none' : input.groupBy });
    return mode;
  }

  /** Source mode: asks for the window in view at a width (see `SourceMode.want`). */
  want(window: readonly [number, number], width: number): void {
    if (this.#host.source) this.#sourced?.want(window, width);
  }

  /** Loads the records again: asks the source again, or reads `events`, else `src`, else the light-DOM list. */
  reload(now: boolean): void {
    if (this.#host.source && !now && this.#sourced) this.#sourced.reload();
    else this.#read(now);
  }

  #read(now: boolean): void {
    const { events, src, srcTimeout } = this.#host;
    this.load({ records: events, src, list: () => readList(this.#host), timeout: srcTimeout, now });
  }

  #report(problems: Problem[], sources?: SourceInfo[]): void {
    const host = this.#host;
    if (sources && !host.sources.length) host.sources = sources;
    if (!problems.length) return;
    host.dispatchEvent(new SummitErrorEvent(problems));
    if (isServer) console.warn(serverWarning(host.localName, problems));
  }

  /** Whether anything was asked for yet. */
  get requested(): boolean {
    return this.#request !== undefined;
  }

  /** Takes `records`, or fetches `src`, or reads `list()`. */
  load(request: Request): void {
    const { records, src, list, now = false, timeout = SRC_TIMEOUT_MS } = (this.#request = request);
    this.#abort?.abort();
    clearTimeout(this.#timer);
    const generation = ++this.#generation;
    if (records) return void this.#take(records, generation, undefined, now);
    if (!src) return void this.#take(list(), generation);
    const controller = (this.#abort = new AbortController());
    this.loading = true;
    this.error = undefined;
    // A `src` that never answers: given up on, and failed like any other.
    const seconds = Math.max(0, timeout) / 1000;
    this.#timer = setTimeout(
      () => controller.abort(new Error(`${describeUrl(src)} did not answer within ${seconds} s`)),
      timeout,
    );
    fetchRecords(src, controller.signal).then(
      ({ records, sources }) => {
        clearTimeout(this.#timer);
        if (generation === this.#generation) void this.#take(records, generation, sources);
      },
      (error: Error) => {
        clearTimeout(this.#timer);
        if (generation !== this.#generation) return;
        this.loading = false;
        this.error = error.message;
        this.#set(new RecordReader());
        this.#host.dispatchEvent(new SummitErrorEvent([{ index: -1, field: 'src', message: error.message }]));
      },
    );
  }

  hostConnected(): void {
    const request = this.#interrupted;
    this.#interrupted = undefined;
    if (request) this.load(request);
  }

  hostDisconnected(): void {
    if (this.loading) this.#interrupted = this.#request;
    this.#abort?.abort();
    clearTimeout(this.#timer);
    this.#generation++;
  }

  async #take(given: readonly unknown[], generation: number, sources?: SourceInfo[], now = false): Promise<void> {
    const reader = new RecordReader();
    // Our own list: a change to the page's array afterwards moves no record from its place.
    const records = Array.isArray(given) ? given.slice() : given;
    if (!Array.isArray(records)) {
      this.loading = false;
      this.#set(reader);
      this.#report([{ index: -1, field: 'events', message: 'expected an array of records' }], sources);
      return;
    }
    const chunk = now ? Infinity : READ_CHUNK;
    for (let at = 0; at < records.length; at += chunk) {
      if (at) {
        if (!this.loading) {
          this.loading = true;
          this.#host.requestUpdate();
        }
        await nextTask();
        if (generation !== this.#generation) return;
      }
      reader.read(records, at, Math.min(records.length, at + chunk));
    }
    if (records.length >= STEPS_FROM && !now) {
      // Sorting the whole set takes a few tasks; its indexes one more, and its arrangement
      // (with its opening window) another, apart from the first drawing, which then finds them built.
      const steps = reader.order();
      do {
        await nextTask();
        if (generation !== this.#generation) return;
      } while (!steps.next().done);
      await nextTask();
      if (generation !== this.#generation) return;
      const { items, indexes } = reader.result();
      await nextTask();
      if (generation !== this.#generation) return;
      this.#prepare?.({
        generation: nextGeneration(),
        items,
        indexes,
        byId: reader.byId,
        given: records,
      });
      await nextTask();
      if (generation !== this.#generation) return;
    }
    this.loading = false;
    this.error = undefined;
    const { problems } = this.#set(reader, records);
    this.#report(problems, sources);
  }

  #set(reader: RecordReader, given: readonly unknown[] = []): { problems: Problem[] } {
    const { items, indexes, problems } = reader.result();
    this.loaded = { generation: nextGeneration(), items, indexes, byId: reader.byId, given };
    this.#host.requestUpdate();
    return { problems };
  }
}
