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
