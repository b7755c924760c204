import { arrange, type Arrangement } from '../core/arrange.js';
import { LABEL_PADDING_PX } from '../core/defaults.js';
import { kindStyles, type KindOptions, type KindStyles } from '../core/kind-styles.js';
import type { TimelineItem } from '../core/normalize.js';
import type { GroupBy, RowIndexes } from '../core/rows.js';
import { maxZoom } from '../core/scale.js';
import type { Strings } from '../core/strings.js';
import { chartHeight, computeView, type View } from '../core/view.js';
import { memoLast } from '../internal/memo.js';
import { labelFont, shortenText, textWidth } from '../internal/text-width.js';

/** The records as read: one value per load, with a new `generation` for each new set of items. */
export interface Loaded {
  readonly generation: number;
  /** The items, in time order. */
  readonly items: readonly TimelineItem[];
  /** The items' indexes, built once with them and passed along to their arrangement. */
  readonly indexes?: RowIndexes | undefined;
  readonly byId: ReadonlyMap<string, TimelineItem>;
  /** The records as the page gave them, by position (items hold a plain copy of each one's fields). */
  readonly given: readonly unknown[];
  /** Source mode: the items are the answers' so far, and this finds the rest. */
  readonly source?: SourceLookup | undefined;
}

/** What the source mode moves: the navigation's focus and view. */
export interface StepTarget {
  /** The focused event. */
  readonly item: TimelineItem | undefined;
  /** Focuses an event; with `reveal`, pans to it at once if it is out of view. */
  focus(item: TimelineItem, reveal?: boolean): void;
  /** The window the view shows, or is moving to. */
  window(): [number, number];
}

/** How the navigation reaches the events of a windowed source that no answer so far holds. */
export interface SourceLookup {
  /** When no answer holds the event of `id`: asks the source for it, calls `then` once it is found, and gives true. */
  fetch(id: string, then: () => void): boolean;
  /** ←/→ and Home/End through the whole archive, moving `target`: true when it takes the key. */
  key(key: string, view: View, target: StepTarget): boolean;
}

let generations = 0;

/** A generation number no other load on the page has. */
export function nextGeneration(): number {
  return ++generations;
}

/** Everything a frame is made from, read from the element once per update. */
export interface FrameInput {
  readonly loaded: Loaded;
  /** The `kinds` filter. */
  readonly kinds: string | undefined;
  readonly groupBy: GroupBy;
  /** The element's width in whole pixels; 0 before it is known. */
  readonly width: number;
  /** The `start`/`end` window, if given. */
  readonly initial: readonly [number, number] | undefined;
  readonly rtl: boolean;
  readonly locale: string;
  readonly strings: Strings;
  readonly kindOptions: KindOptions | undefined;
  /** Source mode: the arrangement made of the source's answers, drawn instead of one of `loaded.items`. */
  readonly arrangement?: Arrangement | undefined;
}

/** The arrangement step's value: what the zoom and the navigation follow. A new value whenever one of its inputs changes. */
export interface Arranged extends Arrangement {
  readonly loaded: Loaded;
  readonly width: number;
  readonly initial: readonly [number, number] | undefined;
  readonly grouped: boolean;
  readonly rtl: boolean;
  /** Height of the chart, in px. */
  readonly height: number;
  /** The deepest zoom, as a multiple of the fitted view. */
  readonly maxScale: number;
}

/** A controller that follows the arrangement: told of each new value before the frame is laid out. */
export interface Stage {
  follow(arranged: Arranged): void;
}

/** The value the templates draw: the arrangement, each kind's style, and the frame for the window in view. */
export interface Frame {
  readonly arranged: Arranged;
  readonly kinds: KindStyles;
  /** Undefined while there is nothing to draw: no items, or no width yet (the server's case). */
  readonly view: View | undefined;
}

/**
 * From state to frame, once per update: the records, filter, grouping, width, initial
 * window and direction → `arrange` → the stages (the zoom's limits and transform, the
 * navigation's placing) → `computeView` for the window the zoom shows. Each step is a
 * value, made again only when its own inputs change (`memoLast`): a zoom frame lays
 * out the view and nothing else; a new width arranges again but keeps the records'
 * reading. Labels are measured in the host's font, read again with each arrangement.
 */
export class Pipeline {
  readonly #arrangement = memoLast(
    (
      items: readonly TimelineItem[],
      indexes: RowIndexes | undefined,
      kinds: string | undefined,
      groupBy: GroupBy,
      width: number,
      from?: number,
      to?: number,
    ): Arrangement =>
      arrange(items, {
        kinds,
        groupBy,
        width,
        initial: from === undefined || to === undefined ? undefined : [from, to],
        indexes,
      }),
  );

  readonly #arranged = memoLast(
    (
      arrangement: Arrangement,
      loaded: Loaded,
      width: number,
      grouped: boolean,
      rtl: boolean,
      from?: number,
      to?: number,
    ): Arranged => {
      return {
        ...arrangement,
        loaded,
        width,
        initial: from === undefined || to === undefined ? undefined : [from, to],
        grouped,
        rtl,
        height: chartHeight(arrangement.rows.length, grouped),
        maxScale: maxZoom(arrangement.domain, width),
      };
    },
  );

  readonly #font = memoLast((_arrangement: Arrangement) => labelFont(this.#host));

  readonly #kindStyles = memoLast((counts: ReadonlyMap<string, number>, strings: Strings, options?: KindOptions) =>
    kindStyles(counts.keys(), strings, options),
  );

  readonly #host: Element;
  /** In order: each follows the arrangement before the next, and before the view is laid out. */
  readonly #stages: readonly Stage[];
  /** The window in view once the stages have followed, and the focused event. */
  readonly #viewing: () => { window: [number, number]; focus: TimelineItem | undefined };

  constructor(
    host: Element,
    stages: readonly Stage[],
    viewing: () => { window: [number, number]; focus: TimelineItem | undefined },
  ) {
    this.#host = host;
    this.#stages = stages;
    this.#viewing = viewing;
  }

  /**
   * The arrangement for `input`. Called ahead of an update too (many records, read in
   * tasks of their own), so that the update that draws them finds it made.
   */
  arrange({ loaded, kinds, groupBy, width, initial, rtl, arrangement: given }: FrameInput): Arranged {
    const arrangement =
      given ?? this.#arrangement(loaded.items, loaded.indexes, kinds, groupBy, width, initial?.[0], initial?.[1]);
    return this.#arranged(arrangement, loaded, width, groupBy !== 'none', rtl, initial?.[0], initial?.[1]);
  }

  /** The frame for `input`, the stages told of its arrangement first. */
  run(input: FrameInput): Frame {
    const arranged = this.arrange(input);
    for (const stage of this.#stages) stage.follow(arranged);
    const kinds = this.#kindStyles(arranged.counts, input.strings, input.kindOptions);
    const { items, source } = arranged.loaded;
    if (!(items.length || (source && arranged.counts.size)) || !input.width)
      return { arranged, kinds, view: undefined };
    const font = this.#font(arranged);
    const { window, focus } = this.#viewing();
    const view = computeView({
      rows: arranged.rows,
      grouped: arranged.grouped,
      window,
      width: input.width,
      locale: input.locale,
      labelWidth: (item) => textWidth(item.title, font) + LABEL_PADDING_PX,
      shorten: (item, room) => shortenText(item.title, room, font, LABEL_PADDING_PX),
      focus,
      rtl: input.rtl,
    });
    return { arranged, kinds, view };
  }
}
