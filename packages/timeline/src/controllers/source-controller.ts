import type { ReactiveController, ReactiveElement } from 'lit';
import type { Arrangement } from '../core/arrange.js';
import type { TimelineItem } from '../core/normalize.js';
import type { GroupBy } from '../core/rows.js';
import { SummitErrorEvent } from '../error-event.js';
import { memoLast } from '../internal/memo.js';
import {
  overviewBins,
  sourceArrangement,
  sourceDomain,
  SourceItems,
  sourceKinds,
  sourceLayout,
  type SourceLayout,
} from '../source/answer.js';
import type {
  SourceDensity,
  SourceTotals,
  SourceWindow,
  StepDirection,
  TimelineSource,
  WindowRequest,
} from '../source/source.js';
import type { View } from '../core/view.js';
import { nextGeneration, type Loaded, type SourceLookup, type StepTarget } from './pipeline.js';
import type { SourceMode, SourceModeInput } from './source-mode.js';

/** The most pixels a window is asked at (the wire format's limit). */
const MAX_WIDTH = 8192;
/** How much detail an answer in bins may lack or have in excess before the view asks again: half a zoom level either way. */
const DETAIL = Math.SQRT2;

const isAbort = (error: unknown) => (error as Error)?.name === 'AbortError';

/**
 * The timeline's windowed source mode. It asks the source for the archive's totals
 * (the legend counts and the span the view fits), the overview's density, and the
 * window in view, padded by half a window on each side so that a pan stays within the
 * answer on hand; it asks again when the view leaves the answer, its detail (in bins)
 * is half a zoom level off, or the filter or grouping change. The last answer stays on
 * screen while the next is on its way; a question the view has left is aborted. Items
 * are made once per event and kept across answers, so focus and selection hold. A new
 * source or data version is a new generation (the view fits again on a new source; a
 * new data version keeps it). A failure shows its reason, with `reload()` to retry,
 * and fires `summit-error` (`field: 'source'`).
 */
export class SourceController implements ReactiveController, SourceMode {
  loaded: Loaded = { generation: 0, items: [], byId: new Map(), given: [] };
  loading = true;
  error: string | undefined;
  #input?: SourceModeInput;
  #totals?: SourceTotals;
  #density?: SourceDensity;
  #layout?: SourceLayout;
  #items = new SourceItems();
  /** The window last asked, and what it was asked with. */
  #asked?: { request: WindowRequest; key: string; mode?: SourceWindow['mode'] };
  /** Aborts every question of the current source (a new source, a disconnect). */
  #all = new AbortController();
  /** Aborts the window question on its way. */
  #pending?: AbortController;
  #densityKey?: string;
  /** Whether questions were cut short by a disconnect, to ask again on reconnect. */
  #interrupted = false;

  readonly #domain = memoLast((totals: SourceTotals, from?: number, to?: number) =>
    sourceDomain(totals, from === undefined || to === undefined ? undefined : [from, to]),
  );

  /**
   * What every window is asked with: the kinds, and a key of them with the grouping and
   * the data version. Made once per change, not per frame (`want` runs with each).
   */
  readonly #question = memoLast((totals: SourceTotals, kinds: string | undefined, group: GroupBy) => {
    const filter = sourceKinds(kinds, totals);
    return { kinds: filter, key: JSON.stringify([totals.dataVersion, filter, group]) };
  });

  readonly #made = memoLast(
    (
      totals: SourceTotals,
      kinds: string | undefined,
      domain: [number, number],
      density: SourceDensity | undefined,
      layout: SourceLayout | undefined,
    ): Arrangement => sourceArrangement({ totals, kinds, domain, density, layout }),
  );

  /** The navigation's way to events that no answer holds yet. */
  readonly #lookup: SourceLookup = {
    fetch: (id, then) => {
      if (this.#items.byId.has(id)) return false;
      void this.#ask((source, signal) => source.event(id, signal)).then((record) => {
        if (record && this.#take([record])) then();
      });
      return true;
    },
    key: (key, view, target) => this.#key(key, view, target),
  };

  /** The step on its way, to the event it lands on. */
  #stepping?: Promise<TimelineItem | undefined>;

  readonly #host: ReactiveElement;

  constructor(host: ReactiveElement) {
    this.#host = host;
    host.addController(this);
  }

  get arrangement(): Arrangement | undefined {
    const [totals, input] = [this.#totals, this.#input];
    if (!totals || !input) return undefined;
    const domain = this.#domain(totals, input.initial?.[0], input.initial?.[1]);
    return this.#made(totals, input.kinds, domain, this.#density, this.#layout);
  }

  follow(input: SourceModeInput): void {
    const last = this.#input;
    this.#input = input;
    if (input.source !== last?.source) return this.#start();
    if (this.#layout && input.width) this.#askDensity();
  }

  stop(): void {
    if (!this.#input) return;
    this.#input = undefined;
    this.#all.abort();
    this.#pending?.abort();
    this.#asked = undefined;
    this.#interrupted = false;
  }

  want([from, to]: readonly [number, number], width: number): void {
    const [totals, input] = [this.#totals, this.#input];
    if (!totals?.span || !input || !width || this.error || !(to > from)) return;
    const { kinds, key } = this.#question(totals, input.kinds, input.groupBy);
    const asked = this.#asked;
    if (asked && asked.key === key && covers(asked.request, from, to, width, asked.mode)) return;
    // Half a window more on each side, within the domain (the view goes no further).
    const [first, last] = this.#domain(totals, input.initial?.[0], input.initial?.[1]);
    const length = to - from;
    // Less on a screen so wide that the padded width would pass the most a source answers.
    const pad = Math.max(0, Math.min(length / 2, ((MAX_WIDTH / width - 1) * length) / 2));
    const start = Math.floor(Math.max(Math.min(first, from), from - pad));
    const end = Math.ceil(Math.min(Math.max(last, to), to + pad));
    const request: WindowRequest = {
      from: start,
      to: end,
      width: Math.min(MAX_WIDTH, Math.round((width * (end - start)) / length)),
      kinds,
      group: input.groupBy,
    };
    this.#asked = { request, key };
    this.#pending?.abort();
    const pending = (this.#pending = new AbortController());
    const signal = AbortSignal.any([this.#all.signal, pending.signal]);
    input.source.window(request, signal).then(
      (answer) => {
        if (signal.aborted) return;
        this.#pending = undefined;
        this.#asked!.mode = answer.mode;
        this.#answered(answer, totals);
      },
      (error) => this.#fail(error, signal),
    );
  }

  reload(): void {
    this.#start(false);
  }

  hostConnected(): void {
    if (this.#interrupted) this.#start(false);
    else if (this.#all.signal.aborted && !this.error) this.#all = new AbortController();
  }

  hostDisconnected(): void {
    // Stopped (no source): nothing is on its way, nor to ask again.
    if (!this.#input) return;
    // What was on its way is asked again on reconnect; the answers on hand stay.
    this.#interrupted = this.loading || (this.#asked !== undefined && !this.#asked.mode) || !this.#density;
    this.#all.abort();
    this.#asked = this.#asked?.mode ? this.#asked : undefined;
  }

  /** Starts over: asks for the totals. A new source (`fresh`) is a new generation, and drops what the last one answered. */
  #start(fresh = true): void {
    const input = this.#input;
    if (!input) return;
    this.#all.abort();
    this.#all = new AbortController();
    this.#interrupted = false;
    this.#asked = undefined;
    this.#densityKey = undefined;
    this.error = undefined;
    if (fresh) {
      this.#items = new SourceItems();
      this.#totals = this.#density = this.#layout = undefined;
      this.loading = true;
      this.#setLoaded(nextGeneration());
    }
    const signal = this.#all.signal;
    input.source.totals(signal).then(
      (totals) => {
        if (signal.aborted) return;
        this.#totals = totals;
        if (!totals.span) this.loading = false;
        // The first totals of a source give the view its domain: it fits them, as a new set of records.
        this.#setLoaded(fresh ? nextGeneration() : this.loaded.generation);
        this.#host.requestUpdate();
      },
      (error) => this.#fail(error, signal),
    );
  }

  /** Asks for the overview's density over the domain, at the width and with the filter, unless it is on hand or on its way. */
  #askDensity(): void {
    const [totals, input] = [this.#totals, this.#input];
    if (!totals?.span || !input?.width) return;
    const [from, to] = this.#domain(totals, input.initial?.[0], input.initial?.[1]);
    const kinds = this.#filter();
    const bins = overviewBins(input.width);
    const key = JSON.stringify([totals.dataVersion, from, to, bins, kinds]);
    if (key === this.#densityKey) return;
    this.#densityKey = key;
    const signal = this.#all.signal;
    input.source.density({ from, to, bins, kinds }, signal).then(
      (density) => {
        if (signal.aborted || key !== this.#densityKey) return;
        this.#density = density;
        this.#host.requestUpdate();
      },
      (error) => {
        if (key === this.#densityKey) this.#densityKey = undefined;
        this.#fail(error, signal);
      },
    );
  }

  #answered(answer: SourceWindow, totals: SourceTotals): void {
    if (answer.dataVersion !== totals.dataVersion) {
      // The archive changed: read its totals again, keeping the view and this answer.
      this.#items = new SourceItems();
      this.#start(false);
    }
    const order = this.#input?.groupBy === 'country' ? totals.countries.map(({ key }) => key) : undefined;
    const layout = sourceLayout(answer, { items: this.#items, order });
    this.#layout = layout;
    this.loading = false;
    this.#setLoaded(this.loaded.generation);
    // The overview's density after the first answer, which it would otherwise hold up on the server.
    this.#askDensity();
    if (layout.problems.length) this.#host.dispatchEvent(new SummitErrorEvent(layout.problems));
    this.#host.requestUpdate();
  }

  /**
   * ←/→ and Home/End step through the whole archive (the source's `step`), not only the
   * events answered, from the focused event (from the far end of its cluster, if the
   * frame on screen draws it in one). Keys that come before the last step's answer step
   * from where it lands, so a held key moves one event per key, in order.
   */
  #key(key: string, view: View, target: StepTarget): boolean {
    const arrow = key === 'ArrowRight' || key === 'ArrowLeft';
    if (!arrow && key !== 'Home' && key !== 'End') return false;
    const forward = (key === 'ArrowRight') !== view.rtl;
    const direction: StepDirection = arrow ? (forward ? 'next' : 'previous') : key === 'Home' ? 'first' : 'last';
    const { focused } = view;
    const { item } = target;
    const drawn =
      focused && (focused.mark.type === 'cluster' ? focused.mark.items.includes(item!) : focused.first === item);
    const start = drawn ? (forward ? focused.last : focused.first) : item;
    const last = this.#stepping;
    const stepping = (this.#stepping = (async () => {
      const from = (await last) ?? start;
      const at = from ? undefined : target.window()[forward ? 0 : 1];
      const place = !arrow ? {} : from ? { id: from.id } : { at };
      const kinds = this.#filter();
      const record = await this.#ask((source, signal) => source.step({ direction, ...place, kinds }, signal));
      const found = record ? this.#take([record]) : undefined;
      if (found) target.focus(found, true);
      return found ?? from;
    })());
    void stepping.finally(() => {
      if (this.#stepping === stepping) this.#stepping = undefined;
    });
    return true;
  }

  /** Items for records a lookup answered, kept with the rest. */
  #take(records: Parameters<SourceItems['read']>[0]): TimelineItem | undefined {
    const { items, problems } = this.#items.read(records);
    if (problems.length) this.#host.dispatchEvent(new SummitErrorEvent(problems));
    this.#host.requestUpdate();
    return items[0];
  }

  /** Asks the source a question that ends with the current source; a failure other than an abort is reported. */
  async #ask<T>(question: (source: TimelineSource, signal: AbortSignal) => Promise<T>): Promise<T | undefined> {
    const input = this.#input;
    const signal = this.#all.signal;
    if (!input) return undefined;
    try {
      return await question(input.source, signal);
    } catch (error) {
      if (!signal.aborted && !isAbort(error)) this.#report(error);
      return undefined;
    }
  }

  #setLoaded(generation: number): void {
    const items = this.#layout?.items ?? [];
    const source = this.#totals ? this.#lookup : undefined;
    this.loaded = { generation, items, byId: this.#items.byId, given: [], source };
  }

  /** The kinds to ask for, from the `kinds` attribute and the kinds the archive holds; null for every kind. */
  #filter(): string[] | null {
    const [totals, input] = [this.#totals, this.#input];
    return totals && input ? this.#question(totals, input.kinds, input.groupBy).kinds : null;
  }

  #fail(error: unknown, signal: AbortSignal): void {
    if (signal.aborted || isAbort(error)) return;
    this.loading = false;
    this.error = (error as Error)?.message ?? String(error);
    this.#all.abort();
    this.#report(error);
    this.#host.requestUpdate();
  }

  #report(error: unknown): void {
    const message = (error as Error)?.message ?? String(error);
    this.#host.dispatchEvent(new SummitErrorEvent([{ index: -1, field: 'source', message }]));
  }
}

/**
 * Whether an answer to `asked` serves a window at a width: it covers the window, and
 * (unless it holds every event there) its detail is within half a zoom level of the
 * view's.
 */
function covers(asked: WindowRequest, from: number, to: number, width: number, mode?: SourceWindow['mode']): boolean {
  if (from < asked.from || to > asked.to) return false;
  if (mode === 'events') return true;
  const ratio = width / (to - from) / (asked.width / (asked.to - asked.from));
  return ratio < DETAIL && ratio > 1 / DETAIL;
}
