// The hook between <summit-timeline> and its windowed source mode. The mode itself
// (`SourceController`, with the adapter from answers to rows) comes with
// `@summitline/timeline/source.js`, which registers it here: a page that draws its own
// array of events ships none of it.
import type { ReactiveElement } from 'lit';
import type { Arrangement } from '../core/arrange.js';
import type { GroupBy } from '../core/rows.js';
import type { TimelineSource } from '../source/source.js';
import type { Loaded } from './pipeline.js';

/** What the source mode reads from the element once per update. */
export interface SourceModeInput {
  readonly source: TimelineSource;
  /** The `kinds` filter. */
  readonly kinds: string | undefined;
  readonly groupBy: GroupBy;
  /** The element's width in whole pixels; 0 before it is known. */
  readonly width: number;
  /** The `start`/`end` window, if given. */
  readonly initial: readonly [number, number] | undefined;
}

/** A timeline's source mode: the records and arrangement of the windows answered so far. */
export interface SourceMode {
  /** The events answered so far, one generation per source and data version; `loaded.source` looks up and steps through the rest. */
  readonly loaded: Loaded;
  /** The arrangement to draw: the archive's counts, span and density, the last answer's rows. */
  readonly arrangement: Arrangement | undefined;
  /** Whether the first answer is still on its way. */
  readonly loading: boolean;
  /** Why the source failed, until `reload()`. */
  readonly error: string | undefined;
  /** Follows the element's state, asking the source what it now needs (totals, density). */
  follow(input: SourceModeInput): void;
  /** Asks for the window in view at a width, unless an answer on hand or on its way covers it. */
  want(window: readonly [number, number], width: number): void;
  /** Asks everything again, keeping the view: after a failure. */
  reload(): void;
  /** Aborts every question on its way: the element's `source` was taken away. A later `follow` starts over. */
  stop(): void;
}

let factory: ((host: ReactiveElement) => SourceMode) | undefined;

/** Registers the source mode (done by `@summitline/timeline/source.js`). */
export function registerSourceMode(make: (host: ReactiveElement) => SourceMode): void {
  factory = make;
}

/** A source mode for a timeline, or undefined while none is registered. */
export function makeSourceMode(host: ReactiveElement): SourceMode | undefined {
  return factory?.(host);
}
