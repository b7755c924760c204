// The hook between <summit-timeline> and its windowed source mode. The mode itself
// (`SourceController`, with the adapter from answers to rows) comes with
// `@summitline/timeline/source.js`, which registers it here: a page that draws its own
// array of events ships none of it.
import type { ReactiveElement, TemplateResult } from 'lit';
import type { Arrangement } from '../core/arrange.js';
import type { TimelineItem } from '../core/normalize.js';
import type { GroupBy, Row } from '../core/rows.js';
import type { Strings } from '../core/strings.js';
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

/**
 * How the phone layout lists a source's answer (its rows): the events, and entries for
 * the rest (`render/source-list.ts`), each with its start and its `<li>`, `gap` px below
 * the one before; `onBin` narrows the view.
 */
export type SourceList = (
  rows: readonly Row[],
  locale: string,
  strings: Strings,
  onBin: (window: [number, number]) => void,
) => { items: TimelineItem[]; entries: { start: number; render(gap: number): TemplateResult }[] };

let factory: ((host: ReactiveElement) => SourceMode) | undefined;
let lister: SourceList | undefined;

/** Registers the source mode and its phone list (done by `@summitline/timeline/source.js`). */
export function registerSourceMode(make: (host: ReactiveElement) => SourceMode, list: SourceList): void {
  factory = make;
  lister = list;
}

/** The phone list of a source's answer, once the source mode is registered. */
export function sourceLister(): SourceList | undefined {
  return lister;
}

/** A source mode for a timeline, or undefined while none is registered. */
export function makeSourceMode(host: ReactiveElement): SourceMode | undefined {
  return factory?.(host);
}
