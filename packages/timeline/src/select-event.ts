import type { TimelineRecord } from './record.js';

/** Fired by `<summit-timeline>` when the reader selects an event (click, Enter or Space, `selected`, or the URL hash). */
export class SummitSelectEvent<R extends TimelineRecord = TimelineRecord> extends Event {
  static readonly eventName = 'summit-select';
  /** The selected record's `id`, and the record as it was given to the timeline. */
  readonly detail: { id: string; event: R };

  constructor(id: string, event: R) {
    super(SummitSelectEvent.eventName, { bubbles: true, composed: true });
    this.detail = { id, event };
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'summit-select': SummitSelectEvent;
  }
}
