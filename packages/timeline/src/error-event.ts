import type { Problem } from './core/normalize.js';

/**
 * Fired by `<summit-timeline>` when records are invalid (one problem per record and
 * field; those records are skipped, the rest still draw), `src` cannot be loaded
 * (`field: 'src'`, `index: -1`), or entries of `strings` cannot be used (`field:
 * 'strings.<key>'`, or `'strings'` when it is not an object; `index: -1`; the locale's
 * words stand in for them).
 */
export class SummitErrorEvent extends Event {
  static readonly eventName = 'summit-error';
  readonly detail: { problems: Problem[] };

  constructor(problems: Problem[]) {
    super(SummitErrorEvent.eventName, { bubbles: true, composed: true });
    this.detail = { problems };
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'summit-error': SummitErrorEvent;
  }
}
