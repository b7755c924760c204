import type { TimelineRecord } from './record.js';

/** Fired by `<summit-timeline>` when the reader selects an event (click, Enter or Space, `selected`, or the URL hash). */
export class SummitSelectEvent extends Event {
  static readonly eventName = 'summit-select';
  readonly detail: { id: string; event: TimelineRecord };

  constructor(id: string, event: TimelineRecord) {
    super(SummitSelectEvent.eventName, { bubbles: true, composed: true });
    this.detail = { id, event };
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'summit-select': SummitSelectEvent;
  }
}
