import type { ReactiveController, ReactiveElement } from 'lit';
import { normalize, type Problem, type TimelineItem } from '../core/normalize.js';
import { fetchRecords } from '../data-sources.js';
import type { SourceInfo } from '../record.js';

export interface RecordsOptions {
  /** New items are in (`problems` lists the records that were skipped); `sources` came with `src`, if any. */
  onLoad(problems: Problem[], sources?: SourceInfo[]): void;
  /** `src` could not be loaded. */
  onFail(message: string): void;
}

/**
 * The records, once per data change: validated and normalised into items in time
 * order, from the `events` property, a `src` URL (the latest request wins) or the
 * host's light-DOM list.
 */
export class RecordsController implements ReactiveController {
  items: TimelineItem[] = [];
  byId = new Map<string, TimelineItem>();
  loading = false;
  error?: string;
  private abort?: AbortController;
  private src?: string;
  /** A fetch that a disconnect interrupted, made again on reconnect. */
  private interrupted?: string;

  constructor(
    private readonly host: ReactiveElement,
    private readonly options: RecordsOptions,
  ) {
    host.addController(this);
  }

  /** Takes `records` at once, or fetches `src`, or reads `list()`. */
  load({ records, src, list }: { records?: readonly unknown[]; src?: string; list: () => unknown[] }): void {
    this.abort?.abort();
    if (records) return this.take(records);
    if (!src) return this.take(list());
    this.src = src;
    const controller = (this.abort = new AbortController());
    this.loading = true;
    this.error = undefined;
    fetchRecords(src, controller.signal).then(
      ({ records, sources }) => {
        if (controller.signal.aborted) return;
        this.loading = false;
        this.take(records, sources);
      },
      (error: Error) => {
        if (controller.signal.aborted) return;
        this.loading = false;
        this.error = error.message;
        this.set([]);
        this.options.onFail(error.message);
      },
    );
  }

  hostConnected(): void {
    const src = this.interrupted;
    this.interrupted = undefined;
    if (src) this.load({ src, list: () => [] });
  }

  hostDisconnected(): void {
    if (this.loading) this.interrupted = this.src;
    this.abort?.abort();
  }

  private take(records: readonly unknown[], sources?: SourceInfo[]): void {
    const { items, problems } = normalize(records);
    this.error = undefined;
    this.set(items);
    this.options.onLoad(problems, sources);
  }

  private set(items: TimelineItem[]): void {
    const old = this.items;
    this.items = items;
    this.byId = new Map(items.map((item) => [item.id, item]));
    this.host.requestUpdate('items', old);
  }
}
