/** Fired by `<summit-timeline>` when the visible range changes (zoom, pan, resize, `zoomTo`, `fit`). */
export class SummitRangeChangeEvent extends Event {
  static readonly eventName = 'summit-rangechange';
  readonly detail: { start: Date; end: Date };

  constructor(start: Date, end: Date) {
    super(SummitRangeChangeEvent.eventName, { bubbles: true, composed: true });
    this.detail = { start, end };
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'summit-rangechange': SummitRangeChangeEvent;
  }
}

/**
 * Fires `summit-rangechange` from the host whenever the window it is told of differs from the last one.
 *
 * @internal
 */
export class RangeReporter {
  #last = '';

  readonly #host: EventTarget;

  constructor(host: EventTarget) {
    this.#host = host;
  }

  report(window: readonly [number, number] | undefined): void {
    const key = window?.join('/');
    if (!window || key === this.#last) return;
    this.#last = key!;
    this.#host.dispatchEvent(new SummitRangeChangeEvent(new Date(window[0]), new Date(window[1])));
  }
}
